// Ending 1,000 stuck executions with 50 ms of latency per request: finding them (Studio v2's
// status filter) and ending them (a read and one POST each, four at a time). Reports the time and
// the most requests the server saw in flight at once, which must never pass the bound.

#include "benchutil.h"
#include "bulk/endjob.h"
#include "bulk/stuckfinder.h"

#include <QElapsedTimer>
#include <QEventLoop>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sandbox::SandboxOptions options;
    options.data.flows = 1;
    // About 2% of the sandbox's executions are active.
    options.data.executionsPerFlow = bench::quick() ? 3000 : 52'000;
    bench::LocalSandbox local(options);
    if (!local.start())
        return 1;
    auto &[server, client] = local;

    QElapsedTimer clock;
    clock.start();
    flowscope::StuckFinder finder(&client, { QString::fromLatin1(server.data().flow(0).sid) },
        QDateTime::currentDateTimeUtc().addSecs(-60));
    QEventLoop loop;
    QObject::connect(&finder, &flowscope::StuckFinder::finished, &loop, &QEventLoop::quit);
    finder.start();
    loop.exec();
    const double findSeconds = double(clock.nsecsElapsed()) / 1e9;
    QList<flowscope::EndTarget> targets;
    for (const flowscope::Execution &e : finder.found()) {
        targets << flowscope::EndTarget { e.flowSid, e.sid, e.contactAddress, e.createdText };
        if (!bench::quick() && targets.size() == 1000)
            break;
    }
    server.resetMostInFlight();
    clock.restart();
    flowscope::EndJob job(&client, targets);
    QObject::connect(&job, &flowscope::EndJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    const double endSeconds = double(clock.nsecsElapsed()) / 1e9;
    bench::report(
        "bulk_find_seconds", findSeconds, "s", "the active ones of 52,000, 50 ms latency");
    bench::report("bulk_targets", double(targets.size()), "executions");
    bench::report("bulk_end_seconds", endSeconds, "s", "a read and one POST each, 4 at a time");
    bench::report(
        "bulk_ended", double(job.count(flowscope::EndOutcome::Result::Ended)), "executions");
    bench::report("bulk_most_in_flight", double(server.mostInFlight()), "requests",
        "seen by the server at once; the bound is 4");
    return job.count(flowscope::EndOutcome::Result::Ended) == targets.size()
            && server.mostInFlight() <= flowscope::EndJob::kDefaultConcurrency
        ? 0
        : 2;
}
