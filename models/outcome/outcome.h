#pragma once

// What became of one execution, read from its steps: the widget it ended on (or waits in), the
// last event, how many steps, and whether it failed — a step whose event is a failure event, or a
// visited widget whose output in the context has an HTTP status of 400 or more, or (a rule, on by
// default) a message it sent that did not reach the customer. With what Twilio kept beside it, the
// first error code. An outcome that could not be read is Unknown, never Ok.

#include "api/listfetcher.h"
#include "related/relatedfetch.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace flowscope {

struct OutcomeRules
{
    QStringList failureEvents = defaultFailureEvents();
    int failureStatus = 400; // a widget's status_code at or above this is a failure
    // A message the flow sent that was undelivered or failed is a failure, though Studio's step
    // says "sent": the bot went silent.
    bool undeliveredIsFailure = true;

    // failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy
    static QStringList defaultFailureEvents();
    bool isFailureEvent(const QString &event) const;
};

// One step as the outcome needs it, in the order steps happened.
struct StepFacts
{
    QString event; // the step's name: the event that caused the transition
    QString from; // transitioned_from
    QString to; // transitioned_to ("Ended" once the flow is over)
};

struct Outcome
{
    enum class Verdict : quint8 { Unknown, Ok, Failed };
    Verdict verdict = Verdict::Unknown;
    QString endedAt; // the widget it ended on, or waits in while active
    QString lastEvent;
    int stepCount = -1; // -1: the steps could not be read
    bool waiting = false; // active: endedAt is where it waits
    // The first Twilio error code (a failed step's Debugger alert, a message not delivered); 0:
    // none. Meaningful when relatedKnown: what Twilio kept beside the execution was read.
    int errorCode = 0;
    bool relatedKnown = false;
    // Failed: why, in words ("http_1: failed", "http_1 answered 503"); Unknown: what went wrong.
    QString reason;

    bool isKnown() const { return verdict != Verdict::Unknown; }
    bool failed() const { return verdict == Verdict::Failed; }
    bool hasSteps() const { return stepCount >= 0; }
    // "failed", "ok", "unknown": the failed column of a file.
    QString verdictName() const;
    // The error_code column of a file: the code, "" for none, "unknown" when not read.
    QString errorCodeText() const;
    bool operator==(const Outcome &other) const = default;
};

// The steps of an execution in the order they happened, from the listed items (newest first, as
// the API lists them).
QList<StepFacts> stepFactsOf(const QList<ListItem> &listed);

// Whether the context must be read to decide: no failure event decided it, and a widget ran.
bool outcomeNeedsContext(const QList<StepFacts> &steps, const OutcomeRules &rules);

// The outcome of an execution from its steps; `widgets` is its context's "widgets" object, or
// null when it was not read (then a verdict that needed it is Unknown).
Outcome outcomeOf(const QList<StepFacts> &steps, bool active, const QJsonObject *widgets,
    const OutcomeRules &rules);

// An outcome that could not be had, saying why.
Outcome unknownOutcome(const QString &reason);

// What Twilio kept beside the execution, added to its outcome: the first error code, and a
// message not delivered as a failure when the rules say so. `complete`: every resource that
// could tell was read (else the error code stays unknown).
void applyRelated(
    Outcome *outcome, const RelatedResources &related, bool complete, const OutcomeRules &rules);

} // namespace flowscope
