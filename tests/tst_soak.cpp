// The soak: 1,000,000 executions loaded through the model from the sandbox (on its own thread)
// with its faults on — 503s, connections closed mid-body, 429s from a rate limit. Twice: with the
// tests' quick backoff and only two attempts, so that some pages fail up to the model, which must
// keep its rows and resume on retry(); and with the retry policy people run (six attempts,
// backoff from 500 ms up to 30 s). At the end every execution is there exactly once, in the
// sandbox's order, memory per row is within the target, and (under the asan preset)
// LeakSanitizer finds nothing. It fails when no page arrives for 90 s — no progress — however
// long the whole takes on a slow machine. FLOWSCOPE_SOAK_EXECUTIONS overrides the size.

#include "executions/executionsmodel.h"
#include "sandbox/sandboxthread.h"
#include "support/processmemory.h"
#include "support/testclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

// ASan's shadow memory and quarantine make resident memory meaningless. gcc says so with a macro,
// clang only through __has_feature (which gcc 12 lacks, hence the nesting).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void millionExecutionsWithFaults_data()
    {
        QTest::addColumn<bool>("production");
        QTest::newRow("quick backoff, two attempts") << false;
        QTest::newRow("the production retry policy") << true;
    }
    void millionExecutionsWithFaults()
    {
        QFETCH(bool, production);
        if (production && kSanitized)
            QSKIP("the production policy's backoff is measured in the release build; under the "
                  "sanitizers the quick one covers the same code");
        const qint64 total = qEnvironmentVariableIsSet("FLOWSCOPE_SOAK_EXECUTIONS")
            ? qEnvironmentVariableIntValue("FLOWSCOPE_SOAK_EXECUTIONS")
            : 1'000'000;
        QVERIFY(total > 0);
        sandbox::SandboxOptions options;
        options.data.seed = 99;
        options.data.flows = 1;
        options.data.executionsPerFlow = total;
        options.data.now = 1795824000;
        options.faults.failRate = 0.03;
        options.faults.truncateRate = 0.03;
        options.faults.rateLimit = 100;
        sandbox::SandboxThread server(options);
        QString error;
        QVERIFY2(server.startServer(&error), qPrintable(error));
        const sandbox::SandboxData truth(options.data);

        StudioClient client;
        ClientSettings settings = localClientSettings(server);
        if (production)
            settings.retry = RetryPolicy(); // what people run
        else
            settings.retry.maxAttempts = 2; // so that some failures reach the model
        client.setSettings(settings);

        ExecutionsModel model(&client);
        int modelErrors = 0;
        int clientRetries = 0;
        int rowsAtError = -1;
        bool rowsLostOnError = false;
        QHash<QString, int> errorKinds;
        connect(&model, &ExecutionsModel::retrying, this, [&] { ++clientRetries; });
        connect(&model, &ExecutionsModel::errorOccurred, this, [&](const ApiError &e) {
            ++modelErrors;
            ++errorKinds[kindName(e.kind)];
            rowsLostOnError |= rowsAtError > model.rowCount();
            rowsAtError = model.rowCount();
            if (e.isRetryable()) // as a person would press Retry, after the signal returns
                QTimer::singleShot(0, &model, [&model] {
                    model.retry();
                    model.loadAll();
                });
        });
        QSignalSpy completed(&model, &ExecutionsModel::completed);
        QSignalSpy pages(&model, &ExecutionsModel::pageLoaded);

        const qint64 rssBefore = residentBytes();
        QElapsedTimer clock;
        clock.start();
        ExecutionQuery query;
        query.flowSid = QString::fromLatin1(truth.flow(0).sid);
        query.pageSize = 1000;
        model.setQuery(query);
        model.loadAll();
        // Progress is pages arriving: fail when none has for 90 s, not after some total time.
        while (completed.isEmpty()) {
            if (model.state() == ExecutionsModel::State::Error && !model.error().isRetryable())
                QFAIL(qPrintable(model.error().userMessage()));
            const qsizetype before = pages.size();
            QVERIFY2(pages.wait(90'000) || pages.size() > before || !completed.isEmpty(),
                qPrintable(
                    u"no page arrived for 90 s (%1 rows loaded, state %2)"_s.arg(model.rowCount())
                        .arg(int(model.state()))));
        }
        const double seconds = double(clock.elapsed()) / 1000.0;
        const qint64 rssGrowth = residentBytes() - rssBefore;

        QCOMPARE(model.rowCount(), int(total));
        QVERIFY(!rowsLostOnError);
        // Every execution once, newest first, as the sandbox holds them.
        for (qint64 i = 0; i < total; ++i) {
            const QByteArray expected = truth.execution(0, total - 1 - i).sid;
            if (model.store().sid(i).toLatin1() != expected)
                QFAIL(qPrintable(u"row %1 is %2, expected %3"_s.arg(i).arg(
                    model.store().sid(i), QString::fromLatin1(expected))));
        }

        const double storePerRow = double(model.memoryBytes()) / double(total);
        const double rssPerRow = double(rssGrowth) / double(total);
        QStringList kinds;
        for (auto it = errorKinds.cbegin(); it != errorKinds.cend(); ++it)
            kinds << u"%1 %2"_s.arg(it.key()).arg(it.value());
        kinds.sort();
        std::printf("SOAK %s: executions %lld in %.1f s · %d pages · %d client retries · %d page "
                    "failures retried by the model (%s) · store %.1f bytes/row · RSS growth %.1f "
                    "bytes/row · peak RSS %.0f MB%s\n",
            production ? "production retry policy" : "quick backoff, 2 attempts", total, seconds,
            model.pagesLoaded(), clientRetries, modelErrors, qPrintable(kinds.join(u", "_s)),
            storePerRow, rssPerRow, double(peakResidentBytes()) / (1024.0 * 1024.0),
            kSanitized
                ? " (sanitized build: RSS not comparable)"
                : (production
                        ? " (RSS: after the first row, which freed its memory to this process)"
                        : ""));
        std::fflush(stdout);

        QVERIFY2(clientRetries > 0, "the faults were not on");
        QVERIFY(storePerRow <= 200);
        if (!kSanitized && !production)
            QVERIFY2(rssPerRow <= 200, qPrintable(QString::number(rssPerRow)));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
