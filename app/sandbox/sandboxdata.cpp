#include "sandboxdata.h"

#include "sandboxflows.h"
#include "sandboxhash.h"
#include "sandboxstory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWindowHours = 30 * 24; // Studio keeps executions 30 days
constexpr qint64 kBigContextEvery = 250;

template<typename T, size_t N>
const T &pick(const std::array<T, N> &items, quint64 h)
{
    return items[size_t(h % N)];
}

const std::array<const char16_t *, 12> kFlowNames = {
    u"Order Status SMS Bot",
    u"Customer Support IVR",
    u"Appointment Reminders (REST)",
    u"WhatsApp Concierge",
    u"After-hours Voicemail",
    u"Payment Reminder API",
    u"Returns & Exchanges",
    u"Clinic Triage Line",
    u"Delivery Updates",
    u"Survey — NPS 📊",
    u"Sales Callback",
    u"Password Reset",
};

// Message bodies as customers really send them, including what breaks naive tools.
const std::array<const char16_t *, 22> kBodies = {
    u"Where is my order?",
    u"Hi, I need help with order #4521, please",
    u"He said \"call me back\" but nobody did",
    u"line one\r\nline two\nline three",
    u"=HYPERLINK(\"http://evil.example\",\"click me\")",
    u"+1 (415) 555-0100 is my number",
    u"-5 degrees outside 🥶 and the driver left",
    u"@support where is my parcel?",
    u"مرحبا، أريد إلغاء طلبي",
    u"שלום, ההזמנה שלי לא הגיעה",
    u"你好，我的订单在哪里？",
    u"こんにちは、配達はいつですか",
    u"Thanks!! 👍🏽🎉 👨‍👩‍👧",
    u"tab\tseparated\tvalues",
    u"STOP",
    u"",
    u"Comma, separated, words, everywhere",
    u"1",
    u"+ plus at the start",
    u"Order ORD-88213 arrived damaged; photo attached",
    u"Ünïcödé façade naïve café",
    u"  leading and trailing spaces  ",
};

const std::array<const char16_t *, 8> kSpeech = {
    u"I want to talk to an agent",
    u"billing",
    u"=1+1",
    u"my order number is four five two one",
    u"",
    u"cancelar mi pedido",
    u"- nothing -",
    u"@home delivery",
};

const std::array<const char16_t *, 10> kPeople = {
    u"alice",
    u"bob",
    u"carmen",
    u"dmitri",
    u"eun-ji",
    u"fatima",
    u"guo_wei",
    u"hiro",
    u"ines",
    u"jamal",
};

} // namespace

QByteArray makeSid(const char prefix[2], quint64 hi, quint64 lo)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out(34, Qt::Uninitialized);
    out[0] = prefix[0];
    out[1] = prefix[1];
    for (int i = 0; i < 16; ++i) {
        out[2 + i] = digits[(hi >> (60 - 4 * i)) & 0xF];
        out[18 + i] = digits[(lo >> (60 - 4 * i)) & 0xF];
    }
    return out;
}

QByteArray isoUtc(qint64 secs)
{
    // Days to civil date (proleptic Gregorian), done by hand: this runs twice per listed execution.
    qint64 days = secs / kDay;
    qint64 rem = secs % kDay;
    if (rem < 0) {
        rem += kDay;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);

    char buf[21];
    const auto put2 = [&buf](int at, unsigned v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    const unsigned yy = unsigned(std::clamp<qint64>(y, 0, 9999));
    buf[0] = char('0' + yy / 1000);
    buf[1] = char('0' + yy / 100 % 10);
    buf[2] = char('0' + yy / 10 % 10);
    buf[3] = char('0' + yy % 10);
    buf[4] = '-';
    put2(5, m);
    buf[7] = '-';
    put2(8, d);
    buf[10] = 'T';
    put2(11, unsigned(rem / kHour));
    buf[13] = ':';
    put2(14, unsigned(rem % kHour / 60));
    buf[16] = ':';
    put2(17, unsigned(rem % 60));
    buf[19] = 'Z';
    buf[20] = 0;
    return QByteArray(buf, 20);
}

bool parseIsoDateTime(QByteArrayView t, qint64 *secs)
{
    const auto digits = [&t](qsizetype at, qsizetype n, int *out) {
        if (at + n > t.size())
            return false;
        int v = 0;
        for (qsizetype k = at; k < at + n; ++k) {
            if (t[k] < '0' || t[k] > '9')
                return false;
            v = v * 10 + (t[k] - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, hh, mm, ss;
    if (!digits(0, 4, &y) || t.size() < 20 || t[4] != '-' || !digits(5, 2, &mo) || t[7] != '-'
        || !digits(8, 2, &d) || t[10] != 'T' || !digits(11, 2, &hh) || t[13] != ':'
        || !digits(14, 2, &mm) || t[16] != ':' || !digits(17, 2, &ss))
        return false;
    qsizetype at = 19;
    if (at < t.size() && t[at] == '.') {
        ++at;
        const qsizetype fracStart = at;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9')
            ++at;
        if (at == fracStart)
            return false;
    }
    int offset = 0;
    if (at < t.size() && t[at] == 'Z') {
        ++at;
    } else if (at < t.size() && (t[at] == '+' || t[at] == '-')) {
        int oh, om;
        if (!digits(at + 1, 2, &oh) || at + 3 >= t.size() || t[at + 3] != ':'
            || !digits(at + 4, 2, &om) || oh > 23 || om > 59)
            return false;
        offset = (oh * 60 + om) * 60 * (t[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return false;
    }
    if (at != t.size())
        return false;
    const QDate date(y, mo, d);
    if (!date.isValid() || hh > 23 || mm > 59 || ss > 59)
        return false;
    *secs = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDay + hh * kHour + mm * 60
        + ss - offset;
    return true;
}

// ---------------------------------------------------------------------------------------------

SandboxData::SandboxData(const SandboxConfig &config)
    : m_config(config)
{
    m_now = config.now > 0 ? config.now : QDateTime::currentSecsSinceEpoch();
    // The window ends now: the last hour has its executions whatever the minute (a window that
    // ended at the last full hour left "Last hour" nearly empty at 5:58). Executions beyond now
    // are never produced; the same --now gives the same data.
    const qint64 windowEnd = m_now;
    m_windowStart = windowEnd - kWindowHours * kHour;
    const quint64 seed = config.seed;

    const quint64 acc = hashOf(seed, TagAccount);
    m_accountSid = makeSid("AC", acc, mix(acc));

    const int generated = std::max(0, config.flows);
    const int total = generated + int(config.flowFiles.size());
    m_flows.reserve(size_t(total));
    for (int f = 0; f < total; ++f) {
        const quint64 k = hashOf(seed, TagFlow, quint64(f));
        FlowRecord flow;
        flow.sid = makeSid("FW", k, mix(k + 1));
        flow.friendlyName = QString::fromUtf16(kFlowNames[size_t(f) % kFlowNames.size()]);
        if (size_t(f) >= kFlowNames.size())
            flow.friendlyName += u" #"_s + QString::number(f / int(kFlowNames.size()) + 1);
        flow.published = (f % 4) != 3;
        flow.version = 1 + int(k % 37);
        flow.dateCreated = m_windowStart - (f + 1) * 7 * kDay - qint64(k % kDay);
        // Its latest revision came before its first execution (which ran on it, as every one
        // of a flow not republished did): updated before the window, or never.
        flow.dateUpdated = (k >> 8) % 5 == 0
            ? 0
            : flow.dateCreated + qint64((k >> 16) % quint64(m_windowStart - flow.dateCreated));
        flow.channel
            = (f % 3 == 0) ? Channel::Messaging : (f % 3 == 1 ? Channel::Voice : Channel::Api);
        if (f == 3)
            flow.channel = Channel::Messaging; // WhatsApp Concierge
        if (f == 0) {
            // Republished 12 days before the window's end: a widget renamed, one added.
            flow.version = std::max(flow.version, 2);
            flow.republishedAt = m_windowStart + 18 * kDay;
            flow.dateUpdated = flow.republishedAt;
        }
        if (f >= generated) {
            const SandboxConfig::FlowFile &file = config.flowFiles[f - generated];
            QString error;
            std::optional<WalkGraph> graph = WalkGraph::read(file.json, &error);
            if (!graph) // the command line checked it; an unreadable one walks nowhere
                graph = WalkGraph::read(
                    R"({"states":[{"name":"Trigger","type":"trigger"}]})", &error);
            flow.custom = f - generated;
            flow.friendlyName = file.name;
            flow.published = true;
            flow.version = 1;
            flow.republishedAt = 0;
            // The channel its trigger starts from: addresses and initiators look like it.
            const WalkGraph::Widget &start = graph->widgets[graph->start];
            for (const WalkGraph::Transition &t : start.transitions) {
                if (t.next.isEmpty())
                    continue;
                flow.channel = t.event == u"incomingCall"_s
                    ? Channel::Voice
                    : (t.event == u"incomingRequest"_s ? Channel::Api : Channel::Messaging);
                break;
            }
            m_walkGraphs.push_back(std::make_shared<const WalkGraph>(std::move(*graph)));
        }
        m_flowBySid.insert(flow.sid, f);
        m_flows.push_back(std::move(flow));
        m_widgetUrls.push_back(
            { urlsOf(definition(f, 1)), urlsOf(definition(f, m_flows[f].version)) });

        // Busy afternoons and evenings (UTC), quiet nights, and the odd burst hour.
        TimeShape shape;
        shape.weight.resize(size_t(kWindowHours));
        shape.prefix.assign(size_t(kWindowHours) + 1, 0);
        for (qint64 h = 0; h < kWindowHours; ++h) {
            const qint64 hourOfDay = ((m_windowStart + h * kHour) / kHour) % 24;
            qint64 w = (hourOfDay >= 13 && hourOfDay <= 23) ? 12 : (hourOfDay <= 3 ? 6 : 2);
            const quint64 r = hashOf(k, TagHour, quint64(h));
            if (r % 29 == 0)
                w *= 9; // an outage, a marketing blast: a burst hour
            w += qint64(r >> 40) % 3;
            shape.weight[size_t(h)] = w;
            shape.prefix[size_t(h) + 1] = shape.prefix[size_t(h)] + w;
        }
        m_timeShapes.push_back(std::move(shape));
    }
}

int SandboxData::flowIndex(QByteArrayView sid) const
{
    return m_flowBySid.value(sid.toByteArray(), -1);
}

quint64 SandboxData::flowKey(int f) const
{
    return hashOf(m_config.seed, TagFlow, quint64(f));
}

qint64 SandboxData::executionCount(int f) const
{
    return (f >= 0 && f < flowCount()) ? std::max<qint64>(0, m_config.executionsPerFlow) : 0;
}

qint64 SandboxData::rawCreatedAt(int f, qint64 i) const
{
    // Execution i sits at quantile (i + 1/2) / N of the flow's weighted 30-day window, measured
    // in weight-seconds so that the arithmetic is exact and the same on every machine.
    const TimeShape &shape = m_timeShapes[size_t(f)];
    const qint64 n = std::max<qint64>(1, m_config.executionsPerFlow);
    // At most 720 h x 110 weight x 3600 s x (2 x 10^8 + 1): below 2^63, so 64 bits are exact.
    const qint64 total = shape.prefix.back() * kHour;
    const qint64 u = (2 * i + 1) * total / (2 * n);
    // The hour h with prefix[h] * 3600 <= u < prefix[h + 1] * 3600.
    const auto it = std::upper_bound(shape.prefix.begin(), shape.prefix.end(), u / kHour);
    const size_t h = size_t(std::distance(shape.prefix.begin(), it)) - 1;
    const qint64 within = (u - shape.prefix[h] * kHour) / shape.weight[h];
    return m_windowStart + qint64(h) * kHour + std::min<qint64>(within, kHour - 1);
}

qint64 SandboxData::createdAt(int f, qint64 i) const
{
    // One triple in six shares a single second, as bursts of messages do.
    const qint64 group = i / 3;
    if (hashOf(flowKey(f), TagTriple, quint64(group)) % 6 == 0)
        return rawCreatedAt(f, group * 3);
    return rawCreatedAt(f, i);
}

qint64 SandboxData::lowerBound(int f, qint64 t) const
{
    qint64 lo = 0;
    qint64 hi = executionCount(f);
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (createdAt(f, mid) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool SandboxData::baseActive(int f, qint64 i) const
{
    // A flow whose trigger leads nowhere ends as it starts.
    if (flow(f).custom >= 0 && !m_walkGraphs[size_t(flow(f).custom)]->walks())
        return false;
    return hashOf(flowKey(f), TagActive, quint64(i)) % 50 == 0; // ~2% still running
}

qint64 SandboxData::duration(int f, qint64 i) const
{
    const quint64 h = hashOf(flowKey(f), TagDuration, quint64(i));
    // Mostly short conversations, a long tail up to 40 minutes.
    qint64 d = (h % 4 == 0) ? qint64(60 + (h >> 8) % 2400) : qint64(2 + (h >> 8) % 180);
    return std::min(d, std::max<qint64>(0, m_now - createdAt(f, i)));
}

QString SandboxData::contactAddress(int f, quint64 person, quint64 form) const
{
    // One customer of the account: the same number whichever flow they reach, written as that
    // flow's channel writes it. Numbers from ranges reserved for fiction: NANP 555-01xx, UK Ofcom
    // drama, AU ACMA.
    const quint64 h = hashOf(m_config.seed, TagPerson, person);
    QString number;
    switch ((h >> 8) % 4) {
    case 0:
    case 1: {
        static const char16_t *areas[] = { u"415", u"212", u"617", u"312", u"206" };
        number = u"+1"_s + QString::fromUtf16(areas[(h >> 16) % 5]) + u"55501"_s
            + QString::number((h >> 24) % 100).rightJustified(2, u'0');
        break;
    }
    case 2:
        number = u"+447700900"_s + QString::number((h >> 24) % 1000).rightJustified(3, u'0');
        break;
    default:
        number = u"+61491570"_s + QString::number(156 + (h >> 24) % 4).rightJustified(3, u'0');
        break;
    }
    const QString name
        = QString::fromUtf16(pick(kPeople, h >> 32)) + u'_' + QString::number((h >> 40) % 90 + 10);
    // How this execution reached the flow: SMS or WhatsApp, a call, a Client app or a SIP phone.
    const int kind = int(form % 10);
    switch (flow(f).channel) {
    case Channel::Messaging: return kind < 7 ? number : u"whatsapp:"_s + number;
    case Channel::Voice:
        if (kind < 6)
            return number;
        if (kind < 8)
            return u"client:"_s + name;
        return u"sip:"_s + name + u"@acme-support.sip.twilio.com"_s;
    case Channel::Api: return number;
    }
    return number;
}

qint64 SandboxData::contactPool() const
{
    return m_config.contacts > 0 ? m_config.contacts
                                 : std::max<qint64>(20, m_config.executionsPerFlow / 3);
}

ExecutionRecord SandboxData::execution(int f, qint64 i) const
{
    ExecutionRecord e;
    const quint64 key = flowKey(f);
    e.sid = makeSid(
        "FN", permute(hashOf(key, TagExecHi), quint64(i)), hashOf(key, TagExecLo, quint64(i)));
    // Customers come back, to this flow and to the account's others: one pool for the account.
    const quint64 draw = hashOf(key, TagContact, quint64(i));
    const quint64 contact = hashOf(m_config.seed, TagPerson, draw) % quint64(contactPool());
    const quint64 ch = hashOf(key, TagContactSid, contact); // a Contact belongs to its flow
    e.contactSid = makeSid("FC", ch, mix(ch));
    e.contactAddress = contactAddress(f, contact, draw >> 20);
    e.dateCreated = createdAt(f, i);
    // The Message or Call that started it (the trigger's own SID); a REST request's is no resource.
    const quint64 initiator = hashOf(key, TagInitiator, quint64(i));
    switch (flow(f).channel) {
    case Channel::Messaging: e.initiatedBy = relatedSid("SM", f, i, 0); break;
    case Channel::Voice: e.initiatedBy = relatedSid("CA", f, i, 0); break;
    case Channel::Api: e.initiatedBy = makeSid("RQ", initiator, mix(initiator)); break;
    }
    const auto ended = m_endedAt.constFind((quint64(f) << 40) | quint64(i));
    if (ended != m_endedAt.cend()) {
        e.active = false;
        e.dateUpdated = std::max(*ended, e.dateCreated);
    } else {
        e.active = baseActive(f, i);
        const bool nullUpdated = e.active && hashOf(key, TagNullUpdated, quint64(i)) % 4 == 0;
        e.dateUpdated = nullUpdated ? 0 : e.dateCreated + duration(f, i);
    }
    return e;
}

qint64 SandboxData::executionIndex(int f, QByteArrayView sid) const
{
    quint64 hi;
    quint64 lo;
    if (f < 0 || f >= flowCount() || !parseSid(sid, "FN", &hi, &lo))
        return -1;
    const quint64 key = flowKey(f);
    const quint64 i = unpermute(hashOf(key, TagExecHi), hi);
    if (i >= quint64(executionCount(f)) || hashOf(key, TagExecLo, i) != lo)
        return -1;
    return qint64(i);
}

bool SandboxData::isBigContext(int f, qint64 i) const
{
    Q_UNUSED(f);
    return m_config.bigContextBytes > 0 && i % kBigContextEvery == kBigContextEvery - 1;
}

bool SandboxData::isActive(int f, qint64 i) const
{
    return baseActive(f, i) && !m_endedAt.contains((quint64(f) << 40) | quint64(i));
}

bool SandboxData::endExecution(int f, qint64 i, qint64 at)
{
    const quint64 key = (quint64(f) << 40) | quint64(i);
    if (!baseActive(f, i) || m_endedAt.contains(key))
        return false;
    m_endedAt.insert(key, at);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Stories: what happened in one execution, from which both its context and its steps follow.

namespace {

QByteArray otherSid(const char prefix[2], quint64 h)
{
    return makeSid(prefix, h, mix(h ^ 0x5bd1e995));
}

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QJsonObject orderPayload(quint64 h, qint64 targetBytes)
{
    QJsonArray items;
    const int count = 1 + int(h % 4);
    for (int k = 0; k < count; ++k) {
        const quint64 r = hashOf(h, quint64(k));
        items.append(QJsonObject {
            { u"id"_s, qint64(1000 + r % 9000) },
            { u"sku"_s, QString(u"SKU-"_s + QString::number(r % 997)) },
            { u"qty"_s, qint64(1 + (r >> 10) % 3) },
            { u"price"_s, double((r >> 20) % 10000) / 100.0 },
            { u"note"_s,
                (r >> 30) % 3 == 0 ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(str(pick(kBodies, r >> 33))) },
        });
    }
    if (targetBytes > 0) {
        // A catalogue dump as some HTTP widgets really receive: about targetBytes of JSON.
        qint64 size = 0;
        for (int k = 0; size < targetBytes; ++k) {
            const quint64 r = hashOf(h, quint64(k), 77);
            const QString description = str(pick(kBodies, r)) + u" — item "_s + QString::number(k);
            items.append(QJsonObject {
                { u"id"_s, qint64(k) },
                { u"sku"_s, QString(u"BULK-"_s + QString::number(r % 100000)) },
                { u"description"_s, description },
                { u"tags"_s, QJsonArray { u"bulk"_s, QString::number(r % 7), QJsonValue::Null } },
                { u"price"_s, double(r % 100000) / 100.0 },
            });
            size += 90 + description.toUtf8().size();
        }
    }
    static const char16_t *statuses[] = { u"shipped", u"processing", u"delivered", u"cancelled" };
    return QJsonObject {
        { u"order_id"_s, QString(u"ORD-"_s + QString::number(10000 + h % 90000)) },
        { u"status"_s, str(statuses[(h >> 8) % 4]) },
        { u"eta"_s,
            (h >> 12) % 3 == 0
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(QString(u"2026-12-0"_s + QString::number(1 + (h >> 14) % 9))) },
        { u"items"_s, items },
        { u"customer"_s,
            QJsonObject {
                { u"name"_s, str(pick(kPeople, h >> 20)) },
                { u"vip"_s, (h >> 24) % 2 == 0 },
                { u"balance"_s, -double((h >> 26) % 5000) / 100.0 },
                { u"tags"_s, QJsonArray { u"returning"_s, u"sms-opt-in"_s } },
                { u"address"_s, QJsonValue::Null },
            } },
        { u"matrix"_s,
            QJsonArray {
                QJsonArray { 1, 2 }, QJsonArray { 3, QJsonArray { 4, QJsonValue::Null } } } },
        { u"empty_object"_s, QJsonObject {} },
        { u"empty_array"_s, QJsonArray {} },
    };
}

QJsonObject httpOutput(quint64 h, bool ok, qint64 targetBytes)
{
    if (!ok) {
        const QByteArray body = R"({"error":"upstream timeout","retry":true})";
        return QJsonObject {
            { u"status_code"_s, 504 },
            { u"content_type"_s, u"application/json"_s },
            { u"body"_s, QString::fromUtf8(body) },
            { u"parsed"_s, QJsonDocument::fromJson(body).object() },
        };
    }
    const QJsonObject parsed = orderPayload(h, targetBytes / 2);
    return QJsonObject {
        { u"status_code"_s, 200 },
        { u"content_type"_s, u"application/json; charset=utf-8"_s },
        { u"body"_s, QString::fromUtf8(QJsonDocument(parsed).toJson(QJsonDocument::Compact)) },
        { u"parsed"_s, parsed },
    };
}

QJsonObject messageOutput(const QByteArray &sid, quint64 h, const QString &body)
{
    return QJsonObject {
        { u"sid"_s, QString::fromLatin1(sid) },
        // As the widget saw it when it sent: how it fared is the Message resource's to say.
        { u"status"_s, (h % 5 == 0) ? u"queued"_s : u"sent"_s },
        { u"body"_s, body },
    };
}

} // namespace

SandboxData::Story SandboxData::story(int f, qint64 i) const
{
    const FlowRecord &fl = flow(f);
    StoryInput in;
    in.f = f;
    in.i = i;
    in.e = execution(f, i);
    in.h = hashOf(flowKey(f), TagStory, quint64(i));
    in.twilioNumber = u"+1415555"_s + QString::number(1000 + flowKey(f) % 9000);
    in.bigBytes = isBigContext(f, i) ? m_config.bigContextBytes : 0;
    in.body = str(pick(kBodies, in.h >> 3));
    const quint64 h = in.h;

    Story s;
    QJsonObject data;
    switch (fl.channel) {
    case Channel::Messaging: data = messagingStory(in, &s); break;
    case Channel::Voice: data = voiceStory(in, &s); break;
    case Channel::Api: data = apiStory(in, &s); break;
    }
    if (fl.custom >= 0)
        walk(*m_walkGraphs[size_t(fl.custom)], in, &s);
    else if (fl.republishedAt > 0 && in.e.dateCreated >= fl.republishedAt)
        asRepublished(&s);

    s.flow = QJsonObject {
        { u"flow_sid"_s, QString::fromLatin1(fl.sid) },
        { u"sid"_s, QString::fromLatin1(in.e.sid) },
        { u"channel"_s, QJsonObject { { u"address"_s, in.twilioNumber } } },
        { u"data"_s, data },
        { u"variables"_s,
            QJsonObject { { u"attempts"_s, qint64(1 + (h >> 40) % 3) },
                { u"lang"_s, (h >> 42) % 4 == 0 ? u"es"_s : u"en"_s } } },
    };

    if (baseActive(f, i) && !s.runs.isEmpty()) {
        // Still running (or ended through the API while it was): it waits in one of its widgets,
        // which has produced nothing yet.
        const qsizetype keep = 1 + qsizetype((h >> 50) % quint64(s.runs.size()));
        s.runs.resize(keep);
        s.runs.last().event.clear();
        s.runs.last().output = {};
        s.runs.last().sent.clear();
    }
    return s;
}

QJsonObject SandboxData::messagingStory(const StoryInput &in, Story *story) const
{
    using Run = Story::Run;
    const ExecutionRecord &e = in.e;
    const quint64 h = in.h;
    const QString &twilioNumber = in.twilioNumber;
    const QString &body = in.body;
    const qint64 bigBytes = in.bigBytes;
    Story &s = *story;
    QJsonObject data;
    const bool whatsapp = e.contactAddress.startsWith(u"whatsapp:"_s);
    s.triggerEvent = u"incomingMessage"_s;
    s.trigger = QJsonObject { { u"message"_s,
        QJsonObject {
            { u"ChannelSid"_s, QString::fromLatin1(otherSid("CH", h + 1)) },
            { u"ApiVersion"_s, u"2010-04-01"_s },
            { u"AccountSid"_s, QString::fromLatin1(m_accountSid) },
            { u"MessageSid"_s, QString::fromLatin1(e.initiatedBy) },
            { u"MessagingServiceSid"_s, QJsonValue::Null },
            { u"From"_s, e.contactAddress },
            { u"To"_s, whatsapp ? QString(u"whatsapp:"_s + twilioNumber) : twilioNumber },
            { u"Body"_s, body },
            { u"NumMedia"_s, (h % 7 == 0) ? u"1"_s : u"0"_s },
            { u"FromCountry"_s,
                e.contactAddress.contains(u"+44"_s)
                    ? u"GB"_s
                    : (e.contactAddress.contains(u"+61"_s) ? u"AU"_s : u"US"_s) },
        } } };
    s.triggerSid = e.initiatedBy;
    s.triggerBody = body;
    const bool matches = (h >> 9) % 3 != 0;
    s.runs.append(Run { u"split_keyword"_s, u"split-based-on"_s,
        matches ? u"Condition Matches: order"_s : u"noMatch"_s, {}, {} });
    if (!matches) {
        const QString reply = str(pick(kBodies, h >> 17));
        const QString ask = u"Sorry, which order? Reply with the number."_s;
        const int run = int(s.runs.size());
        const QByteArray out = relatedSid("SM", in.f, in.i, 1 + 2 * run);
        const QByteArray back = relatedSid("SM", in.f, in.i, 2 + 2 * run);
        s.runs.append(Run { u"ask_details"_s, u"send-and-wait-for-reply"_s, u"incomingMessage"_s,
            QJsonObject {
                { u"outbound"_s, messageOutput(out, h + 3, ask) },
                { u"inbound"_s,
                    QJsonObject { { u"Body"_s, reply }, { u"From"_s, e.contactAddress },
                        { u"MessageSid"_s, QString::fromLatin1(back) } } },
            },
            { Story::Sent { Story::Sent::Kind::Outbound, out, ask, {}, 0 },
                Story::Sent { Story::Sent::Kind::Inbound, back, reply, {}, 0 } } });
    }
    const bool httpOk = (h >> 13) % 8 != 0;
    s.runs.append(Run { u"http_1"_s, u"make-http-request"_s, httpOk ? u"success"_s : u"failed"_s,
        httpOutput(h + 5, httpOk, bigBytes), {} });
    const QString text = httpOk ? u"Your order is on its way."_s
                                : u"We could not look that up; an agent will text you."_s;
    const QByteArray reply = relatedSid("SM", in.f, in.i, 1 + 2 * int(s.runs.size()));
    s.runs.append(Run { httpOk ? u"send_reply"_s : u"send_error"_s, u"send-message"_s, u"sent"_s,
        messageOutput(reply, h + (httpOk ? 6 : 7), text),
        { Story::Sent { Story::Sent::Kind::Outbound, reply, text, {}, 0 } } });
    data.insert(u"keyword"_s, matches ? u"order"_s : QJsonValue(QJsonValue::Null));
    return data;
}

QJsonObject SandboxData::voiceStory(const StoryInput &in, Story *story) const
{
    using Run = Story::Run;
    const ExecutionRecord &e = in.e;
    const quint64 h = in.h;
    const QString &twilioNumber = in.twilioNumber;
    Story &s = *story;
    QJsonObject data;
    s.triggerEvent = u"incomingCall"_s;
    s.trigger = QJsonObject { { u"call"_s,
        QJsonObject {
            { u"CallSid"_s, QString::fromLatin1(e.initiatedBy) },
            { u"AccountSid"_s, QString::fromLatin1(m_accountSid) },
            { u"From"_s, e.contactAddress },
            { u"To"_s, twilioNumber },
            { u"CallStatus"_s, u"ringing"_s },
            { u"Direction"_s, u"inbound"_s },
            { u"ApiVersion"_s, u"2010-04-01"_s },
            { u"Caller"_s, e.contactAddress },
            { u"CallerCountry"_s,
                e.contactAddress.startsWith(u"+1"_s) ? QJsonValue(u"US"_s)
                                                     : QJsonValue(QJsonValue::Null) },
        } } };
    s.triggerSid = e.initiatedBy;
    s.runs.append(Run { u"say_welcome"_s, u"say-play"_s, u"audioComplete"_s, {}, {} });
    const int how = int((h >> 9) % 3); // keypress, speech, timeout
    const QString digits = how == 0 ? QString::number(1 + (h >> 11) % 4) : QString();
    const QString speech = how == 1 ? str(pick(kSpeech, h >> 15)) : QString();
    QJsonObject gather { { u"Digits"_s, digits }, { u"FinishedOnKey"_s, u""_s } };
    if (how == 1) {
        gather.insert(u"SpeechResult"_s, speech);
        gather.insert(u"Confidence"_s, QString(u"0."_s + QString::number(50 + (h >> 19) % 50)));
    }
    s.runs.append(Run { u"gather_1"_s, u"gather-input-on-call"_s,
        how == 0 ? u"keypress"_s : (how == 1 ? u"speech"_s : u"timeout"_s), gather, {} });
    s.runs.append(Run { u"split_menu"_s, u"split-based-on"_s,
        how == 2 ? u"noMatch"_s : u"Condition Matches: agent"_s, {}, {} });
    const bool fnOk = (h >> 21) % 10 != 0;
    const QJsonObject score { { u"score"_s, qint64((h >> 23) % 5) },
        { u"segment"_s, (h >> 25) % 2 ? u"gold"_s : u"standard"_s },
        { u"notes"_s, QJsonValue::Null } };
    s.runs.append(Run { u"function_1"_s, u"run-function"_s, fnOk ? u"success"_s : u"fail"_s,
        QJsonObject {
            { u"status_code"_s, fnOk ? 200 : 500 },
            { u"body"_s, QString::fromUtf8(QJsonDocument(score).toJson(QJsonDocument::Compact)) },
            { u"parsed"_s, fnOk ? QJsonValue(score) : QJsonValue(QJsonValue::Null) },
        },
        {} });
    // The agent's phone: mostly answered; busy or unanswered now and then (Studio moves on with
    // callCompleted either way: DialCallStatus says how it went).
    const quint64 dial = hashOf(h, TagDial);
    const QString dialStatus
        = dial % 10 == 0 ? u"busy"_s : (dial % 10 == 1 ? u"no-answer"_s : u"completed"_s);
    const qint64 talk = dialStatus == u"completed"_s ? qint64(20 + (h >> 27) % 600) : 0;
    const QByteArray dialSid = relatedSid("CA", in.f, in.i, 2 + 2 * int(s.runs.size()));
    s.runs.append(Run { u"connect_agent"_s, u"connect-call-to"_s, u"callCompleted"_s,
        QJsonObject { { u"CallStatus"_s, u"completed"_s }, { u"DialCallStatus"_s, dialStatus },
            { u"DialCallSid"_s, QString::fromLatin1(dialSid) },
            { u"DialCallDuration"_s, QString::number(talk) } },
        { Story::Sent { Story::Sent::Kind::Dial, dialSid, {}, dialStatus, talk } } });
    data.insert(u"menu_choice"_s, digits.isEmpty() ? QJsonValue(speech) : QJsonValue(digits));
    return data;
}

QJsonObject SandboxData::apiStory(const StoryInput &in, Story *story) const
{
    using Run = Story::Run;
    const ExecutionRecord &e = in.e;
    const quint64 h = in.h;
    const QString &body = in.body;
    const qint64 bigBytes = in.bigBytes;
    Story &s = *story;
    QJsonObject data;
    s.triggerEvent = u"incomingRequest"_s;
    const QJsonObject parameters {
        { u"appointment_id"_s, QString(u"APT-"_s + QString::number(h % 100000)) },
        { u"patient_name"_s, str(pick(kPeople, h >> 5)) },
        { u"when"_s, QString::fromLatin1(isoUtc(e.dateCreated + kDay)) },
        { u"note"_s, body },
        { u"reminders"_s, QJsonArray { 24, 2, QJsonValue::Null } },
    };
    s.trigger = QJsonObject { { u"request"_s, QJsonObject { { u"parameters"_s, parameters } } } };
    data = parameters;
    const bool httpOk = (h >> 13) % 8 != 0;
    s.runs.append(Run { u"http_1"_s, u"make-http-request"_s, httpOk ? u"success"_s : u"failed"_s,
        httpOutput(h + 5, httpOk, bigBytes), {} });
    s.runs.append(Run { u"function_1"_s, u"run-function"_s, u"success"_s,
        QJsonObject {
            { u"status_code"_s, 200 }, { u"body"_s, u"ok"_s }, { u"parsed"_s, QJsonValue::Null } },
        {} });
    const QString text = u"Reminder: your appointment is tomorrow. Reply C to confirm."_s;
    const QByteArray reminder = relatedSid("SM", in.f, in.i, 1 + 2 * int(s.runs.size()));
    s.runs.append(Run { u"send_message_1"_s, u"send-message"_s, u"sent"_s,
        messageOutput(reminder, h + 6, text),
        { Story::Sent { Story::Sent::Kind::Outbound, reminder, text, {}, 0 } } });
    return data;
}

// The latest revision of a republished flow: the HTTP widget renamed, and a failed lookup tells
// the team first.
void SandboxData::asRepublished(Story *story)
{
    using Run = Story::Run;
    Story &s = *story;
    // The latest revision: the HTTP widget renamed, and a failed lookup tells the team first.
    for (qsizetype k = 0; k < s.runs.size(); ++k) {
        if (s.runs[k].name != u"http_1"_s)
            continue;
        s.runs[k].name = u"lookup_order"_s;
        if (s.runs[k].event == u"failed"_s) {
            s.runs.insert(k + 1,
                Run { u"notify_team"_s, u"run-function"_s, u"success"_s,
                    QJsonObject { { u"status_code"_s, 200 }, { u"body"_s, u"notified"_s } }, {} });
        }
        break;
    }
}

void SandboxData::walk(const WalkGraph &g, const StoryInput &in, Story *s) const
{
    const quint64 h = in.h;
    using Run = Story::Run;
    s->runs.clear();
    const WalkGraph::Widget &start = g.widgets[g.start];
    const auto walkable = [&g](const WalkGraph::Transition &t) {
        return !t.next.isEmpty() && g.index.contains(t.next);
    };
    int at = -1;
    s->triggerEvent
        = start.transitions.isEmpty() ? u"incomingRequest"_s : start.transitions.first().event;
    // A trigger wired for messages and calls gets both.
    QList<const WalkGraph::Transition *> ways;
    for (const WalkGraph::Transition &t : start.transitions) {
        if (walkable(t))
            ways << &t;
    }
    if (!ways.isEmpty()) {
        const WalkGraph::Transition *t = ways[qsizetype((h >> 33) % quint64(ways.size()))];
        s->triggerEvent = t->event;
        at = g.index.value(t->next);
    }
    // Along the transitions: mostly the first (the way a flow is meant to go), sometimes another,
    // never into a widget that is not there, never the same widget more than three times in a
    // row; after a while, the shortest way to an end. A flow with no end in reach is stopped, as
    // Studio stops one after its step limit.
    constexpr int kWander = 20;
    constexpr int kMostRuns = 40;
    int inARow = 0;
    for (int k = 0; at >= 0 && k < kMostRuns; ++k) {
        const WalkGraph::Widget &w = g.widgets[at];
        const quint64 r = hashOf(h, TagMisc, quint64(k));
        QList<const WalkGraph::Transition *> choices;
        for (const WalkGraph::Transition &t : w.transitions) {
            if (t.next.isEmpty() || walkable(t))
                choices << &t;
        }
        const int toEnd = g.distanceToEnd.value(at, -1);
        if (k >= kWander && toEnd >= 0) {
            QList<const WalkGraph::Transition *> closer;
            for (const auto *t : choices) {
                const int d
                    = t->next.isEmpty() ? -1 : g.distanceToEnd.value(g.index.value(t->next));
                if (toEnd == 0 ? t->next.isEmpty() : d == toEnd - 1)
                    closer << t;
            }
            choices = closer;
        } else if (inARow >= 3) {
            QList<const WalkGraph::Transition *> out;
            for (const auto *t : choices) {
                if (t->next != w.name)
                    out << t;
            }
            choices = out;
        }
        const bool stopped = k == kMostRuns - 1 && toEnd != 0;
        const WalkGraph::Transition *chosen = nullptr;
        if (!choices.isEmpty() && !stopped)
            chosen = (r % 10 < 7) ? choices.first()
                                  : choices[qsizetype((r >> 8) % quint64(choices.size()))];
        const QString event = chosen
            ? chosen->event
            : (w.transitions.isEmpty() && !stopped ? u"completed"_s : u"ended"_s);
        s->runs.append(Run { w.name, w.type, event, {}, {} });
        s->runs.last().output = walkOutput(w.type, event, r, in, s);
        const int next = chosen && !chosen->next.isEmpty() ? g.index.value(chosen->next) : -1;
        inARow = next == at ? inARow + 1 : 0;
        at = next;
    }
}

QJsonObject SandboxData::walkOutput(
    const QString &type, const QString &event, quint64 r, const StoryInput &in, Story *story) const
{
    using Sent = Story::Sent;
    const int run = int(story->runs.size()) - 1;
    QList<Sent> *sent = &story->runs.last().sent;
    const auto sid = [&](const char prefix[2], int which) {
        return relatedSid(prefix, in.f, in.i, 1 + 2 * run + which);
    };
    if (type == u"send-message"_s) {
        const QString body = str(pick(kBodies, r >> 3));
        const QByteArray out = sid("SM", 0);
        sent->append(Sent { Sent::Kind::Outbound, out, body, {}, 0 });
        return messageOutput(out, r, body);
    }
    if (type == u"send-and-wait-for-reply"_s) {
        const QString body = str(pick(kBodies, r >> 3));
        const QByteArray out = sid("SM", 0);
        sent->append(Sent { Sent::Kind::Outbound, out, body, {}, 0 });
        QJsonObject output { { u"outbound"_s, messageOutput(out, r, body) } };
        if (event == u"incomingMessage"_s) {
            const QString reply = str(pick(kBodies, r >> 17));
            const QByteArray back = sid("SM", 1);
            sent->append(Sent { Sent::Kind::Inbound, back, reply, {}, 0 });
            output.insert(u"inbound"_s,
                QJsonObject { { u"Body"_s, reply }, { u"From"_s, in.e.contactAddress },
                    { u"MessageSid"_s, QString::fromLatin1(back) } });
        }
        return output;
    }
    if (type == u"make-http-request"_s)
        return httpOutput(r, event == u"success"_s, 0);
    if (type == u"run-function"_s) {
        const bool ok = event == u"success"_s;
        return QJsonObject { { u"status_code"_s, ok ? 200 : 500 },
            { u"body"_s, ok ? u"{\"ok\":true}"_s : u"Error: upstream"_s } };
    }
    if (type == u"gather-input-on-call"_s) {
        if (event == u"speech"_s)
            return QJsonObject { { u"SpeechResult"_s, str(pick(kSpeech, r >> 15)) },
                { u"Confidence"_s, u"0.87"_s } };
        return QJsonObject { { u"Digits"_s,
                                 event == u"keypress"_s ? QString::number(1 + r % 9) : QString() },
            { u"FinishedOnKey"_s, u""_s } };
    }
    if (type == u"connect-call-to"_s || type == u"make-outgoing-call-v2"_s) {
        const bool outgoing = type == u"make-outgoing-call-v2"_s;
        QString status = u"completed"_s;
        if (outgoing && event == u"busy"_s)
            status = u"busy"_s;
        else if (outgoing && event == u"failed"_s)
            status = u"failed"_s;
        else if (event == u"noAnswer"_s || (!outgoing && event != u"callCompleted"_s))
            status = u"no-answer"_s;
        const QByteArray call = sid("CA", 1);
        const qint64 talk = status == u"completed"_s ? qint64(15 + r % 300) : 0;
        sent->append(Sent { Sent::Kind::Dial, call, {}, status, talk });
        return QJsonObject { { u"CallStatus"_s, u"completed"_s },
            { outgoing ? u"CallSid"_s : u"DialCallSid"_s, QString::fromLatin1(call) },
            { u"DialCallStatus"_s, status } };
    }
    return {};
}

QJsonObject SandboxData::context(int f, qint64 i) const
{
    const Story s = story(f, i);
    QJsonObject widgets;
    for (const auto &run : s.runs) {
        if (!run.event.isEmpty() && !run.output.isEmpty())
            widgets.insert(run.name, run.output);
    }
    return QJsonObject { { u"trigger"_s, s.trigger }, { u"flow"_s, s.flow },
        { u"widgets"_s, widgets } };
}

QList<StepRecord> SandboxData::steps(int f, qint64 i) const
{
    const Story s = story(f, i);
    const ExecutionRecord e = execution(f, i);
    const quint64 key = flowKey(f);
    // A transition out of every widget that finished, then into "Ended" unless one is still
    // waiting — or it was ended through the API while it waited: then that is the last step.
    const auto endedAt = m_endedAt.constFind((quint64(f) << 40) | quint64(i));
    const bool endedByApi = endedAt != m_endedAt.cend();
    const qsizetype count = !s.runs.isEmpty() && s.runs.last().event.isEmpty() && !endedByApi
        ? s.runs.size()
        : s.runs.size() + 1;
    const qint64 span = duration(f, i);
    // The time goes where people are waited for (a reply, a keypress, an agent); a split, a
    // message sent or an HTTP request take a moment. Step k ends the gap of widget run k - 1.
    const auto waits = [](const QString &type) {
        static const QStringList waiting { u"send-and-wait-for-reply"_s, u"gather-input-on-call"_s,
            u"connect-call-to"_s, u"say-play"_s, u"record-voicemail"_s, u"enqueue-call"_s,
            u"send-to-flex"_s, u"run-subflow"_s, u"make-outgoing-call-v2"_s };
        return waiting.contains(type);
    };
    std::vector<qint64> reached(size_t(std::max<qsizetype>(count, 1)), 0);
    for (qsizetype k = 1; k < count; ++k)
        reached[size_t(k)] = reached[size_t(k - 1)] + (waits(s.runs[k - 1].type) ? 24 : 1);
    const qint64 weight = std::max<qint64>(1, reached.back());
    QList<StepRecord> out;
    out.reserve(count);
    for (qsizetype k = 0; k < count; ++k) {
        StepRecord st;
        const quint64 v = quint64(i) * 1024 + quint64(k);
        st.sid = makeSid("FT", permute(hashOf(key, TagStepHi), v), hashOf(key, TagStepLo, v));
        if (k == 0) {
            st.name = s.triggerEvent;
            st.transitionedFrom = u"Trigger"_s;
            st.type = u"trigger"_s;
        } else {
            const auto &from = s.runs[k - 1];
            st.name = from.event.isEmpty() ? u"ended"_s : from.event; // empty: ended by the API
            st.transitionedFrom = from.name;
            st.type = from.type;
        }
        st.transitionedTo = k < s.runs.size() ? s.runs[k].name : u"Ended"_s;
        st.dateCreated = endedByApi && k == count - 1
            ? std::max(*endedAt, e.dateCreated)
            : e.dateCreated + (count > 1 ? span * reached[size_t(k)] / weight : 0);
        st.dateUpdated = (hashOf(v, TagNullUpdated) % 3 == 0) ? 0 : st.dateCreated;
        out.append(st);
    }
    return out;
}

int SandboxData::stepIndex(int f, qint64 i, QByteArrayView sid) const
{
    quint64 hi;
    quint64 lo;
    if (f < 0 || f >= flowCount() || !parseSid(sid, "FT", &hi, &lo))
        return -1;
    const quint64 key = flowKey(f);
    const quint64 v = unpermute(hashOf(key, TagStepHi), hi);
    if (v / 1024 != quint64(i) || hashOf(key, TagStepLo, v) != lo)
        return -1;
    const int k = int(v % 1024);
    return k < steps(f, i).size() ? k : -1;
}

QJsonObject SandboxData::stepContext(int f, qint64 i, int step) const
{
    // The execution's context as it stood once this step had happened.
    const Story s = story(f, i);
    QJsonObject widgets;
    for (qsizetype k = 0; k < step && k < s.runs.size(); ++k) {
        const auto &run = s.runs[k];
        if (!run.event.isEmpty() && !run.output.isEmpty())
            widgets.insert(run.name, run.output);
    }
    return QJsonObject { { u"trigger"_s, s.trigger }, { u"flow"_s, s.flow },
        { u"widgets"_s, widgets } };
}

} // namespace sandbox

namespace sandbox {

QJsonObject SandboxData::definition(int f, int revision) const
{
    const FlowRecord &fl = flow(f);
    if (fl.custom >= 0)
        return m_walkGraphs[size_t(fl.custom)]->definition;
    if (fl.republishedAt <= 0)
        return generatedDefinition(fl.channel, Era::BeforeRepublish); // every revision alike
    return generatedDefinition(fl.channel,
        revision >= fl.version           ? Era::Republished
            : revision == fl.version - 1 ? Era::BeforeRepublish
                                         : Era::First);
}

int SandboxData::flowVersion(int f, qint64 i) const
{
    const FlowRecord &fl = flow(f);
    return fl.republishedAt > 0 && createdAt(f, i) < fl.republishedAt ? fl.version - 1 : fl.version;
}

} // namespace sandbox
