#pragma once

// The story Twilio kept around one execution, gathered: its steps and context (read when not
// handed in), the Messages and Calls they name (each read once, a 404 being "no longer at
// Twilio", never a failure of the whole), the Debugger alerts of its time window that belong to
// it (then each read once more for its request and response) — all pinned to its steps. A
// window, a key without Monitor access or a message that cannot be read costs only its own part.
// Requests of one execution go `maxParallel` at a time; the alert listing is shared through the
// session.

#include "api/apierror.h"
#include "api/studioclient.h"
#include "detail/step.h"
#include "relatedsession.h"
#include "relatedsids.h"
#include "resources.h"
#include "util/worker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

namespace flowscope {

struct RelatedOptions
{
    int maxParallel = 8; // this execution's requests at once
    bool resources = true; // read its Messages and Calls at all (else only find them)
    bool calls = true; // read its Calls (they carry no error code: a count may leave them)
    bool inboundMessages = true; // read what came in too (nothing of it was to be delivered)
    // Read the messages only when the alerts cannot be had: a message that was not delivered
    // leaves a Debugger alert naming it (30003, 30007, …), which says as much (a count of many).
    bool messagesOnlyWithoutAlerts = false;
    bool alertDetails = true; // read each alert alone for its request and response
    bool bucketAlerts = false; // list alerts by the session's shared pieces (many executions)
    bool readExecution = true; // read the v2 execution for initiated_by and flow_version
};

// What is known of the execution already; what is missing is read.
struct RelatedInput
{
    QString flowSid;
    QString executionSid;
    QDateTime created; // invalid: from its steps
    QDateTime updated; // invalid: from its steps
    bool active = false;
    QString initiatedBy;
    std::optional<QByteArray> context; // its context JSON
    std::optional<QList<Step>> steps; // oldest first
    int flowVersion = 0; // the revision it ran on; 0: read when needed

    // The execution's part from anything that names one by these fields.
    template<typename Execution>
    static RelatedInput about(const Execution &e)
    {
        RelatedInput input;
        input.flowSid = e.flowSid;
        input.executionSid = e.executionSid;
        input.created = e.created;
        input.updated = e.updated;
        input.active = e.active;
        return input;
    }
};

// Where a problem of the execution stands, in Twilio's words.
struct RelatedProblem
{
    int step = -1; // the step it is pinned to; -1: none
    int errorCode = 0;
    QString source; // the alert's or message's SID
    bool undelivered = false; // an outbound message that did not reach the customer
    bool isValid() const { return errorCode != 0 || undelivered; }
};

struct RelatedResources
{
    QString flowSid;
    QString executionSid;
    QList<Step> steps; // the steps everything is pinned to, oldest first
    QList<RelatedMessage> messages;
    QList<RelatedCall> calls;
    QList<RelatedAlert> alerts;
    bool alertsDenied = false; // this key cannot read the Debugger
    ApiError alertsError; // the alerts could not be listed (other than a denial)
    int probableUnplaced = 0; // alerts naming only the flow that no step fits exactly

    // The execution's first problem, in step order: an error alert, or a message that was not
    // delivered (an alert first where both stand at one step).
    RelatedProblem firstProblem() const;
    // Whether anything is pinned to the step, and whether any of it is an error.
    bool hasAny(int step) const;
    bool hasError(int step) const;
    // The error code to show on the step (its first error alert or undelivered message); 0.
    int errorCodeAt(int step) const;
};

// The page of a Message (SM/MM), Call (CA) or Debugger alert (NO) in the Twilio Console.
QUrl consolePage(const QString &sid, const QString &accountSid);

// What Twilio said at one step, for a mark in a list: "✕ 30007" or "SMS delivered", and the
// whole of it in a tooltip (a word or a code always: never colour alone).
struct StepNote
{
    bool error = false; // an error alert, a message not delivered, a call not connected
    QString text;
    QString tip;
};
// The notes of every step something is pinned to, by step index.
QHash<int, StepNote> stepNotesOf(const RelatedResources &related);
// One line for a message, a call, an alert: "SMS to +1415… undelivered — 30007 The carrier
// filtered the message".
QString describeMessage(const RelatedMessage &message);
QString describeCall(const RelatedCall &call);
QString describeAlert(const RelatedAlert &alert);

class RelatedFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedFetch)

public:
    RelatedFetch(StudioClient *client, RelatedSession *session, const RelatedOptions &options = {},
        QObject *parent = nullptr);
    ~RelatedFetch() override;

    void start(const RelatedInput &input);
    void cancel(); // nothing more is emitted for what was started
    bool isRunning() const { return m_running; }
    QString executionSid() const { return m_in.executionSid; }
    // Requests this fetch made (the session's shared listings not counted).
    int requests() const { return m_requests; }

Q_SIGNALS:
    void finished(const flowscope::RelatedResources &resources);
    // The execution's own steps or context could not be read: nothing can be pinned.
    void failed(const flowscope::ApiError &error);

private:
    // Runs `task` when fewer than maxParallel are running; a task ends with taskDone().
    void schedule(std::function<void()> task);
    void pump();
    void taskDone();
    void get(const QUrl &url, std::function<void(const ApiError &, const QByteArray &)> then);

    void readBasics();
    void basicsKnown();
    void readStepContexts();
    void findSids();
    void readResources();
    void readMessage(const FoundSid &found);
    void readCall(const FoundSid &found);
    void listAlerts();
    void matchAlerts();
    void placeFlowAlerts();
    void readAlertDetails();
    void advance(); // moves to the next phase when the current one has nothing left
    void fail(const ApiError &error);

    StudioClient *m_client; // not owned
    QPointer<RelatedSession> m_session;
    RelatedOptions m_options;
    RelatedInput m_in;
    RelatedResources m_out;
    std::optional<QByteArray> m_context;
    std::optional<QList<Step>> m_steps;
    QHash<int, QByteArray> m_stepContexts;
    QList<FoundSid> m_found;
    std::optional<AlertList> m_listed;
    std::deque<std::function<void()>> m_queue;
    QObject *m_requestScope = nullptr; // parent of this run's replies: deleted by cancel()
    Handoff m_find { this };
    enum class Phase { Basics, StepContexts, Sids, Resources, Alerts, Details, Done };
    Phase m_phase = Phase::Done;
    quint64 m_generation = 0; // bumped by cancel(): callbacks of an older run are dropped
    int m_active = 0; // tasks running
    int m_requests = 0;
    bool m_running = false;
    bool m_executionRead = false;
    bool m_alertsMatched = false;
    bool m_placing = false;
};

} // namespace flowscope

Q_DECLARE_METATYPE(flowscope::RelatedResources)
