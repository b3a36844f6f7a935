#include "exportcrawl.h"
#include "util/worker.h"
#include "writefailure.h"

#include <QCoreApplication>
#include <QDir>

#include <cstring>

namespace flowscope {

namespace {

// How much of a spool file goes out per turn of the event loop: the window stays responsive
// while a slice that waited on disk is handed over.
constexpr qint64 kDrainBytesPerTurn = 4 * 1024 * 1024;

void putU32(QByteArray &out, quint32 value)
{
    char b[4];
    std::memcpy(b, &value, 4);
    out.append(b, 4);
}

bool readExactly(QIODevice *device, char *to, qint64 size)
{
    return device->read(to, size) == size;
}

} // namespace

ExportCrawl::ExportCrawl(StudioClient *client, const CrawlOptions &crawl, int slices,
    const ExportOptions &format, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_crawl(crawl)
    , m_format(format)
    , m_renderer(format, crawl.query.flowSid)
    , m_spoolDirectory(QDir::tempPath())
{
    m_crawl.keepRaw = m_crawl.keepRaw || format.needsRaw();
    m_crawl.fetchContexts = m_crawl.fetchContexts || format.needsContexts();
    m_crawl.fetchOutcomes = m_crawl.fetchOutcomes || format.includeOutcome || format.failedOnly;
    if (m_crawl.fetchOutcomes && !m_crawl.related) // the slices list the alerts once for all
        m_crawl.related = new RelatedSession(client, this);
    m_sliceCount = std::max(1, slices);
}

ExportCrawl::~ExportCrawl() = default;

QList<ExecutionQuery> ExportCrawl::slicesOf(
    const ExecutionQuery &query, int count, const QDateTime &now)
{
    if (count <= 1)
        return { query };
    // Studio keeps executions 30 days: no split point goes before that or after now, whatever
    // range was asked for.
    const qint64 oldestKept = now.addDays(-30).toSecsSinceEpoch();
    const qint64 newest = now.toSecsSinceEpoch() + 1;
    const qint64 low
        = query.from.isValid() ? std::max(query.from.toSecsSinceEpoch(), oldestKept) : oldestKept;
    const qint64 high = query.to.isValid() ? std::min(query.to.toSecsSinceEpoch(), newest) : newest;
    if (high - low < count)
        return { query };
    QList<ExecutionQuery> slices;
    QDateTime upper = query.to; // the newest slice keeps the query's own end, bounded or not
    for (int k = 1; k < count; ++k) {
        // Whole seconds: a boundary never splits the executions of one second.
        const qint64 at = high - (high - low) * k / count;
        const QDateTime boundary = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        ExecutionQuery slice = query;
        slice.from = boundary;
        slice.to = upper;
        slices.append(slice);
        upper = boundary;
    }
    ExecutionQuery oldest = query; // and the oldest its own start
    oldest.to = upper;
    slices.append(oldest);
    return slices;
}

void ExportCrawl::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_crawl.limit >= 0 && m_sliceCount > 1) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(ApiError::invalidInput(
                    ExportCrawl::tr("A limit needs a single, sequential crawl.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QList<ExecutionQuery> queries = slicesOf(
        m_crawl.query, m_sliceCount, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    // Contexts and outcomes: the same number in flight in all, shared out between the slices.
    CrawlOptions shared = m_crawl;
    const auto share = [&](int inAll) {
        return std::max(1, (inAll + int(queries.size()) - 1) / int(queries.size()));
    };
    shared.contextConcurrency = share(m_crawl.contextConcurrency);
    shared.outcomeConcurrency = share(m_crawl.outcomeConcurrency);
    m_slices.resize(size_t(queries.size()));
    for (size_t k = 0; k < m_slices.size(); ++k) {
        CrawlOptions options = shared;
        options.query = queries[qsizetype(k)];
        m_slices[k].crawler = std::make_unique<ExecutionCrawler>(m_client, options);
        ExecutionCrawler *crawler = m_slices[k].crawler.get();
        connect(crawler, &ExecutionCrawler::pageReady, this,
            [this, k](const CrawledPage &page) { pageReady(k, page); });
        connect(crawler, &ExecutionCrawler::retrying, this, &ExportCrawl::retrying);
        connect(crawler, &ExecutionCrawler::contextMissing, this, &ExportCrawl::contextMissing);
        connect(crawler, &ExecutionCrawler::outcomeUnknown, this, &ExportCrawl::outcomeUnknown);
        connect(crawler, &ExecutionCrawler::finished, this, [this, k](const ApiError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            m_slices[k].done = true;
            pump();
        });
    }
    m_header = m_renderer.header(); // goes out with the first rows, or at the end
    for (Slice &slice : m_slices)
        slice.crawler->start();
}

void ExportCrawl::cancel()
{
    fail(ApiError::of(ApiError::Kind::Cancelled, {}));
}

void ExportCrawl::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    for (Slice &slice : m_slices) {
        slice.crawler->disconnect(this);
        slice.crawler->cancel();
        slice.chunks.clear();
        m_render.cancel();
        slice.spool.reset(); // the file goes with it
    }
    Q_EMIT finished(error);
}

void ExportCrawl::pageReady(size_t index, const CrawledPage &page)
{
    if (m_done)
        return;
    // Render on a worker, with each row's end and SID; this thread keeps driving the network.
    const RowRenderer renderer = m_renderer;
    auto slot = std::make_shared<std::optional<Rendered>>();
    m_slices[index].chunks.push_back(slot);
    m_render.run(
        [page, renderer] {
            Rendered out;
            out.ends.reserve(size_t(page.rowCount));
            out.bytes = renderer.render(page, &out.ends);
            out.kinds.resize(size_t(page.rowCount), NoKey);
            out.sids.resize(size_t(page.rowCount));
            for (qsizetype k = 0; k < page.rowCount; ++k) {
                const ExecutionRow &row = page.page.rows[size_t(k)];
                if (row.flags & ExecutionRow::HasSid) {
                    out.kinds[size_t(k)] = SidKey;
                    out.sids[size_t(k)] = row.sid;
                } else if (const QString sid = sidOf(page.page, k); !sid.isEmpty()) {
                    out.kinds[size_t(k)] = TextKey;
                    out.texts.push_back(sid);
                }
            }
            return out;
        },
        [this, slot](Rendered rendered) {
            *slot = std::move(rendered);
            pump();
        });
}

bool ExportCrawl::spoolOut(Slice &slice, const Rendered &rendered)
{
    if (!slice.spool) {
        // On Linux the file has no name in the directory (O_TMPFILE): not even a crash leaves
        // personal data behind in it.
        slice.spool = std::make_unique<QTemporaryFile>(
            QDir(m_spoolDirectory).filePath(QStringLiteral(".flowscope-spool-XXXXXX")));
        if (!slice.spool->open()) {
            fail(ApiError::localIo(
                ExportCrawl::tr("Cannot create a spool file in %1 for the rows that "
                                "wait their turn: %2")
                    .arg(QDir::toNativeSeparators(m_spoolDirectory), slice.spool->errorString())));
            return false;
        }
    }
    // One record per row: key kind, key, length, the row's bytes.
    QByteArray records;
    records.reserve(rendered.bytes.size() + qsizetype(rendered.ends.size()) * 25);
    qsizetype start = 0;
    size_t text = 0;
    for (size_t k = 0; k < rendered.ends.size(); ++k) {
        records += char(rendered.kinds[k]);
        if (rendered.kinds[k] == SidKey) {
            records.append(reinterpret_cast<const char *>(rendered.sids[k].bytes.data()), 16);
        } else if (rendered.kinds[k] == TextKey) {
            const QByteArray utf8 = rendered.texts[text++].toUtf8();
            putU32(records, quint32(utf8.size()));
            records += utf8;
        }
        putU32(records, quint32(rendered.ends[k] - start));
        records.append(rendered.bytes.constData() + start, rendered.ends[k] - start);
        start = rendered.ends[k];
    }
    if (slice.spool->write(records) != records.size()) {
        fail(ApiError::localIo(
            ExportCrawl::tr("Cannot write a spool file in %1: %2")
                .arg(QDir::toNativeSeparators(m_spoolDirectory), writeFailure(*slice.spool))));
        return false;
    }
    m_spooledBytes += records.size();
    return true;
}

void ExportCrawl::emitRows(QByteArray &out, qint64 rows)
{
    if (rows == 0)
        return;
    m_rows += rows;
    Q_EMIT chunkReady(m_header.isEmpty() ? out : std::exchange(m_header, {}) + out);
    Q_EMIT progress(m_rows);
}

bool ExportCrawl::drainSpool(Slice &slice)
{
    QIODevice *file = slice.spool.get();
    if (slice.spoolRead == 0 && !file->seek(0)) {
        fail(ApiError::localIo(
            ExportCrawl::tr("A spool file in %1 could not be read back: %2")
                .arg(QDir::toNativeSeparators(m_spoolDirectory), file->errorString())));
        return false;
    }
    QByteArray out;
    qint64 rows = 0;
    bool ok = true;
    while (!file->atEnd() && out.size() < kDrainBytesPerTurn) {
        char kind = 0;
        Sid sid;
        QString text;
        quint32 length = 0;
        ok = readExactly(file, &kind, 1);
        if (ok && kind == SidKey) {
            ok = readExactly(file, reinterpret_cast<char *>(sid.bytes.data()), 16);
        } else if (ok && kind == TextKey) {
            ok = readExactly(file, reinterpret_cast<char *>(&length), 4);
            const QByteArray utf8 = ok ? file->read(length) : QByteArray();
            ok = ok && utf8.size() == qsizetype(length);
            text = QString::fromUtf8(utf8);
        }
        ok = ok && readExactly(file, reinterpret_cast<char *>(&length), 4);
        const QByteArray row = ok ? file->read(length) : QByteArray();
        ok = ok && row.size() == qsizetype(length);
        if (!ok)
            break;
        const bool fresh
            = kind == SidKey ? m_seen.insert(sid) : (kind == TextKey ? m_seen.insert(text) : true);
        if (fresh) {
            out += row;
            ++rows;
        } else {
            ++m_duplicates;
        }
    }
    if (!ok) {
        fail(ApiError::localIo(
            ExportCrawl::tr("A spool file in %1 could not be read back: %2")
                .arg(QDir::toNativeSeparators(m_spoolDirectory), file->errorString())));
        return false;
    }
    slice.spoolRead = file->pos();
    emitRows(out, rows);
    return !m_done; // the receiver may have cancelled
}

void ExportCrawl::handOver(const Rendered &rendered)
{
    // Rows go out as rendered; only a page with a row written before is copied.
    QByteArray out;
    bool copying = false;
    qint64 rows = 0;
    qsizetype start = 0;
    size_t text = 0;
    for (size_t k = 0; k < rendered.ends.size(); ++k) {
        const bool fresh = rendered.kinds[k] == SidKey
            ? m_seen.insert(rendered.sids[k])
            : (rendered.kinds[k] == TextKey ? m_seen.insert(rendered.texts[text++]) : true);
        if (!fresh && !copying) {
            out = rendered.bytes.left(start);
            copying = true;
        } else if (fresh && copying) {
            out.append(rendered.bytes.constData() + start, rendered.ends[k] - start);
        }
        if (fresh)
            ++rows;
        else
            ++m_duplicates;
        start = rendered.ends[k];
    }
    if (!copying)
        out = rendered.bytes;
    emitRows(out, rows);
}

void ExportCrawl::pump()
{
    m_pumpQueued = false;
    if (m_done)
        return;
    // Slices that wait their turn: rendered pages go to their spool files as they are ready.
    for (size_t k = m_current + 1; k < m_slices.size(); ++k) {
        Slice &slice = m_slices[k];
        while (!slice.chunks.empty() && slice.chunks.front()->has_value()) {
            const Rendered rendered = std::move(**slice.chunks.front());
            slice.chunks.pop_front();
            if (!spoolOut(slice, rendered))
                return;
        }
    }
    // The slice whose turn it is: first what it spooled, then its pages as they come; each row
    // only when its SID was not written before, in this slice or any other.
    while (m_current < m_slices.size()) {
        Slice &slice = m_slices[m_current];
        if (slice.spool) {
            if (!drainSpool(slice))
                return;
            if (!slice.spool->atEnd()) {
                // More next turn: let the event loop (and the window) breathe.
                if (!m_pumpQueued) {
                    m_pumpQueued = true;
                    QMetaObject::invokeMethod(this, &ExportCrawl::pump, Qt::QueuedConnection);
                }
                return;
            }
            slice.spool.reset(); // drained: the file goes
        }
        while (!slice.chunks.empty() && slice.chunks.front()->has_value()) {
            const Rendered rendered = std::move(**slice.chunks.front());
            slice.chunks.pop_front();
            handOver(rendered);
            if (m_done)
                return; // the receiver cancelled
        }
        if (!slice.done || !slice.chunks.empty())
            return;
        ++m_current;
    }
    if (!m_done) {
        m_done = true;
        if (!m_header.isEmpty())
            Q_EMIT chunkReady(std::exchange(m_header, {})); // an empty range still has its header
        Q_EMIT finished({});
    }
}

} // namespace flowscope
