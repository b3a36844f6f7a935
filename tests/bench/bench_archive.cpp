// The archive's sync against the export crawl it is built on, at 10 ms latency: the same
// executions with their steps and contexts, once exported (`executions --outcome --context`:
// four slices a flow, 16 requests in flight) and once synced into an encrypted file (one flow at
// a time with 16 in flight, then the default: flows side by side). Then what the file costs per
// execution against the JSON it holds, and what a second sync with nothing new costs.

#include "archive/archivesync.h"
#include "benchutil.h"
#include "export/exportcrawl.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

const QByteArray kKey = "0b5e7d3c9a1f24680b5e7d3c9a1f24680b5e7d3c9a1f24680b5e7d3c9a1f2468";

// Every flow exported in turn; the rows written.
qint64 exportAll(bench::LocalSandbox &local, int flows)
{
    qint64 rows = 0;
    for (int f = 0; f < flows; ++f) {
        CrawlOptions crawl;
        crawl.query.flowSid = QString::fromLatin1(local.server.data().flow(f).sid);
        crawl.query.pageSize = 1000;
        crawl.fetchContexts = true;
        crawl.fetchOutcomes = true;
        crawl.keepRaw = true;
        ExportOptions format;
        format.format = ExportFormat::Jsonl;
        format.includeContext = true;
        format.includeOutcome = true;
        ExportCrawl exporter(&local.client, crawl, 4, format);
        QEventLoop loop;
        QObject::connect(&exporter, &ExportCrawl::finished, &loop, &QEventLoop::quit);
        exporter.start();
        loop.exec();
        rows += exporter.rowsWritten();
    }
    return rows;
}

// One sync; its counts, or nullopt when it failed.
std::optional<ArchiveSyncCounts> syncOnce(
    bench::LocalSandbox &local, Archive &archive, int parallelFlows)
{
    ArchiveSyncOptions options;
    options.parallelFlows = parallelFlows;
    ArchiveSync sync(&local.client, &archive, options);
    QEventLoop loop;
    ApiError result;
    QObject::connect(&sync, &ArchiveSync::finished, &loop, [&](const ApiError &error) {
        result = error;
        loop.quit();
    });
    sync.start();
    loop.exec();
    if (result.isError()) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(result.userMessage()));
        return std::nullopt;
    }
    return sync.counts();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int flows = 3;
    const qint64 perFlow = bench::quick() ? 200 : 3000;
    sandbox::SandboxOptions options;
    options.data.flows = flows;
    options.data.executionsPerFlow = perFlow;
    options.data.seed = 9;
    options.data.now = QDateTime::currentSecsSinceEpoch();
    bench::LocalSandbox local(options, 10);
    QTemporaryDir dir;
    if (!local.start() || !dir.isValid())
        return 1;

    QElapsedTimer clock;
    clock.start();
    const qint64 exported = exportAll(local, flows);
    const double exportSeconds = double(clock.nsecsElapsed()) / 1e9;
    bench::report("archive_export_rows_per_second", double(exported) / exportSeconds, "rows/s",
        "executions --outcome --context, 4 slices, 16 in flight");

    double firstRequests = 0;
    for (const int parallel : { 1, 4 }) {
        ArchiveLocation location;
        location.path = dir.filePath(u"archive-%1.db"_s.arg(parallel));
        ArchiveError error;
        auto archive = Archive::open(
            location, kKey, QString::fromLatin1(local.server.accountSid()), true, &error);
        if (!archive) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        const qint64 before = local.server.requestCount();
        clock.restart();
        const auto counts = syncOnce(local, *archive, parallel);
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (!counts || counts->written != exported)
            return 1;
        const double rate = double(counts->written) / seconds;
        bench::report(parallel == 1 ? "archive_sync_rows_per_second_one_flow_at_a_time"
                                    : "archive_sync_rows_per_second_flows_side_by_side",
            rate, "rows/s",
            qPrintable(u"%1 % of the export's"_s.arg(
                100.0 * rate * exportSeconds / double(exported), 0, 'f', 0)));
        if (parallel != 1)
            continue;
        firstRequests = double(local.server.requestCount() - before);

        // The file against the JSON it holds (the execution objects, contexts and steps).
        qint64 json = 0;
        for (int f = 0; f < flows; ++f) {
            ArchiveRange range;
            range.flowSid = QString::fromLatin1(local.server.data().flow(f).sid);
            range.limit = 1000;
            for (;;) {
                const QList<ArchivedExecution> rows = archive->range(range, &error);
                if (rows.isEmpty())
                    break;
                for (const ArchivedExecution &row : rows)
                    json += row.raw.size() + row.context.size() + row.steps.size();
                range.continueAfter(rows.last());
            }
        }
        const qint64 second = local.server.requestCount();
        if (!syncOnce(local, *archive, parallel))
            return 1;
        bench::report("archive_second_sync_requests_share",
            100.0 * double(local.server.requestCount() - second) / firstRequests, "%",
            "of the first sync's requests, nothing new");
        archive.reset(); // closed: the write-ahead log folded into the file
        const qint64 size = QFileInfo(location.path).size();
        bench::report("archive_bytes_per_execution", double(size) / double(exported), "bytes");
        bench::report("archive_size_to_json", double(size) / double(json), "x",
            qPrintable(u"%1 bytes of JSON an execution"_s.arg(json / exported)));
    }
    return 0;
}
