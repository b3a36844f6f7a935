// FlowsModel, StepsModel and ContextLoader against the sandbox's ground truth.

#include "detail/contextloader.h"
#include "detail/stepsmodel.h"
#include "executions/flowsmodel.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"
#include "support/testclient.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

class TestFlowsAndSteps : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }

    void start(int flows)
    {
        sandbox::SandboxOptions options;
        options.data.seed = 9;
        options.data.flows = flows;
        options.data.executionsPerFlow = 300;
        options.data.now = 1795824000;
        options.data.bigContextBytes = 200'000;
        QVERIFY(m_sandbox.start(options));
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings;
        QString error;
        settings.origin = *ApiOrigin::fromBaseUrl(m_sandbox->url().toString(), &error);
        settings.credentials = Credentials::apiKey(QString::fromLatin1(m_sandbox->accountSid()),
            QString::fromLatin1(m_sandbox->apiKeySid()),
            QString::fromLatin1(m_sandbox->apiSecret()));
        m_client->setSettings(settings);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void everyFlowAcrossPagesSortedByName()
    {
        start(1500); // more than one page of 1000
        FlowsModel flows(m_client.get());
        QAbstractItemModelTester tester(
            &flows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&flows, &FlowsModel::loaded);
        flows.load();
        QCOMPARE(flows.state(), FlowsModel::State::Loading);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(flows.rowCount(), 1500);
        QCOMPARE(flows.state(), FlowsModel::State::Ready);
        QSet<QString> sids;
        for (int r = 0; r < flows.rowCount(); ++r) {
            sids.insert(flows.flowAt(r).sid);
            if (r > 0)
                QVERIFY(flows.flowAt(r - 1).friendlyName.localeAwareCompare(
                            flows.flowAt(r).friendlyName)
                    <= 0);
        }
        QCOMPARE(sids.size(), 1500);
        const int row = flows.rowOfSid(QString::fromLatin1(data().flow(3).sid));
        QVERIFY(row >= 0);
        const Flow f = flows.flowAt(row);
        QCOMPARE(f.friendlyName, data().flow(3).friendlyName);
        QCOMPARE(f.status, data().flow(3).published ? u"published"_s : u"draft"_s);
        QCOMPARE(f.version, data().flow(3).version);
        QVERIFY(flows.data(flows.index(row, 0), FlowsModel::SearchRole).toString().contains(f.sid));
        // Loaded once: load() again sends nothing.
        const qint64 requests = m_sandbox->requestCount();
        flows.load();
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void stepsInChronologicalOrder()
    {
        start(3);
        StepsModel steps(m_client.get());
        QAbstractItemModelTester tester(
            &steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString flow = QString::fromLatin1(data().flow(1).sid);
        const QString execution = QString::fromLatin1(data().execution(1, 42).sid);
        QSignalSpy loaded(&steps, &StepsModel::loaded);
        steps.setExecution(flow, execution);
        QVERIFY(loaded.wait(5000));
        const QList<sandbox::StepRecord> truth = data().steps(1, 42);
        QCOMPARE(steps.rowCount(), truth.size());
        for (int r = 0; r < steps.rowCount(); ++r) {
            const Step s = steps.stepAt(r);
            QCOMPARE(s.sid.toLatin1(), truth[r].sid);
            QCOMPARE(s.name, truth[r].name);
            QCOMPARE(s.transitionedFrom, truth[r].transitionedFrom);
            QCOMPARE(s.transitionedTo, truth[r].transitionedTo);
            QCOMPARE(s.type, truth[r].type);
            QCOMPARE(steps.data(steps.index(r, StepsModel::TransitionColumn)).toString(),
                truth[r].transitionedFrom + u" → "_s + truth[r].transitionedTo);
        }
        QCOMPARE(steps.stepAt(0).transitionedFrom, u"Trigger"_s);
    }

    void aNewerExecutionCancelsTheOlder()
    {
        start(3);
        sandbox::FaultOptions slow;
        slow.latencyMs = 100;
        m_sandbox->setFaults(slow);
        StepsModel steps(m_client.get());
        QSignalSpy loaded(&steps, &StepsModel::loaded);
        const QString flow = QString::fromLatin1(data().flow(0).sid);
        // The second execution is chosen the moment the first one's steps have been answered.
        const QByteArray firstSid = data().execution(0, 1).sid;
        connect(&m_sandbox.server(), &sandbox::SandboxServer::requestHandled, &steps,
            [&](const QByteArray &, const QByteArray &target) {
                if (target.contains(firstSid))
                    steps.setExecution(flow, QString::fromLatin1(data().execution(0, 2).sid));
            });
        steps.setExecution(flow, QString::fromLatin1(firstSid));
        QVERIFY(loaded.wait(5000));
        // A later request has come back: the first one's answer had every chance to land.
        QVERIFY(roundTrip(*m_client, m_client->flowsUrl()));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(steps.executionSid().toLatin1(), data().execution(0, 2).sid);
        QCOMPARE(steps.stepAt(0).sid.toLatin1(), data().steps(0, 2).first().sid);
    }

    void contextIsTheContextResource()
    {
        start(3);
        ContextLoader loader(m_client.get());
        QSignalSpy loaded(&loader, &ContextLoader::loaded);
        const QString flow = QString::fromLatin1(data().flow(2).sid);
        // Execution 249 of each flow carries a big context.
        const QString execution = QString::fromLatin1(data().execution(2, 249).sid);
        loader.loadExecution(flow, execution);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().at(0).toString(), execution);
        const QByteArray json = loaded.first().at(1).toByteArray();
        QVERIFY(json.size() > 150'000);
        QCOMPARE(QJsonDocument::fromJson(json).object(), data().context(2, 249));
    }

    void stepContextAndCancellation()
    {
        start(3);
        sandbox::FaultOptions slow;
        slow.latencyMs = 80;
        m_sandbox->setFaults(slow);
        ContextLoader loader(m_client.get());
        QSignalSpy loaded(&loader, &ContextLoader::loaded);
        QSignalSpy failed(&loader, &ContextLoader::failed);
        const QString flow = QString::fromLatin1(data().flow(0).sid);
        const QString execution = QString::fromLatin1(data().execution(0, 7).sid);
        const QList<sandbox::StepRecord> steps = data().steps(0, 7);
        loader.loadExecution(flow, execution);
        // The step is asked for the moment the execution's context has been answered.
        const QMetaObject::Connection supersede
            = connect(&m_sandbox.server(), &sandbox::SandboxServer::requestHandled, &loader,
                [&](const QByteArray &, const QByteArray &target) {
                    if (target.endsWith(QByteArray(execution.toLatin1() + "/Context")))
                        loader.loadStep(flow, execution, QString::fromLatin1(steps[1].sid));
                });
        QVERIFY(loaded.wait(5000));
        disconnect(supersede);
        QVERIFY(roundTrip(*m_client, m_client->flowsUrl())); // the superseded one had its chance
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toString().toLatin1(), steps[1].sid);
        QCOMPARE(QJsonDocument::fromJson(loaded.first().at(1).toByteArray()).object(),
            data().stepContext(0, 7, 1));

        loader.loadExecution(flow, u"FN"_s + QString(32, u'0'));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestFlowsAndSteps)
#include "tst_flowsandsteps.moc"
