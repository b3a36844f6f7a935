// StudioClient against a scripted server: what it sends, what it retries, what it refuses.

#include "api/studioclient.h"
#include "executions/endexecution.h"
#include "executions/flowsmodel.h"
#include "support/faultserver.h"
#include "support/testclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;
using Response = FaultServer::Response;

namespace {
const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kToken = u"0123456789abcdef0123456789abcdef"_s;
} // namespace

class TestStudioClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<StudioClient> m_client;

    // Runs a GET to completion; false (a test failure at the caller) when it never finishes.
    [[nodiscard]] bool get(const QByteArray &path, ApiReplyPtr *reply, int timeoutMs = 30000)
    {
        reply->reset(m_client->get(QUrl::fromEncoded(m_server->origin() + path)));
        QSignalSpy finished(reply->get(), &ApiReply::finished);
        return finished.wait(timeoutMs);
    }
    [[nodiscard]] bool post(
        const QByteArray &path, const QByteArray &form, ApiReplyPtr *reply, int timeoutMs = 30000)
    {
        reply->reset(m_client->post(QUrl::fromEncoded(m_server->origin() + path), form));
        QSignalSpy finished(reply->get(), &ApiReply::finished);
        return finished.wait(timeoutMs);
    }
    QByteArrayList methods() const
    {
        QByteArrayList out;
        for (const FaultServer::Request &request : m_server->requests())
            out << request.method;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FaultServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings
            = localClientSettings(m_server->url(), Credentials::authToken(kAccount, kToken));
        settings.transferTimeoutMs = 5000;
        m_client->setSettings(settings);
    }

    void everyRequestCarriesTheSameHeaders()
    {
        m_server->setHandler([](const auto &, int) { return Response::json(R"({"ok":true})"); });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows?PageSize=1", &reply));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->body(), QByteArray(R"({"ok":true})"));
        QCOMPARE(m_server->requests().size(), 1);
        const FaultServer::Request &request = m_server->requests().first();
        QCOMPARE(request.target, QByteArray("/v1/Flows?PageSize=1"));
        QCOMPARE(request.header("Authorization"),
            "Basic " + QByteArray(kAccount.toLatin1() + ':' + kToken.toLatin1()).toBase64());
        QVERIFY(request.header("User-Agent").startsWith("flowscope/" FLOWSCOPE_VERSION " (Qt "));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    }

    void rateLimitedThenServed_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("minimumMs");
        QTest::newRow("Retry-After seconds") << QByteArray("1") << 1000;
        QTest::newRow("Retry-After HTTP-date") << QByteArray("DATE+2") << 1000;
        QTest::newRow("no Retry-After: backoff") << QByteArray() << 0;
    }
    void rateLimitedThenServed()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, minimumMs);
        if (retryAfter == "DATE+2") {
            // Two seconds ahead, whole seconds: at least one second away whenever it is read.
            retryAfter = QLocale::c()
                             .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                 u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                             .toLatin1();
        }
        m_server->setHandler([retryAfter](const auto &, int index) {
            if (index == 0) {
                Response r = Response::twilioError(429, 20429, "Too Many Requests");
                if (!retryAfter.isEmpty())
                    r.setHeader("Retry-After", retryAfter);
                return r;
            }
            return Response::json(R"({"served":true})");
        });
        QElapsedTimer clock;
        clock.start();
        ApiReplyPtr reply(m_client->get(QUrl::fromEncoded(m_server->origin() + "/v1/Flows")));
        QSignalSpy retrying(reply.get(), &ApiReply::retrying);
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(2).value<ApiError>().kind, ApiError::Kind::RateLimited);
        QVERIFY2(clock.elapsed() >= minimumMs, qPrintable(QString::number(clock.elapsed())));
    }

    void serverErrorsRetriedThenServed()
    {
        m_server->setHandler([](const auto &, int index) {
            return index < 2 ? Response::twilioError(503, 20503, "Service unavailable")
                             : Response::json("{}");
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void eachRetryableStatus_data()
    {
        QTest::addColumn<int>("status");
        for (const int s : { 500, 502, 503, 504 })
            QTest::addRow("%d", s) << s;
    }
    void eachRetryableStatus()
    {
        QFETCH(int, status);
        m_server->setHandler([status](const auto &, int index) {
            return index == 0 ? Response::json("oops", status) : Response::json("{}");
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->attempts(), 2);
    }

    void attemptsAreBounded()
    {
        ClientSettings settings = m_client->settings();
        settings.retry.maxAttempts = 3;
        m_client->setSettings(settings);
        m_server->setHandler(
            [](const auto &, int) { return Response::twilioError(503, 20503, "down"); });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Server);
        QCOMPARE(reply->error().httpStatus, 503);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(reply->error().detail.contains(u"3 attempt"_s));
    }

    void aLongRetryAfterEndsAtTheTimeBudget()
    {
        ClientSettings settings = m_client->settings();
        settings.retry.maxTotalMs = 2000;
        m_client->setSettings(settings);
        m_server->setHandler([](const auto &, int) {
            Response r = Response::twilioError(429, 20429, "Too Many Requests");
            r.setHeader("Retry-After", "3600");
            return r;
        });
        QElapsedTimer clock;
        clock.start();
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(reply->error().detail.contains(u"3600"_s));
    }

    void truncatedBodyRetried()
    {
        m_server->setHandler([](const auto &, int index) {
            Response r = Response::json(R"({"executions":[],"meta":{"next_page_url":null}})");
            if (index == 0)
                r.action = Response::Action::CloseMidBody;
            return r;
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(reply->body(), QByteArray(R"({"executions":[],"meta":{"next_page_url":null}})"));
    }

    // A complete response whose JSON stops early (a proxy or the server cut it): not retried, and
    // said as a person would say it.
    void aListCutOffInItsJsonIsExplained()
    {
        const QByteArray cut = "{\"flows\":[{\"sid\":\"FW0123456789abcdef0123456789abcdef\",";
        m_server->setHandler([cut](const auto &, int) { return Response::json(cut); });
        FlowsModel flows(m_client.get());
        QSignalSpy failed(&flows, &FlowsModel::errorOccurred);
        flows.load();
        QVERIFY(failed.wait());
        QCOMPARE(flows.error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(flows.error().message,
            u"the page is not valid JSON: it ends after %1 bytes with 3 objects or arrays still "
            "open (cut off on the way?)"_s.arg(cut.size()));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(flows.rowCount(), 0);
    }

    void aServerThatNeverAnswersIsATimeout()
    {
        ClientSettings settings = m_client->settings();
        settings.transferTimeoutMs = 300;
        settings.retry.maxAttempts = 2;
        m_client->setSettings(settings);
        m_server->setHandler([](const auto &, int) {
            Response r;
            r.action = Response::Action::Hang;
            return r;
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(reply->attempts(), 2);
        QVERIFY(reply->error().userMessage().contains(u"did not answer in time"_s));
    }

    void aSlowTrickleIsNotATimeout()
    {
        ClientSettings settings = m_client->settings();
        settings.transferTimeoutMs = 400;
        m_client->setSettings(settings);
        m_server->setHandler([](const auto &, int) {
            Response r = Response::json(R"({"slow":1})");
            r.action = Response::Action::Trickle;
            r.trickleMs = 100; // 10 bytes, one every 100 ms: 1 s in all, never 400 ms silent
            return r;
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->body(), QByteArray(R"({"slow":1})"));
    }

    void abortIsSilentAndACancel()
    {
        m_server->setHandler([](const auto &, int index) {
            Response r = Response::json("{}");
            if (index == 0)
                r.action = Response::Action::Hang;
            return r;
        });
        ApiReplyPtr reply(m_client->get(QUrl::fromEncoded(m_server->origin() + "/v1/Flows")));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QSignalSpy received(m_server.get(), &FaultServer::requestReceived);
        QVERIFY(received.wait(5000));
        reply->abort();
        QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
        // A later request comes back; the aborted one never says anything.
        QVERIFY(roundTrip(*m_client, QUrl::fromEncoded(m_server->origin() + "/v1/Flows")));
        QCOMPARE(finished.size(), 0);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(ApiError::Kind::Auth);
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
        QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest);
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        m_server->setHandler([status](const auto &, int) {
            return Response::twilioError(status, 20000 + status, "nope");
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(int(reply->error().kind), kind);
        QCOMPARE(reply->error().httpStatus, status);
        QCOMPARE(reply->error().code, 20000 + status);
        QCOMPARE(reply->error().message, u"nope"_s);
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(!reply->error().userMessage().isEmpty());
        QVERIFY(!reply->error().userMessage().contains(kToken));
    }

    void anotherOriginIsRefusedWithoutARequest()
    {
        FaultServer foreign;
        QVERIFY(foreign.listen());
        ApiReplyPtr reply(m_client->get(QUrl::fromEncoded(foreign.origin() + "/v1/Flows")));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Refused);
        QVERIFY(reply->error().userMessage().contains(u"never sent"_s));
        QCOMPARE(foreign.requests().size(), 0);
    }

    void aRedirectToAnotherOriginIsNotFollowed()
    {
        FaultServer foreign;
        QVERIFY(foreign.listen());
        const QByteArray target = foreign.origin() + "/steal";
        m_server->setHandler([target](const auto &, int) {
            Response r;
            r.status = 302;
            r.setHeader("Location", target);
            return r;
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Refused);
        QCOMPARE(foreign.requests().size(), 0);
    }

    void aRedirectOnTheSameOriginIsFollowedWithCredentials()
    {
        m_server->setHandler([](const FaultServer::Request &request, int) {
            if (request.target == "/old") {
                Response r;
                r.status = 301;
                r.setHeader("Location", "/new");
                return r;
            }
            return Response::json(R"({"moved":true})");
        });
        ApiReplyPtr reply;
        QVERIFY(get("/old", &reply));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->body(), QByteArray(R"({"moved":true})"));
        // Qt may resend a request once on a kept-alive connection it found closed (seen once
        // under load), so the count is not asserted; where the requests went and what they
        // carried is.
        QByteArrayList targets;
        for (const FaultServer::Request &request : m_server->requests()) {
            targets << request.target;
            QVERIFY(!request.header("Authorization").isEmpty());
        }
        QVERIFY2(targets.first() == "/old" && targets.last() == "/new"
                && targets.count("/old") + targets.count("/new") == targets.size(),
            targets.join(' ').constData());
    }

    // A 502 to a POST may come from a proxy that passed it on: it is never sent again, the
    // resource is re-read instead, and when that fails too the outcome is said to be unknown.
    void postIsNotRetriedOnServerErrors()
    {
        m_server->setHandler(
            [](const auto &, int) { return Response::twilioError(502, 20502, "Bad Gateway"); });
        ApiReplyPtr reply(m_client->post(
            QUrl::fromEncoded(m_server->origin() + "/v1/Flows/x/Executions/y"), "Status=ended"));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Server);
        QCOMPARE(reply->error().httpStatus, 502);
        QVERIFY2(reply->error().detail.contains(u"unknown"_s), qPrintable(reply->error().detail));
        QByteArrayList methods;
        for (const FaultServer::Request &request : m_server->requests())
            methods << request.method;
        QCOMPARE(methods.count("POST"), 1);
        QCOMPARE(methods.size(), 1 + m_client->settings().retry.maxAttempts); // the re-read's GETs
        QCOMPARE(m_server->requests().first().body, QByteArray("Status=ended"));
        QCOMPARE(m_server->requests().first().header("Content-Type"),
            QByteArray("application/x-www-form-urlencoded"));
    }

    // Retry-After as seconds and in the three date forms RFC 9110 requires a recipient to read.
    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        // "now" below is Sun, 06 Nov 1994 08:49:00 GMT.
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("zero seconds") << QByteArray("0") << qint64(0);
        QTest::newRow("IMF-fixdate")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(37'000);
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(37'000);
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << qint64(37'000);
        QTest::newRow("in the past") << QByteArray("Sun, 06 Nov 1994 08:48:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }
    void retryAfterForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter(value, now), expectedMs);
    }

    // RFC 850's two-digit year is the latest such year not more than 50 years ahead.
    void rfc850YearsAreTheNearestPast()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("Tuesday, 01-Dec-26 12:00:30 GMT", now), qint64(30'000));
    }

    // A 503 that says how long to wait is waited for, as a 429 is, and holds every request back.
    void retryAfterOn503IsHonoured()
    {
        m_server->setHandler([](const auto &, int index) {
            if (index == 0)
                return Response::twilioError(503, 20503, "Service Unavailable")
                    .setHeader("Retry-After", "1");
            return Response::json("{}");
        });
        QSignalSpy closed(m_client->gate(), &RequestGate::closed);
        QElapsedTimer clock;
        clock.start();
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->attempts(), 2);
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().first().toLongLong(), qint64(1000));
    }

    // After a 429 nothing of this client goes out until the wait is over; then the requests that
    // waited start spread over the jitter, not in one millisecond.
    void theGateHoldsEveryRequestAndReopensWithJitter()
    {
        ClientSettings settings = m_client->settings();
        settings.retry.gateJitterMs = 300;
        m_client->setSettings(settings);
        QElapsedTimer clock;
        QList<qint64> sentAt;
        connect(m_client.get(), &StudioClient::requestStarted, this,
            [&] { sentAt << clock.elapsed(); });
        m_server->setHandler([](const auto &, int) { return Response::json("{}"); });
        clock.start();
        m_client->gate()->closeFor(400);
        std::vector<ApiReplyPtr> replies;
        for (int k = 0; k < 8; ++k)
            replies.emplace_back(
                m_client->get(QUrl::fromEncoded(m_server->origin() + "/v1/Flows")));
        for (const ApiReplyPtr &reply : replies) {
            QSignalSpy finished(reply.get(), &ApiReply::finished);
            QVERIFY(reply->isFinished() || finished.wait(5000));
        }
        QCOMPARE(sentAt.size(), 8);
        std::sort(sentAt.begin(), sentAt.end());
        QVERIFY2(sentAt.first() >= 400, qPrintable(QString::number(sentAt.first())));
        qInfo("8 requests that waited started from %lld to %lld ms", sentAt.first(), sentAt.last());
        QVERIFY2(sentAt.last() - sentAt.first() >= 20, "they all started at once");
        QVERIFY(sentAt.last() <= 400 + 300 + 200);
    }

    void aResponseTooLargeIsNotRetried()
    {
        ClientSettings settings = m_client->settings();
        settings.maxBodyBytes = 1000;
        m_client->setSettings(settings);
        m_server->setHandler(
            [](const auto &, int) { return Response::json(QByteArray(5000, ' ') + "{}"); });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::TooLarge);
        QVERIFY(!reply->error().isRetryable());
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY2(reply->error().userMessage().contains(u"larger than"_s),
            qPrintable(reply->error().userMessage()));
    }

    void aTimeoutMidBodySaysTimedOut()
    {
        ClientSettings settings = m_client->settings();
        settings.transferTimeoutMs = 300;
        settings.retry.maxAttempts = 1;
        m_client->setSettings(settings);
        m_server->setHandler([](const auto &, int) {
            Response r = Response::json(R"({"executions":[],"meta":{"next_page_url":null}})");
            r.action = Response::Action::StallMidBody;
            return r;
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(reply->error().message.startsWith(
                     u"timed out after 23 of 47 bytes (no data for 0.3 s)"_s),
            qPrintable(reply->error().message));
        QVERIFY(!reply->error().message.contains(u"closed"_s));
    }

    // A server that echoes what it was sent: the token and the Authorization value never reach
    // a person's screen.
    void echoedSecretsAreRedacted()
    {
        const QByteArray authorization
            = "Basic " + QByteArray(kAccount.toLatin1() + ':' + kToken.toLatin1()).toBase64();
        m_server->setHandler([authorization](const auto &, int) {
            return Response::twilioError(400, 20001,
                "Bad request with Authorization: " + authorization + " and token "
                    + kToken.toLatin1());
        });
        ApiReplyPtr reply;
        QVERIFY(get("/v1/Flows", &reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::BadRequest);
        const QString shown = reply->error().userMessage() + reply->error().detail;
        QVERIFY2(!shown.contains(kToken), qPrintable(shown));
        QVERIFY2(!shown.contains(QString::fromLatin1(authorization.mid(6))), qPrintable(shown));
        QVERIFY2(shown.contains(u"[redacted]"_s), qPrintable(shown));
    }

    // A POST the server may have acted on is never sent again: the resource is re-read, and what
    // it says is the answer.
    void anUncertainPostIsReReadNeverResent_data()
    {
        QTest::addColumn<int>("action"); // Response::Action of the POST's answer
        QTest::addColumn<int>("status");
        QTest::newRow("200 cut short") << int(Response::Action::CloseMidBody) << 200;
        QTest::newRow("200 reset mid-body") << int(Response::Action::ResetMidBody) << 200;
        QTest::newRow("200 stalled mid-body (timeout)")
            << int(Response::Action::StallMidBody) << 200;
        QTest::newRow("no answer (timeout)") << int(Response::Action::Hang) << 200;
        QTest::newRow("502 from a proxy") << int(Response::Action::Normal) << 502;
    }
    void anUncertainPostIsReReadNeverResent()
    {
        QFETCH(int, action);
        QFETCH(int, status);
        ClientSettings settings = m_client->settings();
        settings.transferTimeoutMs = 400;
        m_client->setSettings(settings);
        const QByteArray ended = R"({"sid":"FN0","status":"ended"})";
        m_server->setHandler([&](const FaultServer::Request &request, int) {
            if (request.method == "POST") {
                Response r = Response::json(ended, status);
                r.action = Response::Action(action);
                return r;
            }
            return Response::json(ended);
        });
        ApiReplyPtr reply;
        QVERIFY(post("/v1/Flows/FW1/Executions/FN0", "Status=ended", &reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().userMessage()));
        QVERIFY(reply->wasReRead());
        QVERIFY(reply->uncertainty().isError());
        QCOMPARE(reply->body(), ended);
        QCOMPARE(methods().count("POST"), 1);
        QCOMPARE(methods(), (QByteArrayList { "POST", "GET" }));
        QCOMPARE(m_server->requests().last().target, QByteArray("/v1/Flows/FW1/Executions/FN0"));
    }

    // Ending an execution whose answer is cut short: one POST, then the execution's own state
    // decides — ended is success, still active a failure that says nothing was sent twice.
    void endingWithACutOffAnswer_data()
    {
        QTest::addColumn<QByteArray>("statusAfter");
        QTest::addColumn<int>("result");
        QTest::newRow("it ended") << QByteArray("ended") << int(EndExecution::Result::Ended);
        QTest::newRow("it did not")
            << QByteArray("active") << int(EndExecution::Result::StillActive);
    }
    void endingWithACutOffAnswer()
    {
        QFETCH(QByteArray, statusAfter);
        QFETCH(int, result);
        const QByteArray sid = "FN0123456789abcdef0123456789abcdef";
        m_server->setHandler([&](const FaultServer::Request &request, int) {
            Response r = Response::json(R"({"sid":")" + sid + R"(","status":")"
                + (request.method == "POST" ? QByteArray("ended") : statusAfter) + R"("})");
            if (request.method == "POST")
                r.action = Response::Action::CloseMidBody;
            return r;
        });
        EndExecution ending(
            m_client.get(), u"FW0123456789abcdef0123456789abcdef"_s, QString::fromLatin1(sid));
        QSignalSpy finished(&ending, &EndExecution::finished);
        ending.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(int(ending.result()), result);
        QVERIFY(ending.confirmedByReRead());
        QCOMPARE(methods(), (QByteArrayList { "POST", "GET" })); // exactly one POST
        QVERIFY2(ending.message().contains(QString::fromLatin1(sid)), qPrintable(ending.message()));
        if (ending.result() == EndExecution::Result::StillActive)
            QVERIFY2(ending.message().contains(u"nothing was sent twice"_s),
                qPrintable(ending.message()));
        else
            QVERIFY(ending.executionJson().contains("\"ended\""));
    }

    // What a POST is sent again after: a 429 or a 503 (the server did nothing with it).
    void aRefusedPostIsSentAgain_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }
    void aRefusedPostIsSentAgain()
    {
        QFETCH(int, status);
        m_server->setHandler([status](const FaultServer::Request &, int index) {
            if (index == 0)
                return Response::twilioError(status, 20000 + status, "Not now")
                    .setHeader("Retry-After", "0");
            return Response::json(R"({"status":"ended"})");
        });
        ApiReplyPtr reply;
        QVERIFY(post("/v1/Flows/FW1/Executions/FN0", "Status=ended", &reply));
        QVERIFY(!reply->error().isError());
        QVERIFY(!reply->wasReRead());
        QCOMPARE(methods(), (QByteArrayList { "POST", "POST" }));
    }

    // A refused connection never received the request: a POST may be sent again.
    void aPostToARefusedConnectionIsSentAgain()
    {
        const QUrl dead = m_server->url();
        m_server.reset();
        ClientSettings settings = m_client->settings();
        settings.retry.maxAttempts = 3;
        m_client->setSettings(settings);
        ApiReplyPtr reply(
            m_client->post(dead.resolved(QUrl(u"/v1/Flows/FW1/Executions/FN0"_s)), "Status=ended"));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Network);
        QCOMPARE(reply->attempts(), 3);
        QVERIFY(!reply->wasReRead());
    }

    void connectionRefusedIsANetworkError()
    {
        const QUrl dead = m_server->url();
        m_server.reset(); // nothing listens there any more
        ClientSettings settings = m_client->settings();
        settings.retry.maxAttempts = 2;
        m_client->setSettings(settings);
        ApiReplyPtr reply(m_client->get(dead.resolved(QUrl(u"/v1/Flows"_s))));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Network);
        QCOMPARE(reply->attempts(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStudioClient)
#include "tst_studioclient.moc"
