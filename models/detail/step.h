#pragma once

// One step of an execution as FlowScope reads it, and the one step ordering: the Steps tab, the
// diagram's path, the outcomes and `flowscope execution --steps` all put steps in this order.

#include "api/listfetcher.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace flowscope {

struct Step
{
    QString sid;
    QString name; // the event that caused the transition
    QString transitionedFrom;
    QString transitionedTo;
    QString type; // widget type
    QString parentStepSid;
    QDateTime created;
    QDateTime updated;
};

// The events by which Studio leaves a widget that did not do its job: failed, fail, timeout,
// deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy.
QStringList studioFailureEvents();

// The order steps happened in, as indices into a steps list in the API's order (newest first).
// The one step ordering: the Steps tab and `flowscope execution --steps` both use it.
QList<qsizetype> stepOrder(const QList<ListItem> &listed);
// The steps, read from the listed items, in the order they happened.
QList<Step> stepsOf(const QList<ListItem> &listed);

} // namespace flowscope
