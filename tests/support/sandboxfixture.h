#pragma once

// The one sandbox fixture of the suites: a SandboxServer on 127.0.0.1 port 0 with the data asked
// for, started and stopped by the suite. A suite holds one (`SandboxFixture m_sandbox;`), starts
// it with QVERIFY(m_sandbox.start(SandboxFixture::options(…))), reads the sandbox's truth from
// data(), and signs a client in with localClientSettings(m_sandbox) (testclient.h) or hands
// url(), accountSid() and authToken() to the program under test.

#include "sandbox/sandboxserver.h"

#include <QString>

#include <memory>

class SandboxFixture
{
public:
    static constexpr qint64 kNow = 1795824000; // 2026-11-28T00:00:00Z
    // An account of `flows` flows with `executions` each, from `seed`, its clock at `now`.
    static sandbox::SandboxOptions options(
        int flows, qint64 executions, quint64 seed = 1, qint64 now = kNow);

    // Stops what was there and starts a sandbox with these options; false when it cannot listen.
    [[nodiscard]] bool start(const sandbox::SandboxOptions &options);
    void stop() { m_server.reset(); }

    bool isRunning() const { return m_server != nullptr; }
    sandbox::SandboxServer &server() { return *m_server; }
    sandbox::SandboxServer *operator->() { return m_server.get(); }
    const sandbox::SandboxServer *operator->() const { return m_server.get(); }
    const sandbox::SandboxData &data() const { return m_server->data(); }
    QUrl url() const { return m_server->url(); }
    QByteArray accountSid() const { return m_server->accountSid(); }
    QByteArray authToken() const { return m_server->authToken(); }
    QString flowSid(int f) const { return QString::fromLatin1(data().flow(f).sid); }
    QString executionSid(int f, qint64 i) const
    {
        return QString::fromLatin1(data().execution(f, i).sid);
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};
