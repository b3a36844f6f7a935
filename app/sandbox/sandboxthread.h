#pragma once

// Runs a SandboxServer on its own thread, so generating pages never blocks the caller's event
// loop: the window's demo mode and the benchmarks use it.

#include "sandboxserver.h"

#include <QSemaphore>
#include <QThread>

namespace sandbox {

class SandboxThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    explicit SandboxThread(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxThread() override; // stops the server and joins the thread

    // Starts the thread and blocks until the server listens (true) or could not (false).
    bool startServer(QString *error = nullptr);

    // Valid after startServer() returned true.
    QUrl url() const { return m_url; }
    QByteArray accountSid() const { return m_accountSid; }
    QByteArray authToken() const { return m_authToken; }
    QByteArray apiKeySid() const { return m_apiKeySid; }
    QByteArray apiSecret() const { return m_apiSecret; }
    QByteArray readyLine() const { return m_readyLine; }

protected:
    void run() override;

private:
    SandboxOptions m_options;
    QSemaphore m_ready;
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
