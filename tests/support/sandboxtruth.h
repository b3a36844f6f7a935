#pragma once

// The truth about the sandbox's customers, from its own data, for the tests and the benchmark of
// customer search: the number an address carries, and a number that reached several flows.
// Header-only: the sandbox's data is linked by those that include it.

#include "sandboxdata.h"

#include <QHash>
#include <QSet>

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

} // namespace sandboxtruth
