// flowscope summary: a range of executions counted for a report — per time bucket, per outcome
// (where they ended, by which event), or as the diagram counts them (per widget, per edge), over
// the parallel time slices.

#include "archiveaccess.h"
#include "command.h"

#include "api/listfetcher.h"
#include "archive/archivereader.h"
#include "diagram/definitionloader.h"
#include "export/reporttable.h"
#include "export/summarycrawl.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

struct SummaryPlan
{
    enum class Traffic { None, Widget, Edge };
    SummaryRequest request;
    bool byOutcome = false;
    bool byRevision = false; // one row per revision the executions ran on
    Traffic traffic = Traffic::None; // --by widget|edge: the diagram's counts
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
        if (m_plan.byRevision)
            listRevisionDates(client, scope, finish);
        QObject::connect(crawl, &SummaryCrawl::retrying, &scope, &announceRetry);
        QObject::connect(crawl, &SummaryCrawl::outcomeUnknown, &scope,
            [this](
                const QString &sid, const OutcomeResult &result) { m_unknown.add(sid, result); });
        QObject::connect(crawl, &SummaryCrawl::progress, &scope, &showProgress);
        QObject::connect(crawl, &SummaryCrawl::finished, &scope,
            [this, crawl, finish, &client, &scope](const ApiError &error) {
                if (stderrIsTerminal())
                    std::fputs("\n", stderr);
                if (error.isError()) {
                    printError(error.userMessage() + tr(" Nothing was written."));
                    finish(exitCodeFor(error));
                    return;
                }
                if (m_plan.byRevision) {
                    m_counted = crawl;
                    writeWhenCounted(finish);
                    return;
                }
                if (m_plan.traffic == SummaryPlan::Traffic::None) {
                    finish(write(*crawl));
                    return;
                }
                loadDefinitions(client, scope, crawl, finish);
            });
        crawl->start();
    }

private:
    // The diagram's counts are over the flow as it is now (as the Diagram tab draws them): each
    // flow's current definition, one after the other, then the report.
    void loadDefinitions(
        StudioClient &client, QObject &scope, const SummaryCrawl *crawl, const Finish &finish)
    {
        auto *loader = new DefinitionLoader(&client, &scope);
        QObject::connect(loader, &DefinitionLoader::loaded, &scope,
            [this, loader, crawl, finish](const QString &, const DiagramSource &source) {
                m_definitions << source.definition;
                // The next flow once this answer is done with (not inside its own signal).
                QMetaObject::invokeMethod(
                    loader, [this, loader, crawl, finish] { loadNext(loader, crawl, finish); },
                    Qt::QueuedConnection);
            });
        QObject::connect(loader, &DefinitionLoader::failed, &scope,
            [this, finish](const QString &, const ApiError &error) {
                printError(
                    tr("%1's definition could not be read: %2 Nothing was written.")
                        .arg(m_plan.request.flows[m_definitions.size()], error.userMessage()));
                finish(exitCodeFor(error));
            });
        loadNext(loader, crawl, finish);
    }

    // Each flow's revisions listed (newest first, a page or two however many executions there
    // were) for the day each was published — while the executions are crawled, so that it costs
    // no time of its own. A flow whose list cannot be read is said, and its published_at left
    // empty: the counts are whole either way.
    void listRevisionDates(StudioClient &client, QObject &scope, const Finish &finish)
    {
        m_listsPending = int(m_plan.request.flows.size());
        for (const QString &flow : m_plan.request.flows) {
            auto *list = new ListFetcher(&client, &scope);
            QObject::connect(list, &ListFetcher::retrying, &scope, &announceRetry);
            const auto done = [this, list, finish] {
                list->deleteLater();
                --m_listsPending;
                writeWhenCounted(finish);
            };
            QObject::connect(list, &ListFetcher::finished, &scope,
                [this, flow, done](const QList<ListItem> &items) {
                    for (const ListItem &item : items) {
                        const int revision = item.object.value(u"revision"_s).toInt();
                        const QString date = item.object.value(u"date_created"_s).toString();
                        if (revision > 0 && !date.isEmpty())
                            m_publishedAt.insert({ flow, revision }, date);
                    }
                    done();
                });
            QObject::connect(
                list, &ListFetcher::failed, &scope, [flow, done](const ApiError &error) {
                    printError(tr("warning: %1's revisions could not be listed (%2); "
                                  "published_at is left empty")
                                   .arg(flow, error.userMessage()));
                    done();
                });
            list->start(client.flowRevisionsUrl(flow, 100));
        }
    }

    // By revision: written once the crawl and the revisions lists are both done.
    void writeWhenCounted(const Finish &finish)
    {
        if (m_counted && m_listsPending == 0)
            finish(write(*m_counted));
    }

    void loadNext(DefinitionLoader *loader, const SummaryCrawl *crawl, const Finish &finish)
    {
        if (m_definitions.size() == m_plan.request.flows.size()) {
            finish(write(*crawl));
            return;
        }
        loader->loadCurrent(m_plan.request.flows[m_definitions.size()]);
    }

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
                crawl.add(page, flow);
                showProgress(crawl.total());
            }
            if (error.isError())
                break;
            if (m_plan.traffic != SummaryPlan::Traffic::None) {
                // The newest revision the archive holds stands for the flow as it is now.
                const auto body
                    = archive.revisionAt(flow, QDateTime::currentMSecsSinceEpoch(), &error);
                QString why = tr("the archive holds none of its revisions");
                const auto definition = body ? definitionOfResource(*body, &why) : nullptr;
                if (!definition && !error.isError()) {
                    printError(tr("%1's definition: %2. Nothing was written.").arg(flow, why));
                    return NotFound;
                }
                m_definitions << definition;
            }
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
        if (m_plan.traffic != SummaryPlan::Traffic::None) {
            for (qsizetype f = 0; f < m_plan.request.flows.size(); ++f)
                writeTraffic(m_plan.request.flows[f], *m_definitions[f], crawl, record);
        } else if (m_plan.byRevision) {
            writeRevisions(crawl, record);
        } else if (m_plan.byOutcome) {
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

    // The numbers the diagram shows for one flow over the same executions (FlowTraffic): each box
    // — the definition's widgets, then any its steps name that it lacks — and each edge taken.
    // With several flows, each row names its flow first.
    void writeTraffic(const QString &flowSid, const FlowDefinition &definition,
        const SummaryCrawl &crawl, const std::function<void(const QList<QVariant> &)> &record)
    {
        const FlowTraffic traffic
            = FlowTraffic::count(definition, crawl.runsOf(flowSid), m_plan.request.rules);
        const auto boxName = [&](int box) {
            return traffic.isLoose(box) ? traffic.looseBoxes()[box - traffic.definitionBoxCount()]
                                        : definition.states()[box].name;
        };
        const QList<QVariant> flow
            = severalFlows() ? QList<QVariant> { flowSid } : QList<QVariant> {};
        if (m_plan.traffic == SummaryPlan::Traffic::Widget) {
            for (int box = 0; box < traffic.boxCount(); ++box)
                record(flow
                    + QList<QVariant> { boxName(box), traffic.entered(box), traffic.endedAt(box),
                        traffic.waitingAt(box), traffic.failedAt(box) });
            return;
        }
        // In the definition's order — its widgets, each one's transitions as defined, then any
        // the definition lacks — whatever order the executions were read in.
        QList<FlowTraffic::Edge> edges = traffic.edges();
        std::sort(edges.begin(), edges.end(), [](const auto &a, const auto &b) {
            const auto key = [](const FlowTraffic::Edge &e) {
                return std::tuple(e.fromBox, e.transition < 0 ? INT_MAX : e.transition, e.event,
                    e.toBox < 0 ? INT_MAX : e.toBox);
            };
            return key(a) < key(b);
        });
        for (const FlowTraffic::Edge &edge : std::as_const(edges)) {
            record(flow
                + QList<QVariant> { boxName(edge.fromBox), edge.event,
                    edge.toBox < 0 ? u"Ended"_s : boxName(edge.toBox), qint64(edge.runs.size()) });
        }
    }

    // One row per (flow,) revision; executions that did not say which revision they ran on are
    // counted under null, and said so on stderr.
    void writeRevisions(
        const SummaryCrawl &crawl, const std::function<void(const QList<QVariant> &)> &record)
    {
        qint64 unsaid = 0;
        for (const RevisionCount &row : crawl.byRevision()) {
            const BucketCounts &c = row.counts;
            QList<QVariant> fields
                = severalFlows() ? QList<QVariant> { row.flowSid } : QList<QVariant> {};
            fields << (row.revision > 0 ? QVariant(row.revision) : QVariant()) << c.executions
                   << c.active << c.ended;
            if (m_plan.request.outcomes)
                fields << c.failed << c.unknown;
            const QString published = m_publishedAt.value({ row.flowSid, row.revision });
            fields << (published.isEmpty() ? QVariant() : QVariant(published));
            record(fields);
            if (row.revision == 0)
                unsaid += c.executions;
        }
        if (unsaid > 0)
            printError(tr("warning: %1 execution(s) did not say which revision they ran on "
                          "(no flow_version); they are counted under revision null")
                           .arg(unsaid));
    }

    bool severalFlows() const { return m_plan.request.flows.size() > 1; }

    QStringList columns() const
    {
        const QStringList flow = severalFlows() ? QStringList { u"flow_sid"_s } : QStringList {};
        if (m_plan.traffic == SummaryPlan::Traffic::Widget)
            return flow
                + QStringList { u"widget"_s, u"entered"_s, u"ended"_s, u"waiting"_s, u"failed"_s };
        if (m_plan.traffic == SummaryPlan::Traffic::Edge)
            return flow + QStringList { u"from"_s, u"event"_s, u"to"_s, u"count"_s };
        if (m_plan.byRevision) {
            QStringList columns
                = flow + QStringList { u"revision"_s, u"executions"_s, u"active"_s, u"ended"_s };
            if (m_plan.request.outcomes)
                columns << u"failed"_s << u"unknown"_s;
            return columns << u"published_at"_s;
        }
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
    QList<std::shared_ptr<const FlowDefinition>> m_definitions; // by widget|edge: flow by flow
    int m_listsPending = 0; // by revision: the revisions lists still being read
    const SummaryCrawl *m_counted = nullptr; // by revision: the crawl, once it is done
    QHash<std::pair<QString, int>, QString> m_publishedAt; // (flow, revision) → date_created
};

class SummaryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    CommandSpec spec() const override
    {
        return describe(u"summary"_s,
            tr("counts for a report: per bucket, outcome, revision, widget or edge"),
            tr("Count a range of executions for a report: per 5 minutes, hour or day (every "
               "bucket, empty ones too, starting in UTC), per outcome — the widget they ended on "
               "and the last event, most frequent first — per revision of the flow they ran on, "
               "or as the diagram counts them, per widget or per edge. Each SID is counted once; "
               "the output is written once "
               "everything is counted, atomically with -o."),
            QList<OptionSpec> {
                { { u"flow"_s }, u"FW…"_s,
                    tr("The flow's SID (repeatable: their counts add up). Required."), {}, {},
                    OptionSpec::Required | OptionSpec::Repeatable },
                { { u"from"_s }, u"T"_s, tr("From T (default: 30 days ago, all Studio keeps)."), {},
                    {} },
                { { u"to"_s }, u"T"_s, tr("Before T (default: now)."), {}, {} },
                { { u"by"_s }, u"5m|hour|day|outcome|revision|widget|edge"_s,
                    tr("5m, hour or day: one row per bucket (bucket_start, executions, active, "
                       "ended); outcome: one row per (ended_at, last_event) with executions, "
                       "failed, unknown; revision: one row per revision the executions ran on, "
                       "newest first (revision, executions, active, ended, published_at); widget: "
                       "one row per widget (widget, entered, ended, "
                       "waiting, failed); edge: one row per edge taken (from, event, to, count)."),
                    tr("widget and edge count as the Diagram tab does over the flow as it is "
                       "now: an execution counts once per widget and edge however often it "
                       "loops; failed is the failed executions that ended there; steps on widgets "
                       "the definition lacks are counted under their own names. revision reads "
                       "each execution's flow_version from Studio v2 (one request per page, as "
                       "for hour); executions without one are counted under a null revision, "
                       "and said so. With several flows a flow_sid column comes first."),
                    {}, OptionSpec::Required },
                { { u"outcomes"_s }, {},
                    tr("With --by 5m|hour|day|revision: read each execution's steps and add failed "
                       "and "
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
        plan->byRevision = byWhat == u"revision"_s;
        plan->traffic = byWhat == u"widget"_s ? SummaryPlan::Traffic::Widget
            : byWhat == u"edge"_s             ? SummaryPlan::Traffic::Edge
                                              : SummaryPlan::Traffic::None;
        const bool readsSteps = plan->byOutcome || plan->traffic != SummaryPlan::Traffic::None;
        const auto size = bucketSizeFromName(byWhat);
        if (!readsSteps && !size && !plan->byRevision) {
            printError(byWhat.isEmpty()
                    ? tr("--by is required: 5m, hour, day, outcome, revision, widget or edge")
                    : tr("--by '%1' is not 5m, hour, day, outcome, revision, widget or edge")
                          .arg(byWhat));
            return false;
        }
        if (readsSteps && args.isSet(u"outcomes"_s)) {
            printError(tr("--outcomes goes with --by 5m|hour|day|revision; --by %1 reads them "
                          "anyway")
                           .arg(byWhat));
            return false;
        }
        request.bucketSize = size.value_or(BucketSize::Day);
        request.outcomes = readsSteps || args.isSet(u"outcomes"_s);
        request.keepRuns = plan->traffic != SummaryPlan::Traffic::None;
        request.byRevision = plan->byRevision;
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
        if (plan->byRevision && args.isSet(u"archive"_s)) {
            // The archive keeps executions as Studio v1 lists them, without flow_version.
            printError(tr("--by revision reads Twilio (Studio v2's flow_version); the archive "
                          "does not keep which revision an execution ran on"));
            return false;
        }
        return ArchiveAccess::parseReading(args, &plan->archive, request.from);
    }
};

} // namespace

std::unique_ptr<Command> makeSummaryCommand()
{
    return std::make_unique<SummaryCommand>();
}

} // namespace flowscope::cli
