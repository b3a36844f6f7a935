// The sandbox's flow definitions: each generated flow's revisions are exactly what its executions
// walk (every step leaves a widget of the revision it ran on, by one of that widget's
// transitions, to the widget that transition names); one flow was republished, so older
// executions walk the older revision and say so; every real flow in ../shared/studio-flows,
// handed over as --flow-definition, is served and walked along its own transitions.

#include "sandbox/sandboxserver.h"
#include "support/httptestclient.h"
#include "support/studioflows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sandbox::SandboxData;
using sandbox::StepRecord;

namespace {

constexpr qint64 kNow = 1795824000; // 2026-11-28T00:00:00Z

struct State
{
    QString type;
    QPointF offset;
    QJsonArray transitions;
};

QHash<QString, State> statesOf(const QJsonObject &definition)
{
    QHash<QString, State> out;
    for (const QJsonValue &v : definition.value(u"states"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject offset = s[u"properties"_s][u"offset"_s].toObject();
        out.insert(s[u"name"_s].toString(),
            State { s[u"type"_s].toString(),
                QPointF(offset[u"x"_s].toDouble(), offset[u"y"_s].toDouble()),
                s[u"transitions"_s].toArray() });
    }
    return out;
}

// Why a step does not fit the definition, or empty when it does.
QString misfit(const QHash<QString, State> &states, const StepRecord &step, bool checkType)
{
    const auto from = states.constFind(step.transitionedFrom);
    if (from == states.cend())
        return u"no widget %1"_s.arg(step.transitionedFrom);
    if (checkType && from->type != step.type)
        return u"%1 is a %2, the step says %3"_s.arg(step.transitionedFrom, from->type, step.type);
    const bool toEnd = step.transitionedTo == u"Ended"_s;
    if (!toEnd && !states.contains(step.transitionedTo))
        return u"no widget %1"_s.arg(step.transitionedTo);
    // An event a widget has no transition for ends the flow there (a trigger wired to nothing).
    const bool handled = std::any_of(from->transitions.cbegin(), from->transitions.cend(),
        [&](const QJsonValue &v) { return v[u"event"_s].toString() == step.name; });
    if (!handled && toEnd && from->transitions.isEmpty())
        return {};
    for (const QJsonValue &v : from->transitions) {
        const QJsonObject t = v.toObject();
        const QString event = t[u"event"_s].toString();
        const QString condition
            = t[u"conditions"_s].toArray().first().toObject()[u"friendly_name"_s].toString();
        const bool sameEvent = event == step.name
            || (event == u"match"_s && step.name == u"Condition Matches: "_s + condition);
        const QString next = t[u"next"_s].toString();
        if (sameEvent && (toEnd ? next.isEmpty() : next == step.transitionedTo))
            return {};
    }
    return u"%1 has no transition on %2 to %3"_s.arg(
        step.transitionedFrom, step.name, step.transitionedTo);
}

} // namespace

class TestSandboxFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedStepsWalkTheirRevision()
    {
        sandbox::SandboxConfig config;
        config.seed = 11;
        config.flows = 6;
        config.executionsPerFlow = 2000;
        config.now = kNow;
        const SandboxData data(config);
        for (int f = 0; f < data.flowCount(); ++f) {
            QSet<QString> visited;
            for (qint64 i = 0; i < data.executionCount(f); i += 3) {
                const int revision = data.flowVersion(f, i);
                QVERIFY(revision >= 1 && revision <= data.flow(f).version);
                const QHash<QString, State> states = statesOf(data.definition(f, revision));
                const QList<StepRecord> steps = data.steps(f, i);
                QCOMPARE(steps.first().transitionedFrom, u"Trigger"_s);
                for (const StepRecord &step : steps) {
                    // "ended": ended while waiting, through the API; not a transition.
                    if (step.name == u"ended"_s)
                        continue;
                    const QString why = misfit(states, step, true);
                    QVERIFY2(why.isEmpty(),
                        qPrintable(u"flow %1 execution %2: %3"_s.arg(f).arg(i).arg(why)));
                    visited << step.transitionedFrom;
                }
            }
            // Every widget of the latest revision is reached by some execution.
            const QHash<QString, State> latest = statesOf(data.definition(f, data.flow(f).version));
            for (auto it = latest.cbegin(); it != latest.cend(); ++it)
                QVERIFY2(visited.contains(it.key()), qPrintable(it.key()));
        }
    }

    void boxesAreLaidOutApart()
    {
        sandbox::SandboxConfig config;
        config.now = kNow;
        const SandboxData data(config);
        for (int f = 0; f < data.flowCount(); ++f) {
            for (int revision : { data.flow(f).version - 1, data.flow(f).version }) {
                if (revision < 1)
                    continue;
                const QList<State> states = statesOf(data.definition(f, revision)).values();
                for (qsizetype a = 0; a < states.size(); ++a) {
                    for (qsizetype b = a + 1; b < states.size(); ++b) {
                        const QPointF d = states[a].offset - states[b].offset;
                        // Studio's boxes are about 250 × 150 points.
                        QVERIFY2(std::abs(d.x()) >= 260 || std::abs(d.y()) >= 160,
                            qPrintable(u"flow %1: two boxes overlap"_s.arg(f)));
                    }
                }
            }
        }
    }

    void theRepublishedFlow()
    {
        sandbox::SandboxConfig config;
        config.seed = 5;
        config.flows = 3;
        config.executionsPerFlow = 3000;
        config.now = kNow;
        const SandboxData data(config);
        const sandbox::FlowRecord &flow = data.flow(0);
        QVERIFY(flow.republishedAt > 0);
        QVERIFY(flow.version >= 2);
        const QHash<QString, State> before = statesOf(data.definition(0, flow.version - 1));
        const QHash<QString, State> after = statesOf(data.definition(0, flow.version));
        // A widget renamed, one added.
        QVERIFY(before.contains(u"http_1"_s) && !after.contains(u"http_1"_s));
        QVERIFY(after.contains(u"lookup_order"_s) && after.contains(u"notify_team"_s));
        QCOMPARE(after.size(), before.size() + 1);

        int older = 0;
        int newer = 0;
        for (qint64 i = 0; i < data.executionCount(0); i += 7) {
            const bool old = data.createdAt(0, i) < flow.republishedAt;
            QCOMPARE(data.flowVersion(0, i), old ? flow.version - 1 : flow.version);
            (old ? older : newer) += 1;
            for (const StepRecord &step : data.steps(0, i))
                QVERIFY(step.transitionedFrom != (old ? u"lookup_order"_s : u"http_1"_s));
        }
        QVERIFY(older > 50 && newer > 50);
        // The other flows ran on their one latest revision throughout.
        for (qint64 i = 0; i < data.executionCount(1); i += 97)
            QCOMPARE(data.flowVersion(1, i), data.flow(1).version);

        // Over HTTP: an old execution's v2 flow_version names the revision it walked.
        sandbox::SandboxOptions options;
        options.data = config;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        HttpTestClient http;
        http.setBasicAuth(server.accountSid(), server.authToken());
        const QByteArray base = server.url().toEncoded() + "/v2/Flows/" + flow.sid;
        const QJsonObject first
            = http.get(HttpTestClient::url(base + "/Executions/" + data.execution(0, 0).sid))
                  .json();
        QCOMPARE(first[u"flow_version"_s].toInt(), flow.version - 1);
        const QJsonObject revision = http.get(HttpTestClient::url(base + "/Revisions/"
                                                  + QByteArray::number(flow.version - 1)))
                                         .json();
        QCOMPARE(revision[u"definition"_s].toObject(), data.definition(0, flow.version - 1));
        const QJsonObject last = http.get(HttpTestClient::url(base + "/Executions/"
                                              + data.execution(0, data.executionCount(0) - 1).sid))
                                     .json();
        QCOMPARE(last[u"flow_version"_s].toInt(), flow.version);
    }

    void everySharedFlowIsServedAndWalked()
    {
        const QStringList files = studioFlowFiles();
        if (files.isEmpty()) {
            const char *why = "no ../shared/studio-flows beside the checkout";
            if (studioFlowsRequired())
                QFAIL(why);
            QSKIP(why);
        }
        // The way a person starts it: the sandbox program, each file on its command line.
        QStringList arguments { u"--flows"_s, u"1"_s, u"--executions"_s, u"300"_s };
        for (const QString &file : files)
            arguments << u"--flow-definition"_s << file;
        sandbox::SandboxOptions options;
        QString error;
        QString help;
        QVERIFY2(sandbox::parseSandboxArguments(
                     QStringList { u"flowscope-sandbox"_s } + arguments, &options, &error, &help),
            qPrintable(error));
        QCOMPARE(options.data.flowFiles.size(), files.size());
        const SandboxData data(options.data);
        QCOMPARE(data.flowCount(), 1 + files.size());

        for (qsizetype n = 0; n < files.size(); ++n) {
            const int f = 1 + int(n);
            QFile file(files[n]);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject given = QJsonDocument::fromJson(file.readAll()).object();
            QCOMPARE(data.definition(f, 1), given); // served as handed over
            const QHash<QString, State> states = statesOf(given);
            QSet<QString> visited;
            for (qint64 i = 0; i < data.executionCount(f); ++i) {
                const QList<StepRecord> steps = data.steps(f, i);
                QVERIFY(!steps.isEmpty());
                QVERIFY(steps.size() <= 42);
                for (const StepRecord &step : steps) {
                    if (step.name == u"ended"_s)
                        continue;
                    const QString why = misfit(states, step, false);
                    QVERIFY2(why.isEmpty(),
                        qPrintable(u"%1 execution %2: %3"_s.arg(files[n]).arg(i).arg(why)));
                    visited << step.transitionedFrom;
                }
                (void)data.context(f, i);
            }
            // A flow with more than its trigger is walked beyond it.
            const bool triggerOnly = files[n].endsWith(u"42-tf-provider-basic-trigger-only.json"_s);
            QVERIFY2(triggerOnly || visited.size() >= std::min<qsizetype>(3, states.size()),
                qPrintable(files[n]));
        }

        // And over HTTP, as FlowScope reads it.
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        HttpTestClient http;
        http.setBasicAuth(server.accountSid(), server.authToken());
        const QJsonArray flows
            = http.get(HttpTestClient::url(server.url().toEncoded() + "/v2/Flows?PageSize=50"))
                  .json()[u"flows"_s]
                  .toArray();
        QCOMPARE(flows.size(), 1 + files.size());
        QStringList names;
        for (const QJsonValue &v : flows)
            names << v[u"friendly_name"_s].toString();
        QVERIFY2(names.contains(u"vaccine-standby-list-sms"_s)
                || names.join(u' ').contains(u"vaccine"_s, Qt::CaseInsensitive),
            qPrintable(names.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFlows)
#include "tst_sandbox_flows.moc"
