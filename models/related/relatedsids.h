#pragma once

// The Messages and Calls an execution created or answered, found where Studio recorded them —
// its initiated_by, its context and its steps' contexts (a reply's outbound.Sid, the trigger's
// MessageSid, a connected call's DialCallSid) — each pinned to the step that recorded the outcome
// of the widget whose context holds it: the step that left that widget (its last run in the
// execution's context; an earlier run in the context of the step that left it then). The trigger's
// and initiated_by go to the first step.

#include "detail/step.h"
#include "resources.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace flowscope {

struct FoundSid
{
    enum class Kind { Message, Call };
    QString sid; // prefix as found, hex digits in lower case
    Kind kind = Kind::Message;
    QString widget; // the widget whose context holds it; empty: trigger, initiated_by, elsewhere
    // It came to the flow (the trigger's message or call, a reply's inbound): nothing of it was
    // for the flow to deliver.
    bool inbound = false;
    StepPin pin;
};

// The steps (indices, oldest first) whose own context must be read, beyond the execution's, to
// see every run of every widget: those that left a widget that ran again later. Usually none.
QList<int> stepsNeedingContext(const QList<Step> &steps);

// Every SM…/MM…/CA… SID, once, in the order of the steps they are pinned to (unpinned last).
// `stepContexts` maps a step index (from stepsNeedingContext) to that step's context JSON.
// Text that is not JSON contributes nothing.
QList<FoundSid> findRelatedSids(const QString &initiatedBy, const QByteArray &contextJson,
    const QHash<int, QByteArray> &stepContexts, const QList<Step> &steps);

// The kind of a related SID by its prefix; false when it is none (not SM, MM or CA + 32 hex).
bool relatedSidKind(QStringView text, FoundSid::Kind *kind);

} // namespace flowscope
