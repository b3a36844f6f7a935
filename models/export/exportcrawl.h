#pragma once

// A whole range exported fast: [from, to) is split into K time slices crawled at once, each
// along its own next_page_url chain; they back off together on 429; pages are rendered on
// worker threads and handed over newest first, each slice after the one newer than it, with
// duplicate SIDs dropped. The bytes are the ones a single sequential crawl would produce: slices
// are disjoint in time and an execution has one creation time, so executions that share a second
// at a boundary all fall in the newer slice (DateCreatedFrom is inclusive, DateCreatedTo not).
// With K = 1 it is the sequential crawl. Later slices wait in memory (as output bytes) until
// their turn, within a budget: past it they stop requesting pages until the current slice has
// caught up, so memory stays bounded however large the export.

#include "executioncrawler.h"
#include "exportformat.h"

#include <QFuture>
#include <QObject>

#include <deque>
#include <memory>
#include <unordered_set>
#include <vector>

namespace flowscope {

class ExportCrawl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCrawl)

public:
    // crawl.limit with more than one slice makes no sense: it is refused (use one slice).
    ExportCrawl(StudioClient *client, const CrawlOptions &crawl, int slices,
        const ExportOptions &format, QObject *parent = nullptr);
    ~ExportCrawl() override;

    static constexpr qint64 kDefaultMemoryBudget = 256 * 1024 * 1024;

    void start();
    void cancel();
    qint64 rowsWritten() const { return m_rows; }

    // Output of the slices that are not yet being written, held in memory, in bytes: past the
    // budget those slices pause. A page already on its way still lands, so the peak can pass the
    // budget by a few pages per slice.
    void setMemoryBudget(qint64 bytes) { m_memoryBudget = bytes; }
    qint64 memoryBudget() const { return m_memoryBudget; }
    qint64 waitingBytes() const;
    qint64 peakWaitingBytes() const { return m_peakWaitingBytes; }

    // The slices of a query, newest first. Unbounded ends stay unbounded in the outer slices; the
    // split points are whole seconds between max(from, now - 30 days) and min(to, now).
    static QList<ExecutionQuery> slicesOf(
        const ExecutionQuery &query, int count, const QDateTime &now);

Q_SIGNALS:
    // In output order. The header comes with the first rows (or alone at the end), so a request
    // refused at once writes nothing at all.
    void chunkReady(const QByteArray &bytes);
    void progress(qint64 rows);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void contextMissing(const QString &executionSid);
    void finished(const flowscope::ApiError &error);

private:
    using Chunk = std::pair<QByteArray, qsizetype>; // rendered bytes, rows

    struct Slice
    {
        std::unique_ptr<ExecutionCrawler> crawler;
        std::deque<QFuture<Chunk>> chunks; // rendered pages, in order
        qint64 readyBytes = 0; // of the chunks rendered and not yet handed over
        std::unordered_set<std::string> seen; // SIDs already written by this slice
        bool done = false;
    };

    void pageReady(size_t slice, const CrawledPage &page);
    void chunkRendered(size_t slice, qint64 bytes);
    void pump();
    void applyBudget();
    void fail(const ApiError &error);

    StudioClient *m_client; // not owned
    CrawlOptions m_crawl;
    ExportOptions m_format;
    RowRenderer m_renderer;
    RequestGate m_gate;
    std::vector<Slice> m_slices; // [0] is the newest
    size_t m_current = 0; // the slice whose output goes out now
    QByteArray m_header;
    qint64 m_rows = 0;
    qint64 m_memoryBudget = kDefaultMemoryBudget;
    qint64 m_peakWaitingBytes = 0;
    bool m_started = false;
    bool m_done = false;
};

} // namespace flowscope
