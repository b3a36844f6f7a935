#include "windowtest.h"

void WindowTest::setUpSuite(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowScopeTests"_s);
    QCoreApplication::setApplicationName(name);
}

void WindowTest::startSandbox()
{
    QSettings().clear();
    sandbox::SandboxOptions options;
    options.data.seed = 13;
    options.data.flows = 4;
    options.data.executionsPerFlow = 20000; // a few hundred a day: pages to scroll through
    options.data.bigContextBytes = 400'000;
    QVERIFY(m_sandbox.start(options));
    m_client = std::make_unique<StudioClient>();
    ClientSettings settings = localClientSettings(m_sandbox);
    settings.retry.maxAttempts = 2;
    m_client->setSettings(settings);
}

void WindowTest::tearDown()
{
    m_window.reset();
    m_client.reset();
    m_sandbox.stop();
}
