// A full-range export of 100,000 executions from the sandbox with 100 ms of latency per request:
// one sequential crawl against four time slices at once, in the same run, same output.
// Target: four slices at least 3x faster.

#include "benchutil.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString executions = bench::quick() ? QStringLiteral("4000") : QStringLiteral("100000");
    bench::SandboxProcess sandbox;
    if (!sandbox.start(executions, 100))
        return 1;
    const QString &flow = sandbox.flowSid;
    const QProcessEnvironment &env = sandbox.env;

    QTemporaryDir dir;
    const auto run = [&](const QString &slices, double *seconds) {
        const QString path = dir.filePath(QStringLiteral("out-%1.csv").arg(slices));
        QElapsedTimer clock;
        clock.start();
        QProcess crawl;
        crawl.setProcessEnvironment(env);
        crawl.start(QStringLiteral(FLOWSCOPE_BIN),
            { QStringLiteral("executions"), QStringLiteral("--flow"), flow,
                QStringLiteral("--parallel"), slices, QStringLiteral("-o"), path });
        crawl.waitForFinished(900000);
        *seconds = double(clock.nsecsElapsed()) / 1e9;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        return std::pair(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), bytes.count('\n') - 1);
    };
    double sequential = 0;
    double parallel = 0;
    const auto [sequentialHash, sequentialRows] = run(QStringLiteral("1"), &sequential);
    const auto [parallelHash, parallelRows] = run(QStringLiteral("4"), &parallel);
    bench::report(
        "range_sequential_seconds", sequential, "s", "one next_page_url chain, 100 ms latency");
    bench::report("range_parallel4_seconds", parallel, "s", "four time slices");
    bench::report("range_speedup", sequential / parallel, "x");
    bench::report("range_rows", double(parallelRows), "rows");
    bench::report("range_identical", sequentialHash == parallelHash ? 1 : 0, "bool",
        "the two files are byte for byte the same");
    return sequentialHash == parallelHash && parallelRows == executions.toLongLong() ? 0 : 2;
}
