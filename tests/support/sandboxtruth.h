#pragma once

// The truth about the sandbox, from its own data, for the tests and the benchmarks: the number an
// address carries, a number that reached several flows, and what became of an execution —
// written here from the sandbox's records alone, not with the client's code it checks.
// Header-only: the sandbox's data is linked by those that include it.

#include "sandbox/sandboxdata.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace sandboxtruth {

// The E.164 number of a contact address ("+14155550100", "whatsapp:+447700900123"); empty for
// client: and sip: addresses.
inline QString numberOf(const QString &address)
{
    const qsizetype plus = address.indexOf(u'+');
    return plus < 0 ? QString() : address.mid(plus);
}

// A number whose executions reached at least `flows` flows of `data`; empty when none did.
inline QString numberInFlows(const sandbox::SandboxData &data, int flows)
{
    QHash<QString, QSet<int>> flowsOf;
    for (int f = 0; f < data.flowCount(); ++f) {
        for (qint64 i = 0; i < data.executionCount(f); ++i) {
            const QString number = numberOf(data.execution(f, i).contactAddress);
            if (!number.isEmpty())
                flowsOf[number].insert(f);
        }
    }
    for (auto it = flowsOf.cbegin(); it != flowsOf.cend(); ++it) {
        if (it.value().size() >= flows)
            return it.key();
    }
    return {};
}

// What became of execution (f, i): the widget it ended on or waits in, its last event, its steps
// and whether it failed (a failure event, or a visited widget with status_code >= 400).
struct OutcomeTruth
{
    QString endedAt;
    QString lastEvent;
    int steps = 0;
    bool failed = false;
};

inline OutcomeTruth outcomeOf(const sandbox::SandboxData &data, int f, qint64 i)
{
    static const QStringList failures { QStringLiteral("failed"), QStringLiteral("fail"),
        QStringLiteral("timeout"), QStringLiteral("deliveryFailure"), QStringLiteral("callFailure"),
        QStringLiteral("failedToEnqueue"), QStringLiteral("noAnswer"), QStringLiteral("busy") };
    const QList<sandbox::StepRecord> steps = data.steps(f, i);
    const QJsonObject widgets = data.context(f, i).value(QStringLiteral("widgets")).toObject();
    OutcomeTruth truth;
    truth.steps = int(steps.size());
    if (steps.isEmpty())
        return truth;
    const sandbox::StepRecord &last = steps.last();
    truth.endedAt = last.transitionedTo == QStringLiteral("Ended") ? last.transitionedFrom
                                                                   : last.transitionedTo;
    truth.lastEvent = last.name;
    for (const sandbox::StepRecord &step : steps) {
        const int code = widgets.value(step.transitionedFrom)
                             .toObject()
                             .value(QStringLiteral("status_code"))
                             .toInt();
        truth.failed = truth.failed || failures.contains(step.name) || code >= 400;
    }
    return truth;
}

} // namespace sandboxtruth
