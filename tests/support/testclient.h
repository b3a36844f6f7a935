#pragma once

// What the client-side tests share: settings for a server on loopback with retries quick enough
// for a test, and waiting for the executions model to reach a state (by its signal, never a sleep).

#include "api/connection.h"
#include "api/studioclient.h"
#include "executions/executionsmodel.h"

#include <QUrl>

// The server's origin, these credentials, and a backoff of 10 ms growing to at most 50 ms.
flowscope::ClientSettings localClientSettings(
    const QUrl &origin, const flowscope::Credentials &credentials);
// The same for a sandbox (SandboxServer or SandboxThread): its origin and its Auth Token.
template<typename Sandbox>
flowscope::ClientSettings localClientSettings(const Sandbox &sandbox)
{
    return localClientSettings(sandbox.url(),
        flowscope::Credentials::authToken(
            QString::fromLatin1(sandbox.accountSid()), QString::fromLatin1(sandbox.authToken())));
}

// True once the model is in this state; false after timeoutMs without it.
bool waitForState(flowscope::ExecutionsModel &model, flowscope::ExecutionsModel::State state,
    int timeoutMs = 30000);
// One GET through the client, waited for to its end: after it, whatever an earlier request of
// the same client still had on its way has had its turn. The way to prove something did *not*
// happen without sleeping. True when the GET finished (successfully or not).
bool roundTrip(flowscope::StudioClient &client, const QUrl &url, int timeoutMs = 10000);
// Waits until `spy` has at least `count` signals; false after timeoutMs.
bool waitForCount(class QSignalSpy &spy, int count, int timeoutMs = 10000);

// True once the page in flight has landed or failed.
bool waitUntilSettled(flowscope::ExecutionsModel &model, int timeoutMs = 30000);
