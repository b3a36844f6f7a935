#pragma once

// What the command line's suites share (tst_cli*.cpp): the real flowscope binary run against the
// in-process sandbox (three flows of 1,200 executions, started afresh for each test), a hermetic
// environment that signs in to it, and the sandbox's ground truth to compare with.

#include "csvreader.h"
#include "processrun.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"
#include "sandboxtruth.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals; // test code: the suites all use it

class CliTest : public QObject
{
protected:
    using Run = ProcessRun;

    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }
    QString flowSid(int f) const { return QString::fromLatin1(data().flow(f).sid); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"TWILIO_"_s) || key == u"FLOWSCOPE_BASE_URL"_s)
                env.remove(key);
        }
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // hermetic: no real profiles
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // nor archives
        env.insert(u"FLOWSCOPE_BASE_URL"_s, m_sandbox->url().toString());
        env.insert(u"TWILIO_ACCOUNT_SID"_s, QString::fromLatin1(m_sandbox->accountSid()));
        env.insert(u"TWILIO_AUTH_TOKEN"_s, QString::fromLatin1(m_sandbox->authToken()));
        return env;
    }

    // The sandbox lives on this thread: runProcess waits by running the event loop.
    Run run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return runProcess(QStringLiteral(FLOWSCOPE_BIN), arguments, env);
    }
    Run run(const QStringList &arguments) { return run(arguments, environment()); }

    // GET /v1/Flows/{FW}/Executions/{FN} from the sandbox, the body as it is sent.
    QByteArray executionResource(int f, qint64 i)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_sandbox->url().toString() + u"/v1/Flows/"_s + flowSid(f)
            + u"/Executions/"_s + QString::fromLatin1(data().execution(f, i).sid)));
        request.setRawHeader("Authorization",
            "Basic "
                + QByteArray(m_sandbox->accountSid() + ':' + m_sandbox->authToken()).toBase64());
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!done.wait(5000))
            return {};
        return reply->readAll();
    }

    QList<QStringList> truthRows(int f, qint64 lo, qint64 hi) const
    {
        QList<QStringList> rows;
        for (qint64 i = hi - 1; i >= lo; --i) {
            const sandbox::ExecutionRecord e = data().execution(f, i);
            rows << QStringList { QString::fromLatin1(e.sid), e.active ? u"active"_s : u"ended"_s,
                e.contactAddress, QString::fromLatin1(sandbox::isoUtc(e.dateCreated)),
                e.dateUpdated ? QString::fromLatin1(sandbox::isoUtc(e.dateUpdated)) : QString(),
                QString::fromLatin1(e.contactSid), flowSid(f) };
        }
        return rows;
    }

    // Each test's sandbox, fresh.
    void startSandbox(qint64 executionsPerFlow = 1200)
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.data.seed = 21;
        options.data.flows = 3;
        options.data.executionsPerFlow = executionsPerFlow;
        options.data.now = 1795824000;
        QVERIFY(m_sandbox.start(options));
    }
};
