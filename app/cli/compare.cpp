// flowscope compare: two executions of a flow side by side — where their paths parted, and every
// value of their contexts that differs.

#include "command.h"

#include "api/sid.h"
#include "detail/executionpair.h"
#include "executions/executionref.h"
#include "links/flowscopelink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

struct ComparePlan
{
    QString flowSid;
    QString sids[2];
    bool text = false;
    QString path;
};

QJsonArray stepsJson(const QList<Step> &steps)
{
    QJsonArray out;
    for (const Step &s : steps) {
        out.append(QJsonObject { { u"event"_s, s.name }, { u"from"_s, s.transitionedFrom },
            { u"to"_s, s.transitionedTo },
            { u"date_created"_s, s.created.toUTC().toString(Qt::ISODate) } });
    }
    return out;
}

// The two executions read together (ExecutionPairLoader), then written once.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    explicit Comparison(const ComparePlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        auto *loader = new ExecutionPairLoader(&client, &scope);
        QObject::connect(loader, &ExecutionPairLoader::retrying, &scope, &announceRetry);
        QObject::connect(loader, &ExecutionPairLoader::failed, &scope,
            [this, finish](int side, const ApiError &error) {
                printError(error.kind == ApiError::Kind::NotFound
                        ? tr("flow %1 has no execution %2 (Studio keeps executions for 30 days)")
                              .arg(m_plan.flowSid, m_plan.sids[side])
                        : error.userMessage());
                finish(exitCodeFor(error));
            });
        QObject::connect(loader, &ExecutionPairLoader::loaded, &scope,
            [this, finish](const ExecutionPair &pair) { finish(write(pair)); });
        loader->load(m_plan.flowSid, m_plan.sids[0], m_plan.sids[1]);
    }

private:
    int write(const ExecutionPair &pair) const
    {
        const QList<Step> &stepsA = pair.sides[0].steps;
        const QList<Step> &stepsB = pair.sides[1].steps;
        const QString parted = divergedAt(stepsA, stepsB);
        const QList<ContextDifference> differences
            = contextDifferences(QJsonDocument::fromJson(pair.sides[0].context).object(),
                QJsonDocument::fromJson(pair.sides[1].context).object());
        QByteArray out;
        if (!m_plan.text) {
            // A path on one side only has no member for the other (a null is a value).
            QJsonArray context;
            for (const ContextDifference &d : differences) {
                QJsonObject row { { u"path"_s, d.path } };
                if (!d.a.isUndefined())
                    row.insert(u"a"_s, d.a);
                if (!d.b.isUndefined())
                    row.insert(u"b"_s, d.b);
                context.append(row);
            }
            const QJsonObject report { { u"a"_s, m_plan.sids[0] }, { u"b"_s, m_plan.sids[1] },
                { u"flow_sid"_s, m_plan.flowSid },
                { u"diverged_at"_s, parted.isEmpty() ? QJsonValue() : QJsonValue(parted) },
                { u"steps"_s,
                    QJsonObject { { u"a"_s, stepsJson(stepsA) }, { u"b"_s, stepsJson(stepsB) } } },
                { u"context"_s, context } };
            out = QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
        } else {
            QTextStream text(&out);
            const auto way = [](const QList<Step> &steps) {
                QStringList widgets { steps.isEmpty() ? u"Trigger"_s
                                                      : steps.first().transitionedFrom };
                for (const Step &s : steps)
                    widgets << u"(%1) %2"_s.arg(s.name, s.transitionedTo);
                return widgets.join(u" → "_s);
            };
            text << "a " << m_plan.sids[0] << ": " << escapeControls(way(stepsA)) << '\n';
            text << "b " << m_plan.sids[1] << ": " << escapeControls(way(stepsB)) << '\n';
            text << (parted.isEmpty() ? tr("The same path.")
                                      : tr("They parted at %1.").arg(escapeControls(parted)))
                 << '\n';
            for (const ContextDifference &d : differences) {
                text << "  " << escapeControls(d.path) << ": " << jsonForText(d.a) << " | "
                     << jsonForText(d.b) << '\n';
            }
            text << tr("%n context value(s) differ.", nullptr, int(differences.size())) << '\n';
        }
        return Output::writeWhole(out, m_plan.path);
    }

    ComparePlan m_plan;
};

class CompareCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec = describe(u"compare"_s, tr("two executions side by side"),
            tr("Compare two executions of a flow: the steps of each, the widget where their paths "
               "parted (the first both reached and left differently, or the last they reached "
               "together when one stopped sooner), and every value of their contexts that "
               "differs or is on one side only, by its Studio variable path "
               "(widgets.http_1.status_code). Each execution is an FN… SID of --flow, a Console "
               "link or a flowscope:// link; two of different flows are refused."),
            {
                { { u"flow"_s }, u"FW…"_s,
                    tr("The flow of both (a link or a Console link names it already)."), {}, {} },
                { { u"format"_s }, u"json|text"_s,
                    tr("json (default: {a, b, flow_sid, diverged_at, steps: {a, b}, context: "
                       "[{path, a, b}]}) or text (readable)."),
                    tr("In json a path that is on one side only has no member for the other "
                       "(a null is a value)."),
                    u"json"_s },
                outputOption(),
            });
        spec.usages = { { u"FN_A FN_B"_s, {}, true } };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<Comparison, ComparePlan>(
            arguments, [](Arguments &args, ComparePlan *plan) { return parse(args, plan); }, 2);
    }

private:
    static bool parse(Arguments &args, ComparePlan *plan)
    {
        const QString format = args.value(u"format"_s);
        if (format != u"json"_s && format != u"text"_s) {
            printError(tr("--format must be json or text"));
            return false;
        }
        plan->text = format == u"text"_s;
        plan->path = args.value(u"output"_s);
        const QString flow = args.value(u"flow"_s).trimmed();
        if (args.isSet(u"flow"_s) && !isSid(flow, "FW")) {
            printError(tr("--flow must be a flow SID (FW followed by 32 hex digits)"));
            return false;
        }
        QString flows[2];
        for (int k = 0; k < 2; ++k) {
            const QString &given = args.positional().at(k);
            QString error;
            if (FlowScopeLink::isLink(given)) {
                const std::optional<FlowScopeLink> link = FlowScopeLink::parse(given, &error);
                if (!link || link->kind != FlowScopeLink::Kind::Execution) {
                    printError(link ? tr("that link opens a view, not an execution") : error);
                    return false;
                }
                if (!args.pickProfileFor(link->accountSid))
                    return false;
                flows[k] = link->flowSid;
                plan->sids[k] = link->executionSid;
                continue;
            }
            const auto ref
                = parseExecutionRef(given, canonicalSid(flow, "FW"), &error, tr("give --flow"));
            if (!ref) {
                printError(error);
                return false;
            }
            flows[k] = ref->flowSid;
            plan->sids[k] = ref->executionSid;
        }
        if (flows[0] != flows[1]) {
            printError(tr("the two executions are of different flows (%1 and %2): compare two "
                          "executions of one flow")
                           .arg(flows[0], flows[1]));
            return false;
        }
        if (args.isSet(u"flow"_s) && flows[0] != canonicalSid(flow, "FW")) {
            printError(tr("the executions are of flow %1, not of --flow %2")
                           .arg(flows[0], canonicalSid(flow, "FW")));
            return false;
        }
        plan->flowSid = flows[0];
        return true;
    }
};

} // namespace

std::unique_ptr<Command> makeCompareCommand()
{
    return std::make_unique<CompareCommand>();
}

} // namespace flowscope::cli
