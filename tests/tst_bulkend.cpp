// Finding the stuck executions and ending them in bulk, against the sandbox: only active ones are
// found (the server's status filter); every target ends, none is POSTed twice (the sandbox counts
// what each execution received and what it carried out) whatever fault is on; nothing else ends;
// Cancel stops sending; one ended by someone else is "already ended"; the audit file says it all.

#include "bulk/endjob.h"
#include "bulk/stuckfinder.h"
#include "sandbox/sandboxserver.h"
#include "support/csvreader.h"
#include "support/sandboxfixture.h"
#include "support/testclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

class TestBulkEnd : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;
    qint64 m_now = 0;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }

    // The active executions of flow f created before t, newest first.
    QList<sandbox::ExecutionRecord> activeBefore(int f, qint64 t) const
    {
        QList<sandbox::ExecutionRecord> out;
        for (qint64 i = data().lowerBound(f, t) - 1; i >= 0; --i) {
            const sandbox::ExecutionRecord e = data().execution(f, i);
            if (e.active)
                out << e;
        }
        return out;
    }

    QList<EndTarget> targetsOf(int f, const QList<sandbox::ExecutionRecord> &records) const
    {
        QList<EndTarget> targets;
        for (const auto &e : records)
            targets << EndTarget { QString::fromLatin1(data().flow(f).sid),
                QString::fromLatin1(e.sid), e.contactAddress,
                QString::fromLatin1(sandbox::isoUtc(e.dateCreated)) };
        return targets;
    }

    [[nodiscard]] bool run(EndJob &job)
    {
        QSignalSpy finished(&job, &EndJob::finished);
        job.start();
        return finished.wait(60000);
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime::currentSecsSinceEpoch();
        sandbox::SandboxOptions options;
        options.data.seed = 31;
        options.data.flows = 3;
        options.data.executionsPerFlow = 4000;
        options.data.now = m_now;
        QVERIFY(m_sandbox.start(options));
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings = localClientSettings(m_sandbox);
        settings.transferTimeoutMs = 400;
        settings.retry.maxAttempts = 10;
        settings.retry.gateJitterMs = 20;
        m_client->setSettings(settings);
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    // Only active ones, of the flows asked, started before the time, of the contact if given —
    // and the requests are pages of active executions, not a crawl of all of them.
    void findingStuckExecutions()
    {
        const qint64 before = m_now - 3600;
        StuckFinder finder(m_client.get(),
            { QString::fromLatin1(data().flow(0).sid), QString::fromLatin1(data().flow(2).sid) },
            QDateTime::fromSecsSinceEpoch(before, Qt::UTC));
        QSignalSpy finished(&finder, &StuckFinder::finished);
        const qint64 requestsBefore = m_sandbox->requestCount();
        finder.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(finder.failures().isEmpty());
        QStringList found;
        for (const Execution &e : finder.found())
            found << e.sid;
        QStringList truth;
        for (const int f : { 0, 2 })
            for (const auto &e : activeBefore(f, before))
                truth << QString::fromLatin1(e.sid);
        QVERIFY(truth.size() > 40);
        found.sort();
        truth.sort();
        QCOMPARE(found, truth);
        QCOMPARE(m_sandbox->requestCount() - requestsBefore, 2); // one page of actives per flow

        // One contact only.
        const sandbox::ExecutionRecord someone = activeBefore(0, before).first();
        QString error;
        const auto contact = ContactMatcher::parse(someone.contactAddress, u"US"_s, true, &error);
        QVERIFY2(contact, qPrintable(error));
        StuckFinder theirs(m_client.get(), { QString::fromLatin1(data().flow(0).sid) },
            QDateTime::fromSecsSinceEpoch(before, Qt::UTC), contact);
        QSignalSpy done(&theirs, &StuckFinder::finished);
        theirs.start();
        QVERIFY(done.wait(30000));
        QVERIFY(!theirs.found().isEmpty());
        for (const Execution &e : theirs.found())
            QCOMPARE(e.contactAddress, someone.contactAddress);
    }

    void aFlowThatFailsIsReportedAndTheOthersCarryOn()
    {
        StuckFinder finder(m_client.get(),
            { u"FW00000000000000000000000000000000"_s, QString::fromLatin1(data().flow(1).sid) },
            QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC));
        QSignalSpy finished(&finder, &StuckFinder::finished);
        finder.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finder.failures().size(), 1);
        QCOMPARE(finder.failures().first().second.kind, ApiError::Kind::NotFound);
        QCOMPARE(qsizetype(finder.found().size()), activeBefore(1, m_now).size());
    }

    // Whatever the server does to the POSTs, every target ends, each is carried out once, and
    // a POST is sent again only after a refusal.
    void everyTargetEndsOnceUnderFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("no fault") << 0;
        QTest::newRow("503s (--fail-rate 0.3)") << 1;
        QTest::newRow("answers cut mid-body (--truncate-rate 0.3)") << 2;
        QTest::newRow("no answer after carrying it out (--hang-rate 0.2)") << 3;
        QTest::newRow("429s (--rate-limit 15)") << 4;
    }
    void everyTargetEndsOnceUnderFaults()
    {
        QFETCH(int, fault);
        const int f = 1;
        const QList<sandbox::ExecutionRecord> all = activeBefore(f, m_now - 3600);
        QVERIFY(all.size() >= 30);
        const QList<sandbox::ExecutionRecord> chosen = all.mid(0, 20);
        sandbox::FaultOptions faults;
        faults.failRate = fault == 1 ? 0.3 : 0;
        faults.truncateRate = fault == 2 ? 0.3 : 0;
        faults.hangRate = fault == 3 ? 0.2 : 0;
        faults.rateLimit = fault == 4 ? 15 : 0;
        m_sandbox->setFaults(faults);
        EndJob job(m_client.get(), targetsOf(f, chosen));
        QVERIFY(run(job));
        m_sandbox->setFaults({});
        // A connection the server closed mid-answer can also take the next POST with it before
        // the server read it. Then the re-read shows it still active and the job says so —
        // "nothing was sent twice. Try again." — which is the truth: the server never acted.
        // Any other fault ends every target.
        QList<sandbox::ExecutionRecord> again;
        for (const EndOutcome &o : job.outcomes()) {
            if (o.result == EndOutcome::Result::Ended) {
                QVERIFY2(!o.endedAt.isEmpty(), qPrintable(o.target.sid));
                continue;
            }
            QVERIFY2(fault == 2 && o.message.contains(u"still active; nothing was sent twice"_s),
                qPrintable(o.message));
            const qint64 i = data().executionIndex(f, o.target.sid.toLatin1());
            QCOMPARE(m_sandbox->postsCarriedOut(o.target.sid.toLatin1()), 0);
            QVERIFY(data().execution(f, i).active);
            again << data().execution(f, i);
        }
        QVERIFY(again.size() <= 3); // a rare race, not the rule
        if (!again.isEmpty()) {
            // Trying again, as the message says, ends them.
            EndJob retry(m_client.get(), targetsOf(f, again));
            QVERIFY(run(retry));
            QCOMPARE(retry.count(EndOutcome::Result::Ended), again.size());
        }
        for (const auto &e : chosen) {
            QCOMPARE(m_sandbox->postsCarriedOut(e.sid), 1);
            if (fault == 0 || fault == 2 || fault == 3) // no refusals: exactly one POST
                QCOMPARE(m_sandbox->postsReceived(e.sid), 1);
            QVERIFY(!data().execution(f, data().executionIndex(f, e.sid)).active);
        }
        for (const auto &e : all.mid(20)) { // nothing it was not asked to end
            QCOMPARE(m_sandbox->postsReceived(e.sid), 0);
            QVERIFY(data().execution(f, data().executionIndex(f, e.sid)).active);
        }
        QVERIFY(job.mostInFlight() <= EndJob::kDefaultConcurrency);
    }

    void endedMeanwhileIsAlreadyEnded()
    {
        const int f = 0;
        const QList<sandbox::ExecutionRecord> chosen = activeBefore(f, m_now - 3600).mid(0, 3);
        // Someone else ends the second one between the listing and the ending.
        QVERIFY(QByteArray(HttpPostEnd(m_sandbox.server(), f, chosen[1].sid)).contains("ended"));
        const int before = m_sandbox->postsReceived(chosen[1].sid);
        EndJob job(m_client.get(), targetsOf(f, chosen));
        QVERIFY(run(job));
        QCOMPARE(job.outcomes()[1].result, EndOutcome::Result::AlreadyEnded);
        QCOMPARE(m_sandbox->postsReceived(chosen[1].sid), before); // no POST from us
        QCOMPARE(job.count(EndOutcome::Result::Ended), 2);
        QVERIFY(job.summary().contains(u"already ended 1"_s));
    }

    // Cancel stops sending: what was not started gets nothing, what was sent is reported.
    void cancelMidway()
    {
        sandbox::FaultOptions slow;
        slow.latencyMs = 60;
        m_sandbox->setFaults(slow);
        const int f = 2;
        const QList<sandbox::ExecutionRecord> chosen = activeBefore(f, m_now - 3600).mid(0, 30);
        EndJob job(m_client.get(), targetsOf(f, chosen));
        connect(&job, &EndJob::outcomeReady, &job, [&job] { job.cancel(); });
        QVERIFY(run(job));
        const int ended = job.count(EndOutcome::Result::Ended);
        const int notSent = job.count(EndOutcome::Result::NotSent);
        QVERIFY(ended >= 1);
        QVERIFY2(notSent >= 20, qPrintable(job.summary()));
        QCOMPARE(ended + notSent, 30);
        for (qsizetype k = 0; k < chosen.size(); ++k) {
            const bool sent = job.outcomes()[k].result == EndOutcome::Result::Ended;
            QCOMPARE(m_sandbox->postsReceived(chosen[k].sid), sent ? 1 : 0);
            QCOMPARE(data().execution(f, data().executionIndex(f, chosen[k].sid)).active, !sent);
        }
    }

    void theAuditSaysWhatHappened()
    {
        const int f = 0;
        QList<EndTarget> targets = targetsOf(f, activeBefore(f, m_now - 3600).mid(0, 3));
        targets << EndTarget { QString::fromLatin1(data().flow(f).sid),
            u"FN00000000000000000000000000000000"_s, u"+15555550100"_s, u"2026-11-01T00:00:00Z"_s };
        EndJob job(m_client.get(), targets);
        QVERIFY(run(job));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        QString error;
        QVERIFY2(EndJob::writeAudit(job.outcomes(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0],
            (QStringList { u"sid"_s, u"flow_sid"_s, u"contact_channel_address"_s, u"date_created"_s,
                u"result"_s, u"message"_s, u"ended_at"_s }));
        for (int k = 0; k < 4; ++k) {
            const EndOutcome &o = job.outcomes()[k];
            QCOMPARE(rows[k + 1][0], o.target.sid);
            QCOMPARE(rows[k + 1][1], o.target.flowSid);
            QCOMPARE(rows[k + 1][2], o.target.contact);
            QCOMPARE(rows[k + 1][3], o.target.dateCreated);
            QCOMPARE(rows[k + 1][4], resultName(o.result));
            QCOMPARE(rows[k + 1][6], o.endedAt);
        }
        QCOMPARE(rows[4][4], u"failed"_s); // the unknown one
        QVERIFY(rows[4][5].contains(u"not found"_s));
        QVERIFY(rows[1][6].endsWith(u'Z')); // UTC, as the API gives it
        // A dry run lists what it would do and sends nothing.
        const QList<EndOutcome> dry = EndJob::dryRun(targets);
        QCOMPARE(dry.size(), 4);
        QCOMPARE(resultName(dry[0].result), u"would end"_s);
    }

private:
    static QByteArray HttpPostEnd(sandbox::SandboxServer &server, int f, const QByteArray &sid)
    {
        StudioClient client;
        client.setSettings(localClientSettings(server));
        ApiReplyPtr reply(
            client.post(client.executionUrl(QString::fromLatin1(server.data().flow(f).sid),
                            QString::fromLatin1(sid)),
                "Status=ended"));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        return finished.wait(5000) ? reply->body() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestBulkEnd)
#include "tst_bulkend.moc"
