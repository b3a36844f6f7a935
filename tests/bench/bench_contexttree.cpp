// A 10 MB execution context, from its JSON text to a tree view showing its first level.
// Target: at most 100 ms. (The parse runs on a worker in the window; here it is timed inline.)

#include "benchutil.h"
#include "detail/jsontreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTreeView>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    sandbox::SandboxConfig config;
    config.flows = 1;
    config.executionsPerFlow = 300;
    config.bigContextBytes = bench::quick() ? 1024 * 1024 : 10 * 1024 * 1024;
    const sandbox::SandboxData data(config);
    const QByteArray json = QJsonDocument(data.context(0, 249)).toJson(QJsonDocument::Compact);

    QTreeView view;
    view.setUniformRowHeights(true);
    view.resize(900, 700);
    view.show();
    flowscope::JsonTreeModel model;
    view.setModel(&model);
    QCoreApplication::processEvents();

    double best = 1e9;
    double parseBest = 1e9;
    for (int round = 0; round < 5; ++round) {
        model.clear();
        QCoreApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        const auto document = flowscope::JsonDocument::parse(json);
        const double parsed = double(clock.nsecsElapsed()) / 1e6;
        model.setDocument(document);
        view.repaint(); // the first level, painted
        best = std::min(best, double(clock.nsecsElapsed()) / 1e6);
        parseBest = std::min(parseBest, parsed);
    }
    bench::report("context_bytes", double(json.size()), "bytes");
    bench::report("context_first_level_ms", best, "ms", "parse + first level + paint, best of 5");
    bench::report("context_parse_ms", parseBest, "ms", "simdjson DOM");
    bench::report("context_nodes_created", double(model.nodeCount()), "nodes",
        "of the whole document, when the first level shows");
    return model.rowCount() == 3 ? 0 : 1;
}
