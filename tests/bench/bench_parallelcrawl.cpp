// Exports of a whole range by `flowscope executions`, run as a person runs it, against the
// sandbox in its own process:
// 1. speed — 100,000 executions with 100 ms of latency per request: one sequential crawl against
//    four time slices, same output. Target: four slices at least 3× faster.
// 2. memory — 1,000,000 executions as JSONL (about 750 MB) with four slices and with one: the
//    peak resident memory of the flowscope process (VmHWM), the same bytes. Target: ≤ 150 MB,
//    however many rows: waiting slices spool to disk beside the output file.
// 3. the same million as an .xlsx workbook: time and peak resident memory (target ≤ 150 MB); the
//    rows counted back out of the zipped sheet.

#include "benchutil.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace {

struct Export
{
    double seconds = 0;
    QByteArray sha256;
    qint64 rows = 0;
    qint64 peakRssBytes = 0;
    bool ok = false;
};

// VmHWM of a running process: its peak resident memory so far.
qint64 peakRssOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// The <row> elements of a workbook's sheets, read with unzip: the header row included.
qint64 workbookRows(const QString &path)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
        { QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet*.xml") });
    if (!unzip.waitForStarted())
        return -1;
    qint64 rows = 0;
    QByteArray tail;
    while (unzip.state() != QProcess::NotRunning || unzip.bytesAvailable() > 0) {
        if (unzip.bytesAvailable() == 0 && !unzip.waitForReadyRead(30000))
            break;
        const QByteArray block = tail + unzip.readAll();
        rows += block.count("<row ");
        tail = block.right(4); // "<row " split across two reads: counted in the next block
        rows -= tail.count("<row ");
    }
    unzip.waitForFinished();
    return rows;
}

Export runExport(const bench::SandboxProcess &sandbox, const QString &path, const QString &slices,
    const QString &format)
{
    Export result;
    QElapsedTimer clock;
    clock.start();
    QProcess crawl;
    crawl.setProcessEnvironment(sandbox.env);
    crawl.start(QStringLiteral(FLOWSCOPE_BIN),
        { QStringLiteral("executions"), QStringLiteral("--flow"), sandbox.flowSid,
            QStringLiteral("--format"), format, QStringLiteral("--parallel"), slices,
            QStringLiteral("-o"), path });
    if (!crawl.waitForStarted())
        return result;
    // The peak as it grows, read until the process is gone (VmHWM only ever rises).
    while (!crawl.waitForFinished(20))
        result.peakRssBytes = std::max(result.peakRssBytes, peakRssOf(crawl.processId()));
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.ok = crawl.exitStatus() == QProcess::NormalExit && crawl.exitCode() == 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    result.sha256 = hash.result();
    file.seek(0);
    if (format == QStringLiteral("xlsx")) {
        result.rows = workbookRows(path);
    } else {
        while (!file.atEnd()) {
            const QByteArray block = file.read(16 * 1024 * 1024);
            result.rows += block.count('\n');
        }
    }
    file.remove();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    int failures = 0;

    // 1. Speed at 100 ms of latency.
    {
        const qint64 executions = bench::quick() ? 4000 : 100'000;
        bench::SandboxProcess sandbox;
        if (!sandbox.start(QString::number(executions), 100))
            return 1;
        const QString path = dir.filePath(QStringLiteral("speed.csv"));
        const Export sequential
            = runExport(sandbox, path, QStringLiteral("1"), QStringLiteral("csv"));
        const Export parallel
            = runExport(sandbox, path, QStringLiteral("4"), QStringLiteral("csv"));
        bench::report("range_sequential_seconds", sequential.seconds, "s",
            "one next_page_url chain, 100 ms latency");
        bench::report("range_parallel4_seconds", parallel.seconds, "s", "four time slices");
        bench::report("range_speedup", sequential.seconds / parallel.seconds, "x");
        bench::report("range_rows", double(parallel.rows - 1), "rows");
        const bool same = sequential.ok && parallel.ok && sequential.sha256 == parallel.sha256;
        bench::report(
            "range_identical", same ? 1 : 0, "bool", "the two files are byte for byte the same");
        failures += !same || parallel.rows - 1 != executions;
    }

    // 2. Memory for a million executions as JSONL.
    {
        const qint64 executions = bench::quick() ? 20'000 : 1'000'000;
        bench::SandboxProcess sandbox;
        if (!sandbox.start(QString::number(executions), 0))
            return 1;
        const QString path = dir.filePath(QStringLiteral("memory.jsonl"));
        const Export parallel
            = runExport(sandbox, path, QStringLiteral("4"), QStringLiteral("jsonl"));
        const Export sequential
            = runExport(sandbox, path, QStringLiteral("1"), QStringLiteral("jsonl"));
        bench::report("export_jsonl_rows", double(parallel.rows), "rows");
        bench::report("export_jsonl_parallel4_peak_rss_mb",
            double(parallel.peakRssBytes) / (1024.0 * 1024.0), "MB",
            "flowscope's VmHWM, four slices");
        bench::report("export_jsonl_sequential_peak_rss_mb",
            double(sequential.peakRssBytes) / (1024.0 * 1024.0), "MB", "one slice");
        bench::report("export_jsonl_parallel4_seconds", parallel.seconds, "s");
        bench::report("export_jsonl_sequential_seconds", sequential.seconds, "s");
        const bool same = sequential.ok && parallel.ok && sequential.sha256 == parallel.sha256;
        bench::report("export_jsonl_identical", same ? 1 : 0, "bool");
        failures += !same || parallel.rows != executions;

        // 3. The same million as a workbook.
        const QString workbook = dir.filePath(QStringLiteral("memory.xlsx"));
        const Export xlsx
            = runExport(sandbox, workbook, QStringLiteral("4"), QStringLiteral("xlsx"));
        bench::report("export_xlsx_rows", double(xlsx.rows - 1), "rows", "counted in the sheet");
        bench::report("export_xlsx_parallel4_peak_rss_mb",
            double(xlsx.peakRssBytes) / (1024.0 * 1024.0), "MB", "flowscope's VmHWM, target 150");
        bench::report("export_xlsx_parallel4_seconds", xlsx.seconds, "s");
        // Memory is judged at full size: the quick run is under ASan in CI, which inflates it.
        const bool withinMemory = bench::quick() || xlsx.peakRssBytes <= 150LL * 1024 * 1024;
        failures += !xlsx.ok || xlsx.rows - 1 != executions || !withinMemory;
    }
    return failures == 0 ? 0 : 2;
}
