// No secret anywhere it does not belong: the real binaries run with a known secret and every Qt
// logging category switched on, and all they print, write and keep is searched for it.

#include "sandbox/sandboxserver.h"
#include "support/processrun.h"
#include "support/sandboxfixture.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QByteArray &token) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"TWILIO_"_s) || key.startsWith(u"QT_LOGGING"_s))
                env.remove(key);
        }
        env.insert(u"FLOWSCOPE_BASE_URL"_s, m_sandbox->url().toString());
        env.insert(u"TWILIO_ACCOUNT_SID"_s, QString::fromLatin1(m_sandbox->accountSid()));
        env.insert(u"TWILIO_AUTH_TOKEN"_s, QString::fromLatin1(token));
        env.insert(u"QT_LOGGING_RULES"_s, u"*=true"_s); // every category, every level
        env.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category} %{type}: %{message}"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    // What must never appear: the secret, and the header value that carries it.
    void expectClean(const QByteArray &haystack, const QByteArray &secret, const char *where)
    {
        const QByteArray header = QByteArray(m_sandbox->accountSid() + ':' + secret).toBase64();
        QVERIFY2(!haystack.contains(secret), where);
        QVERIFY2(!haystack.contains(header), where);
        QVERIFY2(!haystack.contains(QByteArray("Basic " + header.left(12))), where);
    }

    QByteArray run(
        const QStringList &arguments, const QProcessEnvironment &env, int *exitCode = nullptr)
    {
        const ProcessRun r = runProcess(QStringLiteral(FLOWSCOPE_BIN), arguments, env);
        if (exitCode)
            *exitCode = r.exitCode;
        return r.out + r.err;
    }

    QByteArray everythingUnder(const QString &path) const
    {
        QByteArray all;
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        sandbox::SandboxOptions options;
        options.data.flows = 2;
        options.data.executionsPerFlow = 400;
        QVERIFY(m_sandbox.start(options));
    }

    void theCommandLineSaysNothing()
    {
        const QByteArray secret = m_sandbox->authToken();
        const QProcessEnvironment env = environment(secret);
        int code = -1;
        const QByteArray flows = run({ u"flows"_s }, env, &code);
        QCOMPARE(code, 0);
        QVERIFY(flows.contains(m_sandbox->data().flow(0).sid)); // it did work…
        QVERIFY(flows.contains("qt.")); // …and the logging was on
        expectClean(flows, secret, "flows output");

        const QString out = m_home.filePath(u"export.csv"_s);
        const QByteArray executions = run(
            { u"executions"_s, u"--flow"_s, QString::fromLatin1(m_sandbox->data().flow(1).sid),
                u"--context"_s, u"--limit"_s, u"20"_s, u"-o"_s, out },
            env, &code);
        QCOMPARE(code, 0);
        expectClean(executions, secret, "executions output");
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        expectClean(file.readAll(), secret, "exported file");

        // A refused secret is not repeated in the error either.
        const QByteArray wrong = "0123456789abcdef0123456789abcdef";
        const QByteArray refused = run({ u"flows"_s }, environment(wrong), &code);
        QCOMPARE(code, 3);
        QVERIFY(refused.contains("401"));
        expectClean(refused, wrong, "401 output");
        expectClean(everythingUnder(m_home.path()), secret, "files under HOME");
    }

    void theWindowSaysNothing()
    {
        const QByteArray secret = m_sandbox->authToken();
        // The window should open on a flow, so that it fetches executions too.
        const QString config = m_home.filePath(u"config/FlowScope"_s);
        QVERIFY(QDir().mkpath(config));
        QFile seed(config + u"/flowscope.conf"_s);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write("[accounts]\n" + m_sandbox->accountSid()
            + "\\lastFlow=" + m_sandbox->data().flow(0).sid + "\n");
        seed.close();

        QProcess window;
        window.setProcessEnvironment(environment(secret));
        window.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy handled(&m_sandbox.server(), &sandbox::SandboxServer::requestHandled);
        window.start(QStringLiteral(FLOWSCOPE_BIN), {});
        // Until it has listed flows and the executions of the last one.
        const bool executionsFetched = QTest::qWaitFor(
            [&handled] {
                for (const QList<QVariant> &call : handled) {
                    if (call.at(1).toByteArray().contains("/Executions"))
                        return true;
                }
                return false;
            },
            30000);
        window.terminate();
        QVERIFY(window.waitForFinished(10000) || (window.kill(), window.waitForFinished(5000)));
        const QByteArray output = window.readAll();
        QVERIFY2(executionsFetched, output.right(2000).constData());
        QVERIFY(output.contains("qt."));
        expectClean(output, secret, "window output");
        expectClean(everythingUnder(m_home.path()), secret, "settings and caches");
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
