#pragma once

// The archive for the window: the store opened on a thread of its own, so that neither a sync's
// writes nor a page read ever wait on the GUI thread. The window asks (open, sync, read a range,
// find a contact) and is answered by signals on its own thread. A sync talks to Twilio through a
// client of its own made on that thread from the window's settings. As OlderExecutions it gives
// the executions table what Twilio no longer keeps.

#include "archive.h"
#include "archivesearch.h"
#include "archivesync.h"
#include "executions/olderexecutions.h"

#include <QDateTime>
#include <QThread>

namespace flowscope {

class ArchiveService final : public OlderExecutions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveService)

public:
    explicit ArchiveService(QObject *parent = nullptr);
    ~ArchiveService() override; // waits for the store's thread: what it was writing is committed

    // Opens the archive for one account (making it with `create`); opened() says how it went.
    void open(const ArchiveLocation &location, const QByteArray &key, const QString &accountSid,
        bool create);
    bool isOpen() const { return m_open; }
    QString name() const { return m_name; }

    // Brings it up to date with Twilio (a client of its own, these settings), then deletes what
    // is older than keepForDays (0: keeps everything). One at a time: false while one runs.
    bool sync(const ClientSettings &settings, const ArchiveSyncOptions &options, int keepForDays);
    void cancelSync();
    bool isSyncing() const { return m_syncing; }
    // The last finished sync of any flow; invalid when there was none.
    QDateTime lastSync() const { return m_lastSync; }
    const ArchiveSyncCounts &lastCounts() const { return m_lastCounts; }
    // What it holds per flow, by statusRead().
    void readStatus();

    // What a search finds in the archive (findInArchive: its contact, its text, its flows and
    // range), newest first, by found() with the ticket returned. A text alone of fewer than three
    // characters is not searched: the error says so.
    quint64 find(const SearchRequest &request);

    // One execution as archived, by executionRead() with the ticket returned (nullopt: not there).
    quint64 readExecution(const QString &sid);
    // The flow's revision in force at the time (Archive::revisionAt), by revisionRead().
    quint64 readRevision(const QString &flowSid, const QDateTime &at);

    // OlderExecutions: the archive's executions for what is older than Twilio keeps.
    quint64 begin(const ExecutionQuery &query) override;
    void next(quint64 walk) override;
    void end(quint64 walk) override;
    QDateTime keptSince() const override;
    QString describe() const override;
    QString syncedText() const; // "synced 12 min ago", "not synced yet"
    // Twilio keeps this long (30 days); tests set the date Twilio keeps since.
    void setKeptSince(const QDateTime &since) { m_keptSince = since; }

Q_SIGNALS:
    void opened(const flowscope::ArchiveError &error);
    void syncProgress(const flowscope::ArchiveSyncCounts &counts);
    // error kind None: done; Cancelled after cancelSync(). lastSync() is up to date.
    void syncFinished(const flowscope::ApiError &error);
    void statusRead(const QList<flowscope::ArchivedFlow> &flows, const flowscope::ArchiveError &e);
    void found(quint64 ticket, const QList<flowscope::ArchivedExecution> &executions,
        const flowscope::ArchiveError &error);
    void executionRead(quint64 ticket, const std::optional<flowscope::ArchivedExecution> &row,
        const flowscope::ArchiveError &error);
    void revisionRead(quint64 ticket, const std::optional<QByteArray> &body,
        const flowscope::ArchiveError &error);

private:
    class Worker;

    // Runs `job` on the store's thread.
    void onStore(std::function<void(Worker &)> job);

    QThread m_thread;
    Worker *m_worker; // lives on m_thread; deleted when it finishes
    bool m_open = false;
    QString m_name;
    bool m_syncing = false;
    QDateTime m_lastSync;
    ArchiveSyncCounts m_lastCounts;
    QDateTime m_keptSince; // invalid: 30 days before now
    quint64 m_nextWalk = 0;
    quint64 m_nextTicket = 0;
};

} // namespace flowscope
