// What Twilio keeps beside the sandbox's executions: the Messages and Calls their stories sent and
// got, and the Debugger's alerts — of its executions, and of other products in the same minutes.
// All of it follows from the stories; every SID decodes back to where it came from.

#include "sandboxdata.h"

#include "sandboxhash.h"
#include "sandboxstory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int kSlots = 128; // related SIDs per execution
constexpr qint64 kLongestExecution = 2460; // seconds: SandboxData::duration's longest
constexpr qint64 kLatestReceipt = 60; // a delivery receipt comes this long after at most

quint64 prefixKey(const char prefix[2])
{
    return (quint64(uchar(prefix[0])) << 8) | uchar(prefix[1]);
}

QString twilioNumberOf(const QJsonObject &flow)
{
    return flow.value(u"channel"_s).toObject().value(u"address"_s).toString();
}

// A widget's URL with its {{…}} filled from the execution's context, as Studio sends it.
QString render(const QString &urlTemplate, const QJsonObject &context)
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*([^}]*?)\\s*\\}\\}"_s);
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(urlTemplate); it.hasNext();) {
        const auto m = it.next();
        out += urlTemplate.mid(at, m.capturedStart() - at);
        QJsonValue value = context;
        for (const QString &part : m.captured(1).split(u'.'))
            value = value.toObject().value(part);
        const QString text
            = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        out += QString::fromLatin1(QUrl::toPercentEncoding(text));
        at = m.capturedEnd();
    }
    return out + urlTemplate.mid(at);
}

// When the widget of run r finished: the step that left it, or (still running) the one that
// entered it.
qint64 runEnd(const QList<StepRecord> &steps, int run)
{
    if (run + 1 < steps.size())
        return steps[run + 1].dateCreated;
    return run < steps.size() ? steps[run].dateCreated : 0;
}

qint64 runStart(const QList<StepRecord> &steps, int run)
{
    return run < steps.size() ? steps[run].dateCreated : 0;
}

} // namespace

QByteArray SandboxData::relatedSid(const char prefix[2], int f, qint64 i, int slot) const
{
    const quint64 key = flowKey(f);
    const quint64 v = quint64(i) * kSlots + quint64(slot);
    return makeSid(prefix, permute(hashOf(key, TagRelatedHi), v),
        hashOf(key, TagRelatedLo, v, prefixKey(prefix)));
}

bool SandboxData::decodeRelated(QByteArrayView sid, const char prefix[2], int *f, qint64 *i) const
{
    quint64 hi;
    quint64 lo;
    if (!parseSid(sid, prefix, &hi, &lo))
        return false;
    for (int g = 0; g < flowCount(); ++g) {
        const quint64 key = flowKey(g);
        const quint64 v = unpermute(hashOf(key, TagRelatedHi), hi);
        if (hashOf(key, TagRelatedLo, v, prefixKey(prefix)) == lo
            && v / kSlots < quint64(executionCount(g))) {
            *f = g;
            *i = qint64(v / kSlots);
            return true;
        }
    }
    return false;
}

QHash<QString, QString> urlsOf(const QJsonObject &definition)
{
    QHash<QString, QString> urls;
    const QJsonArray states = definition.value(u"states"_s).toArray();
    for (const auto &state : states) {
        const QJsonObject s = state.toObject();
        const QString url = s.value(u"properties"_s).toObject().value(u"url"_s).toString();
        if (!url.isEmpty())
            urls.insert(s.value(u"name"_s).toString(), url);
    }
    return urls;
}

QHash<QString, QString> SandboxData::widgetUrls(int f, int revision) const
{
    const FlowRecord &fl = flow(f);
    return m_widgetUrls[size_t(f)][fl.republishedAt > 0 && revision >= fl.version ? 1 : 0];
}

// ---- Messages and Calls ---------------------------------------------------------------------

// How an outbound message fared, 0..99: most arrive; some a carrier filters (< 6) or cannot hand
// over (< 9); some carriers send no receipt (< 12).
quint64 SandboxData::delivery(int f, qint64 i, int run, int k) const
{
    return hashOf(flowKey(f), TagDelivery, quint64(i), quint64(run), quint64(k)) % 100;
}

MessageRecord SandboxData::messageRecord(
    int f, qint64 i, const Story &story, const QList<StepRecord> &steps, int run, int k) const
{
    const ExecutionRecord e = execution(f, i);
    const quint64 key = flowKey(f);
    QString number = twilioNumberOf(story.flow);
    if (e.contactAddress.startsWith(u"whatsapp:"_s))
        number.prepend(u"whatsapp:"_s);
    MessageRecord m;
    m.step = run + 1;
    if (run < 0) {
        m.sid = story.triggerSid;
        m.inbound = true;
        m.body = story.triggerBody;
        m.dateCreated = e.dateCreated;
    } else {
        const Story::Sent &sent = story.runs[run].sent[k];
        m.sid = sent.sid;
        m.inbound = sent.kind == Story::Sent::Kind::Inbound;
        m.body = sent.body;
        m.dateCreated = runEnd(steps, run);
    }
    m.from = m.inbound ? e.contactAddress : number;
    m.to = m.inbound ? number : e.contactAddress;
    m.dateSent = m.dateCreated;
    m.dateUpdated = m.dateCreated;
    m.gone = hashOf(key, TagGone, quint64(i), quint64(run + 1), quint64(k)) % 40 == 0;
    if (m.inbound) {
        m.status = u"received"_s;
        return m;
    }
    const quint64 d = delivery(f, i, run, k);
    m.errorCode = d < 6 ? 30007 : (d < 9 ? 30003 : 0);
    m.status
        = d < 6 ? u"undelivered"_s : (d < 9 ? u"failed"_s : (d < 12 ? u"sent"_s : u"delivered"_s));
    m.dateUpdated = m.dateCreated + 2 + qint64(d % 20);
    return m;
}

CallRecord SandboxData::callRecord(
    int f, qint64 i, const Story &story, const QList<StepRecord> &steps, int run, int k) const
{
    const ExecutionRecord e = execution(f, i);
    const QString number = twilioNumberOf(story.flow);
    CallRecord c;
    c.step = run + 1;
    c.gone = hashOf(flowKey(f), TagGone, quint64(i), quint64(run + 1), quint64(k)) % 40 == 0;
    if (run < 0) {
        c.sid = story.triggerSid;
        c.direction = u"inbound"_s;
        c.from = e.contactAddress;
        c.to = number;
        c.startTime = e.dateCreated;
        if (e.active) {
            c.status = u"in-progress"_s;
        } else {
            c.status = u"completed"_s;
            c.endTime = std::max(e.dateUpdated, steps.isEmpty() ? 0 : steps.last().dateCreated);
            c.duration = std::max<qint64>(0, c.endTime - c.startTime);
        }
        return c;
    }
    const Story::Sent &sent = story.runs[run].sent[k];
    c.sid = sent.sid;
    c.parentCallSid = story.triggerSid.startsWith("CA") ? story.triggerSid : QByteArray();
    c.direction = c.parentCallSid.isEmpty() ? u"outbound-api"_s : u"outbound-dial"_s;
    c.status = sent.dialStatus;
    c.from = number;
    c.to = u"+14155550142"_s; // the agents' line
    c.startTime = runStart(steps, run);
    c.duration = sent.talkSeconds;
    c.endTime = c.startTime + (sent.dialStatus == u"completed"_s ? sent.talkSeconds : 20);
    return c;
}

// Another application's message or call, named by the alert of that minute.
QByteArray SandboxData::noiseSid(const char prefix[2], qint64 minute) const
{
    const quint64 noise = hashOf(m_config.seed, TagNoise);
    return makeSid(prefix, permute(hashOf(noise, TagRelatedHi), quint64(minute)),
        hashOf(noise, TagRelatedLo, quint64(minute), prefixKey(prefix)));
}

// The minute of another application's message or call, -1 when the SID is none of them.
qint64 SandboxData::noiseMinute(QByteArrayView sid, const char prefix[2]) const
{
    quint64 hi;
    quint64 lo;
    if (!parseSid(sid, prefix, &hi, &lo))
        return -1;
    const quint64 noise = hashOf(m_config.seed, TagNoise);
    const quint64 minute = unpermute(hashOf(noise, TagRelatedHi), hi);
    if (hashOf(noise, TagRelatedLo, minute, prefixKey(prefix)) != lo)
        return -1;
    const AlertRecord a = noiseAlert(qint64(minute));
    return a.resourceSid.startsWith(QByteArrayView(prefix, 2)) ? qint64(minute) : -1;
}

std::optional<MessageRecord> SandboxData::message(QByteArrayView sid) const
{
    if (const qint64 minute = noiseMinute(sid, "SM"); minute >= 0) {
        const AlertRecord a = noiseAlert(minute);
        MessageRecord m;
        m.sid = a.resourceSid;
        m.step = -1;
        m.status = u"undelivered"_s;
        m.errorCode = 30007;
        m.from = u"+15005550006"_s;
        m.to = u"+1202555"_s + QString::number(1000 + minute % 9000);
        m.body = u"Your verification code is %1"_s.arg(100000 + minute % 900000);
        m.dateCreated = a.dateGenerated - 20;
        m.dateSent = m.dateCreated;
        m.dateUpdated = a.dateGenerated;
        return m;
    }
    int f;
    qint64 i;
    if (!decodeRelated(sid, "SM", &f, &i))
        return std::nullopt;
    const QByteArray wanted = "SM" + sid.toByteArray().mid(2).toLower();
    const Story s = story(f, i);
    const QList<StepRecord> stepList = steps(f, i);
    if (s.triggerSid == wanted)
        return messageRecord(f, i, s, stepList, -1, 0);
    for (int r = 0; r < s.runs.size(); ++r) {
        for (int k = 0; k < s.runs[r].sent.size(); ++k) {
            if (s.runs[r].sent[k].sid == wanted
                && s.runs[r].sent[k].kind != Story::Sent::Kind::Dial)
                return messageRecord(f, i, s, stepList, r, k);
        }
    }
    return std::nullopt;
}

std::optional<CallRecord> SandboxData::call(QByteArrayView sid) const
{
    if (const qint64 minute = noiseMinute(sid, "CA"); minute >= 0) {
        const AlertRecord a = noiseAlert(minute);
        CallRecord c;
        c.sid = a.resourceSid;
        c.step = -1;
        c.direction = u"outbound-api"_s;
        c.status = u"failed"_s;
        c.from = u"+15005550006"_s;
        c.to = u"+15005550001"_s;
        c.startTime = a.dateGenerated;
        c.endTime = a.dateGenerated;
        c.duration = 0;
        return c;
    }
    int f;
    qint64 i;
    if (!decodeRelated(sid, "CA", &f, &i))
        return std::nullopt;
    const QByteArray wanted = "CA" + sid.toByteArray().mid(2).toLower();
    const Story s = story(f, i);
    const QList<StepRecord> stepList = steps(f, i);
    if (s.triggerSid == wanted)
        return callRecord(f, i, s, stepList, -1, 0);
    for (int r = 0; r < s.runs.size(); ++r) {
        for (int k = 0; k < s.runs[r].sent.size(); ++k) {
            if (s.runs[r].sent[k].sid == wanted
                && s.runs[r].sent[k].kind == Story::Sent::Kind::Dial)
                return callRecord(f, i, s, stepList, r, k);
        }
    }
    return std::nullopt;
}

QList<MessageRecord> SandboxData::messagesOf(int f, qint64 i) const
{
    const Story s = story(f, i);
    const QList<StepRecord> stepList = steps(f, i);
    QList<MessageRecord> out;
    if (s.triggerSid.startsWith("SM"))
        out << messageRecord(f, i, s, stepList, -1, 0);
    for (int r = 0; r < s.runs.size(); ++r) {
        for (int k = 0; k < s.runs[r].sent.size(); ++k) {
            if (s.runs[r].sent[k].kind != Story::Sent::Kind::Dial)
                out << messageRecord(f, i, s, stepList, r, k);
        }
    }
    return out;
}

QList<CallRecord> SandboxData::callsOf(int f, qint64 i) const
{
    const Story s = story(f, i);
    const QList<StepRecord> stepList = steps(f, i);
    QList<CallRecord> out;
    if (s.triggerSid.startsWith("CA"))
        out << callRecord(f, i, s, stepList, -1, 0);
    for (int r = 0; r < s.runs.size(); ++r) {
        for (int k = 0; k < s.runs[r].sent.size(); ++k) {
            if (s.runs[r].sent[k].kind == Story::Sent::Kind::Dial)
                out << callRecord(f, i, s, stepList, r, k);
        }
    }
    return out;
}

// ---- Debugger alerts ------------------------------------------------------------------------

QByteArray SandboxData::alertSid(int f, qint64 i, int slot) const
{
    const quint64 key = flowKey(f);
    const quint64 v = quint64(i) * kSlots + quint64(slot);
    return makeSid("NO", permute(hashOf(key, TagAlertHi), v), hashOf(key, TagAlertLo, v));
}

QList<AlertRecord> SandboxData::alertsOf(int f, qint64 i) const
{
    const Story s = story(f, i);
    // Most executions have none: known from the story alone, before their steps are worked out.
    bool any = false;
    for (int r = 0; r < s.runs.size() && !any; ++r) {
        const Story::Run &run = s.runs[r];
        any = (run.type == u"make-http-request"_s && run.event == u"failed"_s)
            || (run.type == u"run-function"_s && run.event == u"fail"_s);
        for (int k = 0; k < run.sent.size() && !any; ++k)
            any = run.sent[k].kind == Story::Sent::Kind::Outbound && delivery(f, i, r, k) < 9;
    }
    if (!any)
        return {};
    const QList<StepRecord> stepList = steps(f, i);
    const ExecutionRecord e = execution(f, i);
    const FlowRecord &fl = flow(f);
    const quint64 key = flowKey(f);
    const QHash<QString, QString> urls = widgetUrls(f, flowVersion(f, i));
    QList<AlertRecord> out;
    for (int r = 0; r < s.runs.size(); ++r) {
        const Story::Run &run = s.runs[r];
        const bool http = run.type == u"make-http-request"_s && run.event == u"failed"_s;
        const bool function = run.type == u"run-function"_s && run.event == u"fail"_s;
        if (http || function) {
            // Studio names the execution in the resource, or in the text beside the flow; and
            // sometimes only the flow.
            const quint64 form = hashOf(key, TagAlertForm, quint64(i), quint64(r)) % 3;
            AlertRecord a;
            a.sid = alertSid(f, i, 2 * r);
            a.errorCode = http ? 81016 : 81017;
            a.logLevel = "error";
            a.requestUrl = render(urls.value(run.name), context(f, i));
            a.requestMethod = http ? "GET" : "POST";
            a.resourceSid = form == 0 ? e.sid : fl.sid;
            const QString status = QString::number(run.output.value(u"status_code"_s).toInt());
            a.alertText = (http ? u"Msg=Outbound HTTP Request Failed"_s
                                : u"Msg=Error in Twilio Function Response"_s)
                + u"&httpResponse="_s + status + u"&url="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(a.requestUrl)) + u"&flowSid="_s
                + QString::fromLatin1(fl.sid)
                + (form == 1 ? u"&executionSid="_s + QString::fromLatin1(e.sid) : QString())
                + u"&widget="_s + run.name;
            if (function)
                a.serviceSid = makeSid("ZS", key, mix(key ^ TagAlertForm));
            a.requestVariables = http ? QString() : u"executionSid="_s + QString::fromLatin1(e.sid);
            if (function && form == 2)
                a.requestVariables.clear();
            a.responseBody = run.output.value(u"body"_s).toString();
            a.responseHeaders = u"Content-Type=application%2Fjson&X-Upstream=orders-7"_s;
            a.dateGenerated = runEnd(stepList, r); // it failed, and Studio moved on
            a.step = r + 1;
            out << a;
        }
        for (int k = 0; k < run.sent.size(); ++k) {
            if (run.sent[k].kind != Story::Sent::Kind::Outbound)
                continue;
            const MessageRecord m = messageRecord(f, i, s, stepList, r, k);
            if (m.errorCode == 0)
                continue;
            AlertRecord a;
            a.sid = alertSid(f, i, 2 * r + 1);
            a.errorCode = m.errorCode;
            a.logLevel = "error";
            a.resourceSid = m.sid;
            a.alertText = u"ErrorCode="_s + QString::number(m.errorCode) + u"&MessageSid="_s
                + QString::fromLatin1(m.sid) + u"&MessageStatus="_s + m.status;
            a.requestMethod = "POST";
            a.dateGenerated = m.dateUpdated;
            a.step = m.step;
            out << a;
        }
    }
    return out;
}

AlertRecord SandboxData::noiseAlert(qint64 minute) const
{
    const quint64 noise = hashOf(m_config.seed, TagNoise);
    const quint64 h = hashOf(noise, quint64(minute));
    AlertRecord a;
    if (h % 5 != 0)
        return a;
    a.sid = makeSid("NO", permute(hashOf(noise, TagAlertHi), quint64(minute)),
        hashOf(noise, TagAlertLo, minute));
    a.dateGenerated = minute * 60 + qint64((h >> 8) % 60);
    const quint64 r = hashOf(h, 7);
    switch ((h >> 16) % 4) {
    case 0: // another product's webhook
        a.errorCode = 11200;
        a.logLevel = "error";
        a.resourceSid = makeSid("PN", r, mix(r));
        a.requestUrl = u"https://hooks.example.net/sms/inbound"_s;
        a.requestMethod = "POST";
        a.alertText = u"Msg=HTTP+retrieval+failure&sourceComponent=14100&httpResponse=502"_s;
        a.responseBody = u"<html><body>Bad gateway</body></html>"_s;
        break;
    case 1: // a Function of another service
        a.errorCode = 82005;
        a.logLevel = "error";
        a.serviceSid = makeSid("ZS", r, mix(r));
        a.resourceSid = makeSid("ZF", r >> 1, mix(r + 1));
        a.requestUrl = u"https://backoffice-4321.twil.io/sync"_s;
        a.requestMethod = "POST";
        a.alertText = u"Msg=TypeError: cannot read properties of undefined"_s;
        break;
    case 2: // a message sent by another application
        a.errorCode = 30007;
        a.logLevel = "error";
        a.resourceSid = noiseSid("SM", minute);
        a.alertText = u"ErrorCode=30007&MessageSid="_s + QString::fromLatin1(a.resourceSid)
            + u"&MessageStatus=undelivered"_s;
        break;
    default: // a call placed by another application
        a.errorCode = 13224;
        a.logLevel = "warning";
        a.resourceSid = noiseSid("CA", minute);
        a.alertText = u"Msg=Dial: invalid number&Number=%2B15005550001"_s;
        break;
    }
    return a;
}

std::optional<AlertRecord> SandboxData::alert(QByteArrayView sid) const
{
    quint64 hi;
    quint64 lo;
    if (!parseSid(sid, "NO", &hi, &lo))
        return std::nullopt;
    const quint64 noise = hashOf(m_config.seed, TagNoise);
    const quint64 minute = unpermute(hashOf(noise, TagAlertHi), hi);
    if (hashOf(noise, TagAlertLo, minute) == lo) {
        AlertRecord a = noiseAlert(qint64(minute));
        return a.sid.isEmpty() ? std::nullopt : std::optional<AlertRecord>(a);
    }
    const QByteArray wanted = "NO" + sid.toByteArray().mid(2).toLower();
    for (int f = 0; f < flowCount(); ++f) {
        const quint64 key = flowKey(f);
        const quint64 v = unpermute(hashOf(key, TagAlertHi), hi);
        if (hashOf(key, TagAlertLo, v) != lo || v / kSlots >= quint64(executionCount(f)))
            continue;
        for (const AlertRecord &a : alertsOf(f, qint64(v / kSlots))) {
            if (a.sid == wanted)
                return a;
        }
    }
    return std::nullopt;
}

QList<AlertRecord> SandboxData::alerts(qint64 from, qint64 to) const
{
    QList<AlertRecord> out;
    for (int f = 0; f < flowCount(); ++f) {
        const qint64 first = lowerBound(f, from - kLongestExecution - kLatestReceipt);
        const qint64 last = lowerBound(f, to + 1);
        for (qint64 i = first; i < last; ++i) {
            for (const AlertRecord &a : alertsOf(f, i)) {
                if (a.dateGenerated >= from && a.dateGenerated <= to)
                    out << a;
            }
        }
    }
    for (qint64 minute = from / 60; minute <= to / 60; ++minute) {
        const AlertRecord a = noiseAlert(minute);
        if (!a.sid.isEmpty() && a.dateGenerated >= from && a.dateGenerated <= to)
            out << a;
    }
    std::sort(out.begin(), out.end(), [](const AlertRecord &a, const AlertRecord &b) {
        return a.dateGenerated != b.dateGenerated ? a.dateGenerated > b.dateGenerated
                                                  : a.sid > b.sid;
    });
    return out;
}

} // namespace sandbox
