#pragma once

// Shared by the benchmarks: --quick for a smoke run in CI, result lines a script can read
// ("BENCH <name> <value> <unit>"), a plain blocking GET, a client set up for a sandbox, the
// sandbox in this process with such a client, and the sandbox as a separate process for the
// benchmarks that time the flowscope executable. Resident memory comes from the test support
// (processmemory.h).

#include "api/studioclient.h"
#include "executions/executionsmodel.h"
#include "outcome/outcomecache.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace bench {

inline bool quick()
{
    return QCoreApplication::arguments().contains(QStringLiteral("--quick"));
}

inline void report(const char *name, double value, const char *unit, const char *note = "")
{
    std::printf("BENCH %s %.2f %s%s%s\n", name, value, unit, *note ? "  # " : "", note);
    std::fflush(stdout);
}

// One GET as a plain script makes it, waited for under a local loop: the body (empty on failure).
inline QByteArray getBlocking(
    QNetworkAccessManager &nam, const QUrl &url, const QByteArray &authorization)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

template<typename Sandbox> // a SandboxThread, or a SandboxProcess
flowscope::ClientSettings settingsFor(const Sandbox &sandbox)
{
    flowscope::ClientSettings settings;
    QString error;
    settings.origin = *flowscope::ApiOrigin::fromBaseUrl(sandbox.url().toString(), &error);
    settings.credentials = flowscope::Credentials::authToken(
        QString::fromLatin1(sandbox.accountSid()), QString::fromLatin1(sandbox.authToken()));
    return settings;
}

// The sandbox in this process, answering each request after `latencyMs` as Twilio does across a
// network, and a client set up for it once it listens (start() is false when it cannot).
struct LocalSandbox
{
    explicit LocalSandbox(const sandbox::SandboxOptions &options, int latencyMs = 50)
        : server(delayed(options, latencyMs))
    { }
    bool start()
    {
        if (!server.start())
            return false;
        client.setSettings(settingsFor(server));
        return true;
    }

    sandbox::SandboxServer server;
    flowscope::StudioClient client;

private:
    static sandbox::SandboxOptions delayed(sandbox::SandboxOptions options, int latencyMs)
    {
        options.faults.latencyMs = latencyMs;
        return options;
    }
};

// Runs the model's query under a local loop until its first page is in (all: its last), or it
// fails.
inline void load(
    flowscope::ExecutionsModel &model, const flowscope::ExecutionQuery &query, bool all)
{
    QEventLoop loop;
    QObject::connect(&model, &flowscope::ExecutionsModel::errorOccurred, &loop, &QEventLoop::quit);
    if (all)
        QObject::connect(&model, &flowscope::ExecutionsModel::completed, &loop, &QEventLoop::quit);
    else
        QObject::connect(&model, &flowscope::ExecutionsModel::pageLoaded, &loop, &QEventLoop::quit);
    model.setQuery(query);
    if (all)
        model.loadAll();
    loop.exec();
}

// The first `count` loaded rows analysed, one in seven failed, as if each had been read: handed
// to the cache the way its fetcher hands a read outcome over.
inline void knowOutcomes(flowscope::OutcomeCache &outcomes, const flowscope::ExecutionsModel &model,
    const QString &flowSid, int count)
{
    for (int row = 0; row < std::min(count, model.rowCount()); ++row) {
        flowscope::OutcomeResult result;
        result.outcome.verdict
            = row % 7 == 0 ? flowscope::Outcome::Verdict::Failed : flowscope::Outcome::Verdict::Ok;
        result.outcome.stepCount = 3;
        QMetaObject::invokeMethod(outcomes.fetcher(), "outcomeReady", Qt::DirectConnection,
            Q_ARG(flowscope::OutcomeTarget,
                (flowscope::OutcomeTarget { flowSid, model.store().sid(row), false })),
            Q_ARG(flowscope::OutcomeResult, result));
    }
}

// flowscope-sandbox with one flow, run as its own process and killed at the end; env carries its
// origin and credentials for `flowscope`, and flowSid is the flow as `flowscope flows` lists it.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    // niced: the sandbox yields the CPU to the client, as Twilio's servers are not on it.
    // more: further arguments; a --flows among them replaces the default of one.
    bool start(
        const QString &executions, int latencyMs, bool niced = false, const QStringList &more = {})
    {
        QStringList arguments = { QStringLiteral("--executions"), executions,
            QStringLiteral("--latency-ms"), QString::number(latencyMs) };
        if (!more.contains(QStringLiteral("--flows")))
            arguments << QStringLiteral("--flows") << QStringLiteral("1");
        arguments << more;
        if (niced)
            m_process.start(QStringLiteral("nice"),
                QStringList { QStringLiteral("-n"), QStringLiteral("10"),
                    QStringLiteral(FLOWSCOPE_SANDBOX_BIN) }
                    + arguments);
        else
            m_process.start(QStringLiteral(FLOWSCOPE_SANDBOX_BIN), arguments);
        if (!m_process.waitForReadyRead(10000))
            return false;
        const auto ready
            = QRegularExpression(QStringLiteral("url=(\\S+) account=(\\S+) token=(\\S+)"))
                  .match(QString::fromLatin1(m_process.readLine()));
        if (!ready.hasMatch())
            return false;
        urlText = ready.captured(1);
        account = ready.captured(2);
        token = ready.captured(3);
        env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLOWSCOPE_BASE_URL"), urlText);
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), account);
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), token);
        QProcess flows;
        flows.setProcessEnvironment(env);
        flows.start(QStringLiteral(FLOWSCOPE_BIN),
            { QStringLiteral("flows"), QStringLiteral("--format"), QStringLiteral("csv") });
        flows.waitForFinished();
        flowSid = QString::fromLatin1(
            flows.readAllStandardOutput().split('\n').value(1).split(',').value(0));
        return !flowSid.isEmpty();
    }

    QUrl url() const { return QUrl(urlText); }
    QByteArray accountSid() const { return account.toLatin1(); }
    QByteArray authToken() const { return token.toLatin1(); }

    QString urlText;
    QString account;
    QString token;
    QString flowSid;
    QProcessEnvironment env;

private:
    QProcess m_process;
};

} // namespace bench
