#include "outcome.h"

#include "detail/step.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
const QString kTrigger = u"Trigger"_s;
const QString kEnded = u"Ended"_s;

// The first step that left a widget by a failure event, or -1.
qsizetype firstFailure(const QList<StepFacts> &steps, const OutcomeRules &rules)
{
    for (qsizetype k = 0; k < steps.size(); ++k) {
        if (rules.isFailureEvent(steps[k].event))
            return k;
    }
    return -1;
}

// A status code as a widget's output carries it: a number, or a number written as text.
int statusCodeOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int code = value.toString().trimmed().toInt(&ok);
        return ok ? code : 0;
    }
    return 0;
}
} // namespace

QStringList OutcomeRules::defaultFailureEvents()
{
    return studioFailureEvents();
}

bool OutcomeRules::isFailureEvent(const QString &event) const
{
    return failureEvents.contains(event);
}

QString Outcome::verdictName() const
{
    switch (verdict) {
    case Verdict::Ok: return u"ok"_s;
    case Verdict::Failed: return u"failed"_s;
    case Verdict::Unknown: break;
    }
    return u"unknown"_s;
}

QList<StepFacts> stepFactsOf(const QList<ListItem> &listed)
{
    QList<StepFacts> steps;
    steps.reserve(listed.size());
    for (const qsizetype k : stepOrder(listed)) {
        const QJsonObject &item = listed[k].object;
        steps.append(
            { item.value(u"name"_s).toString(), item.value(u"transitioned_from"_s).toString(),
                item.value(u"transitioned_to"_s).toString() });
    }
    return steps;
}

bool outcomeNeedsContext(const QList<StepFacts> &steps, const OutcomeRules &rules)
{
    if (firstFailure(steps, rules) >= 0)
        return false;
    return std::any_of(steps.cbegin(), steps.cend(),
        [](const StepFacts &step) { return !step.from.isEmpty() && step.from != kTrigger; });
}

Outcome outcomeOf(const QList<StepFacts> &steps, bool active, const QJsonObject *widgets,
    const OutcomeRules &rules)
{
    Outcome outcome;
    outcome.stepCount = int(steps.size());
    if (steps.isEmpty()) {
        // Nothing has happened yet (it has only just started), or the list lost its steps.
        if (!active) {
            outcome.reason = QCoreApplication::translate(
                "Outcome", "the execution has ended but lists no steps");
            return outcome;
        }
        outcome.endedAt = kTrigger;
        outcome.waiting = true;
        outcome.verdict = Outcome::Verdict::Ok;
        return outcome;
    }
    const StepFacts &last = steps.last();
    outcome.lastEvent = last.event;
    if (last.to == kEnded) {
        outcome.endedAt = last.from;
    } else {
        outcome.endedAt = last.to;
        outcome.waiting = active;
    }

    if (const qsizetype failure = firstFailure(steps, rules); failure >= 0) {
        outcome.verdict = Outcome::Verdict::Failed;
        outcome.reason = u"%1: %2"_s.arg(steps[failure].from, steps[failure].event);
        return outcome;
    }
    if (!outcomeNeedsContext(steps, rules)) {
        outcome.verdict = Outcome::Verdict::Ok;
        return outcome;
    }
    if (!widgets) {
        outcome.reason = QCoreApplication::translate(
            "Outcome", "its context could not be read to check the widgets' status codes");
        return outcome;
    }
    for (const StepFacts &step : steps) {
        if (step.from == kTrigger)
            continue;
        const int code = statusCodeOf(widgets->value(step.from).toObject().value(u"status_code"_s));
        if (code >= rules.failureStatus) {
            outcome.verdict = Outcome::Verdict::Failed;
            outcome.reason
                = QCoreApplication::translate("Outcome", "%1 answered %2").arg(step.from).arg(code);
            return outcome;
        }
    }
    outcome.verdict = Outcome::Verdict::Ok;
    return outcome;
}

Outcome unknownOutcome(const QString &reason)
{
    Outcome outcome;
    outcome.reason = reason;
    return outcome;
}

QString Outcome::errorCodeText() const
{
    if (!relatedKnown)
        return u"unknown"_s;
    return errorCode ? QString::number(errorCode) : QString();
}

void applyRelated(
    Outcome *outcome, const RelatedResources &related, bool complete, const OutcomeRules &rules)
{
    const RelatedProblem problem = related.firstProblem();
    outcome->errorCode = problem.errorCode;
    outcome->relatedKnown = complete || problem.isValid();
    if (!problem.undelivered || !rules.undeliveredIsFailure
        || outcome->verdict != Outcome::Verdict::Ok)
        return;
    // The widget that sent it: the step it is pinned to left that widget.
    const QString widget = problem.step >= 0 && problem.step < related.steps.size()
        ? related.steps[problem.step].transitionedFrom
        : QString();
    outcome->verdict = Outcome::Verdict::Failed;
    outcome->reason = problem.errorCode
        ? QCoreApplication::translate("Outcome", "%1: its message was not delivered (%2)")
              .arg(widget.isEmpty() ? problem.source : widget)
              .arg(problem.errorCode)
        : QCoreApplication::translate("Outcome", "%1: its message was not delivered")
              .arg(widget.isEmpty() ? problem.source : widget);
}

} // namespace flowscope
