// What Follow costs while nothing happens: requests per minute the live tail sends with no new
// executions and no active row on screen, at the default interval (10 s) for a minute, and with
// the eight active rows on screen it reads again at most. --quick: the 2 s minimum for 6 s.

#include "benchutil.h"
#include "executions/executionsmodel.h"
#include "executions/livetail.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sandbox::SandboxOptions options;
    options.data.flows = 1;
    options.data.executionsPerFlow = 20'000;
    sandbox::SandboxThread server(options);
    if (!server.startServer())
        return 1;
    flowscope::StudioClient client;
    client.setSettings(bench::settingsFor(server));
    const sandbox::SandboxData data(options.data);
    flowscope::ExecutionsModel model(&client);
    flowscope::ExecutionQuery query;
    query.flowSid = QString::fromLatin1(data.flow(0).sid);
    query.from = QDateTime::currentDateTimeUtc().addDays(-1);
    bench::load(model, query, false);
    QEventLoop loop;

    const int intervalMs = bench::quick() ? 2'000 : flowscope::LiveTail::kDefaultIntervalMs;
    const int runMs = bench::quick() ? 6'000 : 60'000;
    const auto requestsPerMinute = [&](const QStringList &watched) {
        flowscope::LiveTail tail(&client, &model);
        tail.setIntervalMs(intervalMs);
        tail.setWatched(watched);
        tail.start();
        QTimer::singleShot(runMs, &loop, &QEventLoop::quit);
        loop.exec();
        return double(tail.requestsSent()) * 60'000.0 / runMs;
    };
    const double idle = requestsPerMinute({});
    QStringList active;
    for (qint64 i = data.executionCount(0) - 1; i >= 0 && active.size() < 8; --i) {
        if (data.isActive(0, i))
            active << QString::fromLatin1(data.execution(0, i).sid);
    }
    const double watching = requestsPerMinute(active);
    bench::report("tail_idle_requests_per_min", idle, "requests/min",
        bench::quick() ? "at the 2 s minimum" : "at the default 10 s");
    bench::report("tail_watching_requests_per_min", watching, "requests/min",
        "with 8 active rows on screen read again each poll");
    return idle > 0 ? 0 : 2;
}
