// flowscope summary: a range of executions counted for a report — per time bucket, or per
// outcome (where they ended, by which event), over the parallel time slices.

#include "cli.h"

#include "clisupport.h"
#include "export/csvwriter.h"
#include "export/summarycrawl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); // …Z
}

// One record: csv/tsv through the writer, jsonl as an object with the columns as members
// (numbers as numbers).
void writeRecord(CsvWriter &writer, QIODevice *device, ExportFormat format,
    const QStringList &columns, const QList<QVariant> &values, bool *ok)
{
    if (format != ExportFormat::Jsonl) {
        QStringList fields;
        for (const QVariant &value : values)
            fields << value.toString();
        writer.writeRow(fields);
        return;
    }
    QByteArray line = "{";
    for (qsizetype k = 0; k < columns.size(); ++k) {
        const QByteArray pair
            = QJsonDocument(QJsonArray { columns[k], QJsonValue::fromVariant(values[k]) })
                  .toJson(QJsonDocument::Compact);
        // ["name",value] -> "name":value
        const qsizetype comma = pair.indexOf("\",") + 1;
        line += (k ? "," : "") + pair.mid(1, comma - 1) + ':' + pair.mid(comma + 1).chopped(1);
    }
    line += "}\n";
    if (device->write(line) != line.size())
        *ok = false;
}

} // namespace

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Count a range of executions for a report: per 5 minutes, hour or day (every "
               "bucket, empty ones too, starting in UTC), or per outcome — the widget they ended "
               "on and the last event, most frequent first."));
    Common common;
    common.format = QCommandLineOption(
        u"format"_s, Tr::tr("csv (default), tsv or jsonl."), u"format"_s, u"csv"_s);
    const QCommandLineOption flow(
        u"flow"_s, Tr::tr("The flow's SID (repeatable: their counts add up). Required."), u"sid"_s);
    const QCommandLineOption from(
        u"from"_s, Tr::tr("From T (default: 30 days ago, all Studio keeps)."), u"T"_s);
    const QCommandLineOption to(u"to"_s, Tr::tr("Before T (default: now)."), u"T"_s);
    const QCommandLineOption by(u"by"_s,
        Tr::tr("5m, hour or day: one row per bucket (bucket_start, executions, active, ended); "
               "outcome: one row per (ended_at, last_event) with executions, failed, unknown."),
        u"what"_s);
    const QCommandLineOption outcomes(u"outcomes"_s,
        Tr::tr("With --by 5m|hour|day: read each execution's steps and add failed and unknown "
               "columns (implied by --by outcome)."));
    const QCommandLineOption parallel(
        u"parallel"_s, Tr::tr("Crawl K time slices at once (default 4)."), u"k"_s, u"4"_s);
    const QCommandLineOption concurrency(u"concurrency"_s,
        Tr::tr("Steps requests in flight at most (default %1).")
            .arg(OutcomeFetcher::kDefaultConcurrency),
        u"n"_s);
    parser.addOptions(
        { flow, from, to, by, outcomes, parallel, concurrency, common.format, common.output,
            common.baseUrl, common.timeout, common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto values = parseCommon(parser, common, arguments, &exitCode);
    if (!values)
        return exitCode;

    // Everything is checked before any request.
    SummaryRequest request;
    if (!parseSidOption(parser, flow, "FW", Tr::tr("a flow SID"), &request.flows))
        return Usage;
    if (request.flows.isEmpty()) {
        printError(Tr::tr("--flow is required (see --help)"));
        return Usage;
    }
    request.flows.removeDuplicates();
    const QString byWhat = parser.value(by);
    const bool byOutcome = byWhat == u"outcome"_s;
    const auto size = bucketSizeFromName(byWhat);
    if (!byOutcome && !size) {
        printError(byWhat.isEmpty()
                ? Tr::tr("--by is required: 5m, hour, day or outcome")
                : Tr::tr("--by '%1' is not 5m, hour, day or outcome").arg(byWhat));
        return Usage;
    }
    if (byOutcome && parser.isSet(outcomes)) {
        printError(Tr::tr("--outcomes goes with --by 5m|hour|day; --by outcome reads them anyway"));
        return Usage;
    }
    request.bucketSize = size.value_or(BucketSize::Day);
    request.outcomes = byOutcome || parser.isSet(outcomes);
    if (!parseRangeOptions(
            parser, from, to, QDateTime::currentDateTimeUtc(), &request.from, &request.to))
        return Usage;
    bool ok = false;
    request.slices = parser.value(parallel).toInt(&ok);
    if (!ok || request.slices < 1 || request.slices > 32) {
        printError(Tr::tr("--parallel must be a number of slices from 1 to 32"));
        return Usage;
    }
    if (!parseConcurrencyOption(parser, concurrency, &request.concurrency))
        return Usage;
    const auto format = parseFormat(parser.value(common.format));
    if (!format)
        return Usage;

    Output output;
    UnknownOutcomes unknown;
    const bool progress = stderrIsTerminal();
    return runCommand(*values, [&](StudioClient &client, QObject &scope, const Finish &finish) {
        auto *crawl = new SummaryCrawl(&client, request, &scope);
        QObject::connect(crawl, &SummaryCrawl::retrying, &scope, &announceRetry);
        QObject::connect(crawl, &SummaryCrawl::outcomeUnknown, &scope,
            [&unknown](
                const QString &sid, const OutcomeResult &result) { unknown.add(sid, result); });
        QObject::connect(crawl, &SummaryCrawl::progress, &scope, [progress](qint64 rows) {
            if (progress) {
                const QByteArray text = "\r" + QLocale().toString(rows).toUtf8() + " executions…";
                std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
            }
        });
        QObject::connect(crawl, &SummaryCrawl::finished, &scope, [&, crawl](const ApiError &error) {
            if (progress)
                std::fputs("\n", stderr);
            if (error.isError()) {
                printError(error.userMessage() + Tr::tr(" Nothing was written."));
                finish(exitCodeFor(error));
                return;
            }
            // Written once everything is counted: a file appears complete or not at all.
            QString why;
            if (!output.open(parser.value(common.output), &why)) {
                printError(why);
                finish(OutputFailed);
                return;
            }
            CsvWriter writer(
                output.device(), CsvOptions { *format == ExportFormat::Tsv ? '\t' : ',', true });
            bool written = true;
            QStringList columns;
            if (byOutcome) {
                columns = QStringList { u"ended_at"_s, u"last_event"_s, u"executions"_s,
                    u"failed"_s, u"unknown"_s };
            } else {
                columns
                    = QStringList { u"bucket_start"_s, u"executions"_s, u"active"_s, u"ended"_s };
                if (request.outcomes)
                    columns << u"failed"_s << u"unknown"_s;
            }
            if (*format != ExportFormat::Jsonl)
                writer.writeRow(columns);
            if (byOutcome) {
                for (const OutcomeCount &row : crawl->byOutcome())
                    writeRecord(writer, output.device(), *format, columns,
                        { row.endedAt, row.lastEvent, row.executions, row.failed, row.unknown },
                        &written);
            } else {
                const TimeBuckets &buckets = crawl->buckets();
                for (qsizetype k = 0; k < buckets.count(); ++k) {
                    const BucketCounts &c = crawl->counts()[size_t(k)];
                    QList<QVariant> fields { isoUtc(buckets.startOf(k)), c.executions, c.active,
                        c.ended };
                    if (request.outcomes)
                        fields << c.failed << c.unknown;
                    writeRecord(writer, output.device(), *format, columns, fields, &written);
                }
            }
            if (!writer.flush() || !written)
                output.markFailed();
            if (!output.commit()) {
                finish(OutputFailed);
                return;
            }
            finish(unknown.report());
        });
        crawl->start();
    });
}

} // namespace flowscope::cli
