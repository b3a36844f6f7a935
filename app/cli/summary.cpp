// flowscope summary: a range of executions counted for a report — per time bucket, or per
// outcome (where they ended, by which event), over the parallel time slices.

#include "archiveaccess.h"
#include "command.h"

#include "archive/archivereader.h"
#include "export/reporttable.h"
#include "export/summarycrawl.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

struct SummaryPlan
{
    SummaryRequest request;
    bool byOutcome = false;
    ExportFormat format = ExportFormat::Csv;
    QString path;
    std::optional<ArchiveLocation> archive; // --archive: counted there, not at Twilio
};

// One report: the crawl counted, then written once everything is counted.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    explicit Report(const SummaryPlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        if (m_plan.archive) {
            ArchiveAccess::read(*m_plan.archive, client, &scope, finish,
                [this, &client](Archive &archive) { return fromArchive(client, archive); });
            return;
        }
        auto *crawl = new SummaryCrawl(&client, m_plan.request, &scope);
        QObject::connect(crawl, &SummaryCrawl::retrying, &scope, &announceRetry);
        QObject::connect(crawl, &SummaryCrawl::outcomeUnknown, &scope,
            [this](
                const QString &sid, const OutcomeResult &result) { m_unknown.add(sid, result); });
        QObject::connect(crawl, &SummaryCrawl::progress, &scope, &showProgress);
        QObject::connect(
            crawl, &SummaryCrawl::finished, &scope, [this, crawl, finish](const ApiError &error) {
                if (stderrIsTerminal())
                    std::fputs("\n", stderr);
                if (error.isError()) {
                    printError(error.userMessage() + tr(" Nothing was written."));
                    finish(exitCodeFor(error));
                    return;
                }
                finish(write(*crawl));
            });
        crawl->start();
    }

private:
    // The same counts over the archive's rows: each flow's range read a page at a time.
    int fromArchive(StudioClient &client, Archive &archive)
    {
        SummaryCrawl crawl(&client, m_plan.request);
        ArchiveError error;
        qint64 unknown = 0;
        for (const QString &flow : m_plan.request.flows) {
            ExecutionQuery query;
            query.flowSid = flow;
            query.from = m_plan.request.from;
            query.to = m_plan.request.to;
            ArchiveReader reader(&archive, query);
            for (;;) {
                const CrawledPage page = reader.next(false, m_plan.request.outcomes, &error);
                if (error.isError() || page.rowCount == 0)
                    break;
                unknown += std::count_if(page.outcomes.cbegin(), page.outcomes.cend(),
                    [](const Outcome &outcome) { return !outcome.isKnown(); });
                crawl.add(page);
                showProgress(crawl.total());
            }
            if (error.isError())
                break;
        }
        if (stderrIsTerminal())
            std::fputs("\n", stderr);
        if (error.isError()) {
            printError(error.message + tr(" Nothing was written."));
            return OutputFailed;
        }
        if (unknown > 0)
            printError(tr("warning: the archive holds no outcome for %1 execution(s); they are "
                          "counted as unknown")
                           .arg(unknown));
        return write(crawl);
    }

    // Written once everything is counted: a file appears complete or not at all.
    int write(const SummaryCrawl &crawl)
    {
        QString why;
        if (!m_output.open(m_plan.path, &why)) {
            printError(why);
            return OutputFailed;
        }
        ReportTable table(m_output.device(), m_plan.format, columns());
        const auto record = [&table](const QList<QVariant> &fields) { table.row(fields); };
        if (m_plan.byOutcome) {
            for (const OutcomeCount &row : crawl.byOutcome())
                record({ row.endedAt, row.lastEvent, row.executions, row.failed, row.unknown });
        } else {
            const TimeBuckets &buckets = crawl.buckets();
            for (qsizetype k = 0; k < buckets.count(); ++k) {
                const BucketCounts &c = crawl.counts()[size_t(k)];
                QList<QVariant> fields { QDateTime::fromMSecsSinceEpoch(buckets.startOf(k), Qt::UTC)
                                             .toString(Qt::ISODate),
                    c.executions, c.active, c.ended };
                if (m_plan.request.outcomes)
                    fields << c.failed << c.unknown;
                record(fields);
            }
        }
        if (!table.finish())
            m_output.markFailed();
        if (!m_output.commit())
            return OutputFailed;
        return m_unknown.report();
    }

    QStringList columns() const
    {
        if (m_plan.byOutcome)
            return { u"ended_at"_s, u"last_event"_s, u"executions"_s, u"failed"_s, u"unknown"_s };
        QStringList columns { u"bucket_start"_s, u"executions"_s, u"active"_s, u"ended"_s };
        if (m_plan.request.outcomes)
            columns << u"failed"_s << u"unknown"_s;
        return columns;
    }

    SummaryPlan m_plan;
    Output m_output;
    UnknownOutcomes m_unknown;
};

class SummaryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    CommandSpec spec() const override
    {
        return describe(u"summary"_s, tr("counts for a report: per bucket or outcome"),
            tr("Count a range of executions for a report: per 5 minutes, hour or day (every "
               "bucket, "
               "empty ones too, starting in UTC), or per outcome — the widget they ended on and "
               "the "
               "last event, most frequent first. Each SID is counted once; the output is written "
               "once everything is counted, atomically with -o."),
            QList<OptionSpec> {
                { { u"flow"_s }, u"FW…"_s,
                    tr("The flow's SID (repeatable: their counts add up). Required."), {}, {},
                    OptionSpec::Required | OptionSpec::Repeatable },
                { { u"from"_s }, u"T"_s, tr("From T (default: 30 days ago, all Studio keeps)."), {},
                    {} },
                { { u"to"_s }, u"T"_s, tr("Before T (default: now)."), {}, {} },
                { { u"by"_s }, u"5m|hour|day|outcome"_s,
                    tr("5m, hour or day: one row per bucket (bucket_start, executions, active, "
                       "ended); outcome: one row per (ended_at, last_event) with executions, "
                       "failed, "
                       "unknown."),
                    {}, {}, OptionSpec::Required },
                { { u"outcomes"_s }, {},
                    tr("With --by 5m|hour|day: read each execution's steps and add failed and "
                       "unknown columns (implied by --by outcome)."),
                    {}, {} },
                { { u"format"_s }, u"csv|tsv|jsonl"_s,
                    tr("csv (default), tsv or jsonl (one object per row, numbers as numbers)."), {},
                    u"csv"_s },
                { { u"parallel"_s }, u"K"_s, tr("Crawl K time slices at once (default 4)."), {},
                    u"4"_s },
                { { u"concurrency"_s }, u"N"_s,
                    tr("Steps requests in flight at most (default %1).")
                        .arg(OutcomeFetcher::kDefaultConcurrency),
                    {}, {} },
            }
                + ArchiveAccess::readingOptions(
                    tr("Count the archive's executions (flowscope archive sync), not Twilio's: any "
                       "date, offline, the same counts."),
                    tr("--outcomes counts what the sync read; --parallel and --concurrency do not "
                       "apply."))
                + QList<OptionSpec> { outputOption() });
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<Report, SummaryPlan>(
            arguments, [](const Arguments &args, SummaryPlan *plan) { return parse(args, plan); });
    }

private:
    // Everything is checked before any request.
    static bool parse(const Arguments &args, SummaryPlan *plan)
    {
        SummaryRequest &request = plan->request;
        if (!args.parseFlows(&request.flows))
            return false;
        const QString byWhat = args.value(u"by"_s);
        plan->byOutcome = byWhat == u"outcome"_s;
        const auto size = bucketSizeFromName(byWhat);
        if (!plan->byOutcome && !size) {
            printError(byWhat.isEmpty()
                    ? tr("--by is required: 5m, hour, day or outcome")
                    : tr("--by '%1' is not 5m, hour, day or outcome").arg(byWhat));
            return false;
        }
        if (plan->byOutcome && args.isSet(u"outcomes"_s)) {
            printError(tr("--outcomes goes with --by 5m|hour|day; --by outcome reads them anyway"));
            return false;
        }
        request.bucketSize = size.value_or(BucketSize::Day);
        request.outcomes = plan->byOutcome || args.isSet(u"outcomes"_s);
        qint64 slices = 4;
        if (!args.parseRange(QDateTime::currentDateTimeUtc(), &request.from, &request.to)
            || !args.parseNumber(u"parallel"_s, 1, 32, tr("a number of slices"), &slices)
            || !args.parseConcurrency(&request.concurrency))
            return false;
        request.slices = int(slices);
        const auto format = args.format();
        if (!format)
            return false;
        plan->format = *format;
        plan->path = args.value(u"output"_s);
        return ArchiveAccess::parseReading(args, &plan->archive, request.from);
    }
};

} // namespace

std::unique_ptr<Command> makeSummaryCommand()
{
    return std::make_unique<SummaryCommand>();
}

} // namespace flowscope::cli
