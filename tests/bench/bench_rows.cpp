// Memory of loaded rows: 1,000,000 executions loaded through ExecutionsModel from the sandbox.
// Target: at most 200 bytes per execution row without context.

#include "benchutil.h"
#include "executions/executionsmodel.h"
#include "support/processmemory.h"

#include <QElapsedTimer>
#include <QEventLoop>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 total = bench::quick() ? 20'000 : 1'000'000;
    sandbox::SandboxOptions options;
    options.data.flows = 1;
    options.data.executionsPerFlow = total;
    sandbox::SandboxThread server(options);
    if (!server.startServer())
        return 1;
    flowscope::StudioClient client;
    client.setSettings(bench::settingsFor(server));

    // The flow SID from the sandbox's own data, so this benchmark needs no flows request.
    const sandbox::SandboxData data(options.data);
    flowscope::ExecutionsModel model(&client);
    const qint64 before = residentBytes();
    QElapsedTimer clock;
    clock.start();
    flowscope::ExecutionQuery query;
    query.flowSid = QString::fromLatin1(data.flow(0).sid);
    query.pageSize = 1000;
    bench::load(model, query, true);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 grown = residentBytes() - before;
    bench::report("rows_loaded", double(model.rowCount()), "rows");
    bench::report("bytes_per_row", double(model.memoryBytes()) / model.rowCount(), "bytes/row",
        "the store's own accounting");
    bench::report("rss_bytes_per_row", double(grown) / model.rowCount(), "bytes/row",
        "process resident memory growth, all included");
    bench::report("load_rows_per_s", model.rowCount() / seconds, "rows/s",
        "through fetchMore, parse off the GUI thread");
    return model.rowCount() == total ? 0 : 1;
}
