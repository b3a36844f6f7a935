// The longest GUI-thread stall while 200,000 rows load through fetchMore into a table view
// (offscreen), the sandbox on its own thread. A 1 ms timer on the GUI thread measures the gaps.
// Target: never more than 16 ms.

#include "benchutil.h"
#include "executionsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 total = bench::quick() ? 20'000 : 200'000;
    sandbox::SandboxOptions options;
    options.data.flows = 1;
    options.data.executionsPerFlow = total;
    sandbox::SandboxThread server(options);
    if (!server.startServer())
        return 1;
    flowscope::StudioClient client;
    client.setSettings(bench::settingsFor(server));
    const sandbox::SandboxData data(options.data);

    flowscope::ExecutionsModel model(&client);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.resize(1200, 800);
    view.show();

    // Follow the bottom as a user scrolling down would; every page lands while painting goes on.
    QObject::connect(
        &model, &flowscope::ExecutionsModel::pageLoaded, &view, [&] { view.scrollToBottom(); });

    QElapsedTimer sinceTick;
    qint64 worstNs = 0;
    qint64 ticks = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        worstNs = std::max(worstNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
        ++ticks;
    });

    QEventLoop loop;
    QObject::connect(&model, &flowscope::ExecutionsModel::completed, &loop, &QEventLoop::quit);
    QObject::connect(&model, &flowscope::ExecutionsModel::errorOccurred, &loop, &QEventLoop::quit);
    flowscope::ExecutionQuery query;
    query.flowSid = QString::fromLatin1(data.flow(0).sid);
    query.pageSize = 1000;
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    probe.start();
    model.setQuery(query);
    model.loadAll();
    loop.exec();
    probe.stop();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    // The probe's own 1 ms period is not a stall.
    const double stallMs = std::max(0.0, double(worstNs) / 1e6 - 1.0);
    bench::report("gui_longest_stall_ms", stallMs, "ms",
        "while rows load through fetchMore into a QTableView");
    bench::report("gui_rows_loaded", double(model.rowCount()), "rows");
    bench::report("gui_load_seconds", seconds, "s");
    bench::report("gui_probe_ticks", double(ticks), "ticks");
    return model.rowCount() == total ? 0 : 1;
}
