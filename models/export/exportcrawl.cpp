#include "exportcrawl.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace flowscope {

ExportCrawl::ExportCrawl(StudioClient *client, const CrawlOptions &crawl, int slices,
    const ExportOptions &format, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_crawl(crawl)
    , m_format(format)
    , m_renderer(format, crawl.query.flowSid)
{
    m_crawl.keepRaw = m_crawl.keepRaw || format.needsRaw();
    m_crawl.fetchContexts = m_crawl.fetchContexts || format.needsContexts();
    m_crawl.gate = &m_gate;
    const QList<ExecutionQuery> queries
        = slicesOf(crawl.query, std::max(1, slices), QDateTime::currentDateTimeUtc());
    // Contexts: the same number in flight in all, shared out between the slices.
    m_crawl.contextConcurrency
        = std::max(1, (crawl.contextConcurrency + int(queries.size()) - 1) / int(queries.size()));
    m_slices.resize(size_t(queries.size()));
    for (size_t k = 0; k < m_slices.size(); ++k) {
        CrawlOptions options = m_crawl;
        options.query = queries[qsizetype(k)];
        m_slices[k].crawler = std::make_unique<ExecutionCrawler>(client, options);
        ExecutionCrawler *crawler = m_slices[k].crawler.get();
        connect(crawler, &ExecutionCrawler::pageReady, this,
            [this, k](const CrawledPage &page) { pageReady(k, page); });
        connect(crawler, &ExecutionCrawler::retrying, this, &ExportCrawl::retrying);
        connect(crawler, &ExecutionCrawler::contextMissing, this, &ExportCrawl::contextMissing);
        connect(crawler, &ExecutionCrawler::finished, this, [this, k](const ApiError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            m_slices[k].done = true;
            pump();
        });
    }
}

ExportCrawl::~ExportCrawl() = default;

QList<ExecutionQuery> ExportCrawl::slicesOf(
    const ExecutionQuery &query, int count, const QDateTime &now)
{
    if (count <= 1)
        return { query };
    // Studio keeps executions 30 days: an open start needs no split points before that.
    const qint64 low = query.from.isValid() ? query.from.toSecsSinceEpoch()
                                            : now.addDays(-30).toSecsSinceEpoch();
    const qint64 high
        = query.to.isValid() ? query.to.toSecsSinceEpoch() : now.toSecsSinceEpoch() + 1;
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
    ExecutionQuery oldest = query;
    oldest.to = upper;
    slices.append(oldest);
    return slices;
}

void ExportCrawl::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_crawl.limit >= 0 && m_slices.size() > 1) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(ApiError::invalidInput(QCoreApplication::translate(
                    "ExportCrawl", "A limit needs a single, sequential crawl.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_header = m_renderer.header(); // goes out with the first rows, or at the end
    for (Slice &slice : m_slices)
        slice.crawler->start();
}

void ExportCrawl::cancel()
{
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    fail(cancelled);
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
    }
    Q_EMIT finished(error);
}

void ExportCrawl::pageReady(size_t index, const CrawledPage &page)
{
    if (m_done)
        return;
    Slice &slice = m_slices[index];
    // Drop a SID this slice already wrote (a server that repeats itself across pages).
    std::vector<qsizetype> keep;
    keep.reserve(size_t(page.rowCount));
    for (qsizetype k = 0; k < page.rowCount; ++k) {
        const QString sid = sidOf(page.page, k);
        if (sid.isEmpty() || slice.seen.insert(sid.toStdString()).second)
            keep.push_back(k);
    }
    // Render on a worker; this thread keeps driving the network.
    CrawledPage kept = page;
    if (keep.size() != size_t(page.rowCount)) {
        // Rebuild the page with only the kept rows, so a renderer sees them as [0, n).
        CrawledPage filtered;
        filtered.page.nextPageUrl = page.page.nextPageUrl;
        filtered.page.body = page.page.body;
        filtered.page.strings = page.page.strings;
        filtered.page.odd = page.page.odd;
        for (const qsizetype k : keep) {
            filtered.page.rows.push_back(page.page.rows[size_t(k)]);
            if (size_t(k) < page.page.rawSpans.size())
                filtered.page.rawSpans.push_back(page.page.rawSpans[size_t(k)]);
            if (k < page.contexts.size())
                filtered.contexts.append(page.contexts[k]);
        }
        filtered.rowCount = qsizetype(keep.size());
        kept = std::move(filtered);
    }
    const RowRenderer renderer = m_renderer;
    QFuture<Chunk> future = QtConcurrent::run(
        [kept = std::move(kept), renderer] { return Chunk(renderer.render(kept), kept.rowCount); });
    auto *watcher = new QFutureWatcher<Chunk>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        chunkRendered(index, watcher->future().result().first.size());
    });
    watcher->setFuture(future);
    slice.chunks.push_back(future);
}

void ExportCrawl::chunkRendered(size_t index, qint64 bytes)
{
    if (m_done)
        return;
    m_slices[index].readyBytes += bytes;
    if (index > m_current)
        m_peakWaitingBytes = std::max(m_peakWaitingBytes, waitingBytes());
    pump();
}

qint64 ExportCrawl::waitingBytes() const
{
    qint64 bytes = 0;
    for (size_t k = m_current + 1; k < m_slices.size(); ++k)
        bytes += m_slices[k].readyBytes;
    return bytes;
}

void ExportCrawl::applyBudget()
{
    // The slice being written never waits; the others do while their output fills the budget.
    const bool full = waitingBytes() >= m_memoryBudget;
    for (size_t k = m_current; k < m_slices.size(); ++k)
        m_slices[k].crawler->setPaused(k > m_current && full);
}

void ExportCrawl::pump()
{
    // Hand over what is ready, in order: the current slice's pages, then move to the next slice.
    while (!m_done && m_current < m_slices.size()) {
        Slice &slice = m_slices[m_current];
        while (!slice.chunks.empty() && slice.chunks.front().isFinished()) {
            const auto [bytes, rows] = slice.chunks.front().result();
            slice.chunks.pop_front();
            // The future may be handed over before its watcher's queued signal has counted it in
            // chunkRendered(): readyBytes dips below zero until then and comes back to even.
            slice.readyBytes -= bytes.size();
            m_rows += rows;
            Q_EMIT chunkReady(std::exchange(m_header, {}) + bytes);
            Q_EMIT progress(m_rows);
            if (m_done)
                return; // the receiver cancelled
        }
        if (!slice.done || !slice.chunks.empty()) {
            applyBudget();
            return;
        }
        ++m_current;
    }
    if (!m_done && m_current == m_slices.size()) {
        m_done = true;
        if (!m_header.isEmpty())
            Q_EMIT chunkReady(std::exchange(m_header, {})); // an empty range still has its header
        Q_EMIT finished({});
    }
}

} // namespace flowscope
