// What changed, timed:
//  1. What a publish changed, at Studio's limit of 1,000 widgets: two definitions (a realistic
//     body, URL and offset on each widget, three transitions) compared from their JSON text — as
//     `flowscope diff` reads two files — with 5 % moved, 2 % changed, 1 % removed and 10 added.
//     Budget: 20 ms. --quick: 200 widgets.
//  2. `flowscope compare` of two executions whose contexts are 1 MB each, at 50 ms latency, the
//     whole command as a person runs it (median of five). Budget: 1.5 s.
//  3. `flowscope summary --by revision` against `--by hour` over 100,000 executions at 10 ms
//     latency (v2's list, which says each one's revision, against v1's), taken in turns, median
//     of five each. Budget: within 10 % of --by hour. --quick: 5,000 executions, one each.

#include "benchutil.h"
#include "diagram/definitiondiff.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

QJsonObject widget(int n, int widgets)
{
    QJsonArray transitions;
    if (n + 1 < widgets)
        transitions.append(
            QJsonObject { { u"event"_s, u"success"_s }, { u"next"_s, u"widget_%1"_s.arg(n + 1) } });
    transitions.append(QJsonObject {
        { u"event"_s, u"failed"_s }, { u"next"_s, u"widget_%1"_s.arg((n * 7) % widgets) } });
    transitions.append(QJsonObject { { u"event"_s, u"timeout"_s } });
    return QJsonObject { { u"name"_s, u"widget_%1"_s.arg(n) },
        { u"type"_s, n % 3 ? u"send-message"_s : u"make-http-request"_s },
        { u"transitions"_s, transitions },
        { u"properties"_s,
            QJsonObject {
                { u"offset"_s,
                    QJsonObject { { u"x"_s, (n % 25) * 320 }, { u"y"_s, (n / 25) * 240 } } },
                { u"body"_s,
                    u"Hi {{contact.channel.address}}, your order %1 is on its way. Reply STOP "
                    "to stop."_s.arg(n) },
                { u"url"_s, u"https://api.example.com/orders/{{flow.data.order}}/%1"_s.arg(n) },
                { u"from"_s, u"{{flow.channel.address}}"_s } } } };
}

// 2: the command against a sandbox of its own process, two of its 1 MB contexts.
bool timeCompare()
{
    constexpr qint64 kNow = 1795824000;
    bench::SandboxProcess sandbox;
    if (!sandbox.start(u"1000"_s, 50, false,
            { u"--now"_s, QString::fromLatin1(sandbox::isoUtc(kNow)), u"--big-context-bytes"_s,
                u"1048576"_s }))
        return false;
    sandbox::SandboxConfig config;
    config.flows = 1;
    config.executionsPerFlow = 1000;
    config.now = kNow;
    config.bigContextBytes = 1048576;
    const sandbox::SandboxData data(config);
    QStringList big;
    for (qint64 i = 0; i < data.executionCount(0) && big.size() < 2; ++i) {
        if (data.isBigContext(0, i))
            big << QString::fromLatin1(data.execution(0, i).sid);
    }
    if (big.size() < 2)
        return false;
    QList<double> runs;
    for (int run = 0; run < (bench::quick() ? 1 : 5); ++run) {
        QProcess command;
        command.setProcessEnvironment(sandbox.env);
        QElapsedTimer clock;
        clock.start();
        command.start(QStringLiteral(FLOWSCOPE_BIN),
            { u"compare"_s, big[0], big[1], u"--flow"_s, QString::fromLatin1(data.flow(0).sid) });
        if (!command.waitForFinished(30000) || command.exitCode() != 0) {
            std::fprintf(
                stderr, "compare failed: %s\n", command.readAllStandardError().constData());
            return false;
        }
        runs << double(clock.nsecsElapsed()) / 1e9;
    }
    std::sort(runs.begin(), runs.end());
    const double median = runs[runs.size() / 2];
    bench::report("compare_seconds", median, "s",
        "flowscope compare, two 1 MB contexts, 50 ms latency, median; target <= 1.5");
    return bench::quick() || median <= 1.5;
}

// 3: the two summaries over the same range, in turns so that a slower minute weighs on both.
bool timeSummaryByRevision()
{
    constexpr qint64 kNow = 1795824000;
    const QString executions = bench::quick() ? u"5000"_s : u"100000"_s;
    bench::SandboxProcess sandbox;
    if (!sandbox.start(
            executions, 10, false, { u"--now"_s, QString::fromLatin1(sandbox::isoUtc(kNow)) }))
        return false;
    const QStringList range { u"--from"_s, QString::fromLatin1(sandbox::isoUtc(kNow - 30 * 86400)),
        u"--to"_s, QString::fromLatin1(sandbox::isoUtc(kNow)) };
    QList<double> times[2];
    QByteArray totals[2];
    const QString by[2] = { u"hour"_s, u"revision"_s };
    for (int run = 0; run < (bench::quick() ? 1 : 5); ++run) {
        for (int k = 0; k < 2; ++k) {
            QProcess command;
            command.setProcessEnvironment(sandbox.env);
            QElapsedTimer clock;
            clock.start();
            command.start(QStringLiteral(FLOWSCOPE_BIN),
                QStringList { u"summary"_s, u"--by"_s, by[k], u"--flow"_s, sandbox.flowSid,
                    u"--format"_s, u"jsonl"_s }
                    + range);
            if (!command.waitForFinished(120000) || command.exitCode() != 0) {
                std::fprintf(stderr, "summary --by %s failed: %s\n", qPrintable(by[k]),
                    command.readAllStandardError().constData());
                return false;
            }
            times[k] << double(clock.nsecsElapsed()) / 1e9;
            qint64 total = 0;
            for (const QByteArray &line : command.readAllStandardOutput().trimmed().split('\n'))
                total += QJsonDocument::fromJson(line).object().value(u"executions"_s).toInteger();
            totals[k] = QByteArray::number(total);
        }
    }
    if (totals[0] != totals[1] || totals[0] != executions.toLatin1()) {
        std::fprintf(stderr, "counted %s by hour and %s by revision of %s\n", totals[0].constData(),
            totals[1].constData(), qPrintable(executions));
        return false;
    }
    for (QList<double> &t : times)
        std::sort(t.begin(), t.end());
    const double hour = times[0][times[0].size() / 2];
    const double revision = times[1][times[1].size() / 2];
    const QByteArray note = executions.toLatin1() + " executions, 10 ms latency, median";
    bench::report("summary_by_hour_seconds", hour, "s", note.constData());
    bench::report("summary_by_revision_seconds", revision, "s", note.constData());
    bench::report("summary_by_revision_ratio", revision / hour, "x", "target <= 1.10");
    return bench::quick() || revision <= hour * 1.10;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int widgets = bench::quick() ? 200 : 1000;
    QJsonArray before;
    QJsonArray after;
    for (int n = 0; n < widgets; ++n) {
        QJsonObject w = widget(n, widgets);
        before.append(w);
        if (n % 100 == 50)
            continue; // removed
        QJsonObject p = w.value(u"properties"_s).toObject();
        if (n % 20 == 3) { // moved
            QJsonObject offset = p.value(u"offset"_s).toObject();
            offset.insert(u"x"_s, offset.value(u"x"_s).toInt() + 40);
            p.insert(u"offset"_s, offset);
        }
        if (n % 50 == 7) // changed
            p.insert(u"body"_s, u"Your order is delayed."_s);
        w.insert(u"properties"_s, p);
        after.append(w);
    }
    for (int n = 0; n < 10; ++n)
        after.append(widget(widgets + n, widgets + 10));
    const QByteArray a = QJsonDocument(QJsonObject { { u"states"_s, before } }).toJson();
    const QByteArray b = QJsonDocument(QJsonObject { { u"states"_s, after } }).toJson();

    QList<double> times;
    qsizetype changes = 0;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer clock;
        clock.start();
        QString why;
        const auto x = DefinitionDiff::definitionOf(a, &why);
        const auto y = DefinitionDiff::definitionOf(b, &why);
        if (!x || !y)
            return 1;
        changes = DefinitionDiff::compare(*x, *y).size();
        times << double(clock.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    const QByteArray note = QByteArray::number(widgets) + " widgets, " + QByteArray::number(changes)
        + " changes, " + QByteArray::number(a.size() / 1024) + " KB each; from the text";
    bench::report("diff_definitions_median", times[times.size() / 2], "ms", note.constData());
    bench::report("diff_definitions_max", times.last(), "ms");
    const qsizetype expected = widgets / 20 + widgets / 50 + widgets / 100 + 10;
    if (changes < expected - widgets / 100 || changes > expected) {
        std::fprintf(stderr, "expected about %lld changes, found %lld\n",
            static_cast<long long>(expected), static_cast<long long>(changes));
        return 1;
    }
    if (!bench::quick() && times[times.size() / 2] > 20) {
        std::fprintf(stderr, "over budget: %.1f ms (budget 20 ms)\n", times[times.size() / 2]);
        return 1;
    }
    const bool compared = timeCompare();
    return compared && timeSummaryByRevision() ? 0 : 1;
}
