#pragma once

// A whole range exported fast: [from, to) is split into K time slices crawled at once, each
// along its own next_page_url chain (they back off together at the client's gate on a 429);
// pages are rendered on worker threads and handed over newest first, each slice after the one
// newer than it. A SID is written once in the whole export, the first time it comes in output
// order, so the bytes are the ones a single sequential crawl gives even when a server repeats
// rows across pages or slices (an inclusive DateCreatedTo, say). With K = 1 it is the
// sequential crawl. Slices that are not being written yet go to spool files on disk, not to
// memory, so memory stays bounded by the pages in flight however large the export.

#include "executioncrawler.h"
#include "executions/seensids.h"
#include "exportformat.h"
#include "util/worker.h"

#include <QObject>
#include <QTemporaryFile>

#include <deque>
#include <memory>
#include <optional>
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

    // Where waiting slices spool (default: the system's temporary folder). Spool files are
    // removed when the export ends, however it ends.
    void setSpoolDirectory(const QString &path) { m_spoolDirectory = path; }
    // The time the split points are placed by (Studio keeps 30 days before it); default: the
    // time start() is called.
    void setNow(const QDateTime &now) { m_now = now; }
    QString spoolDirectory() const { return m_spoolDirectory; }

    void start();
    void cancel();
    qint64 rowsWritten() const { return m_rows; }
    qint64 duplicatesDropped() const { return m_duplicates; }
    // Bytes written to spool files so far (they are read back when their slice's turn comes).
    qint64 spooledBytes() const { return m_spooledBytes; }

    // The slices of a query, newest first. The split points are whole seconds between
    // max(from, now - 30 days) and min(to, now), as Studio keeps 30 days; unbounded ends stay
    // unbounded in the outer slices.
    static QList<ExecutionQuery> slicesOf(
        const ExecutionQuery &query, int count, const QDateTime &now);

Q_SIGNALS:
    // In output order. The header comes with the first rows (or alone at the end), so a request
    // refused at once writes nothing at all.
    void chunkReady(const QByteArray &bytes);
    void progress(qint64 rows);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void contextMissing(const QString &executionSid);
    void outcomeUnknown(const QString &executionSid, const flowscope::OutcomeResult &result);
    void finished(const flowscope::ApiError &error);

private:
    // A page rendered on a worker: its bytes, where each row ends, and each row's SID.
    struct Rendered
    {
        QByteArray bytes;
        std::vector<qsizetype> ends;
        std::vector<Sid> sids; // valid where kinds[k] == Key::Sid
        std::vector<QString> texts; // odd SIDs, where kinds[k] == Key::Text
        std::vector<quint8> kinds;
    };
    enum Key : quint8 { NoKey, SidKey, TextKey };

    struct Slice
    {
        std::unique_ptr<ExecutionCrawler> crawler;
        // Its pages in order, each filled in when rendered (rendering finishes in any order).
        std::deque<std::shared_ptr<std::optional<Rendered>>> chunks;
        std::unique_ptr<QTemporaryFile> spool; // this slice's pages while it waits its turn
        qint64 spoolRead = 0; // bytes of the spool handed over already
        bool done = false;
    };

    void pageReady(size_t slice, const CrawledPage &page);
    void pump();
    bool spoolOut(Slice &slice, const Rendered &rendered);
    // Hands over up to a few MB of what the slice spooled; false when the export ended.
    bool drainSpool(Slice &slice);
    void handOver(const Rendered &rendered);
    // Hands over rows not written before; `rows` counts them.
    void emitRows(QByteArray &out, qint64 rows);
    void fail(const ApiError &error);

    StudioClient *m_client; // not owned
    CrawlOptions m_crawl;
    ExportOptions m_format;
    RowRenderer m_renderer;
    std::vector<Slice> m_slices; // [0] is the newest
    Handoff m_render { this, Handoff::Keep::Every };
    size_t m_current = 0; // the slice whose output goes out now
    SeenSids m_seen;
    QString m_spoolDirectory;
    QDateTime m_now;
    int m_sliceCount = 1;
    QByteArray m_header;
    qint64 m_rows = 0;
    qint64 m_duplicates = 0;
    qint64 m_spooledBytes = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_pumpQueued = false;
};

} // namespace flowscope
