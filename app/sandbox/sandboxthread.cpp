#include "sandboxthread.h"

namespace sandbox {

SandboxThread::SandboxThread(const SandboxOptions &options, QObject *parent)
    : QThread(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("flowscope-sandbox"));
}

SandboxThread::~SandboxThread()
{
    quit();
    wait();
}

bool SandboxThread::startServer(QString *error)
{
    start();
    m_ready.acquire(); // released by run() once listen() has answered
    if (!m_ok && error)
        *error = m_error;
    return m_ok;
}

void SandboxThread::run()
{
    SandboxServer server(m_options);
    m_ok = server.start(&m_error);
    if (m_ok) {
        m_url = server.url();
        m_accountSid = server.accountSid();
        m_authToken = server.authToken();
        m_apiKeySid = server.apiKeySid();
        m_apiSecret = server.apiSecret();
        m_readyLine = server.readyLine();
    }
    m_ready.release();
    if (m_ok)
        exec();
}

} // namespace sandbox
