// The outcome of an execution: the rules, data-driven (each failure event, an HTTP status in the
// context, active executions, no steps, a failure list that is a setting), and the fetcher —
// against the sandbox (every outcome equals one computed from the sandbox's own data, never more
// requests in flight than the bound) and against a scripted server (steps that fail are
// "unknown", never "ok"; steps over several pages; a context with a 5xx; rows dropped while their
// request is under way send nothing more and report nothing).

#include "outcome/outcomecache.h"
#include "outcome/outcomefetcher.h"
#include "outcome/timebuckets.h"
#include "sandbox/sandboxserver.h"
#include "support/faultserver.h"
#include "support/pagebuilder.h"
#include "support/sandboxfixture.h"
#include "support/testclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

Q_DECLARE_METATYPE(flowscope::Outcome::Verdict)

namespace {

// "Trigger>incomingMessage>send_1, send_1>sent>Ended": from>event>to, in the order they happened.
QList<StepFacts> stepsOf(const QString &text)
{
    QList<StepFacts> steps;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList fields = part.trimmed().split(u'>');
        Q_ASSERT(fields.size() == 3);
        steps.append({ fields[1], fields[0], fields[2] });
    }
    return steps;
}

// The outcome of sandbox execution (f, i), from the sandbox's own data.
Outcome truthOf(const sandbox::SandboxData &data, int f, qint64 i, const OutcomeRules &rules)
{
    QList<StepFacts> steps;
    for (const sandbox::StepRecord &step : data.steps(f, i))
        steps.append({ step.name, step.transitionedFrom, step.transitionedTo });
    const QJsonObject widgets = data.context(f, i).value(u"widgets"_s).toObject();
    return outcomeOf(steps, data.isActive(f, i), &widgets, rules);
}

} // namespace

class TestOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("steps");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("widgets"); // JSON, or "unread"
        QTest::addColumn<Outcome::Verdict>("verdict");
        QTest::addColumn<QString>("endedAt");
        QTest::addColumn<QString>("lastEvent");
        QTest::addColumn<bool>("waiting");

        using V = Outcome::Verdict;
        for (const QString &event : OutcomeRules::defaultFailureEvents()) {
            QTest::addRow("ended by %s", qPrintable(event))
                << u"Trigger>incomingMessage>w_1, w_1>%1>Ended"_s.arg(event) << false << u"{}"_s
                << V::Failed << u"w_1"_s << event << false;
        }
        QTest::newRow("a failure early, then on to the end")
            << u"Trigger>incomingCall>http_1, http_1>failed>say_sorry, say_sorry>audioComplete>Ended"_s
            << false << u"unread"_s << V::Failed << u"say_sorry"_s << u"audioComplete"_s << false;
        QTest::newRow("all success")
            << u"Trigger>incomingMessage>send_1, send_1>sent>Ended"_s << false << u"{}"_s << V::Ok
            << u"send_1"_s << u"sent"_s << false;
        QTest::newRow("HTTP 503 in the context")
            << u"Trigger>incomingRequest>http_1, http_1>success>Ended"_s << false
            << uR"({"http_1":{"status_code":503,"body":"x"}})"_s << V::Failed << u"http_1"_s
            << u"success"_s << false;
        QTest::newRow("HTTP 404 as text")
            << u"Trigger>incomingRequest>http_1, http_1>success>Ended"_s << false
            << uR"({"http_1":{"status_code":"404"}})"_s << V::Failed << u"http_1"_s << u"success"_s
            << false;
        QTest::newRow("HTTP 399 is not a failure")
            << u"Trigger>incomingRequest>http_1, http_1>success>Ended"_s << false
            << uR"({"http_1":{"status_code":399}})"_s << V::Ok << u"http_1"_s << u"success"_s
            << false;
        QTest::newRow("a status of a widget never visited does not count")
            << u"Trigger>incomingRequest>http_1, http_1>success>Ended"_s << false
            << uR"({"http_1":{"status_code":200},"http_2":{"status_code":500}})"_s << V::Ok
            << u"http_1"_s << u"success"_s << false;
        QTest::newRow("context unread: unknown, never ok")
            << u"Trigger>incomingRequest>http_1, http_1>success>Ended"_s << false << u"unread"_s
            << V::Unknown << u"http_1"_s << u"success"_s << false;
        QTest::newRow("active, waiting for a reply")
            << u"Trigger>incomingMessage>ask_1"_s << true << u"{}"_s << V::Ok << u"ask_1"_s
            << u"incomingMessage"_s << true;
        QTest::newRow("active, already failed on the way")
            << u"Trigger>incomingCall>gather_1, gather_1>timeout>gather_2"_s << true << u"{}"_s
            << V::Failed << u"gather_2"_s << u"timeout"_s << true;
        QTest::newRow("active, nothing happened yet")
            << u""_s << true << u"{}"_s << V::Ok << u"Trigger"_s << u""_s << true;
        QTest::newRow("ended without a step: unknown")
            << u""_s << false << u"{}"_s << V::Unknown << u""_s << u""_s << false;
        QTest::newRow("the trigger had nowhere to go")
            << u"Trigger>incomingMessage>Ended"_s << false << u"unread"_s << V::Ok << u"Trigger"_s
            << u"incomingMessage"_s << false;
        QTest::newRow("ended through the API while waiting")
            << u"Trigger>incomingMessage>ask_1, ask_1>ended>Ended"_s << false << u"{}"_s << V::Ok
            << u"ask_1"_s << u"ended"_s << false;
        QTest::newRow("events are matched exactly")
            << u"Trigger>incomingMessage>w_1, w_1>Failed>Ended"_s << false << u"{}"_s << V::Ok
            << u"w_1"_s << u"Failed"_s << false;
    }
    void rules()
    {
        QFETCH(QString, steps);
        QFETCH(bool, active);
        QFETCH(QString, widgets);
        QFETCH(Outcome::Verdict, verdict);
        QFETCH(QString, endedAt);
        QFETCH(QString, lastEvent);
        QFETCH(bool, waiting);

        const QList<StepFacts> facts = stepsOf(steps);
        const QJsonObject object = QJsonDocument::fromJson(widgets.toUtf8()).object();
        const Outcome outcome
            = outcomeOf(facts, active, widgets == u"unread"_s ? nullptr : &object, OutcomeRules());
        QCOMPARE(outcome.verdict, verdict);
        QCOMPARE(outcome.endedAt, endedAt);
        QCOMPARE(outcome.lastEvent, lastEvent);
        QCOMPARE(outcome.stepCount, int(facts.size()));
        QCOMPARE(outcome.waiting, waiting);
        if (verdict != Outcome::Verdict::Ok)
            QVERIFY2(!outcome.reason.isEmpty(), "a failed or unknown outcome says why");
    }

    // Buckets as a clock in the zone reads them: whole UTC hours, local days of 23 and 25 hours
    // across DST, hours at :30 UTC in India; every moment of the range in exactly one bucket.
    void timeBuckets()
    {
        const auto ms = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
        };
        const TimeBuckets utc(BucketSize::Hour, ms("2026-11-01T10:20:00Z"),
            ms("2026-11-01T13:00:00Z"), QTimeZone::utc());
        QCOMPARE(utc.count(), 3);
        QCOMPARE(utc.startOf(0), ms("2026-11-01T10:00:00Z"));
        QCOMPARE(utc.indexOf(ms("2026-11-01T12:59:59Z")), 2);
        QCOMPARE(utc.indexOf(ms("2026-11-01T13:00:00Z")), -1);
        QCOMPARE(utc.indexOf(ms("2026-11-01T09:59:59Z")), -1);

        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const TimeBuckets spring(BucketSize::Day, ms("2026-03-28T12:00:00+01:00"),
            ms("2026-03-30T12:00:00+02:00"), berlin);
        QCOMPARE(spring.count(), 3);
        QCOMPARE(spring.startOf(1), ms("2026-03-29T00:00:00+01:00"));
        QCOMPARE(spring.endOf(1) - spring.startOf(1), 23 * 3600'000LL);
        const TimeBuckets autumn(BucketSize::Day, ms("2026-10-25T00:00:00+02:00"),
            ms("2026-10-26T00:00:00+01:00"), berlin);
        QCOMPARE(autumn.count(), 1);
        QCOMPARE(autumn.endOf(0) - autumn.startOf(0), 25 * 3600'000LL);
        const TimeBuckets autumnHours(BucketSize::Hour, ms("2026-10-25T00:00:00+02:00"),
            ms("2026-10-26T00:00:00+01:00"), berlin);
        QCOMPARE(autumnHours.count(), 25); // 02:00 comes twice
        for (qsizetype k = 0; k < autumnHours.count(); ++k)
            QCOMPARE(autumnHours.endOf(k) - autumnHours.startOf(k), 3600'000LL);

        const TimeBuckets india(BucketSize::Hour, ms("2026-11-01T10:00:00Z"),
            ms("2026-11-01T12:00:00Z"), QTimeZone("Asia/Kolkata"));
        QCOMPARE(india.startOf(0), ms("2026-11-01T09:30:00Z"));
        QCOMPARE(india.count(), 3);

        const TimeBuckets fives(BucketSize::FiveMinutes, ms("2026-11-01T10:02:00Z"),
            ms("2026-11-01T10:31:00Z"), QTimeZone::utc());
        QCOMPARE(fives.count(), 7);
        for (qint64 t = ms("2026-11-01T10:02:00Z"); t < ms("2026-11-01T10:31:00Z"); t += 7000) {
            const qsizetype k = fives.indexOf(t);
            QVERIFY(k >= 0 && fives.startOf(k) <= t && t < fives.endOf(k));
        }
        QCOMPARE(TimeBuckets(BucketSize::Day, 5, 5, QTimeZone::utc()).count(), 0);
        QCOMPARE(TimeBuckets::sizeFor(3600'000LL), BucketSize::FiveMinutes);
        QCOMPARE(TimeBuckets::sizeFor(2 * 86400'000LL), BucketSize::Hour);
        QCOMPARE(TimeBuckets::sizeFor(30 * 86400'000LL), BucketSize::Day);
        QCOMPARE(bucketSizeFromName(u"5m"_s), BucketSize::FiveMinutes);
        QVERIFY(!bucketSizeFromName(u"week"_s));
    }

    void failureEventsAreASetting()
    {
        const QList<StepFacts> steps
            = stepsOf(u"Trigger>incomingCall>split_1, split_1>noMatch>Ended"_s);
        const QJsonObject widgets;
        QCOMPARE(outcomeOf(steps, false, &widgets, OutcomeRules()).verdict, Outcome::Verdict::Ok);
        OutcomeRules rules;
        rules.failureEvents << u"noMatch"_s;
        const Outcome outcome = outcomeOf(steps, false, nullptr, rules);
        QCOMPARE(outcome.verdict, Outcome::Verdict::Failed);
        QCOMPARE(outcome.reason, u"split_1: noMatch"_s);
        rules.failureEvents = { u"failed"_s };
        QCOMPARE(
            outcomeOf(stepsOf(u"Trigger>incomingCall>w, w>busy>Ended"_s), false, &widgets, rules)
                .verdict,
            Outcome::Verdict::Ok);
    }

    void onlyUndecidedOutcomesNeedTheContext()
    {
        const OutcomeRules rules;
        QVERIFY(!outcomeNeedsContext(stepsOf(u"Trigger>incomingMessage>Ended"_s), rules));
        QVERIFY(
            !outcomeNeedsContext(stepsOf(u"Trigger>incomingMessage>w, w>failed>Ended"_s), rules));
        QVERIFY(
            outcomeNeedsContext(stepsOf(u"Trigger>incomingMessage>w, w>success>Ended"_s), rules));
    }

    void stepsAreReadInTheOrderTheyHappened()
    {
        // Listed newest first; two in the same second keep their listed (reversed) order.
        QList<ListItem> listed;
        const QList<QByteArray> items {
            pagebuilder::step(3, "sent", "send_1", "Ended", "2026-11-27T10:00:05Z"),
            pagebuilder::step(2, "success", "http_1", "send_1", "2026-11-27T10:00:02Z"),
            pagebuilder::step(1, "incomingMessage", "Trigger", "http_1", "2026-11-27T10:00:02Z"),
        };
        for (const QByteArray &item : items)
            listed.append({ item, QJsonDocument::fromJson(item).object() });
        const QList<StepFacts> steps = stepFactsOf(listed);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].from, u"Trigger"_s);
        QCOMPARE(steps[1].from, u"http_1"_s);
        QCOMPARE(steps[2].to, u"Ended"_s);
    }

    // Every outcome the fetcher reads from the sandbox is the one its data implies, and never
    // more requests were in flight than the bound.
    void outcomesFromTheSandboxAreTheTruth()
    {
        sandbox::SandboxOptions options;
        options.data.seed = 5;
        options.data.flows = 3; // messaging, voice and API flows
        options.data.executionsPerFlow = 400;
        options.faults.latencyMs = 5;
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(options));
        sandbox::SandboxServer &server = sandbox.server();
        StudioClient client;
        client.setSettings(localClientSettings(server));
        const int bound = 5;
        OutcomeFetcher fetcher(&client, bound);
        QHash<QString, Outcome> got;
        connect(&fetcher, &OutcomeFetcher::outcomeReady, this,
            [&got](const OutcomeTarget &target, const OutcomeResult &result) {
                QVERIFY(!got.contains(target.executionSid));
                got.insert(target.executionSid, result.outcome);
            });
        QSignalSpy idle(&fetcher, &OutcomeFetcher::idle);
        const sandbox::SandboxData &data = server.data();
        int wanted = 0;
        for (int f = 0; f < data.flowCount(); ++f) {
            for (qint64 i = 0; i < data.executionCount(f); i += 3) {
                fetcher.enqueue({ QString::fromLatin1(data.flow(f).sid),
                    QString::fromLatin1(data.execution(f, i).sid), data.isActive(f, i) });
                ++wanted;
            }
        }
        QVERIFY(idle.wait(60000));
        QCOMPARE(got.size(), wanted);
        int failed = 0;
        int waiting = 0;
        for (int f = 0; f < data.flowCount(); ++f) {
            for (qint64 i = 0; i < data.executionCount(f); i += 3) {
                const Outcome truth = truthOf(data, f, i, fetcher.rules());
                const Outcome outcome = got.value(QString::fromLatin1(data.execution(f, i).sid));
                QCOMPARE(outcome.verdict, truth.verdict);
                QCOMPARE(outcome.endedAt, truth.endedAt);
                QCOMPARE(outcome.lastEvent, truth.lastEvent);
                QCOMPARE(outcome.stepCount, truth.stepCount);
                QCOMPARE(outcome.waiting, truth.waiting);
                failed += outcome.failed() ? 1 : 0;
                waiting += outcome.waiting ? 1 : 0;
            }
        }
        QVERIFY2(failed > 10 && failed < wanted / 2, qPrintable(QString::number(failed)));
        QVERIFY(waiting > 0);
        QVERIFY2(server.mostInFlight() <= bound,
            qPrintable(u"%1 in flight, bound %2"_s.arg(server.mostInFlight()).arg(bound)));
        QVERIFY(server.mostInFlight() >= 2); // it did run requests side by side
    }

    // A scripted server: steps over two pages, a context with a 503, steps that fail for good,
    // steps that are gone.
    void faultsNeverReadAsOk()
    {
        using namespace pagebuilder;
        FaultServer server;
        QVERIFY(server.listen());
        const QByteArray flow = kFlow;
        const QByteArray twoPages = sid("FN", 1);
        const QByteArray http503 = sid("FN", 2);
        const QByteArray broken = sid("FN", 3);
        const QByteArray gone = sid("FN", 4);
        const QByteArray noContext = sid("FN", 5);
        const QByteArray origin = server.origin();
        server.setHandler([=](const FaultServer::Request &request, int) {
            const QByteArray path = request.target.split('?').constFirst();
            const auto steps = [&](const QByteArray &fn) -> QByteArray {
                return "/v1/Flows/" + flow + "/Executions/" + fn + "/Steps";
            };
            const auto context = [&](const QByteArray &fn) -> QByteArray {
                return "/v1/Flows/" + flow + "/Executions/" + fn + "/Context";
            };
            if (path == steps(twoPages) && !request.target.contains("PageToken"))
                return FaultServer::Response::json(
                    page({ step(3, "sent", "send_1", "Ended", "2026-11-27T10:00:09Z") },
                        '"' + origin + steps(twoPages) + "?PageSize=1000&Page=1&PageToken=PT1\"",
                        "steps"));
            if (path == steps(twoPages))
                return FaultServer::Response::json(page(
                    { step(2, "failed", "http_1", "send_1", "2026-11-27T10:00:05Z"),
                        step(1, "incomingMessage", "Trigger", "http_1", "2026-11-27T10:00:01Z") },
                    "null", "steps"));
            if (path == steps(http503) || path == steps(noContext))
                return FaultServer::Response::json(page(
                    { step(2, "success", "http_1", "Ended", "2026-11-27T10:00:05Z"),
                        step(1, "incomingRequest", "Trigger", "http_1", "2026-11-27T10:00:01Z") },
                    "null", "steps"));
            if (path == context(http503))
                return FaultServer::Response::json(
                    contextResource(R"({"widgets":{"http_1":{"status_code":503}}})"));
            if (path == context(noContext))
                return FaultServer::Response::twilioError(
                    404, 20404, "The requested resource was not found");
            if (path == steps(broken))
                return FaultServer::Response::twilioError(500, 20500, "Internal Server Error");
            return FaultServer::Response::twilioError(
                404, 20404, "The requested resource was not found");
        });
        StudioClient client;
        ClientSettings settings = localClientSettings(server.url(),
            Credentials::authToken(u"AC0123456789abcdef0123456789abcdef"_s, u"token"_s));
        settings.retry.maxAttempts = 3;
        client.setSettings(settings);
        OutcomeFetcher fetcher(&client, 2);
        QHash<QByteArray, Outcome> got;
        connect(&fetcher, &OutcomeFetcher::outcomeReady, this,
            [&got](const OutcomeTarget &target, const OutcomeResult &result) {
                got.insert(target.executionSid.toLatin1(), result.outcome);
            });
        QSignalSpy idle(&fetcher, &OutcomeFetcher::idle);
        for (const QByteArray &fn : { twoPages, http503, broken, gone, noContext })
            fetcher.enqueue({ QString::fromLatin1(flow), QString::fromLatin1(fn), false });
        QVERIFY(idle.wait(20000));
        QCOMPARE(got.size(), 5);

        QCOMPARE(got[twoPages].verdict, Outcome::Verdict::Failed);
        QCOMPARE(got[twoPages].stepCount, 3);
        QCOMPARE(got[twoPages].endedAt, u"send_1"_s);
        QCOMPARE(got[twoPages].reason, u"http_1: failed"_s);

        QCOMPARE(got[http503].verdict, Outcome::Verdict::Failed);
        QCOMPARE(got[http503].reason, u"http_1 answered 503"_s);

        QCOMPARE(got[broken].verdict, Outcome::Verdict::Unknown);
        QVERIFY2(
            got[broken].reason.contains(u"could not be read"_s), qPrintable(got[broken].reason));
        QCOMPARE(got[gone].verdict, Outcome::Verdict::Unknown);
        QVERIFY2(got[gone].reason.contains(u"404"_s), qPrintable(got[gone].reason));
        QCOMPARE(got[noContext].verdict, Outcome::Verdict::Unknown);
        QCOMPARE(got[noContext].endedAt, u"http_1"_s); // what the steps said is kept
        // The failed execution's context was never asked for: its steps decided.
        for (const FaultServer::Request &request : server.requests())
            QVERIFY(!request.target.contains(QByteArray(twoPages + "/Context")));
    }

    // Rows that scroll away: a target dropped while its request is under way reports nothing and
    // its request is aborted; the next queued one takes its place.
    // The cache keeps the steps each outcome was read from, in order, each name held once; a
    // snapshot (what a worker counts from) keeps what was known when it was taken.
    void theCacheKeepsTheStepsAndASnapshotStaysAsTaken()
    {
        StudioClient client;
        OutcomeCache cache(&client);
        const auto arrive = [&](const QString &sid, const QList<StepFacts> &steps) {
            OutcomeResult result;
            result.outcome.verdict = Outcome::Verdict::Ok;
            result.outcome.stepCount = int(steps.size());
            result.steps = steps;
            QMetaObject::invokeMethod(cache.fetcher(), "outcomeReady", Qt::DirectConnection,
                Q_ARG(flowscope::OutcomeTarget,
                    (OutcomeTarget { u"FW00000000000000000000000000000001"_s, sid, false })),
                Q_ARG(flowscope::OutcomeResult, result));
        };
        const QList<StepFacts> first { { u"incomingMessage"_s, u"Trigger"_s, u"split_1"_s },
            { u"noMatch"_s, u"split_1"_s, u"ask"_s }, { u"timeout"_s, u"ask"_s, u"Ended"_s } };
        arrive(u"FNa"_s, first);
        QCOMPARE(cache.stepsOf(u"FNa"_s).size(), 3);
        for (qsizetype k = 0; k < first.size(); ++k) {
            QCOMPARE(cache.stepsOf(u"FNa"_s)[k].event, first[k].event);
            QCOMPARE(cache.stepsOf(u"FNa"_s)[k].from, first[k].from);
            QCOMPARE(cache.stepsOf(u"FNa"_s)[k].to, first[k].to);
        }
        QVERIFY(cache.stepsOf(u"FNz"_s).isEmpty());

        const OutcomeSnapshot taken = cache.snapshot();
        arrive(u"FNb"_s, { { u"incomingMessage"_s, u"Trigger"_s, u"Ended"_s } });
        QVERIFY(cache.find(u"FNb"_s));
        QVERIFY(!taken.find(u"FNb"_s)); // taken before it came
        cache.clear();
        QVERIFY(!cache.find(u"FNa"_s));
        QVERIFY(taken.find(u"FNa"_s)); // and it outlives a clear
        QCOMPARE(taken.stepsOf(u"FNa"_s).last().event, u"timeout"_s);
        QCOMPARE(taken.size(), 1);
    }

    void droppedTargetsReportNothing()
    {
        using namespace pagebuilder;
        FaultServer server;
        QVERIFY(server.listen());
        const QByteArray hanging = sid("FN", 7);
        server.setHandler([=](const FaultServer::Request &request, int) {
            if (request.target.contains(hanging)) {
                FaultServer::Response response;
                response.action = FaultServer::Response::Action::Hang;
                return response;
            }
            return FaultServer::Response::json(
                page({ step(1, "incomingMessage", "Trigger", "Ended", "2026-11-27T10:00:01Z") },
                    "null", "steps"));
        });
        StudioClient client;
        client.setSettings(localClientSettings(server.url(),
            Credentials::authToken(u"AC0123456789abcdef0123456789abcdef"_s, u"token"_s)));
        OutcomeFetcher fetcher(&client, 1);
        QStringList answered;
        connect(&fetcher, &OutcomeFetcher::outcomeReady, this,
            [&answered](const OutcomeTarget &target, const OutcomeResult &) {
                answered << target.executionSid;
            });
        QSignalSpy received(&server, &FaultServer::requestReceived);
        fetcher.enqueue({ QString::fromLatin1(kFlow), QString::fromLatin1(hanging), false });
        fetcher.enqueue({ QString::fromLatin1(kFlow), QString::fromLatin1(sid("FN", 8)), false });
        QVERIFY(received.wait(5000)); // the hanging one is under way; the other waits its turn
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(fetcher.contains(QString::fromLatin1(hanging)));
        QSignalSpy idle(&fetcher, &OutcomeFetcher::idle);
        fetcher.retainOnly({ QString::fromLatin1(sid("FN", 8)) });
        QVERIFY(!fetcher.contains(QString::fromLatin1(hanging)));
        QVERIFY(idle.wait(5000));
        QCOMPARE(answered, QStringList { QString::fromLatin1(sid("FN", 8)) });
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
