// The fault matrix: every way Twilio (or the network in between) lets a page go wrong, played by a
// scripted server on the second page of a three-row first page. For each fault, the window (the
// executions view over the model) must show a clear error, keep the rows it had, offer Retry when
// a retry can help and, once the server heals, resume from the failed page without duplicates; the
// command line must exit with its documented code and leave an existing output file untouched.
// Faults that are not failures (a trickle, a 50 MB page, odd values, a repeated SID) must load.

#include "executions/executionsmodel.h"
#include "executions/executionsview.h"
#include "sandbox/joinedthread.h"
#include "support/children.h"
#include "support/faultserver.h"
#include "support/pagebuilder.h"
#include "support/processrun.h"
#include "support/testclient.h"
#include "util/worker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;
using Response = FaultServer::Response;
using Kind = ApiError::Kind;

namespace {

const QByteArray kAccount = "AC0123456789abcdef0123456789abcdef";
const QByteArray kToken = "fault-token-5e2a";

// How a scenario must end.
enum class FaultOutcome {
    Fails, // a retryable error: Retry offered, and after healing the load completes
    Refused, // not retryable: no Retry, nothing sent where it must not go
    Loads, // not a failure at all
};

struct Context
{
    QByteArray origin; // the API server
    QByteArray foreignOrigin; // a server that must never be contacted
    QByteArray page2Url; // next_page_url of the first page
};

struct Scenario
{
    const char *name;
    FaultOutcome outcome;
    Kind kind; // Fails / Refused: the error the model must report
    const char *statusHint; // Fails / Refused: words the status line must show
    int expectedRows; // rows in the model when the fault has played out (before any retry)
    std::function<Response(const Context &)> page2;
    bool ownThread = false; // serve from another thread (the 50 MB page), so a stall is ours
    // Fails / Refused: how many times page 2 is asked for before the error shows (the client
    // allows two attempts), and the least time between the first two, when the server said it.
    int attempts = 2;
    int minimumGapMs = 0;
};

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

QByteArray httpDateIn(int seconds)
{
    return QLocale::c()
        .toString(
            QDateTime::currentDateTimeUtc().addSecs(seconds), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

// A page of 1,000 executions, each carrying ~52 KB in its links: about 52 MB of JSON.
const QByteArray &hugePage()
{
    static const QByteArray page = pagebuilder::paddedPage(3, 1000, 52 * 1024);
    return page;
}

// Values of every wrong type, nulls and missing fields; the page itself is well formed.
QByteArray oddItemsPage()
{
    const QByteArray allNull = "{\"sid\":\"" + pagebuilder::sid("FN", 3)
        + "\",\"account_sid\":null,\"flow_sid\":null,\"contact_sid\":null,"
          "\"contact_channel_address\":null,\"status\":null,\"context\":null,"
          "\"date_created\":null,\"date_updated\":null,\"url\":null,\"links\":null}";
    const QByteArray wrongTypes = "{\"sid\":\"" + pagebuilder::sid("FN", 4)
        + "\",\"status\":[\"ended\"],\"date_created\":1795824000,\"date_updated\":true,"
          "\"contact_channel_address\":{\"number\":\"+14155550104\"},\"contact_sid\":7,"
          "\"flow_sid\":false}";
    const QByteArray numericSid = "{\"sid\":12345,\"status\":\"active\"}";
    return pagebuilder::page({ allNull, wrongTypes, numericSid, "{}", "{\"sid\":null}" });
}

QList<Scenario> scenarios()
{
    const auto error = [](int status, int code, const QByteArray &message) {
        return [=](const Context &) { return Response::twilioError(status, code, message); };
    };
    return {
        { "429 Retry-After seconds", FaultOutcome::Fails, Kind::RateLimited, "HTTP 429", 3,
            [](const Context &) {
                return Response::twilioError(429, 20429, "Too Many Requests")
                    .setHeader("Retry-After", "1");
            },
            false, 2, 1000 },
        { "429 Retry-After HTTP-date", FaultOutcome::Fails, Kind::RateLimited, "HTTP 429", 3,
            [](const Context &) {
                // Two seconds ahead in whole seconds: more than one second away when it is read.
                return Response::twilioError(429, 20429, "Too Many Requests")
                    .setHeader("Retry-After", httpDateIn(2));
            },
            false, 2, 1000 },
        { "503 Retry-After seconds", FaultOutcome::Fails, Kind::Server, "HTTP 503", 3,
            [](const Context &) {
                return Response::twilioError(503, 20503, "Service Unavailable")
                    .setHeader("Retry-After", "1");
            },
            false, 2, 1000 },
        { "429 without Retry-After", FaultOutcome::Fails, Kind::RateLimited, "HTTP 429", 3,
            error(429, 20429, "Too Many Requests") },
        { "500", FaultOutcome::Fails, Kind::Server, "HTTP 500", 3,
            error(500, 20500, "Internal Server Error") },
        { "502", FaultOutcome::Fails, Kind::Server, "HTTP 502", 3,
            error(502, 20502, "Bad Gateway") },
        { "503", FaultOutcome::Fails, Kind::Server, "HTTP 503", 3,
            error(503, 20503, "Service Unavailable") },
        { "504", FaultOutcome::Fails, Kind::Server, "HTTP 504", 3,
            error(504, 20504, "Gateway Timeout") },
        { "502 as an HTML page", FaultOutcome::Fails, Kind::Server, "HTTP 502", 3,
            [](const Context &) {
                Response r;
                r.status = 502;
                r.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
                r.setHeader("Content-Type", "text/html");
                return r;
            } },
        { "200 with an HTML page", FaultOutcome::Fails, Kind::BadResponse,
            "it is text/html, not JSON", 3,
            [](const Context &) {
                Response r;
                r.body = "<html><body>Please sign in to the proxy</body></html>";
                r.setHeader("Content-Type", "text/html; charset=utf-8");
                return r;
            },
            false, 1 }, // a complete answer: the client does not ask again, the person may
        { "connection closed mid-body", FaultOutcome::Fails, Kind::BadResponse,
            "connection closed after", 3,
            [](const Context &) {
                Response r = Response::json(pagebuilder::page({ pagebuilder::execution(3) }));
                r.action = Response::Action::CloseMidBody;
                return r;
            } },
        { "connection reset mid-body", FaultOutcome::Fails, Kind::BadResponse,
            "connection closed after", 3,
            [](const Context &) {
                Response r = Response::json(pagebuilder::page({ pagebuilder::execution(3) }));
                r.action = Response::Action::ResetMidBody;
                return r;
            } },
        { "truncated JSON", FaultOutcome::Fails, Kind::BadResponse,
            "cannot read: the page is not valid JSON: it ends after 120 bytes", 3,
            [](const Context &) {
                return Response::json(pagebuilder::page({ pagebuilder::execution(3) }).left(120));
            },
            false, 1 },
        { "never answers", FaultOutcome::Fails, Kind::Timeout, "did not answer in time", 3,
            [](const Context &) {
                Response r;
                r.action = Response::Action::Hang;
                return r;
            } },
        { "page of the wrong shape", FaultOutcome::Fails, Kind::BadResponse, "cannot read", 3,
            [](const Context &) {
                return Response::json("{\"executions\":{\"sid\":1},\"meta\":null}");
            },
            false, 1 },
        { "next_page_url to another origin", FaultOutcome::Refused, Kind::Refused, "127.0.0.1", 4,
            [](const Context &c) {
                return Response::json(pagebuilder::page({ pagebuilder::execution(3) },
                    quoted(c.foreignOrigin + "/v1/Flows/" + pagebuilder::kFlow
                        + "/Executions?PageToken=steal")));
            },
            false, 1 },
        { "redirect to another origin", FaultOutcome::Refused, Kind::Refused,
            "Refused a redirect to http://127.0.0.1", 3,
            [](const Context &c) {
                Response r;
                r.status = 302;
                r.setHeader("Location",
                    c.foreignOrigin + "/v1/Flows/" + pagebuilder::kFlow + "/Executions");
                return r;
            },
            false, 1 },
        { "next_page_url loop", FaultOutcome::Refused, Kind::Refused, "loop", 4,
            [](const Context &c) {
                return Response::json(
                    pagebuilder::page({ pagebuilder::execution(3) }, quoted(c.page2Url)));
            },
            false, 1 },
        { "slow trickle", FaultOutcome::Loads, Kind::None, "", 4,
            [](const Context &) {
                // ~110 bytes at one per 10 ms: over a second in all, never 300 ms silent.
                Response r
                    = Response::json("{\"executions\":[{\"sid\":\"" + pagebuilder::sid("FN", 3)
                        + "\"}],\"meta\":{\"key\":\"executions\",\"next_page_url\":null}}");
                r.action = Response::Action::Trickle;
                r.trickleMs = 10;
                return r;
            } },
        { "the same SID on two pages", FaultOutcome::Loads, Kind::None, "", 4,
            [](const Context &) {
                return Response::json(pagebuilder::page({ pagebuilder::execution(1),
                    pagebuilder::execution(2), pagebuilder::execution(3) }));
            } },
        { "wrong types, nulls and missing fields", FaultOutcome::Loads, Kind::None, "", 3 + 5,
            [](const Context &) { return Response::json(oddItemsPage()); } },
        { "a 50 MB page", FaultOutcome::Loads, Kind::None, "", 3 + 1000,
            [](const Context &) { return Response::json(hugePage()); }, true },
    };
}

// The API server of one scenario: page 1 (three rows), then page 2 with the fault until healed,
// then a good page 2 that repeats the last row of page 1.
class ScenarioServer
{
public:
    ScenarioServer(const Scenario &scenario, const QByteArray &foreignOrigin)
        : m_server(std::make_unique<FaultServer>())
    {
        if (scenario.ownThread)
            m_server->moveToThread(m_thread.start());
        bool listening = false;
        QMetaObject::invokeMethod(
            m_server.get(), [&] { listening = m_server->listen(); },
            scenario.ownThread ? Qt::BlockingQueuedConnection : Qt::DirectConnection);
        m_listening = listening;
        m_clock.start();
        m_context.origin = m_server->origin();
        m_context.foreignOrigin = foreignOrigin;
        m_context.page2Url = m_context.origin + "/v1/Flows/" + pagebuilder::kFlow
            + "/Executions?PageSize=3&Page=1&PageToken=p2";
        m_server->setHandler(
            [this, fault = scenario.page2](const FaultServer::Request &request, int) {
                if (!request.target.contains("PageToken=")) {
                    ++m_firstPages;
                    return Response::json(
                        pagebuilder::page({ pagebuilder::execution(0), pagebuilder::execution(1),
                                              pagebuilder::execution(2) },
                            quoted(m_context.page2Url)));
                }
                if (!m_healed) {
                    m_faultedAt.append(m_clock.elapsed()); // handler calls are serialised
                    return fault(m_context);
                }
                ++m_healedPages;
                return Response::json(pagebuilder::page({ pagebuilder::execution(2),
                    pagebuilder::execution(3), pagebuilder::execution(4) }));
            });
    }
    ~ScenarioServer()
    {
        if (m_thread.isRunning()) {
            m_thread.runBlocking([this] { m_server.reset(); });
            m_thread.stop();
        }
    }
    Q_DISABLE_COPY_MOVE(ScenarioServer)

    bool listening() const { return m_listening; }
    QUrl url() const { return QUrl::fromEncoded(m_context.origin); }
    void heal() { m_healed = true; }
    int firstPages() const { return m_firstPages; }
    int healedPages() const { return m_healedPages; }
    // When page 2 was asked for while faulty, in ms since the server started.
    QList<qint64> faultedAt() const { return m_faultedAt; }

private:
    sandbox::JoinedThread m_thread; // joined before the program can exit
    std::unique_ptr<FaultServer> m_server;
    Context m_context;
    bool m_listening = false;
    std::atomic<bool> m_healed = false;
    std::atomic<int> m_firstPages = 0;
    std::atomic<int> m_healedPages = 0;
    QElapsedTimer m_clock;
    QList<qint64> m_faultedAt;
};

qint64 threadCpuMicroseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

QStringList sidsOf(const ExecutionsModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.data(model.index(r, ExecutionsModel::SidColumn)).toString();
    return out;
}

QStringList fnSids(int from, int to)
{
    QStringList out;
    for (int n = from; n < to; ++n)
        out << QString::fromLatin1(pagebuilder::sid("FN", n));
    return out;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Page 2 was asked for as often as the client allows, and no sooner than the server said.
    static void checkAttempts(const Scenario &scenario, const ScenarioServer &server)
    {
        const QList<qint64> at = server.faultedAt();
        QCOMPARE(at.size(), scenario.attempts);
        if (scenario.minimumGapMs > 0) {
            qInfo("the server asked to wait; the client waited %lld ms", at[1] - at[0]);
            QVERIFY2(at[1] - at[0] >= scenario.minimumGapMs - 50, // the server's clock is coarse
                qPrintable(QString::number(at[1] - at[0])));
        }
    }

    // flowscope executions against the scenario's server, waiting on the event loop (the server
    // lives on this thread).
    ProcessRun runCli(const QUrl &origin, const QString &outputPath, const QString &timeout)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"TWILIO_"_s) || key.startsWith(u"FLOWSCOPE_"_s))
                env.remove(key);
        }
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"TWILIO_ACCOUNT_SID"_s, QString::fromLatin1(kAccount));
        env.insert(u"TWILIO_AUTH_TOKEN"_s, QString::fromLatin1(kToken));
        return runProcess(QStringLiteral(FLOWSCOPE_BIN),
            { u"executions"_s, u"--flow"_s, QString::fromLatin1(pagebuilder::kFlow),
                u"--parallel"_s, u"1"_s, u"--retries"_s, u"2"_s, u"--timeout"_s, timeout,
                u"--base-url"_s, origin.toString(), u"-o"_s, outputPath },
            env);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void matrix_data()
    {
        QTest::addColumn<int>("index");
        const QList<Scenario> all = scenarios();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }

    void matrix()
    {
        QFETCH(int, index);
        const Scenario scenario = scenarios().at(index);

        (void)hugePage(); // built here, once: in a sanitizer build it takes longer than the timeout
        FaultServer foreign; // must never see a request
        QVERIFY(foreign.listen());
        ScenarioServer server(scenario, foreign.origin());
        QVERIFY(server.listening());

        StudioClient client;
        ClientSettings settings = localClientSettings(server.url(),
            Credentials::authToken(QString::fromLatin1(kAccount), QString::fromLatin1(kToken)));
        // Short, for the hang; but composing and writing 52 MB takes the test server longer than
        // that in a sanitizer build on a loaded machine, before the first byte.
        settings.transferTimeoutMs = scenario.ownThread ? 10'000 : 300;
        settings.retry.maxAttempts = 2;
        client.setSettings(settings);
        ExecutionsModel model(&client);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ExecutionsView view(&model);
        view.resize(900, 500);
        view.show();

        ExecutionQuery query;
        query.flowSid = QString::fromLatin1(pagebuilder::kFlow);
        query.pageSize = 3;
        model.setQuery(query);
        QVERIFY(waitForState(model, ExecutionsModel::State::Idle));
        QCOMPARE(sidsOf(model), fnSids(0, 3));

        // The GUI thread's work between two ticks of a 2 ms timer, in CPU time (reported; the
        // budget is bench_guistall's), and whether a worker was parsing while the GUI thread
        // went on ticking: a page parsed on the GUI thread would leave the pool idle throughout.
        qint64 mostCpuUs = 0;
        qint64 longestGapMs = 0;
        qint64 lastCpuUs = threadCpuMicroseconds();
        bool workerBusyBetweenTicks = false;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 cpu = threadCpuMicroseconds();
            mostCpuUs = std::max(mostCpuUs, cpu - lastCpuUs);
            lastCpuUs = cpu;
            longestGapMs = std::max(longestGapMs, sinceTick.restart());
            workerBusyBetweenTicks |= workerPool()->activeThreadCount() > 0;
        });
        ticker.start(2);

        model.fetchMore();
        const ExecutionsModel::State end = scenario.outcome == FaultOutcome::Loads
            ? ExecutionsModel::State::Complete
            : ExecutionsModel::State::Error;
        QVERIFY2(waitForState(model, end),
            qPrintable(
                u"state %1, error: %2"_s.arg(int(model.state())).arg(model.error().userMessage())));
        // The last stretch too: the page's rows go into the table after the last tick.
        mostCpuUs = std::max(mostCpuUs, threadCpuMicroseconds() - lastCpuUs);
        ticker.stop();
        QCOMPARE(model.rowCount(), scenario.expectedRows);

        if (scenario.outcome == FaultOutcome::Loads) {
            QVERIFY(!child<QPushButton>(&view, "retryButton")->isVisible());
            QVERIFY2(!child<QLabel>(&view, "statusLabel")->text().contains(u"⚠"_s),
                qPrintable(child<QLabel>(&view, "statusLabel")->text()));
            const QStringList sids = sidsOf(model);
            QCOMPARE(sids.mid(0, 4), fnSids(0, 4)); // nothing repeated, nothing skipped
            if (scenario.expectedRows == 1003) {
                QCOMPARE(sids.last(), QString::fromLatin1(pagebuilder::sid("FN", 1002)));
                qInfo("a 52 MB page: at most %.1f ms of GUI-thread work between two ticks "
                      "(longest gap %lld ms)",
                    double(mostCpuUs) / 1000.0, longestGapMs);
                QVERIFY2(workerBusyBetweenTicks,
                    "the page was parsed off the GUI thread, which kept serving its events");
            }
        } else {
            const ApiError &error = model.error();
            QCOMPARE(error.kind, scenario.kind);
            const QString status = child<QLabel>(&view, "statusLabel")->text();
            qInfo("%s", qPrintable(status));
            QVERIFY2(status.contains(u"⚠"_s) && status.contains(error.userMessage()),
                qPrintable(status));
            QVERIFY2(status.contains(QString::fromUtf8(scenario.statusHint)), qPrintable(status));
            QVERIFY2(status.startsWith(u"%1 loaded"_s.arg(scenario.expectedRows)),
                qPrintable(status)); // the rows loaded before are still there, and it says so
            QVERIFY(!status.contains(QString::fromLatin1(kToken)));
            QCOMPARE(child<QPushButton>(&view, "retryButton")->isVisible(),
                scenario.outcome == FaultOutcome::Fails);
            checkAttempts(scenario, server);
        }

        if (scenario.outcome == FaultOutcome::Fails) {
            // Retry resumes from the failed page: page 1 is not asked for again, and the row
            // page 2 repeats from page 1 shows once.
            server.heal();
            QTest::mouseClick(child<QPushButton>(&view, "retryButton"), Qt::LeftButton);
            QVERIFY(waitForState(model, ExecutionsModel::State::Complete));
            QCOMPARE(sidsOf(model), fnSids(0, 5));
            QCOMPARE(server.firstPages(), 1);
            QCOMPARE(server.healedPages(), 1);
            QVERIFY(!child<QPushButton>(&view, "retryButton")->isVisible());
        }
        QCOMPARE(foreign.requests().size(), 0);
    }

    void commandLine_data() { matrix_data(); }

    void commandLine()
    {
        QFETCH(int, index);
        const Scenario scenario = scenarios().at(index);
        FaultServer foreign;
        QVERIFY(foreign.listen());
        ScenarioServer server(scenario, foreign.origin());
        QVERIFY(server.listening());

        (void)hugePage();
        const QString path = m_dir.filePath(u"export-%1.csv"_s.arg(index));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly | QIODevice::Truncate));
        existing.write("precious\n");
        existing.close();

        const ProcessRun r = runCli(server.url(), path, scenario.ownThread ? u"10"_s : u"0.3"_s);
        QVERIFY(!r.err.contains(kToken));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        const QByteArray written = existing.readAll();
        existing.close();
        if (scenario.outcome == FaultOutcome::Loads) {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            // Header + every distinct row, the repeated SID once.
            QCOMPARE(written.count('\n'), 1 + scenario.expectedRows);
            QVERIFY(written.startsWith("sid,"));
        } else {
            QVERIFY2(r.exitCode == 5, r.err.constData()); // network or server failure
            QVERIFY2(r.err.startsWith("flowscope: "), r.err.constData());
            QCOMPARE(written, QByteArray("precious\n"));
            checkAttempts(scenario, server);
        }
        QCOMPARE(QDir(m_dir.path()).entryList({ u"export-%1.*"_s.arg(index) }, QDir::Files),
            QStringList { u"export-%1.csv"_s.arg(index) }); // no temporary file left behind
        QCOMPARE(foreign.requests().size(), 0);
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
