#include "executionstore.h"

#include "seensids.h"

#include "util/hugepages.h"
#include "json/jsonerror.h"
#include "json/jsonspans.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <QSet>
#include <cstring>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace flowscope {

static_assert(sizeof(ExecutionRow) == 64, "a row is meant to stay 64 bytes");

QString statusName(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Active: return u"active"_s;
    case ExecutionStatus::Ended: return u"ended"_s;
    case ExecutionStatus::Unknown: break;
    }
    return {};
}

qint64 Execution::durationSeconds() const
{
    if (status != ExecutionStatus::Ended || !created.isValid() || !updated.isValid())
        return -1;
    return std::max<qint64>(0, created.secsTo(updated));
}

// ---- StringPool ------------------------------------------------------------------------------

quint32 StringPool::add(std::string_view utf8)
{
    const qsizetype need = qsizetype(utf8.size()) + 2;
    if (utf8.size() > 65000)
        return kTooLong;
    if (m_used + need > kChunk) {
        m_chunks.emplace_back(kChunk, Qt::Uninitialized);
        m_used = 0;
    }
    char *at = m_chunks.back().data() + m_used;
    const quint16 length = quint16(utf8.size());
    std::memcpy(at, &length, 2);
    std::memcpy(at + 2, utf8.data(), utf8.size());
    const quint32 ref = quint32((m_chunks.size() - 1) << 16) | quint32(m_used);
    m_used += need;
    return ref;
}

std::string_view StringPool::view(quint32 ref) const
{
    const char *at = m_chunks[ref >> 16].constData() + (ref & 0xFFFF);
    quint16 length;
    std::memcpy(&length, at, 2);
    return { at + 2, length };
}

qint64 StringPool::memoryBytes() const
{
    return qint64(m_chunks.size()) * kChunk + qint64(m_chunks.capacity() * sizeof(QByteArray));
}

// ---- parsing ---------------------------------------------------------------------------------

namespace {

int digits(const char *p, int n)
{
    int v = 0;
    for (int k = 0; k < n; ++k) {
        if (p[k] < '0' || p[k] > '9')
            return -1;
        v = v * 10 + (p[k] - '0');
    }
    return v;
}

// "2017-11-06T12:00:00Z" exactly, as Studio sends dates: milliseconds since the epoch, or kNoTime.
qint64 parseCanonicalTime(std::string_view t)
{
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':'
        || t[19] != 'Z')
        return kNoTime;
    const int y = digits(t.data(), 4), mo = digits(t.data() + 5, 2), d = digits(t.data() + 8, 2);
    const int h = digits(t.data() + 11, 2), mi = digits(t.data() + 14, 2),
              s = digits(t.data() + 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59
        || s < 0 || s > 59)
        return kNoTime;
    // Days from civil (proleptic Gregorian), the classic era-based formula.
    const int yy = y - (mo <= 2);
    const int era = (yy >= 0 ? yy : yy - 399) / 400;
    const unsigned yoe = unsigned(yy - era * 400);
    const unsigned doy = unsigned((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + qint64(doe) - 719468;
    if (d > QDate(y, mo, 1).daysInMonth())
        return kNoTime;
    return ((days * 24 + h) * 60 + mi) * 60000LL + s * 1000LL;
}

void readSid(simdjson::dom::element value, const char prefix[2], Sid *sid, quint8 flag,
    quint8 *flags, QString *oddText, bool *odd)
{
    std::string_view text;
    if (value.is_null())
        return;
    if (value.get(text) == simdjson::SUCCESS && Sid::parse(text, prefix, sid)) {
        *flags |= flag;
        return;
    }
    *odd = true;
    *oddText
        = value.is_string() ? fromUtf8View(text) : QString::fromStdString(simdjson::minify(value));
}

void readTime(simdjson::dom::element value, qint64 *ms, QString *oddText, bool *odd)
{
    std::string_view text;
    if (value.is_null())
        return;
    if (value.get(text) == simdjson::SUCCESS) {
        *ms = parseCanonicalTime(text);
        if (*ms != kNoTime)
            return;
        const QDateTime t = QDateTime::fromString(fromUtf8View(text), Qt::ISODateWithMs);
        if (t.isValid())
            *ms = t.toMSecsSinceEpoch();
        *odd = true;
        *oddText = fromUtf8View(text);
        return;
    }
    *odd = true;
    *oddText = QString::fromStdString(simdjson::minify(value));
}

} // namespace

ParsedPage parseExecutionsPage(QByteArray body, const QString &expectedFlowSid, bool keepRaw)
{
    ParsedPage page;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; give it room without a copy
    // when the buffer already has it.
    if (body.capacity() - body.size() < qsizetype(simdjson::SIMDJSON_PADDING))
        body.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (const auto error = parser.parse(body.constData(), size_t(body.size()), false).get(doc)) {
        page.error = QCoreApplication::translate("ExecutionsPage", "the page is %1")
                         .arg(describeInvalidJson(
                             body, QString::fromUtf8(simdjson::error_message(error))));
        return page;
    }
    simdjson::dom::object top;
    if (doc.get(top)) {
        page.error = QCoreApplication::translate("ExecutionsPage", "the page is not a JSON object");
        return page;
    }

    std::string_view key = "executions";
    simdjson::dom::object meta;
    if (top["meta"].get(meta) == simdjson::SUCCESS) {
        std::string_view metaKey;
        if (meta["key"].get(metaKey) == simdjson::SUCCESS)
            key = metaKey;
        simdjson::dom::element next;
        if (meta["next_page_url"].get(next) == simdjson::SUCCESS && !next.is_null()) {
            std::string_view url;
            if (next.get(url)) {
                page.error = QCoreApplication::translate(
                    "ExecutionsPage", "meta.next_page_url is not a string");
                return page;
            }
            page.nextPageUrl = fromUtf8View(url);
        }
        int64_t size = 0;
        if (meta["page_size"].get(size) == simdjson::SUCCESS)
            page.pageSize = int(size);
    } else {
        page.error = QCoreApplication::translate("ExecutionsPage", "the page has no meta object");
        return page;
    }

    simdjson::dom::array items;
    if (top[key].get(items)) {
        page.error = QCoreApplication::translate("ExecutionsPage", "the page has no '%1' array")
                         .arg(fromUtf8View(key));
        return page;
    }
    page.rows.reserve(items.size());
    const std::string expectedFlow = expectedFlowSid.toStdString();
    qsizetype index = 0;
    for (simdjson::dom::element item : items) {
        simdjson::dom::object object;
        if (item.get(object)) {
            page.error = QCoreApplication::translate(
                "ExecutionsPage", "item %1 of the page is not an object")
                             .arg(index);
            return page;
        }
        ExecutionRow row;
        OddFields odd;
        bool isOdd = false;
        for (const simdjson::dom::key_value_pair field : object) {
            const std::string_view name = field.key;
            if (name == "sid") {
                readSid(field.value, "FN", &row.sid, ExecutionRow::HasSid, &row.flags, &odd.sid,
                    &isOdd);
            } else if (name == "contact_sid") {
                readSid(field.value, "FC", &row.contactSid, ExecutionRow::HasContactSid, &row.flags,
                    &odd.contactSid, &isOdd);
            } else if (name == "contact_channel_address") {
                std::string_view text;
                if (field.value.get(text) == simdjson::SUCCESS) {
                    row.contactRef = page.strings.add(text);
                    if (row.contactRef != StringPool::kTooLong) {
                        row.flags |= ExecutionRow::HasContact;
                    } else { // too long for the pool: kept whole with the odd fields
                        row.contactRef = 0;
                        isOdd = true;
                        odd.contactAddress = fromUtf8View(text);
                    }
                }
            } else if (name == "status") {
                std::string_view text;
                if (field.value.get(text) == simdjson::SUCCESS && text == "ended") {
                    row.status = ExecutionStatus::Ended;
                } else if (field.value.get(text) == simdjson::SUCCESS && text == "active") {
                    row.status = ExecutionStatus::Active;
                } else if (!field.value.is_null()) {
                    isOdd = true;
                    odd.status = field.value.is_string()
                        ? fromUtf8View(text)
                        : QString::fromStdString(simdjson::minify(field.value));
                }
            } else if (name == "date_created") {
                readTime(field.value, &row.createdMs, &odd.dateCreated, &isOdd);
            } else if (name == "date_updated") {
                readTime(field.value, &row.updatedMs, &odd.dateUpdated, &isOdd);
            } else if (name == "flow_version") {
                // v2 only; null, absent or not a revision number: not given.
                int64_t version = 0;
                if (field.value.get(version) == simdjson::SUCCESS && version > 0
                    && version <= std::numeric_limits<qint32>::max())
                    row.flowVersion = quint32(version);
            } else if (name == "flow_sid") {
                std::string_view text;
                if (field.value.get(text) != simdjson::SUCCESS || text != expectedFlow) {
                    isOdd = true;
                    odd.flowSid = field.value.is_string()
                        ? fromUtf8View(text)
                        : QString::fromStdString(simdjson::minify(field.value));
                }
            }
        }
        if (isOdd) {
            row.flags |= ExecutionRow::HasOdd;
            row.oddIndex = quint32(page.odd.size());
            page.odd.push_back(std::move(odd));
        }
        page.rows.push_back(row);
        ++index;
    }

    if (keepRaw) {
        if (!arrayElementSpans(
                std::string_view(body.constData(), size_t(body.size())), key, &page.rawSpans)
            || page.rawSpans.size() != page.rows.size()) {
            page.error = QCoreApplication::translate(
                "ExecutionsPage", "the page's '%1' array could not be delimited")
                             .arg(fromUtf8View(key));
            return page;
        }
        page.body = std::move(body);
    }
    return page;
}

QString sidOf(const ParsedPage &page, qsizetype row)
{
    const ExecutionRow &r = page.rows[size_t(row)];
    if (r.flags & ExecutionRow::HasSid)
        return r.sid.toString("FN");
    return (r.flags & ExecutionRow::HasOdd) ? page.odd[r.oddIndex].sid : QString();
}

// ---- ExecutionStore --------------------------------------------------------------------------

ExecutionStore::Key ExecutionStore::keyOf(const ExecutionRow &r, const std::vector<OddFields> &odd)
{
    Key key;
    if (r.flags & ExecutionRow::HasSid)
        key.sid = &r.sid;
    else if (r.flags & ExecutionRow::HasOdd)
        key.text = &odd[r.oddIndex].sid;
    return key;
}

namespace {

quint64 hashOf(const ExecutionStore::Key &key)
{
    if (key.sid) {
        // SIDs look random, but nothing promises it: mix all 128 bits (SplitMix64's finaliser).
        quint64 a;
        quint64 b;
        std::memcpy(&a, key.sid->bytes.data(), sizeof a);
        std::memcpy(&b, key.sid->bytes.data() + 8, sizeof b);
        quint64 x = a ^ (b * 0x9e3779b97f4a7c15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    return qHash(*key.text, 0x5eed);
}

bool sameKey(const ExecutionStore::Key &a, const ExecutionStore::Key &b)
{
    if (a.sid && b.sid)
        return *a.sid == *b.sid;
    return a.text && b.text && *a.text == *b.text;
}

} // namespace

ZeroedSlots::ZeroedSlots(size_t count)
    : m_size(count)
{
    const size_t bytes = count * sizeof(quint32);
#ifdef Q_OS_LINUX
    if (bytes >= kHugePageBytes) {
        // Anonymous memory reads as zero; one huge page more, to start on a 2 MB boundary.
        m_mappedBytes = bytes + kHugePageBytes;
        void *mapping = mmap(
            nullptr, m_mappedBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapping != MAP_FAILED) {
            m_mapping = mapping;
            m_data = static_cast<quint32 *>(
                static_cast<void *>(static_cast<char *>(mapping) + hugePageLead(mapping)));
            adviseHugePages(m_data, bytes);
            return;
        }
        m_mappedBytes = 0;
    }
#endif
    m_data = static_cast<quint32 *>(std::calloc(count, sizeof(quint32)));
    if (!m_data)
        throw std::bad_alloc();
}

ZeroedSlots &ZeroedSlots::operator=(ZeroedSlots &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapping = std::exchange(other.m_mapping, nullptr);
        m_mappedBytes = std::exchange(other.m_mappedBytes, 0);
    }
    return *this;
}

void ZeroedSlots::clear()
{
#ifdef Q_OS_LINUX
    if (m_mapping)
        munmap(m_mapping, m_mappedBytes);
    else
#endif
        std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_mapping = nullptr;
    m_mappedBytes = 0;
}

qsizetype ExecutionStore::findIn(const ZeroedSlots &table, const Key &key, quint64 hash) const
{
    if (table.empty())
        return -1;
    const size_t mask = table.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        const quint32 slot = table[at];
        if (slot == 0)
            return -1;
        if (sameKey(keyOf(row(slot - 1), m_odd), key))
            return slot - 1;
    }
}

qsizetype ExecutionStore::find(const Key &key) const
{
    if (!key.isValid())
        return -1;
    const quint64 hash = hashOf(key);
    const qsizetype found = findIn(m_index, key, hash);
    return found >= 0 ? found : findIn(m_oldIndex, key, hash);
}

void ExecutionStore::indexInsert(qsizetype i)
{
    const auto place = [this](ZeroedSlots &table, qsizetype rowNumber) {
        const size_t mask = table.size() - 1;
        size_t at = hashOf(keyOf(row(rowNumber), m_odd)) & mask;
        while (table[at] != 0)
            at = (at + 1) & mask;
        table[at] = quint32(rowNumber + 1);
    };
    if (!keyOf(row(i), m_odd).isValid())
        return; // a row without any SID cannot be looked up, and is never a duplicate
    // Grows at five eighths full, not half: at half, a 2^18-slot table grew on the page that
    // brought row 131,072 — the page on which Qt's own lists for the view's rows double too.
    if ((m_indexed + 1) * 8 > qsizetype(m_index.size()) * 5) {
        // The previous growth has finished migrating by now (see below): start the next one.
        m_oldIndex = std::move(m_index);
        m_index = ZeroedSlots(std::max<size_t>(1024, m_oldIndex.size() * 2));
        m_migrated = 0;
    }
    place(m_index, i);
    ++m_indexed;
    // Move a few old slots per insert. The new table, twice the old one's size, is five eighths
    // full again after as many inserts as the old table had entries — five eighths of its slots
    // — so two per insert would do; four leave room, and keep a page's share small (16 cost
    // 1.7 ms a page).
    for (int step = 0; step < 4 && m_migrated < m_oldIndex.size(); ++step, ++m_migrated) {
        if (m_oldIndex[m_migrated] != 0)
            place(m_index, qsizetype(m_oldIndex[m_migrated]) - 1);
    }
    if (m_migrated == m_oldIndex.size() && !m_oldIndex.empty())
        m_oldIndex.clear();
}

std::vector<qsizetype> ExecutionStore::newRows(const ParsedPage &page) const
{
    std::vector<qsizetype> out;
    out.reserve(page.rows.size());
    SeenSids earlierInPage; // a hash set: a linear search here cost a millisecond a page
    for (qsizetype k = 0; k < qsizetype(page.rows.size()); ++k) {
        const Key key = keyOf(page.rows[size_t(k)], page.odd);
        if (key.isValid()) {
            if (find(key) >= 0)
                continue;
            if (!(key.sid ? earlierInPage.insert(*key.sid) : earlierInPage.insert(*key.text)))
                continue;
        }
        out.push_back(k);
    }
    return out;
}

ExecutionRow ExecutionStore::copyRow(const ParsedPage &page, const ExecutionRow &source)
{
    ExecutionRow r = source;
    if (r.flags & ExecutionRow::HasContact)
        r.contactRef = m_strings.add(page.strings.view(source.contactRef));
    if (r.flags & ExecutionRow::HasOdd) {
        r.oddIndex = quint32(m_odd.size());
        m_odd.push_back(page.odd[source.oddIndex]);
    }
    return r;
}

void ExecutionStore::append(const ParsedPage &page, const std::vector<qsizetype> &rows)
{
    for (const qsizetype k : rows) {
        if ((m_size & kChunkMask) == 0 && size_t(m_size >> kChunkBits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<ExecutionRow[]>(size_t(kChunkSize)));
        row(m_size) = copyRow(page, page.rows[size_t(k)]);
        ++m_size;
        indexInsert(m_size - 1);
    }
}

void ExecutionStore::update(qsizetype i, const ParsedPage &page, qsizetype pageRow)
{
    row(i) = copyRow(page, page.rows[size_t(pageRow)]); // same SID, so the index stays right
}

void ExecutionStore::clear()
{
    m_chunks.clear();
    m_size = 0;
    m_strings.clear();
    m_odd.clear();
    m_index.clear();
    m_oldIndex.clear();
    m_migrated = 0;
    m_indexed = 0;
}

qsizetype ExecutionStore::indexOf(const QString &sid) const
{
    Sid parsed;
    const QByteArray utf8 = sid.toUtf8();
    Key key;
    if (Sid::parse(std::string_view(utf8.constData(), size_t(utf8.size())), "FN", &parsed))
        key.sid = &parsed;
    else
        key.text = &sid;
    return find(key);
}

const OddFields *ExecutionStore::odd(qsizetype i) const
{
    const ExecutionRow &r = row(i);
    return (r.flags & ExecutionRow::HasOdd) ? &m_odd[r.oddIndex] : nullptr;
}

QString ExecutionStore::sid(qsizetype i) const
{
    const ExecutionRow &r = row(i);
    if (r.flags & ExecutionRow::HasSid)
        return r.sid.toString("FN");
    const OddFields *o = odd(i);
    return o ? o->sid : QString();
}

QString ExecutionStore::contactAddress(qsizetype i) const
{
    const ExecutionRow &r = row(i);
    if (r.flags & ExecutionRow::HasContact)
        return m_strings.string(r.contactRef);
    const OddFields *o = odd(i);
    return o ? o->contactAddress : QString();
}

QString ExecutionStore::contactSid(qsizetype i) const
{
    const ExecutionRow &r = row(i);
    if (r.flags & ExecutionRow::HasContactSid)
        return r.contactSid.toString("FC");
    const OddFields *o = odd(i);
    return o ? o->contactSid : QString();
}

QString ExecutionStore::flowSid(qsizetype i) const
{
    const OddFields *o = odd(i);
    return (o && !o->flowSid.isEmpty()) ? o->flowSid : m_flowSid;
}

Execution ExecutionStore::expand(const ExecutionRow &r, const StringPool &strings,
    const std::vector<OddFields> &oddFields, const QString &defaultFlowSid)
{
    const OddFields *o = (r.flags & ExecutionRow::HasOdd) ? &oddFields[r.oddIndex] : nullptr;
    Execution e;
    e.sid = (r.flags & ExecutionRow::HasSid) ? r.sid.toString("FN") : (o ? o->sid : QString());
    e.flowSid = (o && !o->flowSid.isEmpty()) ? o->flowSid : defaultFlowSid;
    e.contactSid = (r.flags & ExecutionRow::HasContactSid) ? r.contactSid.toString("FC")
                                                           : (o ? o->contactSid : QString());
    e.contactAddress = (r.flags & ExecutionRow::HasContact) ? strings.string(r.contactRef)
                                                            : (o ? o->contactAddress : QString());
    e.contactIsNull = !(r.flags & ExecutionRow::HasContact) && !(o && !o->contactAddress.isEmpty());
    e.status = r.status;
    e.flowVersion = int(r.flowVersion);
    e.statusText = (o && !o->status.isEmpty()) ? o->status : statusName(r.status);
    if (r.createdMs != kNoTime)
        e.created = QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC);
    if (r.updatedMs != kNoTime)
        e.updated = QDateTime::fromMSecsSinceEpoch(r.updatedMs, Qt::UTC);
    const auto text = [](const QDateTime &t, const QString &oddText) {
        if (!oddText.isEmpty())
            return oddText; // exactly as the API wrote it
        return t.isValid() ? t.toString(Qt::ISODate) : QString();
    };
    e.createdText = text(e.created, o ? o->dateCreated : QString());
    e.updatedText = text(e.updated, o ? o->dateUpdated : QString());
    return e;
}

Execution ExecutionStore::execution(qsizetype i) const
{
    return expand(row(i), m_strings, m_odd, m_flowSid);
}

ParsedPage parseExecutionObject(
    const QByteArray &object, const QString &expectedFlowSid, bool keepRaw)
{
    ParsedPage page
        = parseExecutionsPage(R"({"executions":[)" + object + R"(],"meta":{"key":"executions"}})",
            expectedFlowSid, keepRaw);
    if (page.error.isEmpty() && page.rows.size() != 1)
        page.error
            = QCoreApplication::translate("ExecutionsPage", "the answer is not one execution");
    return page;
}

Execution executionOf(const ParsedPage &page, qsizetype row, const QString &defaultFlowSid)
{
    return ExecutionStore::expand(page.rows[size_t(row)], page.strings, page.odd, defaultFlowSid);
}

QByteArray minifyJson(const QByteArray &json)
{
    std::string out;
    out.resize(size_t(json.size()));
    size_t length = 0;
    if (simdjson::minify(json.constData(), size_t(json.size()), out.data(), length)
        != simdjson::SUCCESS)
        return {};
    return QByteArray(out.data(), qsizetype(length));
}

qint64 ExecutionStore::memoryBytes() const
{
    qint64 bytes = qint64(m_chunks.size()) * kChunkSize * qint64(sizeof(ExecutionRow));
    bytes += m_strings.memoryBytes();
    bytes += qint64((m_index.size() + m_oldIndex.size()) * sizeof(quint32));
    bytes += qint64(m_odd.capacity() * sizeof(OddFields));
    for (const OddFields &o : m_odd)
        bytes += (o.sid.size() + o.contactSid.size() + o.contactAddress.size() + o.flowSid.size()
                     + o.status.size() + o.dateCreated.size() + o.dateUpdated.size())
            * 2;
    return bytes;
}

} // namespace flowscope
