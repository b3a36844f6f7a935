#pragma once

// Which Debugger alerts belong to an execution. Monitor has no filter but time, so an alert is
// kept only when one of its fields (resource_sid, service_sid, alert_text, request_url,
// request_variables) names the execution, or a Message or Call of it; one that names another
// execution, or another Message or Call, is never taken; one that names only the flow is taken —
// marked probable — only when its time and request_url fit exactly one step of this execution
// (for an error, a step left by a failure event).
// Never by time alone. A kept alert is pinned to the step that recorded the outcome of the widget
// running at that moment: the first step dated at or after it (of those of one second, the one
// whose widget calls its request_url, else one left by a failure event); one naming a Message or
// Call goes where that one is pinned.

#include "detail/step.h"
#include "relatedsids.h"
#include "resources.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace flowscope {

// What the matcher knows of the execution.
struct ExecutionFacts
{
    QString flowSid;
    QString executionSid;
    QDateTime start; // date_created
    QDateTime end; // date_updated once ended; now while active
    QList<Step> steps; // oldest first
    QList<FoundSid> resources; // its Messages and Calls, pinned
    // The URL each widget calls (properties.url of the revision it ran on), by widget name; a
    // {{…}} in it stands for anything. Empty: alerts naming only the flow cannot be placed.
    QHash<QString, QString> widgetUrls;

    // Its alerts lie within [start − slack, end + slack].
    static constexpr int kSlackSeconds = 60;
    QDateTime windowStart() const { return start.addSecs(-kSlackSeconds); }
    QDateTime windowEnd() const { return end.addSecs(kSlackSeconds); }
};

enum class AlertFit {
    None, // not this execution's
    Certain, // names it, or a Message or Call of it
    Probable, // names only its flow; its time and URL fit exactly one step
    FlowOnly, // names only its flow, but widget URLs are needed to place it
};

struct AlertVerdict
{
    AlertFit fit = AlertFit::None;
    StepPin pin;
    QString resource; // the execution's Message or Call it names, if any
};

// The SIDs an alert names in the fields that can name them, by kind, hex in lower case.
struct AlertNames
{
    QSet<QString> executions; // FN
    QSet<QString> flows; // FW
    QSet<QString> resources; // SM, MM, CA
};
AlertNames alertNames(const RelatedAlert &alert);

// Whether the alert belongs to the execution, and where.
AlertVerdict matchAlert(const RelatedAlert &alert, const ExecutionFacts &facts);

// The alerts among `listed` that belong to the execution, pinned (probable ones marked), in the
// order they were generated.
QList<RelatedAlert> matchAlerts(const QList<RelatedAlert> &listed, const ExecutionFacts &facts);

// Whether a URL is one the template stands for: equal, or equal with each {{…}} standing for any
// text (a query string's order and encoding as the template gives them).
bool urlFitsTemplate(const QString &url, const QString &urlTemplate);

// A widget's URL as Studio called it in this execution: each {{variable}} filled from its context
// (trigger.message.Body, flow.variables.x, widgets.w.parsed.y); one the context lacks stays a
// placeholder, standing for anything.
QString renderUrlTemplate(const QString &urlTemplate, const QByteArray &contextJson);

} // namespace flowscope
