// The export crawl against the sandbox: K time slices give the very bytes of one sequential crawl
// (also when executions share the second a slice boundary falls on, and when the server repeats
// rows across pages and slices), wait on disk rather than in memory, back off together on 429,
// and an export job either completes or leaves the old file exactly as it was.

#include "export/exportcrawl.h"
#include "export/exportjob.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"
#include "support/testclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }

    struct Result
    {
        QByteArray bytes;
        ApiError error;
        qint64 rows = 0;
        qint64 duplicates = 0;
        qint64 spooledBytes = 0;
        int retries = 0;
        int spoolFilesSeen = 0; // the most spool files seen at once while it ran
    };

    // Runs an export to its end; false (and a test failure at the caller) when it never ends.
    [[nodiscard]] bool crawl(const ExecutionQuery &query, int slices, const ExportOptions &format,
        Result *result, qint64 limit = -1, const QString &spoolDirectory = {})
    {
        CrawlOptions options;
        options.query = query;
        options.limit = limit;
        ExportCrawl exporter(m_client.get(), options, slices, format);
        exporter.setNow(QDateTime::fromSecsSinceEpoch(data().now(), Qt::UTC));
        if (!spoolDirectory.isEmpty())
            exporter.setSpoolDirectory(spoolDirectory);
        *result = {};
        connect(&exporter, &ExportCrawl::chunkReady, this,
            [result](const QByteArray &bytes) { result->bytes += bytes; });
        connect(&exporter, &ExportCrawl::retrying, this, [result] { ++result->retries; });
        connect(&exporter, &ExportCrawl::progress, this, [result, spoolDirectory] {
            if (!spoolDirectory.isEmpty())
                result->spoolFilesSeen
                    = std::max(result->spoolFilesSeen, spoolFiles(spoolDirectory));
        });
        QSignalSpy finished(&exporter, &ExportCrawl::finished);
        exporter.start();
        if (!finished.wait(60000))
            return false;
        result->error = finished.value(0).value(0).value<ApiError>();
        result->rows = exporter.rowsWritten();
        result->duplicates = exporter.duplicatesDropped();
        result->spooledBytes = exporter.spooledBytes();
        return true;
    }

    // Spool files open in the directory: on Linux they have no name there (O_TMPFILE), so that
    // not even a crash leaves one behind; this process's open files say where they are.
    static int spoolFiles(const QString &directory)
    {
        int open = 0;
        const QDir fds(u"/proc/self/fd"_s);
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
            const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
            if (target.startsWith(directory + u'/'))
                ++open;
        }
        return open + int(QDir(directory).entryList(QDir::Files | QDir::Hidden).size());
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
        QVERIFY(m_sandbox.start(options));
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings = localClientSettings(m_sandbox);
        settings.retry.maxAttempts = 20;
        m_client->setSettings(settings);
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void slicesCoverTheRangeExactly()
    {
        const ExecutionQuery q = query(0, 1'000'000, 1'000'000 + 100 * 3600 + 7);
        const QDateTime now = q.to.addDays(1);
        const QList<ExecutionQuery> slices = ExportCrawl::slicesOf(q, 4, now);
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
            ExportCrawl::slicesOf(query(0, 10, 12), 4, QDateTime::fromSecsSinceEpoch(100)).size(),
            1);
    }

    // A bounded range wider than what Studio keeps still splits where the executions are:
    // between max(from, now - 30 days) and min(to, now).
    void splitPointsAreWhereStudioKeepsData()
    {
        ExecutionQuery year = query(0, 0, 0);
        year.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        year.to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        const QList<ExecutionQuery> slices = ExportCrawl::slicesOf(year, 4, now);
        QCOMPARE(slices.size(), 4);
        QCOMPARE(slices.first().to, year.to); // the query's own ends stay
        QCOMPARE(slices.last().from, year.from);
        for (qsizetype k = 1; k < slices.size(); ++k) {
            QVERIFY2(slices[k].to >= now.addDays(-30) && slices[k].to <= now,
                qPrintable(slices[k].to.toString(Qt::ISODate)));
            QCOMPARE(slices[k].to, slices[k - 1].from);
        }
        // Evenly over the 30 days kept: 7.5 days apart.
        QCOMPARE(slices[1].to.secsTo(slices[0].from), 0);
        QCOMPARE(slices[2].to.secsTo(slices[1].to), qint64(30 * 86400 / 4));
        // A range that ended before the 30 days has nothing to split.
        ExecutionQuery old = year;
        old.to = now.addDays(-40);
        QCOMPARE(ExportCrawl::slicesOf(old, 4, now).size(), 1);
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
        Result sequential;
        Result parallel;
        QVERIFY(crawl(query(f, lo, hi), 1, options, &sequential));
        QVERIFY(crawl(query(f, lo, hi), slices, options, &parallel));
        QVERIFY(!sequential.error.isError());
        QVERIFY(!parallel.error.isError());
        const qint64 expected = data().lowerBound(f, hi) - data().lowerBound(f, lo);
        QCOMPARE(sequential.rows, expected);
        QCOMPARE(parallel.rows, expected);
        QCOMPARE(parallel.bytes.size(), sequential.bytes.size());
        QCOMPARE(parallel.bytes, sequential.bytes);
    }

    // A server that repeats rows — across time slices (an inclusive DateCreatedTo puts a
    // boundary's second in both slices) or on every page — still gives each execution once, where
    // a sequential crawl puts it: the parallel bytes are the sequential ones.
    void repeatedRowsAreWrittenOnce_data()
    {
        QTest::addColumn<bool>("inclusiveTo");
        QTest::addColumn<bool>("repeatNewest");
        QTest::addColumn<int>("format");
        QTest::newRow("inclusive DateCreatedTo, csv") << true << false << int(ExportFormat::Csv);
        QTest::newRow("inclusive DateCreatedTo, jsonl")
            << true << false << int(ExportFormat::Jsonl);
        QTest::newRow("the newest repeated on every page, csv")
            << false << true << int(ExportFormat::Csv);
        QTest::newRow("both, jsonl") << true << true << int(ExportFormat::Jsonl);
    }
    void repeatedRowsAreWrittenOnce()
    {
        QFETCH(bool, inclusiveTo);
        QFETCH(bool, repeatNewest);
        QFETCH(int, format);
        const int f = 0;
        // A second that several executions share, in the middle of the range: with two or four
        // slices a boundary falls on it, so an inclusive end really repeats rows in two slices.
        qint64 i = 3000;
        while (data().createdAt(f, i) != data().createdAt(f, i + 1))
            ++i;
        const qint64 t = data().createdAt(f, i);
        const qint64 lo = t - 3 * 86400;
        const qint64 hi = t + 3 * 86400;
        sandbox::FaultOptions quirks;
        quirks.inclusiveTo = inclusiveTo;
        quirks.repeatNewest = repeatNewest;
        m_sandbox->setFaults(quirks);
        ExportOptions options;
        options.format = ExportFormat(format);
        options.columns = { u"sid"_s, u"date_created"_s, u"status"_s };
        Result sequential;
        Result halves;
        Result parallel;
        QVERIFY(crawl(query(f, lo, hi, 200), 1, options, &sequential));
        QVERIFY(crawl(query(f, lo, hi, 200), 2, options, &halves));
        QVERIFY(crawl(query(f, lo, hi, 200), 4, options, &parallel));
        for (const Result *r : { &sequential, &halves, &parallel })
            QVERIFY2(!r->error.isError(), qPrintable(r->error.userMessage()));
        QCOMPARE(halves.bytes, sequential.bytes);
        QCOMPARE(parallel.bytes, sequential.bytes);
        // The truth: every execution of the range once (with an inclusive end, its own second
        // too), and the repeated newest one once more when it is not in the range.
        const qint64 first = data().lowerBound(f, lo);
        const qint64 end = data().lowerBound(f, inclusiveTo ? hi + 1 : hi);
        const bool newestOutside = end < data().executionCount(f);
        QCOMPARE(sequential.rows, end - first + (repeatNewest && newestOutside ? 1 : 0));
        QCOMPARE(parallel.rows, sequential.rows);
        QVERIFY2(halves.duplicates > 0 && parallel.duplicates > 0,
            qPrintable(
                u"%1 / %2 duplicates dropped"_s.arg(halves.duplicates).arg(parallel.duplicates)));
    }

    // Slices that wait their turn go to spool files in the directory given (beside the output
    // file, in the window and on the command line), not to memory; the files go when it ends.
    void waitingSlicesSpoolToDiskAndLeaveNothing()
    {
        QTemporaryDir spool;
        QVERIFY(spool.isValid());
        const int f = 0;
        const qint64 lo = data().createdAt(f, 0);
        const qint64 hi = data().createdAt(f, 5999) + 1;
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        sandbox::FaultOptions slow;
        slow.latencyMs = 5; // slices overlap in time, so the later ones wait
        m_sandbox->setFaults(slow);
        Result sequential;
        Result parallel;
        QVERIFY(crawl(query(f, lo, hi, 100), 1, options, &sequential, -1, spool.path()));
        QCOMPARE(sequential.spooledBytes, 0); // one slice never waits
        QVERIFY(crawl(query(f, lo, hi, 100), 4, options, &parallel, -1, spool.path()));
        QVERIFY(!parallel.error.isError());
        QCOMPARE(parallel.bytes, sequential.bytes);
        qInfo("spooled %lld of %lld bytes; up to %d spool files at once", parallel.spooledBytes,
            qint64(parallel.bytes.size()), parallel.spoolFilesSeen);
        QVERIFY(
            parallel.spooledBytes > parallel.bytes.size() / 4); // the later slices waited on disk
        QVERIFY(parallel.spoolFilesSeen >= 1);
        QCOMPARE(spoolFiles(spool.path()), 0);

        // Cancelled, and failed: nothing left behind either.
        CrawlOptions crawlOptions;
        crawlOptions.query = query(f, lo, hi, 100);
        {
            ExportCrawl exporter(m_client.get(), crawlOptions, 4, options);
            exporter.setNow(QDateTime::fromSecsSinceEpoch(data().now(), Qt::UTC));
            exporter.setSpoolDirectory(spool.path());
            QSignalSpy finished(&exporter, &ExportCrawl::finished);
            bool sawSpool = false;
            connect(&exporter, &ExportCrawl::progress, this, [&] {
                if (spoolFiles(spool.path()) > 0 && !sawSpool) {
                    sawSpool = true;
                    exporter.cancel();
                }
            });
            exporter.start();
            QVERIFY(finished.wait(30000));
            QVERIFY(sawSpool);
            QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        }
        QCOMPARE(spoolFiles(spool.path()), 0);
    }

    // A spool directory that cannot be written fails the export loudly.
    void anUnwritableSpoolFailsTheExport()
    {
        const int f = 0;
        ExportOptions options;
        options.columns = { u"sid"_s };
        sandbox::FaultOptions slow;
        slow.latencyMs = 5;
        m_sandbox->setFaults(slow);
        Result result;
        QVERIFY(crawl(query(f, data().createdAt(f, 0), data().createdAt(f, 5999) + 1, 100), 4,
            options, &result, -1, u"/nonexistent/flowscope-spool"_s));
        QCOMPARE(result.error.kind, ApiError::Kind::LocalIo);
        QVERIFY2(result.error.userMessage().contains(u"/nonexistent/flowscope-spool"_s),
            qPrintable(result.error.userMessage()));
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
        Result sequential;
        Result parallel;
        QVERIFY(crawl(q, 1, options, &sequential));
        QVERIFY(crawl(q, 2, options, &parallel));
        QCOMPARE(parallel.bytes, sequential.bytes);
        QVERIFY(sequential.bytes.count(QString::fromLatin1(sandbox::isoUtc(t)).toLatin1()) >= 2);
    }

    // Every slice waits at the client's gate after a 429: no request goes out while it is closed,
    // and nothing is lost.
    void rateLimitedSlicesBackOffTogether()
    {
        sandbox::FaultOptions faults;
        faults.rateLimit = 20;
        m_sandbox->setFaults(faults);
        QSignalSpy closed(m_client->gate(), &RequestGate::closed);
        int sentWhileClosed = 0;
        int sent = 0;
        connect(m_client.get(), &StudioClient::requestStarted, this, [&] {
            ++sent;
            if (!m_client->gate()->isOpen())
                ++sentWhileClosed;
        });
        const int f = 0;
        const qint64 lo = data().createdAt(f, 0);
        const qint64 hi = data().createdAt(f, 5999) + 1;
        ExportOptions options;
        options.columns = { u"sid"_s };
        Result parallel;
        QVERIFY(crawl(query(f, lo, hi, 50), 4, options, &parallel));
        QVERIFY2(!parallel.error.isError(), qPrintable(parallel.error.userMessage()));
        QVERIFY(parallel.retries > 0); // it was limited…
        QVERIFY(closed.size() > 0); // …the gate closed…
        QCOMPARE(sentWhileClosed, 0); // …and no slice sent anything while it was
        QVERIFY(sent > 120);
        QCOMPARE(parallel.rows, qint64(6000)); // nothing was lost
        m_sandbox->setFaults({});
        Result sequential;
        QVERIFY(crawl(query(f, lo, hi, 1000), 1, options, &sequential));
        QCOMPARE(parallel.bytes, sequential.bytes);
    }

    void aFailingSliceFailsTheWhole()
    {
        failEveryRequest();
        ExportOptions options;
        options.columns = { u"sid"_s };
        Result result;
        QVERIFY(crawl(
            query(0, data().createdAt(0, 0), data().createdAt(0, 5000)), 4, options, &result));
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QVERIFY(result.bytes.isEmpty()); // not even the header
    }

    void aLimitIsSequentialOnly()
    {
        ExportOptions options;
        options.columns = { u"sid"_s };
        Result refused;
        QVERIFY(crawl(
            query(0, data().createdAt(0, 0), data().createdAt(0, 5000)), 4, options, &refused, 10));
        QCOMPARE(refused.error.kind, ApiError::Kind::InvalidInput);
        Result limited;
        QVERIFY(crawl(
            query(0, data().createdAt(0, 0), data().createdAt(0, 5000)), 1, options, &limited, 10));
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
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { u"export.csv"_s });

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
