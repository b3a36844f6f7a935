#pragma once

// Ends many executions, safely: at most `concurrency` at a time (4), each behind the client's
// 429 gate. Each target is read first — one that has ended meanwhile is "already ended" and gets
// no POST — and then ended with one POST (EndExecution: sent again only after a refusal, re-read
// after an uncertain answer). Cancel stops sending: targets not started get nothing, an ending
// already sent finishes and is reported. Nothing is ever sent for an execution not in the list.

#include "api/apierror.h"
#include "api/studioclient.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <vector>

namespace flowscope {

class EndExecution;

struct EndTarget
{
    QString flowSid;
    QString sid;
    QString contact; // contact_channel_address, for the confirmation and the audit
    QString dateCreated; // ISO 8601 UTC, as the API gave it
};

struct EndOutcome
{
    enum class Result { Pending, WouldEnd, Ended, AlreadyEnded, Failed, NotSent };
    EndTarget target;
    Result result = Result::Pending;
    QString message; // why it failed, or what happened
    QString endedAt; // ISO 8601 UTC, from the API's answer; empty when it did not end
    QByteArray executionJson; // the API's last word on it, for the table
};

QString resultName(EndOutcome::Result result); // "ended", "already ended", …

class EndJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndJob)

public:
    static constexpr int kDefaultConcurrency = 4;

    EndJob(StudioClient *client, const QList<EndTarget> &targets,
        int concurrency = kDefaultConcurrency, QObject *parent = nullptr);
    ~EndJob() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

    const QList<EndOutcome> &outcomes() const { return m_outcomes; }
    int count(EndOutcome::Result result) const;
    int mostInFlight() const { return m_mostInFlight; } // the most targets under way at once
    // One line: "Ended 38 · already ended 2 · failed 1 · not sent 0".
    QString summary() const;

    // The outcomes a dry run would have: every target "would end", nothing sent.
    static QList<EndOutcome> dryRun(const QList<EndTarget> &targets);
    // sid, flow_sid, contact_channel_address, date_created, result, message, ended_at — RFC 4180,
    // times in UTC — written atomically; false with *error when it could not be.
    static bool writeAudit(const QList<EndOutcome> &outcomes, const QString &path, QString *error);

Q_SIGNALS:
    void outcomeReady(int index); // an execution settled; its row may change
    void progress(int settled, int total);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void finished();

private:
    struct Running;
    void pump();
    void settle(
        int index, EndOutcome::Result result, const QString &message, const QByteArray &json = {});
    void readFirst(int index);
    void end(int index);

    StudioClient *m_client; // not owned
    QList<EndOutcome> m_outcomes;
    int m_concurrency;
    int m_next = 0;
    int m_settled = 0;
    int m_mostInFlight = 0;
    std::vector<std::unique_ptr<Running>> m_running;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace flowscope
