#pragma once

// Follow: while on, the newest page of the table's query (its start kept, no end) is read every
// interval (10 s by default, never below 2 s) and new executions are put on top of the table;
// when every row of a page is new, the next page is read too, so a burst is never cut. Rows
// still active that the view watches (those on screen) are read again so they turn ended. One
// poll at a time: after a 429 every request waits at the client's gate, and the next poll comes
// an interval after the last one finished. Stops for good when the query changes.

#include "api/apierror.h"
#include "executionpages.h"
#include "executionquery.h"

#include <QObject>
#include <QTimer>

#include <vector>

namespace flowscope {

class ExecutionsModel;

class LiveTail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTail)

public:
    static constexpr int kDefaultIntervalMs = 10'000;
    static constexpr int kMinimumIntervalMs = 2'000;
    static constexpr int kMaxPagesAPoll = 20; // 20,000 new executions in one interval at most
    static constexpr int kMaxRefreshesAPoll = 8;

    LiveTail(StudioClient *client, ExecutionsModel *model, QObject *parent = nullptr);
    ~LiveTail() override;

    // Whether a query can be followed: its range reaches now (no end, or an end at most five
    // minutes ago — a preset's "now" when it was applied).
    static bool canFollow(const ExecutionQuery &query, const QDateTime &now);

    void setIntervalMs(int ms); // clamped to at least kMinimumIntervalMs
    int intervalMs() const { return m_timer.interval(); }
    // Starts with a poll now; false (and nothing sent) when the model's query cannot be followed.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    // Minimised: no polls meanwhile; a poll comes at once when it is shown again.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // The SIDs of the active rows the view shows, read again on each poll (a few at most).
    void setWatched(const QStringList &activeSids) { m_watched = activeSids; }
    qint64 requestsSent() const { return m_requests; }

Q_SIGNALS:
    void rowsAdded(int count); // put on top of the table
    void polled(); // a poll finished (successfully or not)
    void failed(const flowscope::ApiError &error); // a poll failed; the tail goes on
    void stopped(); // by stop(), or because the query changed

private:
    void poll();
    void fetchPage();
    void pageRead(const ReadPage &read);
    bool pageUnderWay() const;
    void finishPoll();
    void refreshWatched();
    void schedule();

    StudioClient *m_client; // not owned
    ExecutionsModel *m_model; // not owned
    QTimer m_timer;
    ExecutionQuery m_query;
    ExecutionPages m_pages;
    std::vector<ParsedPage> m_newPages; // this poll's pages, newest first
    std::vector<ApiReplyPtr> m_refreshes;
    QStringList m_watched;
    qint64 m_requests = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_polling = false;
};

} // namespace flowscope
