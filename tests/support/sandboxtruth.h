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

#include <limits>
#include <utility>

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

// What became of execution (f, i): the widget it ended on or waits in, its last event, its steps,
// whether it failed (a failure event, a visited widget with status_code >= 400, or — the rule on
// by default — a message it sent that was not delivered) and its first error code (of its
// Debugger alerts and its messages, the one of the earliest step; an alert before a message).
struct OutcomeTruth
{
    QString endedAt;
    QString lastEvent;
    int steps = 0;
    bool failed = false;
    bool failedByStudio = false; // without the undelivered rule
    int errorCode = 0;
};

// The first error code of execution (f, i), and whether a message it sent went undelivered.
inline std::pair<int, bool> firstErrorOf(const sandbox::SandboxData &data, int f, qint64 i)
{
    int step = std::numeric_limits<int>::max();
    int code = 0;
    for (const sandbox::AlertRecord &alert : data.alertsOf(f, i)) {
        if (alert.logLevel == "error" && alert.step < step) {
            step = alert.step;
            code = alert.errorCode;
        }
    }
    bool undelivered = false;
    for (const sandbox::MessageRecord &message : data.messagesOf(f, i)) {
        if (message.inbound || message.errorCode == 0)
            continue;
        undelivered = true;
        if (message.step < step) {
            step = message.step;
            code = message.errorCode;
        }
    }
    return { code, undelivered };
}

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
    truth.failedByStudio = truth.failed;
    const auto [errorCode, undelivered] = firstErrorOf(data, f, i);
    truth.errorCode = errorCode;
    truth.failed = truth.failed || undelivered;
    return truth;
}

} // namespace sandboxtruth
