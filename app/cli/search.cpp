// flowscope search: a customer across every flow — by phone number, address, or what they wrote.

#include "archiveaccess.h"
#include "command.h"

#include "api/listfetcher.h"
#include "archive/archivesearch.h"
#include "archive/textindex.h"
#include "export/csvwriter.h"
#include "export/executioncrawler.h"
#include "search/contactmatcher.h"
#include "search/customersearch.h"

#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

struct SearchPlan
{
    SearchRequest request;
    ExportOptions format;
    QString path;
    std::optional<ArchiveLocation> archive; // --archive: look there, not at Twilio
    bool stream = false; // --stream: standard output in found order
    bool toFile() const { return !path.isEmpty() && path != u"-"_s; }
    bool sorted() const { return toFile() || !stream; } // held, then written newest first
};

// One search: the flows listed when none were given, then matches written as they are found
// (stdout), or sorted newest first once every flow was searched (a file).
class Searching : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(Searching)

public:
    explicit Searching(const SearchPlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        begin(client, scope, finish);
        if (m_plan.archive) {
            ArchiveAccess::read(*m_plan.archive, client, &scope, m_finish,
                [this](Archive &archive) { return searchArchive(archive); });
            return;
        }
        if (m_plan.request.flows.isEmpty())
            listFlows();
        else
            search();
    }

private:
    // Every flow of the account.
    void listFlows()
    {
        auto *flows = new ListFetcher(m_client, m_scope);
        QObject::connect(flows, &ListFetcher::retrying, m_scope, &announceRetry);
        QObject::connect(flows, &ListFetcher::failed, m_scope, [this](const ApiError &error) {
            printError(tr("the account's flows could not be listed: %1").arg(error.userMessage()));
            m_finish(exitCodeFor(error));
        });
        QObject::connect(
            flows, &ListFetcher::finished, m_scope, [this](const QList<ListItem> &items) {
                for (const ListItem &item : items) {
                    const QString sid = item.object.value(u"sid"_s).toString();
                    m_plan.request.flows << sid;
                    m_flowNames.insert(sid, item.object.value(u"friendly_name"_s).toString());
                }
                if (m_plan.request.flows.isEmpty()) {
                    printError(tr("the account has no flows"));
                    m_finish(NotFound);
                    return;
                }
                search();
            });
        flows->start(m_client->flowsUrl());
    }

    void search()
    {
        QString why;
        if (!m_output.open(m_plan.path, &why, m_plan.format.format)) {
            printError(why);
            m_finish(OutputFailed);
            return;
        }
        m_writer = std::make_unique<CsvWriter>(m_output.device());
        if (!m_plan.sorted())
            m_writer->writeEncoded(RowRenderer(m_plan.format, QString()).header());
        m_search = std::make_unique<CustomerSearch>(m_client, m_plan.request);
        CustomerSearch *search = m_search.get();
        QObject::connect(search, &CustomerSearch::retrying, m_scope, &announceRetry);
        QObject::connect(
            search, &CustomerSearch::matchFound, m_scope, [this](const SearchMatch &m) {
                if (m_plan.sorted()) {
                    m_matches << m;
                    return;
                }
                m_writer->writeEncoded(render(m)); // as they are found
                m_writer->flush();
            });
        QObject::connect(search, &CustomerSearch::progress, m_scope, [this] {
            if (stderrIsTerminal())
                std::fprintf(stderr, "\r%s",
                    qPrintable(tr("%1 of %2 flows · %3 executions scanned · %4 found")
                                   .arg(m_search->flowsDone())
                                   .arg(m_search->flowCount())
                                   .arg(QLocale().toString(m_search->scanned()))
                                   .arg(m_search->matches())));
        });
        QObject::connect(search, &CustomerSearch::flowFailed, m_scope,
            [this](const QString &flowSid, const ApiError &error) {
                printError(
                    tr("%1 (%2) could not be searched: %3")
                        .arg(m_flowNames.value(flowSid, flowSid), flowSid, error.userMessage()));
            });
        QObject::connect(search, &CustomerSearch::finished, m_scope, [this] { finished(); });
        search->start();
    }

    void finished()
    {
        if (stderrIsTerminal())
            std::fputs("\n", stderr);
        const auto failures = m_search->failures();
        if (!failures.isEmpty()) {
            // A file only when every flow was searched; standard output has the others' rows.
            if (m_plan.toFile()) {
                m_output.discard();
            } else {
                if (m_plan.sorted())
                    writeSorted();
                m_writer->flush();
                m_output.commit();
            }
            printError(tr("%n flow(s) could not be searched: the results are not complete%1", "",
                int(failures.size()))
                           .arg(m_plan.toFile() ? tr("; nothing was written") : QString()));
            m_finish(NetworkFailure);
            return;
        }
        if (m_plan.sorted())
            writeSorted();
        if (!m_writer->flush())
            m_output.markFailed();
        if (!m_output.commit()) {
            m_finish(OutputFailed);
            return;
        }
        printError(tr("%1 found in %n flow(s), %2 executions scanned", "", m_search->flowCount())
                       .arg(m_search->matches())
                       .arg(QLocale().toString(m_search->scanned())));
        m_finish(Ok);
    }

    // The archive's indexes narrow — to the contact's key, else to the executions filed under
    // every trigram of the text — and the same matchers as the API search's decide. Written
    // sorted, as to a file; the exit code.
    int searchArchive(Archive &archive)
    {
        const SearchRequest &request = m_plan.request;
        ArchiveError error;
        const ArchiveMatches found = findInArchive(archive, request, &error);
        QStringList flows = request.flows;
        QString why;
        if (error.isError() || !m_output.open(m_plan.path, &why, m_plan.format.format)) {
            printError(error.isError() ? error.message : why);
            return OutputFailed;
        }
        m_writer = std::make_unique<CsvWriter>(m_output.device());
        for (const ArchivedExecution &row : found.rows) {
            if (!flows.contains(row.flowSid))
                flows << row.flowSid; // no --flow: in the order they come
            SearchMatch match;
            match.raw = row.raw;
            match.execution
                = executionOf(parseExecutionObject(row.raw, row.flowSid, true), 0, row.flowSid);
            match.flowIndex = int(flows.indexOf(row.flowSid));
            match.listed = row.ordinal;
            match.context = row.context.isEmpty() ? QByteArray("null") : row.context;
            m_matches << match;
        }
        writeSorted();
        if (!m_writer->flush())
            m_output.markFailed();
        if (!m_output.commit())
            return OutputFailed;
        printError((request.contact ? tr("%1 found in the archive %2 (%3 filed under the contact)")
                                    : tr("%1 found in the archive %2 (%3 named by its text index)"))
                       .arg(m_matches.size())
                       .arg(archive.name())
                       .arg(found.candidates));
        return Ok;
    }

    // Newest first; of one second, by flow as asked, then as each flow listed them.
    void writeSorted()
    {
        std::sort(m_matches.begin(), m_matches.end(), [](const auto &a, const auto &b) {
            if (a.execution.created != b.execution.created)
                return a.execution.created > b.execution.created;
            return std::pair(a.flowIndex, a.listed) < std::pair(b.flowIndex, b.listed);
        });
        QByteArray bytes = RowRenderer(m_plan.format, QString()).header();
        for (const SearchMatch &m : std::as_const(m_matches))
            bytes += render(m);
        m_writer->writeEncoded(bytes);
    }

    QByteArray render(const SearchMatch &m) const
    {
        CrawledPage page;
        page.page = parseExecutionObject(m.raw, m.execution.flowSid, true);
        page.rowCount = page.page.error.isEmpty() ? 1 : 0;
        if (m_plan.format.includeContext)
            page.contexts = { m.context };
        return RowRenderer(m_plan.format, m.execution.flowSid).render(page);
    }

    SearchPlan m_plan;
    Output m_output;
    std::unique_ptr<CsvWriter> m_writer;
    std::unique_ptr<CustomerSearch> m_search;
    QList<SearchMatch> m_matches; // for a file: written sorted, once every flow was searched
    QHash<QString, QString> m_flowNames;
};

class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    CommandSpec spec() const override
    {
        return describe(u"search"_s, tr("a customer across every flow"),
            tr("Find a customer's executions across every flow: by phone number (on any channel), "
               "by client: or sip: address, or by what they wrote (searched in each context). Rows "
               "come newest first once every flow was searched (--stream: on standard output as "
               "they are found); -o writes the file atomically, only when every flow was "
               "searched. A flow that fails is named on standard error and the search exits 5."),
            whomOptions() + whereOptions() + outputOptions());
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<Searching, SearchPlan>(
            arguments, [](const Arguments &args, SearchPlan *plan) {
                return parseWhom(args, &plan->request) && parseWhere(args, &plan->request)
                    && parseOutput(args, plan) && parseArchive(args, plan);
            });
    }

private:
    static QList<OptionSpec> whomOptions()
    {
        return {
            { { u"contact"_s }, u"TEXT"_s,
                tr("A phone number as people type it (+44 7700 900123, (415) 555-0100), or an "
                   "address such as client:alice or sip:bob@example.com."),
                tr("A number is read with libphonenumber and matches that number on every "
                   "channel, whatsapp: included."),
                {}, OptionSpec::OneOf },
            { { u"text"_s }, u"TEXT"_s,
                tr("Text they wrote or said, searched in each execution's context (one request "
                   "each)."),
                tr("Any case, in every string of the context."), {},
                OptionSpec::OneOf | OptionSpec::OrBoth },
        };
    }

    static QList<OptionSpec> whereOptions()
    {
        return {
            { { u"flow"_s }, u"FW…"_s,
                tr("Only this flow (repeatable; default: every flow of the account)."), {}, {},
                OptionSpec::Repeatable },
            { { u"from"_s }, u"T"_s, tr("From T (default: 30 days ago, all Studio keeps)."), {},
                {} },
            { { u"to"_s }, u"T"_s, tr("Before T (default: now)."), {}, {} },
            { { u"country"_s }, u"CC"_s,
                tr("The country of numbers typed without +country (default: the locale's, %1).")
                    .arg(ContactMatcher::localeCountry()),
                {}, {} },
            { { u"exact"_s }, {},
                tr("Match the contact's address string exactly, on its channel only."), {}, {} },
            { { u"concurrency"_s }, u"N"_s, tr("Requests in flight at once, 1 to 32 (default 8)."),
                tr("Pages and contexts together."), u"8"_s },
        };
    }

    static QList<OptionSpec> outputOptions()
    {
        return QList<OptionSpec> {
            { { u"format"_s }, u"csv|tsv|jsonl|xlsx"_s,
                tr("csv (default), tsv, jsonl (each execution exactly as the API returned it) or "
                   "xlsx (a workbook with typed cells; needs -o)."),
                {}, u"csv"_s },
            { { u"columns"_s }, u"a,b,…"_s,
                tr("Comma-separated columns for csv/tsv/xlsx: %1 (default %2).")
                    .arg(Arguments::columnNames().join(u','),
                        RowRenderer::defaultColumns().join(u',')),
                {}, {} },
            { { u"context"_s }, {},
                tr("Add each match's context as a 'context' column (or field, in jsonl)."), {},
                {} },
            { { u"stream"_s }, {},
                tr("Write each match to standard output as it is found, not newest first at the "
                   "end."),
                tr("For a long text search one wants to watch; -o files are always sorted."), {} },
        }
        + ArchiveAccess::readingOptions(
            tr("Search the archive (flowscope archive sync) instead of Twilio: any date "
               "(--from defaults to its beginning), offline, by its indexes (--text: at least "
               "three characters)."),
            tr("Rows come sorted newest first, as with -o."))
            + QList<OptionSpec> { outputOption() };
    }

    static bool parseWhom(const Arguments &args, SearchRequest *request)
    {
        if (!args.isSet(u"contact"_s) && !args.isSet(u"text"_s)) {
            printError(tr("say whom to look for: --contact TEXT, --text TEXT, or both"));
            return false;
        }
        if (args.isSet(u"contact"_s)) {
            QString why;
            request->contact = ContactMatcher::parse(args.value(u"contact"_s),
                args.isSet(u"country"_s) ? args.value(u"country"_s)
                                         : ContactMatcher::localeCountry(),
                args.isSet(u"exact"_s), &why);
            if (!request->contact) {
                printError(why + tr(" Nothing was sent."));
                return false;
            }
        }
        if (args.isSet(u"text"_s)) {
            request->text = args.value(u"text"_s).trimmed();
            if (request->text.isEmpty()) {
                printError(tr("--text is empty"));
                return false;
            }
        }
        return true;
    }

    static bool parseWhere(const Arguments &args, SearchRequest *request)
    {
        return args.parseFlows(&request->flows, false)
            && args.parseRange(
                QDateTime::currentDateTimeUtc().addSecs(1), &request->from, &request->to)
            && args.parseConcurrency(&request->concurrency);
    }

    static bool parseArchive(const Arguments &args, SearchPlan *plan)
    {
        if (!ArchiveAccess::parseReading(args, &plan->archive, plan->request.from))
            return false;
        if (!plan->archive)
            return true;
        if (!plan->request.contact && textindex::gramsOfText(plan->request.text).isEmpty()) {
            printError(tr("--text needs at least three characters to search the archive (its "
                          "index files every three letters); nothing was read"));
            return false;
        }
        if (!args.isSet(u"from"_s))
            plan->request.from = {}; // the archive keeps more than Twilio's 30 days
        return true;
    }

    static bool parseOutput(const Arguments &args, SearchPlan *plan)
    {
        const auto format = args.format(true);
        if (!format || !args.checkOutputFor(*format))
            return false;
        plan->format.format = *format;
        if (!args.parseColumns(&plan->format))
            return false;
        plan->request.keepRaw = true; // matches only: exact bytes for jsonl and every column
        plan->request.withContexts = plan->format.includeContext;
        plan->path = args.value(u"output"_s);
        plan->stream = args.isSet(u"stream"_s);
        if (plan->stream && plan->toFile()) {
            printError(tr("--stream is for standard output: a file is written sorted, whole"));
            return false;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Command> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}

} // namespace flowscope::cli
