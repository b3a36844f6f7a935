#include "textindex.h"

#include <simdjson.h>

#include <QChar>

#include <algorithm>
#include <string_view>
#include <vector>

namespace flowscope::textindex {

namespace {

enum Encoding : char { Gaps = 0, Bitmap = 1 };

Gram gramOf(char32_t a, char32_t b, char32_t c)
{
    quint64 h = quint64(a) * 0x9E3779B97F4A7C15ULL ^ quint64(b) * 0xC2B2AE3D27D4EB4FULL
        ^ quint64(c) * 0x165667B19E3779F9ULL;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 29;
    return Gram(h >> 40);
}

// Slides over case-folded characters, keeping the last three.
class Trigrams
{
public:
    explicit Trigrams(std::vector<Gram> *out)
        : m_out(out)
    { }
    void restart() { m_count = 0; }
    void push(char32_t c)
    {
        m_last[0] = m_last[1];
        m_last[1] = m_last[2];
        m_last[2] = QChar::toCaseFolded(c);
        if (++m_count >= 3)
            m_out->push_back(gramOf(m_last[0], m_last[1], m_last[2]));
    }

private:
    std::vector<Gram> *m_out;
    char32_t m_last[3] = {};
    qsizetype m_count = 0;
};

// simdjson hands valid UTF-8: decoded without checks beyond the lead byte.
void pushUtf8(std::string_view s, Trigrams &grams)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    while (p < end) {
        char32_t c = *p;
        int more = 0;
        if (c >= 0xF0) {
            c &= 0x07;
            more = 3;
        } else if (c >= 0xE0) {
            c &= 0x0F;
            more = 2;
        } else if (c >= 0xC0) {
            c &= 0x1F;
            more = 1;
        }
        ++p;
        for (; more > 0 && p < end; --more, ++p)
            c = (c << 6) | (*p & 0x3F);
        grams.push(c);
    }
}

void collect(const simdjson::dom::element &value, std::vector<Gram> *out)
{
    switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
        Trigrams grams(out);
        pushUtf8(std::string_view(value), grams);
        return;
    }
    case simdjson::dom::element_type::ARRAY:
        for (const simdjson::dom::element item : simdjson::dom::array(value))
            collect(item, out);
        return;
    case simdjson::dom::element_type::OBJECT:
        for (const auto field : simdjson::dom::object(value))
            collect(field.value, out);
        return;
    default: return;
    }
}

QList<Gram> distinct(std::vector<Gram> &grams)
{
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return QList<Gram>(grams.cbegin(), grams.cend());
}

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out += char((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += char(value);
}

bool getVarint(const QByteArray &in, qsizetype *at, quint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64 && *at < in.size(); shift += 7) {
        const auto byte = static_cast<unsigned char>(in.at((*at)++));
        v |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

} // namespace

QList<Gram> gramsOfJson(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(json.constData(), size_t(json.size()), true).get(root))
        return {};
    std::vector<Gram> grams;
    collect(root, &grams);
    return distinct(grams);
}

QList<Gram> gramsOfText(const QString &text)
{
    std::vector<Gram> grams;
    Trigrams window(&grams);
    for (const char32_t c : text.toUcs4())
        window.push(c);
    return distinct(grams);
}

void BatchBuilder::add(qint64 id, const QList<Gram> &grams)
{
    for (const Gram gram : grams)
        m_ids[gram].append(id);
}

QList<std::pair<Gram, QByteArray>> BatchBuilder::take()
{
    QList<std::pair<Gram, QByteArray>> lists;
    lists.reserve(m_ids.size());
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        lists.append({ it.key(), encodeIds(it.value()) });
    m_ids.clear();
    std::sort(
        lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return lists;
}

QByteArray encodeIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.isEmpty())
        return {};
    QByteArray gaps(1, Gaps);
    putVarint(gaps, quint64(ids.first()));
    for (qsizetype i = 1; i < ids.size(); ++i)
        putVarint(gaps, quint64(ids.at(i) - ids.at(i - 1)));
    const quint64 span = quint64(ids.last() - ids.first()) + 1;
    if (span / 8 + 12 >= quint64(gaps.size()))
        return gaps;
    QByteArray bitmap(1, Bitmap);
    putVarint(bitmap, quint64(ids.first()));
    putVarint(bitmap, span);
    const qsizetype header = bitmap.size();
    bitmap.resize(header + qsizetype((span + 7) / 8), '\0');
    for (const qint64 id : std::as_const(ids)) {
        const quint64 bit = quint64(id - ids.first());
        bitmap[header + qsizetype(bit / 8)]
            = char(bitmap.at(header + qsizetype(bit / 8)) | (1 << (bit % 8)));
    }
    return bitmap;
}

QList<qint64> decodeIds(const QByteArray &bytes)
{
    QList<qint64> ids;
    if (bytes.isEmpty())
        return ids;
    qsizetype at = 1;
    quint64 value = 0;
    if (!getVarint(bytes, &at, &value))
        return {};
    if (bytes.at(0) == Gaps) {
        qint64 id = qint64(value);
        ids.append(id);
        while (at < bytes.size()) {
            if (!getVarint(bytes, &at, &value) || value == 0)
                return {};
            id += qint64(value);
            ids.append(id);
        }
        return ids;
    }
    quint64 span = 0;
    if (bytes.at(0) != Bitmap || !getVarint(bytes, &at, &span)
        || quint64(bytes.size() - at) != (span + 7) / 8)
        return {};
    const qint64 base = qint64(value);
    for (quint64 bit = 0; bit < span; ++bit) {
        if (bytes.at(at + qsizetype(bit / 8)) & (1 << (bit % 8)))
            ids.append(base + qint64(bit));
    }
    return ids;
}

void Narrowing::add(const QList<Segment> &segments)
{
    if (!m_started) {
        m_started = true;
        for (const Segment &s : segments)
            m_found[s.batch] = decodeIds(s.ids);
        return;
    }
    QHash<qint64, const QByteArray *> next;
    for (const Segment &s : segments)
        next.insert(s.batch, &s.ids);
    for (auto it = m_found.begin(); it != m_found.end();) {
        const QByteArray *ids = next.value(it.key());
        if (ids) {
            const QList<qint64> other = decodeIds(*ids);
            QList<qint64> both;
            std::set_intersection(
                it->cbegin(), it->cend(), other.cbegin(), other.cend(), std::back_inserter(both));
            *it = std::move(both);
        }
        if (!ids || it->isEmpty())
            it = m_found.erase(it);
        else
            ++it;
    }
}

qsizetype Narrowing::count() const
{
    qsizetype n = 0;
    for (const QList<qint64> &batch : m_found)
        n += batch.size();
    return n;
}

QList<qint64> Narrowing::ids() const
{
    QList<qint64> ids;
    for (const QList<qint64> &batch : m_found)
        ids += batch;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace flowscope::textindex
