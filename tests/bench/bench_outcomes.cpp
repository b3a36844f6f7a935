// Outcomes of 1,000 executions with 50 ms of latency per request: each one's steps, and its
// context where the steps cannot decide (most of them: an HTTP widget that succeeded), with the
// default bound on requests in flight. Reports the time to the last outcome and the most
// requests the server saw at once, which must never pass the bound. Target: 8 s.

#include "benchutil.h"
#include "outcome/outcomefetcher.h"

#include <QElapsedTimer>
#include <QEventLoop>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sandbox::SandboxOptions options;
    options.data.flows = 3; // messaging (steps and context), voice, API
    options.data.executionsPerFlow = 5000;
    bench::LocalSandbox local(options);
    if (!local.start())
        return 1;
    auto &[server, client] = local;

    const int wanted = bench::quick() ? 200 : 1000;
    const sandbox::SandboxData &data = server.data();
    flowscope::OutcomeFetcher fetcher(&client);
    int answered = 0;
    int unknown = 0;
    int failed = 0;
    QObject::connect(&fetcher, &flowscope::OutcomeFetcher::outcomeReady, &fetcher,
        [&](const flowscope::OutcomeTarget &, const flowscope::OutcomeResult &result) {
            ++answered;
            unknown += result.outcome.isKnown() ? 0 : 1;
            failed += result.outcome.failed() ? 1 : 0;
        });
    qint64 requests = 0;
    QObject::connect(&client, &flowscope::StudioClient::requestStarted, &client,
        [&requests](const QByteArray &, const QUrl &) { ++requests; });
    QEventLoop loop;
    QObject::connect(&fetcher, &flowscope::OutcomeFetcher::idle, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    // The newest executions of the messaging flow: the costliest, two requests nearly each.
    for (qint64 i = data.executionCount(0) - 1; i >= data.executionCount(0) - wanted; --i)
        fetcher.enqueue({ QString::fromLatin1(data.flow(0).sid),
            QString::fromLatin1(data.execution(0, i).sid), data.isActive(0, i) });
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    bench::report("outcomes_seconds", seconds, "s",
        "1,000 executions' outcomes at 50 ms latency, default concurrency; target <= 8");
    bench::report("outcomes_requests", double(requests), "requests", "steps, and contexts");
    bench::report("outcomes_failed", double(failed), "executions");
    bench::report("outcomes_most_in_flight", double(server.mostInFlight()), "requests",
        "seen by the server at once; the bound is 16");
    const bool ok = answered == wanted && unknown == 0
        && server.mostInFlight() <= flowscope::OutcomeFetcher::kDefaultConcurrency
        && (bench::quick() || seconds <= 8.0);
    return ok ? 0 : 2;
}
