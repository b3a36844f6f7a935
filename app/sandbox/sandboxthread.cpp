#include "sandboxthread.h"

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
    if (m_thread.isRunning())
        m_thread.runBlocking([this] { m_server.reset(); });
    m_thread.stop();
}

bool SandboxThread::startServer(QString *error)
{
    m_thread.start()->setObjectName(QStringLiteral("flowscope-sandbox"));
    bool ok = false;
    m_thread.runBlocking([this, &ok, error] {
#if defined(Q_OS_LINUX)
        // What top, gdb and sanitizer reports show (at most 15 characters).
        pthread_setname_np(pthread_self(), kOsThreadName);
#endif
        m_server = std::make_unique<SandboxServer>(m_options);
        ok = m_server->start(error);
        if (!ok) {
            m_server.reset();
            return;
        }
        m_url = m_server->url();
        m_accountSid = m_server->accountSid();
        m_authToken = m_server->authToken();
        m_apiKeySid = m_server->apiKeySid();
        m_apiSecret = m_server->apiSecret();
        m_readyLine = m_server->readyLine();
    });
    if (!ok)
        m_thread.stop();
    return ok;
}

} // namespace sandbox
