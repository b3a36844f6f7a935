#pragma once

// Runs a SandboxServer on its own thread, so generating pages never blocks the caller's event
// loop: the window's demo mode, the soak and the benchmarks use it.
//
// The thread is a joinable std::thread with a QEventLoop, not a QThread: QThread::wait() returns
// before the thread has run its thread-local destructors, so a program that destroyed a QThread
// and then returned from main() could still have that thread tearing down Qt's per-thread data
// while the process exited (a CI run of the soak under AddressSanitizer caught a double free
// there). join() returns only once the thread has gone entirely.

#include "sandboxserver.h"

#include <QSemaphore>

#include <atomic>
#include <thread>

class QEventLoop;

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
    void run();

    SandboxOptions m_options;
    std::thread m_thread;
    QSemaphore m_ready;
    std::atomic<QEventLoop *> m_loop = nullptr; // set by run() before m_ready is released
    bool m_ok = false;
    QString m_error;
    QUrl m_url;
    QByteArray m_accountSid;
    QByteArray m_authToken;
    QByteArray m_apiKeySid;
    QByteArray m_apiSecret;
    QByteArray m_readyLine;
};

} // namespace sandbox
