// flowscope execution: one execution for a ticket — {"execution", "context", "steps"}, each part
// exactly as the API returned it — and, with --diagram, its path drawn on the flow.

#include "command.h"

#include "api/listfetcher.h"
#include "api/sid.h"
#include "detail/contextloader.h"
#include "detail/step.h"
#include "diagram/definitionloader.h"
#include "executions/executionref.h"
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
    bool pretty = false;
    QString diagramFile; // empty: no diagram
    QString path;
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
        fetch(client.executionUrl(ref.flowSid, ref.executionSid), [this](const QByteArray &body) {
            m_execution = body;
            const ExecutionRef &r = m_request.ref;
            fetch(m_client->executionContextUrl(r.flowSid, r.executionSid),
                [this](const QByteArray &context) { contextArrived(context); });
        });
    }

private:
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
        } else if (m_request.steps || !m_request.diagramFile.isEmpty()) {
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
        QObject::connect(
            fetcher, &ListFetcher::finished, m_scope, [this](const QList<ListItem> &items) {
                for (const qsizetype k : stepOrder(items))
                    m_stepItems += (m_stepItems.isEmpty() ? "" : ",") + items[k].raw;
                m_steps = stepsOf(items);
                if (m_request.diagramFile.isEmpty())
                    writeJson();
                else
                    drawDiagram();
            });
        fetcher->start(m_client->stepsUrl(m_request.ref.flowSid, m_request.ref.executionSid));
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
        loader->load(m_request.ref.flowSid, m_request.ref.executionSid);
    }

    void writeJson()
    {
        QByteArray document = "{\"execution\":" + m_execution + ",\"context\":" + m_context;
        if (m_request.steps)
            document += ",\"steps\":[" + m_stepItems + ']';
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
        m_finish(output.commit() ? Ok : OutputFailed);
    }

    TicketRequest m_request;
    QByteArray m_execution;
    QByteArray m_context;
    QByteArray m_stepItems;
    QList<Step> m_steps;
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
            {
                { { u"flow"_s }, u"FW…"_s,
                    tr("The flow of a bare FN… SID (links name it themselves)."), {}, {} },
                { { u"steps"_s }, {},
                    tr("Add the execution's steps, oldest first, each as the API returned it."), {},
                    {} },
                { { u"pretty"_s }, {},
                    tr("Indent the JSON for reading (members keep their order)."), {}, {} },
                { { u"diagram"_s }, u"FILE.svg|FILE.png"_s,
                    tr("Also draw the execution's path on the flow's diagram (the revision it ran "
                       "on) "
                       "to FILE.svg or FILE.png; no display needed."),
                    tr("Standard error says which revision was drawn."), {} },
                outputOption(),
            });
        spec.usages = { { u"FN…|LINK"_s, {}, true } };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<Ticket, TicketRequest>(
            arguments,
            [](const Arguments &args, TicketRequest *request) { return parse(args, request); }, 1);
    }

private:
    // Refused before any request: a reference that names no single execution, a bad --flow, a
    // diagram that cannot be drawn.
    static bool parse(const Arguments &args, TicketRequest *request)
    {
        if (args.isSet(u"flow"_s) && !isSid(args.value(u"flow"_s), "FW")) {
            printError(tr("--flow must be a flow SID (FW followed by 32 hex digits)"));
            return false;
        }
        const QString flowSid
            = args.isSet(u"flow"_s) ? u"FW"_s + args.value(u"flow"_s).mid(2).toLower() : QString();
        QString error;
        const auto ref
            = parseExecutionRef(args.positional().constFirst(), flowSid, &error, tr("give --flow"));
        if (!ref) {
            printError(error);
            return false;
        }
        request->ref = *ref;
        request->steps = args.isSet(u"steps"_s);
        request->pretty = args.isSet(u"pretty"_s);
        request->path = args.value(u"output"_s);
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
