#include "relatedjson.h"

#include "json/jsonmembers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

QByteArray orNull(const QString &text)
{
    return text.isEmpty() ? QByteArray("null") : jsonString(text);
}

// The resource as read, with where it stands first; or what is known of one that was not read.
QByteArray entry(const QByteArray &raw, bool found, const QString &sid, const StepPin &pin,
    const QString &widget, bool gone, const QString &problem, const QByteArray &probable = {})
{
    QByteArray out = found ? raw : QByteArray("{}");
    if (!found) {
        appendMember(out, "sid", jsonString(sid));
        appendMember(out, "available", "false");
        appendMember(out, "reason",
            jsonString(gone ? QCoreApplication::translate(
                           "RelatedJson", "no longer at Twilio (deleted, or past its retention)")
                    : problem.isEmpty() ? QCoreApplication::translate("RelatedJson", "not read")
                                        : problem));
    }
    if (!probable.isEmpty())
        prependMember(out, "probable", probable);
    prependMember(out, "widget", orNull(widget));
    prependMember(out, "step", orNull(pin.stepSid));
    return out;
}

// An entry's own resource, without the members relatedJson() put before it.
QByteArray resourceOf(QJsonObject entry)
{
    for (const QString &added : { u"step"_s, u"widget"_s, u"probable"_s })
        entry.remove(added);
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

StepPin pinOf(const QJsonObject &entry, const QList<Step> &steps)
{
    StepPin pin;
    pin.stepSid = entry.value(u"step"_s).toString();
    for (qsizetype k = 0; k < steps.size() && !pin.stepSid.isEmpty(); ++k) {
        if (steps[k].sid == pin.stepSid)
            pin.step = int(k);
    }
    if (pin.step < 0)
        pin.stepSid.clear();
    return pin;
}

} // namespace

std::optional<RelatedResources> relatedFromJson(const QByteArray &json, const QString &flowSid,
    const QString &executionSid, const QList<Step> &steps, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !o.value(u"messages"_s).isArray()
        || !o.value(u"calls"_s).isArray()) {
        *error = QCoreApplication::translate("RelatedJson", "not what execution --related writes");
        return std::nullopt;
    }
    RelatedResources related;
    related.flowSid = flowSid;
    related.executionSid = executionSid;
    related.steps = steps;
    QString why;
    for (const QJsonValue value : o.value(u"messages"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        RelatedMessage m;
        if (entry.value(u"available"_s) == QJsonValue(false)) {
            m.sid = entry.value(u"sid"_s).toString();
            m.problem = entry.value(u"reason"_s).toString();
        } else if (!readMessage(resourceOf(entry), &m, &why)) {
            *error = why;
            return std::nullopt;
        }
        m.pin = pinOf(entry, steps);
        m.widget = entry.value(u"widget"_s).toString();
        related.messages << m;
    }
    for (const QJsonValue value : o.value(u"calls"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        RelatedCall c;
        if (entry.value(u"available"_s) == QJsonValue(false)) {
            c.sid = entry.value(u"sid"_s).toString();
            c.problem = entry.value(u"reason"_s).toString();
        } else if (!readCall(resourceOf(entry), &c, &why)) {
            *error = why;
            return std::nullopt;
        }
        c.pin = pinOf(entry, steps);
        c.widget = entry.value(u"widget"_s).toString();
        related.calls << c;
    }
    if (!o.value(u"alerts"_s).isArray()) {
        // A sync keeps no execution whose alerts failed to be listed: only a key's denial.
        related.alertsDenied = true;
        return related;
    }
    for (const QJsonValue value : o.value(u"alerts"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        RelatedAlert a;
        if (!readAlert(resourceOf(entry), &a, &why, entry.contains(u"response_body"_s))) {
            *error = why;
            return std::nullopt;
        }
        a.pin = pinOf(entry, steps);
        a.probable = entry.value(u"probable"_s).toBool();
        for (const RelatedMessage &m : std::as_const(related.messages))
            a.resource = m.sid == a.resourceSid ? m.sid : a.resource;
        for (const RelatedCall &c : std::as_const(related.calls))
            a.resource = c.sid == a.resourceSid ? c.sid : a.resource;
        related.alerts << a;
    }
    return related;
}

QByteArray relatedJson(const RelatedResources &related)
{
    QByteArray out = "{\"messages\":[";
    for (qsizetype k = 0; k < related.messages.size(); ++k) {
        const RelatedMessage &m = related.messages[k];
        out += (k ? "," : "") + entry(m.raw, m.found, m.sid, m.pin, m.widget, m.gone, m.problem);
    }
    out += "],\"calls\":[";
    for (qsizetype k = 0; k < related.calls.size(); ++k) {
        const RelatedCall &c = related.calls[k];
        out += (k ? "," : "") + entry(c.raw, c.found, c.sid, c.pin, c.widget, c.gone, c.problem);
    }
    out += "],\"alerts\":";
    if (related.alertsDenied || related.alertsError.isError()) {
        out += "null,\"alerts_unavailable\":"
            + jsonString(related.alertsDenied ? QCoreApplication::translate(
                             "RelatedJson", "this key cannot read the Debugger")
                                              : related.alertsError.userMessage());
    } else {
        out += '[';
        for (qsizetype k = 0; k < related.alerts.size(); ++k) {
            const RelatedAlert &a = related.alerts[k];
            // The widget of the step it is pinned to: the one running when it happened.
            const QString widget = a.pin.step >= 0 && a.pin.step < related.steps.size()
                ? related.steps[a.pin.step].transitionedFrom
                : QString();
            out += (k ? "," : "")
                + entry(
                    a.raw, true, a.sid, a.pin, widget, false, {}, a.probable ? "true" : "false");
        }
        out += ']';
    }
    return out + '}';
}

} // namespace flowscope
