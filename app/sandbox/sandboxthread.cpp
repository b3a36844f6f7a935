#include "sandboxthread.h"

#include <QEventLoop>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#endif

namespace sandbox {

SandboxThread::SandboxThread(const SandboxOptions &options)
    : m_options(options)
{ }

SandboxThread::~SandboxThread()
{
    if (!m_thread.joinable())
        return;
    // Queued, so it is safe from this thread and waits for exec() if run() has not reached it.
    if (QEventLoop *loop = m_loop.load())
        QMetaObject::invokeMethod(loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread.join();
}

bool SandboxThread::startServer(QString *error)
{
    Q_ASSERT(!m_thread.joinable());
    m_thread = std::thread([this] { run(); });
    m_ready.acquire(); // released by run() once listen() has answered
    if (!m_ok && error)
        *error = m_error;
    return m_ok;
}

void SandboxThread::run()
{
    QThread::currentThread()->setObjectName(QStringLiteral("flowscope-sandbox"));
#if defined(Q_OS_LINUX)
    // What top, gdb and sanitizer reports show (at most 15 characters).
    pthread_setname_np(pthread_self(), kOsThreadName);
#endif
    QEventLoop loop;
    SandboxServer server(m_options);
    m_ok = server.start(&m_error);
    if (m_ok) {
        m_url = server.url();
        m_accountSid = server.accountSid();
        m_authToken = server.authToken();
        m_apiKeySid = server.apiKeySid();
        m_apiSecret = server.apiSecret();
        m_readyLine = server.readyLine();
        m_loop = &loop;
    }
    m_ready.release();
    if (m_ok) {
        loop.exec();
        m_loop = nullptr;
    }
}

} // namespace sandbox
