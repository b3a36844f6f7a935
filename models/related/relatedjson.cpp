#include "relatedjson.h"

#include "json/jsonmembers.h"

#include <QCoreApplication>

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

} // namespace

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
