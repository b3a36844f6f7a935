#pragma once

// Executions older than Twilio keeps, read from somewhere else (the archive): a flow's rows in
// [from, to), newest first, a page at a time, answered asynchronously on the caller's thread. The
// executions table reads them after Twilio's part of a range, or instead of it when Twilio cannot
// be reached. The executions layer knows only this; the archive implements it.

#include "executionquery.h"
#include "executionstore.h"
#include "outcome/outcome.h"

#include <QDateTime>
#include <QObject>

namespace flowscope {

// What became of an execution, as kept with it: its outcome and the steps it was read from.
struct OlderOutcome
{
    QString executionSid;
    Outcome outcome;
    QList<StepFacts> steps; // oldest first
    bool active = false;
};

class OlderExecutions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OlderExecutions)

public:
    using QObject::QObject;
    ~OlderExecutions() override = default;

    // Starts a walk over the query's range (newest first); its pages come by pageRead with the
    // walk's number, one for each next().
    virtual quint64 begin(const ExecutionQuery &query) = 0;
    virtual void next(quint64 walk) = 0;
    virtual void end(quint64 walk) = 0; // nothing more of it is wanted
    // Twilio has nothing created before this: what is older is read here.
    virtual QDateTime keptSince() const = 0;
    // What the status bar says rows came from: "the archive, synced 12 min ago".
    virtual QString describe() const = 0;

Q_SIGNALS:
    // A page of the walk, with what became of its executions when that is kept; last: nothing
    // follows it. error: the store failed (the page is empty).
    void pageRead(quint64 walk, const flowscope::ParsedPage &page,
        const QList<flowscope::OlderOutcome> &outcomes, bool last, const QString &error);
};

} // namespace flowscope
