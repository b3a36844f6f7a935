// CSV writing throughput: executions rendered by the export renderer (the same code as the
// window's export and the command line) into a file. Target: at least 200 MB/s. Memory must
// not grow with the number of rows: the resident size is reported before and after.

#include "benchutil.h"
#include "export/executioncrawler.h"
#include "export/exportformat.h"
#include "support/processmemory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Real pages from the generator, parsed as the crawler parses them.
    sandbox::SandboxConfig config;
    config.flows = 1;
    config.executionsPerFlow = 1000;
    const sandbox::SandboxData data(config);
    QByteArray body = R"({"executions":[)";
    for (qint64 i = 999; i >= 0; --i) {
        const sandbox::ExecutionRecord e = data.execution(0, i);
        body += (i == 999 ? "" : ",") + QByteArray(R"({"sid":")") + e.sid + R"(","flow_sid":")"
            + data.flow(0).sid + R"(","contact_sid":")" + e.contactSid
            + R"(","contact_channel_address":")" + e.contactAddress.toUtf8() + R"(","status":")"
            + (e.active ? "active" : "ended") + R"(","date_created":")"
            + sandbox::isoUtc(e.dateCreated) + R"(","date_updated":")"
            + sandbox::isoUtc(e.dateUpdated ? e.dateUpdated : e.dateCreated) + R"("})";
    }
    body += R"(],"meta":{"key":"executions","next_page_url":null}})";
    flowscope::CrawledPage page;
    page.page = flowscope::parseExecutionsPage(body, QString::fromLatin1(data.flow(0).sid));
    page.rowCount = qsizetype(page.page.rows.size());

    flowscope::ExportOptions options;
    options.columns = flowscope::RowRenderer::defaultColumns();
    options.bom = true;
    const flowscope::RowRenderer renderer(options, QString::fromLatin1(data.flow(0).sid));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("bench.csv")));
    file.open(QIODevice::WriteOnly);
    const int pages = bench::quick() ? 20 : 1000; // a million rows
    qint64 bytes = 0;
    qint64 rssAfterFirst = 0;
    QElapsedTimer clock;
    clock.start();
    flowscope::CsvWriter writer(&file);
    writer.writeEncoded(renderer.header());
    for (int p = 0; p < pages; ++p) {
        const QByteArray chunk = renderer.render(page);
        bytes += chunk.size();
        writer.writeEncoded(chunk);
        if (p == 10)
            rssAfterFirst = residentBytes();
    }
    writer.flush();
    file.close();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    bench::report("csv_rows", double(pages) * 1000, "rows");
    bench::report("csv_mb_per_s", double(bytes) / seconds / 1e6, "MB/s",
        "render + write, default columns, guard on");
    bench::report("csv_rss_growth_mb", double(residentBytes() - rssAfterFirst) / 1e6, "MB",
        "from 10,000 rows to the end");
    return writer.ok() ? 0 : 1;
}
