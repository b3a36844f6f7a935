#pragma once

// Runs a SandboxServer on its own thread, so generating pages never blocks the caller's event
// loop: the window's demo mode, the soak and the benchmarks use it. The thread is joined, not
// merely waited for, when this is destroyed (see JoinedThread).

#include "joinedthread.h"
#include "sandboxserver.h"

#include <memory>

namespace sandbox {

class SandboxThread final
{
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    // The operating system's name for the thread, on Linux.
    static constexpr char kOsThreadName[] = "fs-sandbox";

    explicit SandboxThread(const SandboxOptions &options);
    ~SandboxThread(); // stops the server and joins the thread

    // Starts the thread and blocks until the server listens (true) or could not (false).
    bool startServer(QString *error = nullptr);

    // Valid after startServer() returned true.
    QUrl url() const { return m_url; }
    QByteArray accountSid() const { return m_accountSid; }
    QByteArray authToken() const { return m_authToken; }
    QByteArray apiKeySid() const { return m_apiKeySid; }
    QByteArray apiSecret() const { return m_apiSecret; }
    QByteArray readyLine() const { return m_readyLine; }

private:
    SandboxOptions m_options;
    JoinedThread m_thread;
    std::unique_ptr<SandboxServer> m_server; // lives on m_thread
    QUrl m_url;
    QByteArray m_accountSid;
    QByteArray m_authToken;
    QByteArray m_apiKeySid;
    QByteArray m_apiSecret;
    QByteArray m_readyLine;
};

} // namespace sandbox
