// What Twilio kept beside executions, read against the sandbox and compared with its own records:
// every Message and Call of an execution (a 404 one is "gone", never a failure of the whole), its
// Debugger alerts and no others (another execution's, another product's), each pinned to the step
// the sandbox says; alerts naming only the flow placed by time and URL; Monitor's pages followed;
// a key without Monitor access; alerts listed once for many executions; the hosts of a region and
// edge; credentials never sent to another origin; and the outcomes' error codes.

#include "export/alertsreport.h"
#include "outcome/outcomefetcher.h"
#include "related/relatedfetch.h"
#include "related/relatedsession.h"
#include "support/faultserver.h"
#include "support/pagebuilder.h"
#include "support/sandboxfixture.h"
#include "support/sandboxtruth.h"
#include "support/testclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

// Its alerts name only the flow: it is placed by its time and URL.
bool namesOnlyTheFlow(const sandbox::AlertRecord &a, const QByteArray &execution)
{
    return a.resourceSid.startsWith("FW") && !a.alertText.contains(QString::fromLatin1(execution))
        && !a.requestVariables.contains(QString::fromLatin1(execution));
}

} // namespace

class TestRelatedFetch : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;
    std::unique_ptr<RelatedSession> m_session;

    const sandbox::SandboxData &data() const { return m_sandbox.data(); }

    // One execution's related resources, read from nothing (its steps and context too).
    std::optional<RelatedResources> fetch(int f, qint64 i, const RelatedOptions &options = {})
    {
        RelatedFetch fetch(m_client.get(), m_session.get(), options);
        QSignalSpy finished(&fetch, &RelatedFetch::finished);
        QSignalSpy failed(&fetch, &RelatedFetch::failed);
        RelatedInput input;
        input.flowSid = m_sandbox.flowSid(f);
        input.executionSid = m_sandbox.executionSid(f, i);
        fetch.start(input);
        if (!finished.wait(20000) || !failed.isEmpty())
            return std::nullopt;
        return finished.first().first().value<RelatedResources>();
    }

    // The Monitor requests made while `work` ran.
    int alertRequests(const std::function<void()> &work)
    {
        int count = 0;
        const auto connection = connect(m_client.get(), &StudioClient::requestStarted, this,
            [&count](const QByteArray &, const QUrl &url) {
                count += url.path().startsWith(u"/v1/Alerts"_s) ? 1 : 0;
            });
        work();
        disconnect(connection);
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RelatedResources>();
        QVERIFY(m_sandbox.start(SandboxFixture::options(6, 300, 5)));
        m_client = std::make_unique<StudioClient>();
        m_client->setSettings(localClientSettings(m_sandbox));
    }

    void init() { m_session = std::make_unique<RelatedSession>(m_client.get()); }

    // Every execution read matches the sandbox's own records: its messages and calls, pinned to
    // their steps, the gone ones gone; its alerts and only those, pinned, probable where they
    // name only the flow, each read once more for its bodies.
    void everyExecutionMatchesTheSandbox()
    {
        int alerts = 0, probable = 0, gone = 0, undelivered = 0, unanswered = 0;
        for (int f = 0; f < data().flowCount(); ++f) {
            for (qint64 i = 0; i < data().executionCount(f); i += 11) {
                const auto got = fetch(f, i);
                QVERIFY2(got, qPrintable(u"flow %1, execution %2"_s.arg(f).arg(i)));
                const QString where = u"flow %1 execution %2: "_s.arg(f).arg(i);

                const QList<sandbox::MessageRecord> messages = data().messagesOf(f, i);
                QCOMPARE(got->messages.size(), messages.size());
                for (const sandbox::MessageRecord &m : messages) {
                    const auto it = std::find_if(got->messages.cbegin(), got->messages.cend(),
                        [&m](const RelatedMessage &r) { return r.sid.toLatin1() == m.sid; });
                    QVERIFY2(it != got->messages.cend(), qPrintable(where + u"a message"_s));
                    QCOMPARE(it->pin.step, m.step);
                    QCOMPARE(it->gone, m.gone);
                    QCOMPARE(it->found, !m.gone);
                    if (it->found) {
                        QCOMPARE(it->status, m.status);
                        QCOMPARE(it->errorCode, m.errorCode);
                        QCOMPARE(it->isInbound(), m.inbound);
                    }
                    gone += m.gone;
                    undelivered += m.errorCode != 0;
                }
                const QList<sandbox::CallRecord> calls = data().callsOf(f, i);
                QCOMPARE(got->calls.size(), calls.size());
                for (const sandbox::CallRecord &c : calls) {
                    const auto it = std::find_if(got->calls.cbegin(), got->calls.cend(),
                        [&c](const RelatedCall &r) { return r.sid.toLatin1() == c.sid; });
                    QVERIFY(it != got->calls.cend());
                    QCOMPARE(it->pin.step, c.step);
                    if (it->found)
                        QCOMPARE(it->status, c.status);
                    unanswered += it->found && it->notConnected();
                }

                const QList<sandbox::AlertRecord> truth = data().alertsOf(f, i);
                QCOMPARE(got->alerts.size(), truth.size());
                const QByteArray execution = data().execution(f, i).sid;
                for (const sandbox::AlertRecord &a : truth) {
                    const auto it = std::find_if(got->alerts.cbegin(), got->alerts.cend(),
                        [&a](const RelatedAlert &r) { return r.sid.toLatin1() == a.sid; });
                    QVERIFY2(it != got->alerts.cend(), qPrintable(where + u"an alert"_s));
                    QCOMPARE(it->pin.step, a.step);
                    QCOMPARE(it->pin.stepSid, got->steps.at(a.step).sid);
                    QCOMPARE(it->probable, namesOnlyTheFlow(a, execution));
                    QVERIFY(it->detailed);
                    QCOMPARE(it->responseBody, a.responseBody);
                    ++alerts;
                    probable += it->probable;
                }
                QVERIFY(!got->alertsDenied);
                QVERIFY(!got->alertsError.isError());
            }
        }
        // The sample holds every case the rules name.
        QVERIFY2(alerts > 10, qPrintable(QString::number(alerts)));
        QVERIFY(probable > 0);
        QVERIFY(gone > 0);
        QVERIFY(undelivered > 0);
        QVERIFY(unanswered > 0);
    }

    // A key without Monitor access: said once, the rest still read, Monitor not asked again.
    void monitorDenied()
    {
        sandbox::FaultOptions faults;
        faults.monitorForbidden = true;
        m_sandbox->setFaults(faults);
        QSignalSpy deniedSignal(m_session.get(), &RelatedSession::monitorDeniedChanged);
        qint64 i = 0;
        while (data().messagesOf(0, i).size() < 2)
            ++i;
        std::optional<RelatedResources> first;
        const int asked = alertRequests([&] { first = fetch(0, i); });
        QVERIFY(first);
        QVERIFY(first->alertsDenied);
        QVERIFY(first->alerts.isEmpty());
        QCOMPARE(first->messages.size(), data().messagesOf(0, i).size());
        QCOMPARE(asked, 1);
        QCOMPARE(deniedSignal.size(), 1);
        QVERIFY(m_session->monitorDenied());
        std::optional<RelatedResources> second;
        QCOMPARE(alertRequests([&] { second = fetch(0, i + 1); }), 0);
        QVERIFY(second && second->alertsDenied);
        QCOMPARE(deniedSignal.size(), 1);
        m_sandbox->setFaults({});
    }

    // Small pages: every page is followed, and the same alerts come out.
    void alertPagesAreFollowed()
    {
        qint64 i = 0;
        while (data().alertsOf(0, i).isEmpty())
            ++i;
        const auto whole = fetch(0, i);
        QVERIFY(whole);
        init();
        m_session->setAlertPageSize(1);
        std::optional<RelatedResources> paged;
        const int pages = alertRequests([&] { paged = fetch(0, i); });
        QVERIFY(paged);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QCOMPARE(paged->alerts.size(), whole->alerts.size());
        for (qsizetype k = 0; k < whole->alerts.size(); ++k)
            QCOMPARE(paged->alerts[k].sid, whole->alerts[k].sid);
    }

    // Many executions share the listing of the pieces of time they fall in.
    void piecesAreListedOnce()
    {
        qint64 near = -1;
        for (qint64 i = 0; i + 1 < data().executionCount(0) && near < 0; ++i) {
            if (data().createdAt(0, i + 1) - data().createdAt(0, i) < 120 && !data().isActive(0, i)
                && !data().isActive(0, i + 1))
                near = i;
        }
        RelatedOptions bulk;
        bulk.bucketAlerts = true;
        bulk.alertDetails = false;
        bulk.maxParallel = 1;
        const auto runBoth = [&] {
            RelatedFetch a(m_client.get(), m_session.get(), bulk);
            RelatedFetch b(m_client.get(), m_session.get(), bulk);
            QSignalSpy aDone(&a, &RelatedFetch::finished);
            QSignalSpy bDone(&b, &RelatedFetch::finished);
            for (auto [fetch, i] : { std::pair { &a, near }, std::pair { &b, near + 1 } }) {
                RelatedInput input;
                input.flowSid = m_sandbox.flowSid(0);
                input.executionSid = m_sandbox.executionSid(0, i);
                fetch->start(input);
            }
            QVERIFY(aDone.wait(20000) || aDone.size() == 1);
            QVERIFY(bDone.size() == 1 || bDone.wait(20000));
        };
        QVERIFY2(near >= 0, "two executions minutes apart"); // the same pieces, mostly
        const int listed = alertRequests(runBoth);
        QVERIFY2(listed <= 2, qPrintable(QString::number(listed))); // pieces of an hour
        QCOMPARE(alertRequests(runBoth), 0); // settled long ago: never listed again
    }

    void hostsFollowTheRegionAndEdge()
    {
        const ApiOrigin origin = ApiOrigin::twilio(u"au1"_s, u"sydney"_s);
        QCOMPARE(origin.url().toString(), u"https://studio.sydney.au1.twilio.com"_s);
        QCOMPARE(
            origin.url(ApiOrigin::Service::Api).toString(), u"https://api.sydney.au1.twilio.com"_s);
        QCOMPARE(origin.url(ApiOrigin::Service::Monitor).toString(),
            u"https://monitor.sydney.au1.twilio.com"_s);
        QCOMPARE(ApiOrigin::twilio().url(ApiOrigin::Service::Api).toString(),
            u"https://api.twilio.com"_s);
        StudioClient client;
        ClientSettings settings;
        settings.origin = origin;
        settings.credentials
            = Credentials::authToken(u"AC0123456789abcdef0123456789abcdef"_s, u"secret-secret"_s);
        client.setSettings(settings);
        const QUrl message = client.messageUrl(u"SM0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(message.host(), u"api.sydney.au1.twilio.com"_s);
        QCOMPARE(message.path(),
            u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/"
            "SM0123456789abcdef0123456789abcdef.json"_s);
        QCOMPARE(client.callUrl(u"CA0123456789abcdef0123456789abcdef"_s).host(),
            u"api.sydney.au1.twilio.com"_s);
        const QUrl alerts = client.alertsUrl(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC), u"error"_s, 200);
        QCOMPARE(alerts.host(), u"monitor.sydney.au1.twilio.com"_s);
        QCOMPARE(alerts.query(QUrl::FullyEncoded),
            u"StartDate=2026-11-02T09%3A00%3A00Z&EndDate=2026-11-02T09%3A30%3A00Z"
            "&LogLevel=error&PageSize=200"_s);
        for (const char *ok : { "https://studio.sydney.au1.twilio.com/v1/Flows",
                 "https://api.sydney.au1.twilio.com/2010-04-01/x",
                 "https://MONITOR.sydney.au1.twilio.com:443/v1/Alerts" })
            QVERIFY2(origin.matches(QUrl(QString::fromLatin1(ok))), ok);
        for (const char *refused :
            { "https://api.twilio.com/2010-04-01/x", "https://monitor.twilio.com/v1/Alerts",
                "http://api.sydney.au1.twilio.com/", "https://evil.example/v1/Alerts",
                "https://api.sydney.au1.twilio.com.evil.example/" })
            QVERIFY2(!origin.matches(QUrl(QString::fromLatin1(refused))), refused);
        // A base URL (a sandbox, a proxy) serves all three.
        QString error;
        const auto sandbox = ApiOrigin::fromBaseUrl(u"http://127.0.0.1:9"_s, &error);
        QVERIFY(sandbox);
        QCOMPARE(sandbox->url(ApiOrigin::Service::Monitor), sandbox->url());
    }

    // Monitor's next page on another origin, and a message redirected to one: refused, and the
    // other server never hears of the credentials.
    void credentialsStayOnTheirOrigins()
    {
        FaultServer elsewhere;
        QVERIFY(elsewhere.listen());
        FaultServer server;
        QVERIFY(server.listen());
        const QByteArray foreign = elsewhere.origin();
        server.setHandler([foreign](const FaultServer::Request &request, int) {
            if (request.target.startsWith("/v1/Alerts"))
                return FaultServer::Response::json(
                    pagebuilder::page({}, '"' + foreign + "/v1/Alerts?PageToken=PT2\"", "alerts"));
            return FaultServer::Response::json({}, 302).setHeader(
                "Location", foreign + "/2010-04-01/steal.json");
        });
        elsewhere.setHandler(
            [](const FaultServer::Request &, int) { return FaultServer::Response::json("{}"); });
        StudioClient client;
        client.setSettings(localClientSettings(server.url(),
            Credentials::authToken(u"AC0123456789abcdef0123456789abcdef"_s, u"secret-secret"_s)));
        RelatedSession session(&client);
        QObject context;
        std::optional<AlertList> listed;
        session.listAlerts(QDateTime::currentDateTimeUtc().addSecs(-600),
            QDateTime::currentDateTimeUtc(), false, &context,
            [&listed](const AlertList &list) { listed = list; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
        QCOMPARE(listed->error.kind, ApiError::Kind::Refused);
        ApiReplyPtr reply(client.get(client.messageUrl(u"SM0123456789abcdef0123456789abcdef"_s)));
        QSignalSpy done(reply.get(), &ApiReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Refused);
        QVERIFY(elsewhere.requests().isEmpty());
        for (const FaultServer::Request &request : server.requests())
            QVERIFY(request.header("Authorization").startsWith("Basic "));
    }

    // Outcomes read with the related session gain the first error code, and a message that was
    // not delivered makes them failed; never more requests in flight than the bound.
    void outcomesGainTheErrorCode()
    {
        const int bound = 6;
        OutcomeFetcher fetcher(m_client.get(), bound);
        fetcher.setRelated(m_session.get());
        QHash<QString, Outcome> got;
        connect(&fetcher, &OutcomeFetcher::outcomeReady, this,
            [&got](const OutcomeTarget &target, const OutcomeResult &result) {
                got.insert(target.executionSid, result.outcome);
            });
        QSignalSpy idle(&fetcher, &OutcomeFetcher::idle);
        m_sandbox->resetMostInFlight();
        QList<std::pair<int, qint64>> asked;
        for (int f = 0; f < 3; ++f) {
            for (qint64 i = 100; i < 300; i += 3) {
                const sandbox::ExecutionRecord e = data().execution(f, i);
                fetcher.enqueue({ m_sandbox.flowSid(f), QString::fromLatin1(e.sid), e.active, false,
                    QDateTime::fromSecsSinceEpoch(e.dateCreated, Qt::UTC),
                    e.dateUpdated ? QDateTime::fromSecsSinceEpoch(e.dateUpdated, Qt::UTC)
                                  : QDateTime() });
                asked.append({ f, i });
            }
        }
        QVERIFY(idle.wait(60000));
        QCOMPARE(got.size(), asked.size());
        int codes = 0, undeliveredOnly = 0;
        for (const auto &[f, i] : asked) {
            const Outcome &outcome = got.value(m_sandbox.executionSid(f, i));
            const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
            QVERIFY2(outcome.relatedKnown, qPrintable(outcome.reason));
            QCOMPARE(outcome.errorCode, truth.errorCode);
            QCOMPARE(outcome.failed(), truth.failed);
            codes += truth.errorCode != 0;
            undeliveredOnly += truth.failed && !truth.failedByStudio;
        }
        QVERIFY(codes > 5);
        QVERIFY(undeliveredOnly > 0);
        QVERIFY2(m_sandbox->mostInFlight() <= bound,
            qPrintable(u"%1 in flight, bound %2"_s.arg(m_sandbox->mostInFlight()).arg(bound)));
    }

    // The alerts of a range that belong to a flow's executions: exactly the sandbox's, each with
    // its execution and the widget of its step; another flow's never.
    void theAlertsOfARange()
    {
        const int f = 0;
        const qint64 last = data().executionCount(f) - 1;
        const QDateTime to = QDateTime::fromSecsSinceEpoch(data().createdAt(f, last) + 1, Qt::UTC);
        const QDateTime from = to.addDays(-4);
        AlertsReport report(m_client.get(), m_session.get());
        QSignalSpy finished(&report, &AlertsReport::finished);
        report.start({ { m_sandbox.flowSid(f) }, from, to, {}, 8 });
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().value<ApiError>().isError());
        QHash<QByteArray, std::pair<qint64, int>> truth; // alert → (execution, step)
        for (qint64 i = 0; i <= last; ++i) {
            for (const sandbox::AlertRecord &a : data().alertsOf(f, i)) {
                if (a.dateGenerated >= from.toSecsSinceEpoch()
                    && a.dateGenerated < to.toSecsSinceEpoch())
                    truth.insert(a.sid, { i, a.step });
            }
        }
        QVERIFY(truth.size() > 3);
        QCOMPARE(report.rows().size(), truth.size());
        for (const AlertRow &row : report.rows()) {
            QVERIFY(truth.contains(row.alert.sid.toLatin1()));
            const auto [i, step] = truth.value(row.alert.sid.toLatin1());
            QCOMPARE(row.executionSid, m_sandbox.executionSid(f, i));
            QCOMPARE(row.alert.pin.step, step);
            QCOMPARE(row.widget, data().steps(f, i).at(step).transitionedFrom);
        }
        const QList<AlertCount> byCode = AlertsReport::byCode(report.rows());
        qint64 counted = 0;
        for (const AlertCount &c : byCode)
            counted += c.count;
        QCOMPARE(counted, qint64(truth.size()));
        QVERIFY(std::is_sorted(byCode.begin(), byCode.end(),
            [](const AlertCount &a, const AlertCount &b) { return a.count > b.count; }));
    }
};

QTEST_GUILESS_MAIN(TestRelatedFetch)
#include "tst_relatedfetch.moc"
