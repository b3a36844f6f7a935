// flowscope execution: one execution for a ticket — {"execution", "context", "steps"}, each part
// exactly as the API returned it — with --related what Twilio kept beside it (its messages,
// calls and Debugger alerts, pinned to its steps), and with --diagram its path drawn on the flow.

#include "archiveaccess.h"
#include "command.h"

#include "api/listfetcher.h"
#include "api/sid.h"
#include "detail/contextloader.h"
#include "detail/step.h"
#include "diagram/definitionloader.h"
#include "executions/executionref.h"
#include "links/flowscopelink.h"
#include "related/relatedfetch.h"
#include "related/relatedjson.h"
#include "json/jsonpretty.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

DiagramWriter &diagramWriter()
{
    static DiagramWriter writer;
    return writer;
}

struct TicketRequest
{
    ExecutionRef ref;
    bool steps = false;
    bool related = false;
    bool pretty = false;
    QString diagramFile; // empty: no diagram
    QString path;
    std::optional<ArchiveLocation> archive; // --archive: read there, not at Twilio
};

// One ticket: the execution, its context, its steps when asked for (or to draw), the diagram,
// then the JSON — one GET at a time, each to completion (retries included).
class Ticket : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(Ticket)

public:
    explicit Ticket(const TicketRequest &request)
        : m_request(request)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        begin(client, scope, finish);
        const ExecutionRef &ref = m_request.ref;
        if (m_request.archive) {
            ArchiveAccess::open(*m_request.archive, client, false, &scope,
                [this](std::unique_ptr<Archive> archive, int exitCode) {
                    if (archive)
                        fromArchive(*archive);
                    else
                        m_finish(exitCode);
                });
            return;
        }
        fetch(client.executionUrl(ref.flowSid, ref.executionSid), [this](const QByteArray &body) {
            m_execution = body;
            const ExecutionRef &r = m_request.ref;
            fetch(m_client->executionContextUrl(r.flowSid, r.executionSid),
                [this](const QByteArray &context) { contextArrived(context); });
        });
    }

private:
    // The same ticket from what the sync kept: the execution and its context as the API sent
    // them, its steps as they were listed.
    void fromArchive(Archive &archive)
    {
        const ExecutionRef &ref = m_request.ref;
        ArchiveError error;
        const auto row = archive.execution(ref.executionSid, &error);
        if (error.isError()) {
            printError(error.message);
            m_finish(m_request.archive->isSqlite() ? OutputFailed : NetworkFailure);
            return;
        }
        if (!row || row->flowSid != ref.flowSid) {
            printError(tr("the archive %1 holds no execution %2 of flow %3")
                           .arg(archive.name(), ref.executionSid, ref.flowSid));
            m_finish(NotFound);
            return;
        }
        m_execution = row->raw;
        m_context = row->context.isEmpty() ? QByteArray("null") : row->context;
        if (row->context.isEmpty())
            printError(tr("warning: the archive holds no context for %1 (synced with "
                          "--no-contexts); it is written as null")
                           .arg(ref.executionSid));
        if (!m_request.steps && !m_request.related && m_request.diagramFile.isEmpty()) {
            writeJson();
            return;
        }
        if (m_request.related && row->related.isEmpty()) {
            printError(tr("the archive %1 holds no messages, calls or alerts for %2 (it was "
                          "synced without --related)")
                           .arg(archive.name(), ref.executionSid));
            m_finish(NotFound);
            return;
        }
        m_related = row->related;
        if (!m_request.diagramFile.isEmpty()) {
            // Drawn on the revision in force when it ran, as the archive kept it; from Twilio
            // only when the archive holds none (synced before revisions were kept).
            m_archivedRevision = archive.revisionAt(ref.flowSid, row->createdMs, &error);
            if (error.isError()) {
                printError(error.message);
                m_finish(m_request.archive->isSqlite() ? OutputFailed : NetworkFailure);
                return;
            }
            if (!m_archivedRevision)
                printError(tr("the archive %1 holds no revision of flow %2: its definition is "
                              "read from Twilio")
                               .arg(archive.name(), ref.flowSid));
        }
        const auto items = row->stepItems();
        if (!items) {
            printError(
                tr("the archive %1 holds no steps for %2").arg(archive.name(), ref.executionSid));
            m_finish(OutputFailed);
            return;
        }
        stepsListed(*items);
    }

    void fetch(const QUrl &url, const std::function<void(const QByteArray &)> &then)
    {
        ApiReply *reply = m_client->get(url);
        reply->setParent(m_scope);
        QObject::connect(reply, &ApiReply::retrying, m_scope,
            [](int, qint64 delay, const ApiError &why) { announceRetry(delay, why); });
        QObject::connect(reply, &ApiReply::finished, m_scope, [this, reply, then] {
            reply->deleteLater();
            if (reply->error().isError())
                failed(reply->error());
            else
                then(reply->body());
        });
    }

    void failed(const ApiError &failure)
    {
        printError(failure.kind == ApiError::Kind::NotFound
                ? tr("flow %1 has no execution %2 (Studio keeps executions for 30 days)")
                      .arg(m_request.ref.flowSid, m_request.ref.executionSid)
                : failure.userMessage());
        m_finish(exitCodeFor(failure));
    }

    void contextArrived(const QByteArray &body)
    {
        m_context = ContextLoader::contextMember(body);
        if (m_context.isEmpty()) {
            printError(ApiError::badResponse(tr("the context resource has no 'context' member"))
                           .userMessage());
            m_finish(NetworkFailure);
        } else if (m_request.steps || m_request.related || !m_request.diagramFile.isEmpty()) {
            fetchSteps();
        } else {
            writeJson();
        }
    }

    // A ticket reads steps in the order they happened, as the window's Steps tab shows them.
    void fetchSteps()
    {
        auto *fetcher = new ListFetcher(m_client, m_scope);
        QObject::connect(fetcher, &ListFetcher::retrying, m_scope, &announceRetry);
        QObject::connect(
            fetcher, &ListFetcher::failed, m_scope, [this](const ApiError &e) { failed(e); });
        QObject::connect(fetcher, &ListFetcher::finished, m_scope,
            [this](const QList<ListItem> &items) { stepsListed(items); });
        fetcher->start(m_client->stepsUrl(m_request.ref.flowSid, m_request.ref.executionSid));
    }

    void stepsListed(const QList<ListItem> &items)
    {
        for (const qsizetype k : stepOrder(items))
            m_stepItems += (m_stepItems.isEmpty() ? "" : ",") + items[k].raw;
        m_steps = stepsOf(items);
        if (m_request.related && m_related.isEmpty())
            readRelated();
        else
            afterSteps();
    }

    void afterSteps()
    {
        if (m_request.diagramFile.isEmpty())
            writeJson();
        else
            drawDiagram();
    }

    // Its messages, calls and alerts, read with what is known of it already.
    void readRelated()
    {
        auto *session = new RelatedSession(m_client, m_scope);
        auto *fetch = new RelatedFetch(m_client, session, {}, m_scope);
        QObject::connect(
            fetch, &RelatedFetch::failed, m_scope, [this](const ApiError &e) { failed(e); });
        QObject::connect(
            fetch, &RelatedFetch::finished, m_scope, [this](const RelatedResources &related) {
                m_related = relatedJson(related);
                m_relatedFailure = reportRelated(related);
                afterSteps();
            });
        const QJsonObject execution = QJsonDocument::fromJson(m_execution).object();
        RelatedInput input;
        input.flowSid = m_request.ref.flowSid;
        input.executionSid = m_request.ref.executionSid;
        input.created
            = QDateTime::fromString(execution.value(u"date_created"_s).toString(), Qt::ISODate);
        input.updated
            = QDateTime::fromString(execution.value(u"date_updated"_s).toString(), Qt::ISODate);
        input.active = execution.value(u"status"_s).toString() == u"active"_s;
        input.context = m_context;
        input.steps = m_steps;
        fetch->start(input);
    }

    // What could not be read, on stderr; true when a request failed for good (exit 5). A
    // resource that is gone (404) or a key without Debugger access only warns.
    static bool reportRelated(const RelatedResources &related)
    {
        bool failure = false;
        int gone = 0;
        const auto note = [&](const QString &sid, bool isGone, const QString &problem) {
            if (isGone)
                ++gone;
            else if (!problem.isEmpty()) {
                printError(tr("%1 could not be read: %2").arg(sid, problem));
                failure = true;
            }
        };
        for (const RelatedMessage &m : related.messages)
            note(m.sid, m.gone, m.problem);
        for (const RelatedCall &c : related.calls)
            note(c.sid, c.gone, c.problem);
        if (gone > 0)
            printError(tr("%n related resource(s) no longer at Twilio (deleted, or past their "
                          "retention)",
                nullptr, gone));
        if (related.alertsDenied) {
            printError(tr("Alerts left out: this key cannot read the Debugger (Monitor)"));
        } else if (related.alertsError.isError()) {
            printError(tr("Alerts could not be listed: %1").arg(related.alertsError.userMessage()));
            failure = true;
        }
        if (related.probableUnplaced > 0)
            printError(tr("%n alert(s) naming only the flow fit no single step and were left out",
                nullptr, related.probableUnplaced));
        return failure;
    }

    // The definition of the revision it ran on, the path drawn, then the JSON.
    void drawDiagram()
    {
        auto *loader = new DefinitionLoader(m_client, m_scope);
        QObject::connect(loader, &DefinitionLoader::failed, m_scope,
            [this](const QString &, const ApiError &why) { failed(why); });
        QObject::connect(loader, &DefinitionLoader::loaded, m_scope,
            [this](const QString &, const DiagramSource &source) {
                const bool active
                    = QJsonDocument::fromJson(m_execution).object().value(u"status"_s).toString()
                    == u"active"_s;
                const FlowPath path = FlowPath::map(*source.definition, m_steps, active);
                QString why;
                if (!diagramWriter()(*source.definition, path, m_request.diagramFile, &why)) {
                    printError(tr("--diagram %1: %2").arg(m_request.diagramFile, why));
                    m_finish(OutputFailed);
                    return;
                }
                printError(tr("Drew %1 on %2").arg(m_request.ref.executionSid, source.describe()));
                for (const QString &note : path.notes())
                    printError(note);
                writeJson();
            });
        if (m_archivedRevision)
            loader->loadArchived(m_request.ref.executionSid, *m_archivedRevision);
        else
            loader->load(m_request.ref.flowSid, m_request.ref.executionSid);
    }

    void writeJson()
    {
        QByteArray document = "{\"execution\":" + m_execution + ",\"context\":" + m_context;
        if (m_request.steps)
            document += ",\"steps\":[" + m_stepItems + ']';
        if (m_request.related)
            document += ",\"related\":" + m_related;
        document += '}';
        if (m_request.pretty)
            document = prettyJson(document);
        document += '\n';
        Output output;
        QString why;
        if (!output.open(m_request.path, &why)) {
            printError(why);
            m_finish(OutputFailed);
            return;
        }
        if (output.device()->write(document) != document.size())
            output.markFailed();
        if (!output.commit())
            m_finish(OutputFailed);
        else
            m_finish(m_relatedFailure ? NetworkFailure : Ok);
    }

    TicketRequest m_request;
    QByteArray m_execution;
    QByteArray m_context;
    QByteArray m_stepItems;
    QList<Step> m_steps;
    QByteArray m_related;
    std::optional<QByteArray> m_archivedRevision; // --archive --diagram: the revision it ran on
    bool m_relatedFailure = false;
};

class ExecutionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec = describe(u"execution"_s, tr("one execution for a ticket, as JSON"),
            tr("Fetch one execution for a ticket: {\"execution\": …, \"context\": …, \"steps\": "
               "[…]}, each part exactly as the API returned it. The argument is an FN… SID (with "
               "--flow), a Twilio Console link or an API URL to the execution. One that names no "
               "single execution is refused before any request (exit 2); an unknown one exits 4."),
            QList<OptionSpec> {
                { { u"flow"_s }, u"FW…"_s,
                    tr("The flow of a bare FN… SID (links name it themselves)."), {}, {} },
                { { u"steps"_s }, {},
                    tr("Add the execution's steps, oldest first, each as the API returned it."), {},
                    {} },
                { { u"related"_s }, {},
                    tr("Add what Twilio kept beside it: the messages and calls it sent and got, "
                       "and the Debugger alerts of its time that name it, each pinned to the "
                       "step it belongs to."),
                    tr("Writes \"related\": {\"messages\": […], \"calls\": […], \"alerts\": "
                       "[…]}: each resource as the API returned it, with \"step\" (the SID of "
                       "its step, or null) and \"widget\" first; an alert also \"probable\" "
                       "when it names only the flow and was placed by its time and URL. A "
                       "resource past its retention is {\"available\": false, \"reason\"}; "
                       "alerts are null when this key cannot read the Debugger."),
                    {} },
                { { u"pretty"_s }, {},
                    tr("Indent the JSON for reading (members keep their order)."), {}, {} },
                { { u"diagram"_s }, u"FILE.svg|FILE.png"_s,
                    tr("Also draw the execution's path on the flow's diagram (the revision it ran "
                       "on) "
                       "to FILE.svg or FILE.png; no display needed."),
                    tr("Standard error says which revision was drawn."), {} },
            }
                + ArchiveAccess::readingOptions(
                    tr("Read the execution from the archive (flowscope archive sync), not from "
                       "Twilio: any date, offline, the same JSON."),
                    tr("--related gives what a sync with --related kept; --diagram still reads "
                       "the flow's definition from Twilio."))
                + QList<OptionSpec> { outputOption() });
        spec.usages = { { u"FN…|LINK"_s, {}, true } };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<Ticket, TicketRequest>(
            arguments, [](Arguments &args, TicketRequest *request) { return parse(args, request); },
            1);
    }

private:
    // Refused before any request: a reference that names no single execution, a bad --flow, a
    // diagram that cannot be drawn.
    static bool parse(Arguments &args, TicketRequest *request)
    {
        if (args.isSet(u"flow"_s) && !isSid(args.value(u"flow"_s), "FW")) {
            printError(tr("--flow must be a flow SID (FW followed by 32 hex digits)"));
            return false;
        }
        const QString flowSid
            = args.isSet(u"flow"_s) ? canonicalSid(args.value(u"flow"_s), "FW") : QString();
        QString error;
        const QString &text = args.positional().constFirst();
        if (FlowScopeLink::isLink(text)) {
            // A flowscope:// link is read strictly: what else it carries never reaches a request.
            const std::optional<FlowScopeLink> link = FlowScopeLink::parse(text, &error);
            if (!link || link->kind != FlowScopeLink::Kind::Execution) {
                printError(link ? tr("that link opens a view, not an execution: flowscope "
                                     "executions --view LINK")
                                : error);
                return false;
            }
            if (!flowSid.isEmpty() && flowSid != link->flowSid) {
                printError(tr("the link's execution is of flow %1, not of --flow %2")
                               .arg(link->flowSid, flowSid));
                return false;
            }
            if (!args.pickProfileFor(link->accountSid))
                return false;
            request->ref.flowSid = link->flowSid;
            request->ref.executionSid = link->executionSid;
        } else {
            const auto ref = parseExecutionRef(text, flowSid, &error, tr("give --flow"));
            if (!ref) {
                printError(error);
                return false;
            }
            request->ref = *ref;
        }
        request->steps = args.isSet(u"steps"_s);
        request->related = args.isSet(u"related"_s);
        request->pretty = args.isSet(u"pretty"_s);
        request->path = args.value(u"output"_s);
        if (!ArchiveAccess::parseReading(args, &request->archive))
            return false;
        if (!args.isSet(u"diagram"_s))
            return true;
        request->diagramFile = args.value(u"diagram"_s);
        const QString suffix = QFileInfo(request->diagramFile).suffix().toLower();
        if (suffix != u"svg"_s && suffix != u"png"_s) {
            printError(tr("--diagram: the file name must end in .svg or .png"));
            return false;
        }
        if (!diagramWriter()) {
            printError(tr("--diagram: this build cannot draw"));
            return false;
        }
        return true;
    }
};

} // namespace

void setDiagramWriter(DiagramWriter writer)
{
    diagramWriter() = std::move(writer);
}

std::unique_ptr<Command> makeExecutionCommand()
{
    return std::make_unique<ExecutionCommand>();
}

} // namespace flowscope::cli
