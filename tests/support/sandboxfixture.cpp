#include "sandboxfixture.h"

sandbox::SandboxOptions SandboxFixture::options(
    int flows, qint64 executions, quint64 seed, qint64 now)
{
    sandbox::SandboxOptions options;
    options.data.seed = seed;
    options.data.flows = flows;
    options.data.executionsPerFlow = executions;
    options.data.now = now;
    return options;
}

bool SandboxFixture::start(const sandbox::SandboxOptions &options)
{
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    if (m_server->start())
        return true;
    m_server.reset();
    return false;
}
