#pragma once

// Brings an archive up to date with Twilio, incrementally. For each flow (every flow of the
// account, or the ones named; a few side by side, behind the client's shared 429 gate): the
// executions created since the newest one its last finished sync saw — with their steps and,
// unless told not to, their contexts — each page written in one transaction as it arrives; then
// the executions the archive still holds as active are read again, so one that ended since is
// updated. Only when all of that is done is the flow marked synced: a sync cut anywhere loses
// nothing written and, since rows are keyed by SID, doubles nothing when it runs again.

#include "api/apierror.h"
#include "archive.h"
#include "export/executioncrawler.h"

#include <QDateTime>
#include <QObject>

#include <deque>
#include <memory>

namespace flowscope {

class ListFetcher;

struct ArchiveSyncOptions
{
    QStringList flows; // empty: every flow of the account
    bool contexts = true;
    // Each execution's messages, calls and alerts too (as `execution --related` reads them): a
    // few more requests an execution.
    bool related = false;
    int parallelFlows = 4;
    int concurrency = OutcomeFetcher::kDefaultConcurrency; // requests in flight for each flow
    QDateTime now; // invalid: when start() is called
};

struct ArchiveSyncCounts
{
    int flows = 0; // flows finished
    qint64 written = 0; // executions written (new or changed)
    qint64 refreshed = 0; // of them, active ones read again and changed
    qint64 unchanged = 0; // active ones read again that Twilio has as they were
    qint64 gone = 0; // active ones Twilio no longer has (kept as they were)
};

class ArchiveSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSync)

public:
    ArchiveSync(StudioClient *client, Archive *archive, const ArchiveSyncOptions &options,
        QObject *parent = nullptr);
    ~ArchiveSync() override;

    void start();
    void cancel(); // finishes with Cancelled; what was written stays
    const ArchiveSyncCounts &counts() const { return m_counts; }

Q_SIGNALS:
    void progress(const flowscope::ArchiveSyncCounts &counts);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    // kind None: every flow synced. An archive that failed is reported as LocalIo with its words.
    void finished(const flowscope::ApiError &error);

private:
    class FlowJob;
    friend class FlowJob;

    void flowsListed(const QStringList &flows);
    void pump();
    void flowDone(FlowJob *job, const ApiError &error);
    void fail(const ApiError &error);

    StudioClient *m_client;
    Archive *m_archive;
    // Shared by every flow: each hour's alerts are listed once, whichever flow needs them.
    RelatedSession m_related;
    ArchiveSyncOptions m_options;
    std::unique_ptr<ListFetcher> m_flowList;
    std::deque<QString> m_waiting;
    std::vector<std::unique_ptr<FlowJob>> m_running;
    ArchiveSyncCounts m_counts;
    bool m_done = false;
};

// Where the rows before left off: the last one's date_created and ordinal (see ArchivedExecution).
struct ArchiveTie
{
    qint64 createdMs = kNoTime;
    int ordinal = -1;
};

// Rows of a crawled page as the archive keeps them (the page must keep raw objects). `tie` carries
// the ordinals of executions created in the same millisecond across pages.
QList<ArchivedExecution> archivedRowsOf(
    const CrawledPage &page, const QString &flowSid, ArchiveTie *tie);

} // namespace flowscope
