// The export crawl against the sandbox: K time slices give the very bytes of one sequential crawl
// (also when executions share the second a slice boundary falls on), back off together on 429,
// and an export job either completes or leaves the old file exactly as it was.

#include "exportcrawl.h"
#include "exportjob.h"
#include "sandboxserver.h"
#include "testclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

class TestExportCrawl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<StudioClient> m_client;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }

    struct Result
    {
        QByteArray bytes;
        ApiError error;
        qint64 rows = 0;
        int retries = 0;
        qsizetype largestChunk = 0;
        qint64 peakWaitingBytes = 0;
    };

    Result crawl(const ExecutionQuery &query, int slices, const ExportOptions &format,
        qint64 limit = -1, qint64 memoryBudget = ExportCrawl::kDefaultMemoryBudget)
    {
        CrawlOptions options;
        options.query = query;
        options.limit = limit;
        ExportCrawl exporter(m_client.get(), options, slices, format);
        exporter.setMemoryBudget(memoryBudget);
        Result result;
        connect(&exporter, &ExportCrawl::chunkReady, this, [&result](const QByteArray &bytes) {
            result.bytes += bytes;
            result.largestChunk = std::max(result.largestChunk, bytes.size());
        });
        connect(&exporter, &ExportCrawl::retrying, this, [&result] { ++result.retries; });
        QSignalSpy finished(&exporter, &ExportCrawl::finished);
        exporter.start();
        if (!finished.wait(60000))
            qWarning() << "export did not finish";
        result.error = finished.value(0).value(0).value<ApiError>();
        result.rows = exporter.rowsWritten();
        result.peakWaitingBytes = exporter.peakWaitingBytes();
        return result;
    }

    // The sandbox answers 503 to everything, and the client gives up after its second attempt.
    void failEveryRequest()
    {
        sandbox::FaultOptions down;
        down.failRate = 1.0;
        m_sandbox->setFaults(down);
        ClientSettings settings = m_client->settings();
        settings.retry.maxAttempts = 2;
        m_client->setSettings(settings);
    }

    ExecutionQuery query(int f, qint64 lo, qint64 hi, int pageSize = 100) const
    {
        ExecutionQuery q;
        q.flowSid = QString::fromLatin1(data().flow(f).sid);
        q.from = QDateTime::fromSecsSinceEpoch(lo, Qt::UTC);
        q.to = QDateTime::fromSecsSinceEpoch(hi, Qt::UTC);
        q.pageSize = pageSize;
        return q;
    }

private Q_SLOTS:
    void init()
    {
        sandbox::SandboxOptions options;
        options.data.seed = 17;
        options.data.flows = 2;
        options.data.executionsPerFlow = 6000;
        options.data.now = 1795824000;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings = localClientSettings(*m_sandbox);
        settings.retry.maxAttempts = 20;
        m_client->setSettings(settings);
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void slicesCoverTheRangeExactly()
    {
        const ExecutionQuery q = query(0, 1'000'000, 1'000'000 + 100 * 3600 + 7);
        const QList<ExecutionQuery> slices
            = ExportCrawl::slicesOf(q, 4, QDateTime::fromSecsSinceEpoch(2'000'000'000));
        QCOMPARE(slices.size(), 4);
        QCOMPARE(slices.first().to, q.to); // newest first
        QCOMPARE(slices.last().from, q.from);
        for (qsizetype k = 1; k < slices.size(); ++k) {
            QCOMPARE(slices[k].to, slices[k - 1].from); // contiguous, disjoint
            QCOMPARE(slices[k].to.time().msec(), 0); // whole seconds
            QVERIFY(slices[k].from < slices[k].to);
        }
        // Open ends stay open in the outer slices.
        ExecutionQuery open = q;
        open.from = QDateTime();
        open.to = QDateTime();
        const QList<ExecutionQuery> openSlices
            = ExportCrawl::slicesOf(open, 3, QDateTime::currentDateTimeUtc());
        QCOMPARE(openSlices.size(), 3);
        QVERIFY(!openSlices.first().to.isValid());
        QVERIFY(!openSlices.last().from.isValid());
        // Too short to split.
        QCOMPARE(
            ExportCrawl::slicesOf(query(0, 10, 12), 4, QDateTime::currentDateTimeUtc()).size(), 1);
    }

    void parallelEqualsSequential_data()
    {
        QTest::addColumn<int>("slices");
        QTest::addColumn<int>("format"); // ExportFormat
        QTest::addColumn<bool>("contexts");
        QTest::newRow("4 slices, csv") << 4 << int(ExportFormat::Csv) << false;
        QTest::newRow("3 slices, jsonl") << 3 << int(ExportFormat::Jsonl) << false;
        QTest::newRow("7 slices, tsv") << 7 << int(ExportFormat::Tsv) << false;
        QTest::newRow("4 slices, csv with contexts and paths")
            << 4 << int(ExportFormat::Csv) << true;
    }
    void parallelEqualsSequential()
    {
        QFETCH(int, slices);
        QFETCH(int, format);
        QFETCH(bool, contexts);
        const int f = 1;
        const qint64 lo = data().createdAt(f, 1000);
        const qint64 hi = data().createdAt(f, contexts ? 1600 : 5800);
        ExportOptions options;
        options.format = ExportFormat(format);
        options.columns = RowRenderer::defaultColumns() << u"url"_s;
        options.includeContext = contexts;
        if (contexts)
            options.contextPaths = { u"flow.variables.lang"_s, u"widgets.gather_1.Digits"_s };
        const Result sequential = crawl(query(f, lo, hi), 1, options);
        const Result parallel = crawl(query(f, lo, hi), slices, options);
        QVERIFY(!sequential.error.isError());
        QVERIFY(!parallel.error.isError());
        const qint64 expected = data().lowerBound(f, hi) - data().lowerBound(f, lo);
        QCOMPARE(sequential.rows, expected);
        QCOMPARE(parallel.rows, expected);
        QCOMPARE(parallel.bytes.size(), sequential.bytes.size());
        QCOMPARE(parallel.bytes, sequential.bytes);
    }

    // Slices that are not being written stop fetching once their waiting output fills the
    // budget, and the export is still byte for byte the sequential one.
    void waitingOutputStaysWithinTheBudget()
    {
        const int f = 0;
        const qint64 lo = data().createdAt(f, 200);
        const qint64 hi = data().createdAt(f, 5800);
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.columns = RowRenderer::defaultColumns();
        const int slices = 4;
        const Result sequential = crawl(query(f, lo, hi), 1, options);
        const Result unbounded
            = crawl(query(f, lo, hi), slices, options, -1, std::numeric_limits<qint64>::max());
        const Result bounded = crawl(query(f, lo, hi), slices, options, -1, 1);
        QVERIFY(!sequential.error.isError());
        QVERIFY(!unbounded.error.isError());
        QVERIFY(!bounded.error.isError());
        QCOMPARE(bounded.bytes, sequential.bytes);
        QCOMPARE(unbounded.bytes, sequential.bytes);
        // A waiting slice may still land what it had asked for before it paused: the page in
        // flight and the two it may hold. Without a budget they hold far more (about 14 pages
        // each here), which shows the limit is what kept them down.
        const qint64 bound = (slices - 1) * 3 * sequential.largestChunk;
        qInfo("waiting output at its peak: %lld bytes with a 1-byte budget, %lld without; "
              "largest page %lld bytes",
            bounded.peakWaitingBytes, unbounded.peakWaitingBytes, qint64(sequential.largestChunk));
        QVERIFY2(bounded.peakWaitingBytes <= bound,
            qPrintable(u"%1 > %2"_s.arg(bounded.peakWaitingBytes).arg(bound)));
        QVERIFY2(unbounded.peakWaitingBytes > 2 * bound,
            qPrintable(u"%1 <= 2 × %2"_s.arg(unbounded.peakWaitingBytes).arg(bound)));
    }

    void sharedSecondsAtABoundary()
    {
        // A range whose middle is a second that several executions share.
        const int f = 0;
        qint64 i = 3000;
        while (data().createdAt(f, i) != data().createdAt(f, i + 1))
            ++i;
        const qint64 t = data().createdAt(f, i);
        QVERIFY(data().lowerBound(f, t + 1) - data().lowerBound(f, t) >= 2);
        const qint64 lo = t - 5000;
        const qint64 hi = t + 5000; // two slices: the boundary is exactly t
        const ExecutionQuery q = query(f, lo, hi, 7);
        const QList<ExecutionQuery> halves
            = ExportCrawl::slicesOf(q, 2, QDateTime::fromSecsSinceEpoch(hi + 100));
        QCOMPARE(halves.size(), 2);
        QCOMPARE(halves.first().from.toSecsSinceEpoch(), t);
        ExportOptions options;
        options.columns = { u"sid"_s, u"date_created"_s };
        const Result sequential = crawl(q, 1, options);
        const Result parallel = crawl(q, 2, options);
        QCOMPARE(parallel.bytes, sequential.bytes);
        QVERIFY(sequential.bytes.count(QString::fromLatin1(sandbox::isoUtc(t)).toLatin1()) >= 2);
    }

    void rateLimitedSlicesBackOffTogether()
    {
        sandbox::FaultOptions faults;
        faults.rateLimit = 20;
        m_sandbox->setFaults(faults);
        const int f = 0;
        const qint64 lo = data().createdAt(f, 0);
        const qint64 hi = data().createdAt(f, 5999) + 1;
        ExportOptions options;
        options.columns = { u"sid"_s };
        const Result parallel = crawl(query(f, lo, hi, 50), 4, options);
        QVERIFY2(!parallel.error.isError(), qPrintable(parallel.error.userMessage()));
        QVERIFY(parallel.retries > 0); // it was limited…
        QCOMPARE(parallel.rows, qint64(6000)); // …and lost nothing
        m_sandbox->setFaults({});
        QCOMPARE(parallel.bytes, crawl(query(f, lo, hi, 1000), 1, options).bytes);
    }

    void aFailingSliceFailsTheWhole()
    {
        failEveryRequest();
        ExportOptions options;
        options.columns = { u"sid"_s };
        const Result result
            = crawl(query(0, data().createdAt(0, 0), data().createdAt(0, 5000)), 4, options);
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QVERIFY(result.bytes.isEmpty()); // not even the header
    }

    void aLimitIsSequentialOnly()
    {
        ExportOptions options;
        options.columns = { u"sid"_s };
        const Result refused
            = crawl(query(0, data().createdAt(0, 0), data().createdAt(0, 5000)), 4, options, 10);
        QCOMPARE(refused.error.kind, ApiError::Kind::InvalidInput);
        const Result limited
            = crawl(query(0, data().createdAt(0, 0), data().createdAt(0, 5000)), 1, options, 10);
        QCOMPARE(limited.rows, qint64(10));
    }

    void aJobThatFailsOrIsCancelledLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.csv"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export\n");
        old.close();
        const auto contents = [&path] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        };

        ExportRequest request;
        request.scope = ExportRequest::Scope::Query;
        request.crawl.query = query(0, data().createdAt(0, 0), data().createdAt(0, 5999) + 1, 20);
        request.format.columns = { u"sid"_s };
        request.path = path;

        // Cancelled half-way.
        sandbox::FaultOptions slow;
        slow.latencyMs = 30;
        m_sandbox->setFaults(slow);
        {
            ExportJob job(m_client.get(), nullptr, request);
            QSignalSpy progress(&job, &ExportJob::progress);
            QSignalSpy finished(&job, &ExportJob::finished);
            job.start();
            QVERIFY(progress.wait(10000));
            job.cancel();
            QVERIFY(finished.count() > 0 || finished.wait(10000));
            QCOMPARE(finished.first().at(0).toBool(), false);
            QVERIFY(finished.first().at(2).toString().contains(u"Cancelled"_s));
        }
        QCOMPARE(contents(), QByteArray("the previous export\n"));

        // A page that keeps failing.
        failEveryRequest();
        {
            ExportJob job(m_client.get(), nullptr, request);
            QSignalSpy finished(&job, &ExportJob::finished);
            job.start();
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().at(0).toBool(), false);
            QVERIFY(finished.first().at(2).toString().contains(u"503"_s));
        }
        QCOMPARE(contents(), QByteArray("the previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"export.csv"_s });

        // And one that completes replaces it.
        m_sandbox->setFaults({});
        {
            ExportJob job(m_client.get(), nullptr, request);
            QSignalSpy finished(&job, &ExportJob::finished);
            job.start();
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().at(0).toBool(), true);
            QCOMPARE(finished.first().at(1).toLongLong(), qint64(6000));
        }
        QCOMPARE(contents().count('\n'), 6001);
    }
};

QTEST_GUILESS_MAIN(TestExportCrawl)
#include "tst_exportcrawl.moc"
