#pragma once

// The sandbox's account, computed rather than stored: every flow, execution, step and context
// is a pure function of the seed and its index, so a million executions per flow cost no memory.

#include "sandboxflows.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace sandbox {

struct WalkGraph;

struct SandboxConfig
{
    quint64 seed = 1;
    int flows = 6;
    qint64 executionsPerFlow = 5000;
    qint64 now = 0; // seconds since the epoch; 0 means the current time
    qint64 bigContextBytes
        = 0; // when > 0, one execution in 250 carries a context of about this size
    // Customers of the whole account: each execution's contact is one of them, so the same person
    // (the same number, over SMS, WhatsApp or a call) reaches several flows. 0: a third of the
    // executions per flow.
    qint64 contacts = 0;
    // Flows a person hands over (--flow-definition): Studio's "Export to JSON" text, served after
    // the generated flows with executions that walk their graph.
    struct FlowFile
    {
        QString name;
        QByteArray json;
    };
    QList<FlowFile> flowFiles;
};

struct FlowRecord
{
    QByteArray sid;
    QString friendlyName;
    bool published = true;
    int version = 1;
    qint64 dateCreated = 0;
    qint64 dateUpdated = 0; // 0: null
    Channel channel = Channel::Messaging;
    int custom = -1; // index into SandboxConfig::flowFiles, -1 for a generated flow
    // When the flow was republished (its latest revision replaced the one before); 0: never
    // within the 30 days, every execution ran on the latest revision.
    qint64 republishedAt = 0;
};

struct ExecutionRecord
{
    QByteArray sid;
    QByteArray contactSid;
    QString contactAddress;
    bool active = false;
    qint64 dateCreated = 0;
    qint64 dateUpdated = 0; // 0: null
    QByteArray initiatedBy; // the Message (SM), Call (CA) or request (RQ) that started it
};

struct StepRecord
{
    QByteArray sid;
    QString name; // the event that caused the transition
    QString transitionedFrom;
    QString transitionedTo;
    QString type; // widget type of transitionedFrom
    qint64 dateCreated = 0;
    qint64 dateUpdated = 0; // 0: null
};

// A Message of an execution, as the core API (2010-04-01) serves it.
struct MessageRecord
{
    QByteArray sid;
    int step = 0; // the step (oldest first) that recorded it: 0 the trigger's, r + 1 widget run r's
    bool gone = false; // past its retention: answered 404
    bool inbound = false;
    QString status; // received, delivered, undelivered, failed, sent
    int errorCode = 0; // 0: null
    QString from;
    QString to;
    QString body;
    qint64 dateCreated = 0;
    qint64 dateSent = 0;
    qint64 dateUpdated = 0;
};

// A Call of an execution: the one that started it, or one a widget dialled.
struct CallRecord
{
    QByteArray sid;
    int step = 0; // as a message's
    bool gone = false;
    QByteArray parentCallSid; // empty: null
    QString direction; // inbound, outbound-dial, outbound-api
    QString status; // completed, in-progress, busy, no-answer, failed
    QString from;
    QString to;
    qint64 startTime = 0;
    qint64 endTime = 0; // 0: null
    qint64 duration = -1; // -1: null
};

// A Debugger alert (Monitor v1).
struct AlertRecord
{
    QByteArray sid;
    int step = -1; // the step of its execution it belongs to; -1: another product's
    int errorCode = 0;
    QByteArray logLevel; // error, warning
    QString alertText;
    QByteArray resourceSid; // empty: null
    QByteArray serviceSid;
    QString requestUrl; // empty: null
    QByteArray requestMethod;
    QString requestVariables;
    QString responseBody;
    QString responseHeaders;
    qint64 dateGenerated = 0;
};

// The URLs a definition's widgets call (properties.url), by widget name.
QHash<QString, QString> urlsOf(const QJsonObject &definition);

// Lowercase 32-hex SID with a two-letter prefix.
QByteArray makeSid(const char prefix[2], quint64 hi, quint64 lo);
// "2026-11-01T12:00:00Z"
QByteArray isoUtc(qint64 secsSinceEpoch);
// Strict ISO 8601 date-time with seconds and "Z" or "±hh:mm" (fractions allowed and dropped), as
// Studio's DateCreatedFrom/To take it. Returns false for anything else, a space included.
bool parseIsoDateTime(QByteArrayView text, qint64 *secsSinceEpoch);

class SandboxData final
{
public:
    explicit SandboxData(const SandboxConfig &config);

    const SandboxConfig &config() const { return m_config; }
    const QByteArray &accountSid() const { return m_accountSid; }
    qint64 now() const { return m_now; }
    qint64 windowStart() const { return m_windowStart; } // the first execution's time or before

    int flowCount() const { return int(m_flows.size()); }
    const FlowRecord &flow(int f) const { return m_flows[size_t(f)]; }
    int flowIndex(QByteArrayView sid) const; // -1 when unknown

    // Executions of a flow are indexed oldest (0) to newest; creation time never decreases with i.
    qint64 executionCount(int f) const;
    qint64 createdAt(int f, qint64 i) const;
    // First index whose creation time is >= t (executionCount when none).
    qint64 lowerBound(int f, qint64 t) const;
    ExecutionRecord execution(int f, qint64 i) const;
    qint64 executionIndex(int f, QByteArrayView sid) const; // -1 when unknown
    bool isBigContext(int f, qint64 i) const;
    bool isActive(int f, qint64 i) const; // cheaper than execution(f, i).active
    QJsonObject context(int f, qint64 i) const;

    QList<StepRecord> steps(int f, qint64 i) const; // oldest first
    int stepIndex(int f, qint64 i, QByteArrayView sid) const; // -1 when unknown
    QJsonObject stepContext(int f, qint64 i, int step) const;

    // The flow's definition at a revision (1 … flow(f).version), what GET
    // /v2/Flows/{FW}/Revisions/{n} carries; the latest is what GET /v2/Flows/{FW} carries.
    QJsonObject definition(int f, int revision) const;
    // The revision an execution ran on (its v2 flow_version).
    int flowVersion(int f, qint64 i) const;

    // POST Status=ended. Returns false when the execution had already ended.
    bool endExecution(int f, qint64 i, qint64 at);

    // Around Studio: the Messages and Calls its executions made and got — nullopt for a SID that
    // is none of them — and the Debugger's alerts: failed HTTP requests and Functions (81016,
    // 81017), messages not delivered (30007, 30003), and other products' in the same minutes.
    std::optional<MessageRecord> message(QByteArrayView sid) const;
    std::optional<CallRecord> call(QByteArrayView sid) const;
    std::optional<AlertRecord> alert(QByteArrayView sid) const;
    // Every alert generated within [from, to] (seconds, both included), newest first.
    QList<AlertRecord> alerts(qint64 from, qint64 to) const;
    // One execution's: its Messages and Calls in the order it made or got them, and its alerts.
    QList<MessageRecord> messagesOf(int f, qint64 i) const;
    QList<CallRecord> callsOf(int f, qint64 i) const;
    QList<AlertRecord> alertsOf(int f, qint64 i) const;
    // The URL each widget of the revision an execution ran on calls, by name.
    QHash<QString, QString> widgetUrls(int f, int revision) const;

private:
    struct Story;
    struct StoryInput;
    Story story(int f, qint64 i) const;
    // The channel's trigger and widget runs into *story; returns the flow's data.
    QJsonObject messagingStory(const StoryInput &in, Story *story) const;
    QJsonObject voiceStory(const StoryInput &in, Story *story) const;
    QJsonObject apiStory(const StoryInput &in, Story *story) const;
    static void asRepublished(Story *story);
    void walk(const WalkGraph &graph, const StoryInput &in, Story *story) const;
    // The output of the run just appended to *story, and what it sent.
    QJsonObject walkOutput(const QString &type, const QString &event, quint64 r,
        const StoryInput &in, Story *story) const;
    // A Message's or Call's SID that decodes back to its execution and its place in it (slot 0:
    // the trigger's; 1 + 2r and 2 + 2r: what widget run r sent and got).
    QByteArray relatedSid(const char prefix[2], int f, qint64 i, int slot) const;
    bool decodeRelated(QByteArrayView sid, const char prefix[2], int *f, qint64 *i) const;
    QByteArray alertSid(int f, qint64 i, int slot) const;
    quint64 delivery(int f, qint64 i, int run, int k) const;
    AlertRecord noiseAlert(qint64 minute) const; // sid empty: none that minute
    QByteArray noiseSid(const char prefix[2], qint64 minute) const;
    qint64 noiseMinute(QByteArrayView sid, const char prefix[2]) const;
    MessageRecord messageRecord(
        int f, qint64 i, const Story &story, const QList<StepRecord> &steps, int run, int k) const;
    CallRecord callRecord(
        int f, qint64 i, const Story &story, const QList<StepRecord> &steps, int run, int k) const;
    qint64 rawCreatedAt(int f, qint64 i) const;
    bool baseActive(int f, qint64 i) const;
    qint64 duration(int f, qint64 i) const;
    quint64 flowKey(int f) const;
    QString contactAddress(int f, quint64 person, quint64 form) const;

public:
    qint64 contactPool() const; // the number of customers
    // The address of customer `person` as flow f's channel writes it (form picks the channel).
    QString contactAddressOf(int f, quint64 person, quint64 form) const
    {
        return contactAddress(f, person, form);
    }

private:
    SandboxConfig m_config;
    qint64 m_now = 0;
    qint64 m_windowStart = 0;
    QByteArray m_accountSid;
    std::vector<FlowRecord> m_flows;
    std::vector<std::shared_ptr<const WalkGraph>> m_walkGraphs; // per flow file
    // Per flow, the URLs its widgets call: before its republication, and since.
    std::vector<std::array<QHash<QString, QString>, 2>> m_widgetUrls;
    QHash<QByteArray, int> m_flowBySid;
    // Executions are spread over the 30 days before now with an hourly weight (day/night, bursts).
    struct TimeShape
    {
        std::vector<qint64> weight; // per hour of the window
        std::vector<qint64> prefix; // running sum, one longer
    };
    std::vector<TimeShape> m_timeShapes; // per flow
    QHash<quint64, qint64> m_endedAt; // (flow << 40 | index) -> when an active execution was ended
};

} // namespace sandbox
