#pragma once

// Reads the outcomes of many executions with bounded concurrency: each execution's steps (every
// page) and, when the steps alone cannot decide, its context — and, with a related session, what
// Twilio kept beside it (its outbound messages, the Debugger alerts of its window) for the error
// code — one request at a time per execution, never more than `concurrency` requests in flight
// in all. Pages and contexts are read on worker threads. Targets can be dropped while queued or
// under way (rows scrolled away).

#include "api/studioclient.h"
#include "outcome.h"
#include "related/relatedsession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace flowscope {

struct OutcomeTarget
{
    QString flowSid;
    QString executionSid;
    bool active = false;
    bool wantContext = false; // hand the context over too (it is read whatever the steps say)
    // Its date_created and date_updated: the window of its alerts (invalid: from its steps).
    QDateTime created = {};
    QDateTime updated = {};
    bool wantSteps = false; // hand the steps over as the API listed them (for the archive)
    // With a related session: read everything Twilio kept beside it — messages both ways, calls,
    // alerts with their details — and hand it over as `execution --related` writes it.
    bool wantRelated = false;
};

struct OutcomeResult
{
    Outcome outcome;
    QByteArray context; // wantContext: its compact JSON, "null" when it is gone
    bool contextMissing = false; // wantContext: the context was listed but is gone (404)
    ApiError contextError; // wantContext: why the context could not be read
    ApiError stepsError; // why the steps could not be read (the outcome is then Unknown)
    QList<StepFacts> steps; // the steps the outcome was read from, oldest first
    // wantSteps: a JSON array of the step objects exactly as listed (newest first); empty when
    // they could not be read.
    QByteArray stepsJson;
    // With a related session: the messages and alerts read for the error code (no bodies).
    std::shared_ptr<const RelatedResources> related;
    // wantRelated: {"messages", "calls", "alerts"} as relatedJson writes them; empty when they
    // could not be read (relatedError says why).
    QByteArray relatedJson;
    ApiError relatedError;
};

class OutcomeFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeFetcher)

public:
    // Steps and contexts together over HTTP/1.1 need about this many to read 1,000 outcomes at
    // 50 ms latency in under 8 s; Twilio allows far more concurrent requests an account.
    static constexpr int kDefaultConcurrency = 16;

    explicit OutcomeFetcher(
        StudioClient *client, int concurrency = kDefaultConcurrency, QObject *parent = nullptr);
    ~OutcomeFetcher() override;

    void setRules(const OutcomeRules &rules) { m_rules = rules; }
    const OutcomeRules &rules() const { return m_rules; }
    // Read what Twilio kept beside each execution too (its context always, its outbound messages,
    // the alerts of its window through the session's shared listing): the outcome gains its
    // error code and the undelivered rule. Null: steps and contexts only.
    void setRelated(RelatedSession *session) { m_related = session; }
    RelatedSession *related() const { return m_related; }
    int concurrency() const { return m_concurrency; }

    // Queues a target (first when urgent); one already queued or under way is not queued again
    // (an urgent one moves to the front).
    void enqueue(const OutcomeTarget &target, bool urgent = false);
    // Drops the targets not in `keep`, queued or under way.
    void retainOnly(const QSet<QString> &keep);
    void cancel(const QString &executionSid);
    void cancelAll();

    bool isIdle() const { return m_queue.empty() && m_running.empty(); }
    bool contains(const QString &executionSid) const;
    qsizetype pending() const { return qsizetype(m_queue.size() + m_running.size()); }

Q_SIGNALS:
    void outcomeReady(
        const flowscope::OutcomeTarget &target, const flowscope::OutcomeResult &result);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void idle(); // the last target was answered (or dropped)

private:
    class Job;
    void pump();
    void dropIf(const std::function<bool(const QString &executionSid)> &drop);
    void jobDone(Job *job, const OutcomeResult &result);

    StudioClient *m_client; // not owned
    QPointer<RelatedSession> m_related; // not owned
    int m_concurrency;
    OutcomeRules m_rules;
    std::deque<OutcomeTarget> m_queue;
    QSet<QString> m_queuedSids; // the SIDs in m_queue
    std::vector<std::unique_ptr<Job>> m_running;
    bool m_pumping = false;
};

} // namespace flowscope
