// flowscope executions: a flow's executions in a range, newest first, streamed as they arrive —
// over parallel time slices, with contexts, context paths and outcomes when asked for.

#include "archiveaccess.h"
#include "command.h"

#include "api/sid.h"
#include "archive/archivereader.h"

#include "export/csvwriter.h"
#include "export/exportcrawl.h"
#include "links/flowscopelink.h"
#include "util/outputfile.h"
#include "json/jsonpath.h"

#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

// What the arguments asked for, checked.
struct ExportPlan
{
    CrawlOptions crawl;
    int slices = 4;
    ExportOptions format;
    QString path;
    std::optional<ArchiveLocation> archive; // --archive: read from it, not from Twilio
};

// One export: the crawl's chunks written as they come, the file committed at the end.
class ExecutionsExport
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionsExport)

public:
    explicit ExecutionsExport(const ExportPlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        QString error;
        if (!m_output.open(m_plan.path, &error, m_plan.format.format)) {
            printError(error);
            finish(OutputFailed);
            return;
        }
        m_writer = std::make_unique<CsvWriter>(m_output.device());
        if (m_plan.archive) {
            ArchiveAccess::open(*m_plan.archive, client, false, &scope,
                [this, finish](std::unique_ptr<Archive> archive, int exitCode) {
                    if (!archive) {
                        m_output.discard();
                        finish(exitCode);
                        return;
                    }
                    finish(fromArchive(*archive));
                });
            return;
        }
        auto *exporter
            = new ExportCrawl(&client, m_plan.crawl, m_plan.slices, m_plan.format, &scope);
        // Slices that wait their turn spool beside the output file (or in the temporary folder
        // when the rows go to standard output).
        if (m_output.isFile())
            exporter->setSpoolDirectory(OutputFile::workingFolder(m_plan.path));
        QObject::connect(exporter, &ExportCrawl::retrying, &scope, &announceRetry);
        QObject::connect(exporter, &ExportCrawl::contextMissing, &scope,
            [this](const QString &) { ++m_missingContexts; });
        QObject::connect(exporter, &ExportCrawl::outcomeUnknown, &scope,
            [this](const QString &sid, const OutcomeResult &result) {
                m_unknownOutcomes.add(sid, result);
            });
        QObject::connect(
            exporter, &ExportCrawl::chunkReady, &scope, [this, exporter](const QByteArray &bytes) {
                m_writer->writeEncoded(bytes);
                if (!m_writer->ok()) {
                    m_output.markFailed();
                    exporter->cancel();
                }
            });
        QObject::connect(exporter, &ExportCrawl::progress, &scope, &showProgress);
        QObject::connect(exporter, &ExportCrawl::finished, &scope,
            [this, finish](const ApiError &failure) { finished(failure, finish); });
        exporter->start();
    }

private:
    // The rows from the archive, rendered exactly as a crawl's; the exit code.
    int fromArchive(Archive &archive)
    {
        const RowRenderer renderer(m_plan.format, m_plan.crawl.query.flowSid);
        m_writer->writeEncoded(renderer.header());
        ArchiveReader reader(&archive, m_plan.crawl.query, m_plan.crawl.limit);
        ArchiveError error;
        for (;;) {
            const CrawledPage page = reader.next(m_plan.format.needsContexts(),
                m_plan.format.includeOutcome || m_plan.format.failedOnly, &error);
            if (error.isError() || page.rowCount == 0)
                break;
            for (qsizetype k = 0; k < page.outcomes.size(); ++k) {
                if (!page.outcomes[k].isKnown())
                    ++m_archivedUnknown;
            }
            m_writer->writeEncoded(renderer.render(page));
            if (!m_writer->ok())
                break;
            showProgress(reader.rowsRead());
        }
        if (stderrIsTerminal())
            std::fputs("\n", stderr);
        if (error.isError()) {
            m_output.discard();
            printError(
                error.message + (m_output.isFile() ? tr(" Nothing was written.") : QString()));
            return OutputFailed;
        }
        if (!m_writer->flush())
            m_output.markFailed();
        if (!m_output.commit())
            return OutputFailed;
        if (m_archivedUnknown > 0)
            printError(tr("warning: the archive holds no outcome for %1 execution(s); they are "
                          "written as unknown")
                           .arg(m_archivedUnknown));
        return Ok;
    }

    void finished(const ApiError &failure, const Finish &finish)
    {
        if (stderrIsTerminal())
            std::fputs("\n", stderr);
        if (!m_writer->flush())
            m_output.markFailed();
        if (failure.isError() && !m_output.writeFailed()) {
            m_output.discard();
            printError(failure.userMessage()
                + (m_output.isFile() ? tr(" Nothing was written.") : QString()));
            finish(exitCodeFor(failure));
            return;
        }
        if (!m_output.commit()) {
            finish(OutputFailed);
            return;
        }
        if (m_missingContexts > 0)
            printError(tr("warning: %1 execution(s) had no context any more (expired?); their "
                          "context is null.")
                           .arg(m_missingContexts));
        finish(m_unknownOutcomes.report());
    }

    ExportPlan m_plan;
    Output m_output;
    std::unique_ptr<CsvWriter> m_writer;
    int m_missingContexts = 0;
    qint64 m_archivedUnknown = 0;
    UnknownOutcomes m_unknownOutcomes;
};

class ExecutionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionsCommand)

public:
    CommandSpec spec() const override
    {
        return describe(u"executions"_s, tr("export a flow's executions"),
            tr("Export a flow's executions, newest first, streamed as they arrive."),
            (rangeOptions() + formatOptions() + crawlOptions() + archiveOptions())
                << outputOption());
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<ExecutionsExport, ExportPlan>(
            arguments, [](Arguments &args, ExportPlan *plan) {
                std::optional<SavedView> view;
                return parseView(args, &view) && parseQuery(args, view, plan)
                    && parseFormat(args, view, plan) && parseArchive(args, plan);
            });
    }

private:
    static QList<OptionSpec> rangeOptions()
    {
        return {
            { { u"flow"_s }, u"FW…"_s, tr("The flow's SID (FW followed by 32 hex digits)."), {}, {},
                OptionSpec::OneOf },
            { { u"view"_s }, u"NAME|LINK"_s,
                tr("A saved view (flowscope views list) or a flowscope://view link: its flow, "
                   "range, filters and columns; options given beside it win."),
                tr("A relative range (last-24-hours) is counted from now. Columns the outcome "
                   "gives (ended_at, last_event, step_count, error_code) turn --outcome on."),
                {}, OptionSpec::OneOf | OptionSpec::OrBoth },
            { { u"from"_s }, u"T"_s,
                tr("Only executions started at or after T: ISO 8601 with Z or an offset, or "
                   "local time without one."),
                tr("2026-11-01T09:00:00+05:30; a date alone is local midnight."), {} },
            { { u"to"_s }, u"T"_s, tr("Only executions started before T."), {}, {} },
            { { u"page-size"_s }, u"N"_s, tr("Executions per request, 1 to 1000 (default 1000)."),
                {}, u"1000"_s },
            { { u"limit"_s }, u"N"_s,
                tr("Stop after N executions read (crawls sequentially); the filters then write "
                   "those of them they keep."),
                {}, {} },
            { { u"failed-only"_s }, {},
                tr("Only the executions that failed (reads each one's outcome, as --outcome "
                   "does)."),
                {}, {} },
            { { u"filter"_s }, u"TEXT"_s,
                tr("Only the executions whose SID or contact address holds TEXT (any case), as "
                   "the window's quick filter."),
                {}, {} },
        };
    }

    static QList<OptionSpec> formatOptions()
    {
        return {
            { { u"format"_s }, u"csv|tsv|jsonl|xlsx"_s,
                tr("csv (default, RFC 4180), tsv, jsonl (each execution exactly as the API "
                   "returned it) or xlsx (a workbook with typed cells, for people; needs -o)."),
                tr("csv has a header of API field names and CRLF line ends; tsv uses the same "
                   "quoting with tabs."),
                u"csv"_s },
            { { u"columns"_s }, u"a,b,…"_s,
                tr("Comma-separated columns for csv/tsv/xlsx: %1 (default %2).")
                    .arg(Arguments::columnNames().join(u','),
                        RowRenderer::defaultColumns().join(u',')),
                {}, {} },
            { { u"context"_s }, {},
                tr("Fetch each execution's context and add it as a 'context' column of compact "
                   "JSON (csv/tsv) or field (jsonl)."),
                {}, {} },
            { { u"context-path"_s }, u"PATH"_s,
                tr("Add a column with the value at PATH in the context, e.g. "
                   "widgets.gather_1.Digits (repeatable)."),
                tr("As a Studio variable names it: flow.data[\"first name\"] works too."), {},
                OptionSpec::Repeatable },
            { { u"local-times"_s }, {},
                tr("Write times in local time with their offset instead of UTC as the API gives "
                   "them."),
                {}, {} },
            { { u"bom"_s }, {}, tr("Start the file with a UTF-8 byte order mark (for Excel)."), {},
                {} },
            { { u"no-formula-guard"_s }, {},
                tr("Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ "
                   "TAB CR)."),
                tr("By default such a cell gets a leading apostrophe; plain numbers and E.164 "
                   "phone numbers stay as they are."),
                {} },
        };
    }

    static QList<OptionSpec> crawlOptions()
    {
        return {
            { { u"outcome"_s }, {},
                tr("Read each execution's steps and add its outcome: ended_at, last_event, "
                   "step_count and failed columns (jsonl: an 'outcome' object). Failed means a "
                   "failure event (failed, fail, timeout, deliveryFailure, callFailure, "
                   "failedToEnqueue, noAnswer, busy) or a widget's status_code of 400 or more."),
                tr("Unknown outcomes are written, counted on standard error, and make the "
                   "command exit 5 when a request failed for good."),
                {} },
            { { u"concurrency"_s }, u"N"_s,
                tr("Requests in flight at most for --outcome and --context (default %1 with "
                   "--outcome, 8 for --context alone).")
                    .arg(OutcomeFetcher::kDefaultConcurrency),
                tr("Shared between the slices."), {} },
            { { u"parallel"_s }, u"K"_s,
                tr("Crawl K time slices at once (default 4; 1 is a plain sequential crawl)."),
                tr("The output is the same bytes either way: each SID is written once, the first "
                   "time it comes. Slices that wait their turn are spooled to unnamed temporary "
                   "files beside the output file, so memory does not grow with the rows."),
                u"4"_s },
        };
    }

    static QList<OptionSpec> archiveOptions()
    {
        return ArchiveAccess::readingOptions(
            tr("Read the executions from the archive (flowscope archive sync), not from "
               "Twilio: any date, offline, the same output."),
            tr("--outcome gives what the sync read; --page-size, --parallel and "
               "--concurrency do not apply."));
    }

    static bool parseArchive(const Arguments &args, ExportPlan *plan)
    {
        return ArchiveAccess::parseReading(args, &plan->archive, plan->crawl.query.from);
    }

    // --view: a saved view of the profile, or a link to one (whose account picks the profile).
    static bool parseView(Arguments &args, std::optional<SavedView> *view)
    {
        if (!args.isSet(u"view"_s))
            return true;
        const QString given = args.value(u"view"_s).trimmed();
        if (FlowScopeLink::isLink(given)) {
            QString why;
            const std::optional<FlowScopeLink> link = FlowScopeLink::parse(given, &why);
            if (!link || link->kind != FlowScopeLink::Kind::View) {
                printError(link ? tr("--view: that link opens an execution: flowscope execution "
                                     "LINK")
                                : u"--view: "_s + why);
                return false;
            }
            *view = link->view;
            return args.pickProfileFor(link->accountSid);
        }
        *view = ViewStore(args.profileName()).find(given);
        if (!*view) {
            printError(tr("there is no view named '%1' (flowscope views list)")
                           .arg(escapeControls(given)));
            return false;
        }
        return true;
    }

    // --flow, the range, the page size, the limit, the slices: everything the crawl needs.
    static bool parseQuery(
        const Arguments &args, const std::optional<SavedView> &view, ExportPlan *plan)
    {
        CrawlOptions &crawl = plan->crawl;
        crawl.query.flowSid = canonicalSid(
            args.isSet(u"flow"_s) || !view ? args.value(u"flow"_s).trimmed() : view->flowSid, "FW");
        if (crawl.query.flowSid.isEmpty()) {
            printError(tr("--flow or --view is required (see --help)"));
            return false;
        }
        if (view && !args.isSet(u"from"_s) && !args.isSet(u"to"_s)) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            crawl.query.from = view->fromAt(now);
            crawl.query.to = view->toAt(now);
        }
        if (!args.parseTime(u"from"_s, &crawl.query.from)
            || !args.parseTime(u"to"_s, &crawl.query.to))
            return false;
        bool ok = false;
        crawl.query.pageSize = args.value(u"page-size"_s).toInt(&ok);
        if (!ok) {
            printError(tr("--page-size must be a number from 1 to 1000"));
            return false;
        }
        if (args.isSet(u"limit"_s)) {
            crawl.limit = args.value(u"limit"_s).toLongLong(&ok);
            if (!ok || crawl.limit < 0) {
                printError(tr("--limit must be a number of executions, 0 or more"));
                return false;
            }
        }
        qint64 slices = 4;
        if (!args.parseNumber(u"parallel"_s, 1, 32, tr("a number of slices"), &slices))
            return false;
        plan->slices = crawl.limit >= 0 ? 1 : int(slices); // the newest N: one chain
        const ApiError invalid = crawl.query.validate();
        if (invalid.isError()) {
            printError(invalid.userMessage());
            return false;
        }
        if (args.isSet(u"concurrency"_s)) {
            if (!args.parseConcurrency(&crawl.outcomeConcurrency))
                return false;
            crawl.contextConcurrency = crawl.outcomeConcurrency;
        }
        return true;
    }

    // The file: format, columns, context paths, times, BOM, the formula guard, the filters, the
    // output.
    static bool parseFormat(
        const Arguments &args, const std::optional<SavedView> &view, ExportPlan *plan)
    {
        const auto format = args.format(true);
        if (!format || !args.checkOutputFor(*format))
            return false;
        ExportOptions &options = plan->format;
        options.format = *format;
        if (!args.parseColumns(&options))
            return false;
        if (view && !args.isSet(u"columns"_s) && !view->columns.isEmpty()) {
            // The view's columns in its order; those of the outcome come with --outcome's.
            const QStringList known = RowRenderer::knownColumns();
            QStringList columns;
            for (const QString &column : view->columns) {
                if (known.contains(column))
                    columns << column;
                else
                    options.includeOutcome = true;
            }
            if (!columns.isEmpty())
                options.columns = columns;
        }
        // The revision each ran on is only in Studio v2's list: asked for, the rows come from it.
        plan->crawl.query.withRevision = options.columns.contains(u"flow_version"_s);
        options.failedOnly = args.isSet(u"failed-only"_s) || (view && view->failedOnly);
        options.rowFilter = args.isSet(u"filter"_s) ? args.value(u"filter"_s).trimmed()
            : view                                  ? view->filter.trimmed()
                                                    : QString();
        options.contextPaths = args.values(u"context-path"_s);
        for (const QString &path : std::as_const(options.contextPaths)) {
            std::string pointer;
            if (!liquidToPointer(path, &pointer)) {
                printError(tr("--context-path '%1' is not a path such as widgets.gather_1.Digits "
                              "or flow.data[\"first name\"]")
                               .arg(path));
                return false;
            }
        }
        options.includeOutcome = options.includeOutcome || args.isSet(u"outcome"_s);
        options.localTimes = args.isSet(u"local-times"_s);
        options.bom = args.isSet(u"bom"_s);
        options.formulaGuard = !args.isSet(u"no-formula-guard"_s);
        plan->path = args.value(u"output"_s);
        return true;
    }
};

} // namespace

std::unique_ptr<Command> makeExecutionsCommand()
{
    return std::make_unique<ExecutionsCommand>();
}

} // namespace flowscope::cli
