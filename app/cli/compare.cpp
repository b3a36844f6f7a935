// flowscope compare: two executions of a flow side by side — where their paths parted, and every
// value of their contexts that differs.

#include "command.h"

#include "api/listfetcher.h"
#include "api/sid.h"
#include "detail/contextloader.h"
#include "detail/step.h"
#include "executions/executionref.h"
#include "links/flowscopelink.h"
#include "json/jsonpath.h"

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

struct Side
{
    QByteArray execution;
    QByteArray context;
    QList<Step> steps;
    int pending = 3; // the execution, its context, its steps
};

// The widget where two paths parted: the first widget both reached and left differently (by
// another event, or to another widget), or — when one path is the other's beginning — the last
// widget they reached together. Empty when the paths are the same.
QString divergedAt(const QList<Step> &a, const QList<Step> &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype k = 0; k < common; ++k) {
        if (a[k].transitionedFrom != b[k].transitionedFrom)
            return k > 0 ? a[k - 1].transitionedTo : u"Trigger"_s; // (their triggers differ)
        if (a[k].name != b[k].name || a[k].transitionedTo != b[k].transitionedTo)
            return a[k].transitionedFrom;
    }
    if (a.size() == b.size())
        return {};
    return common > 0 ? a[common - 1].transitionedTo : u"Trigger"_s;
}

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

class Comparison : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    explicit Comparison(const ComparePlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        begin(client, scope, finish);
        for (int k = 0; k < 2; ++k) {
            const QString &sid = m_plan.sids[k];
            fetch(k, client.executionUrl(m_plan.flowSid, sid),
                [this, k](const QByteArray &body) { m_sides[k].execution = body; });
            fetch(k, client.executionContextUrl(m_plan.flowSid, sid),
                [this, k](const QByteArray &body) {
                    m_sides[k].context = ContextLoader::contextMember(body);
                });
            auto *steps = new ListFetcher(&client, &scope);
            QObject::connect(steps, &ListFetcher::retrying, &scope, &announceRetry);
            QObject::connect(steps, &ListFetcher::failed, &scope,
                [this, k](const ApiError &e) { failed(k, e); });
            QObject::connect(
                steps, &ListFetcher::finished, &scope, [this, k](const QList<ListItem> &items) {
                    m_sides[k].steps = stepsOf(items);
                    arrived(k);
                });
            steps->start(client.stepsUrl(m_plan.flowSid, sid));
        }
    }

private:
    void fetch(int k, const QUrl &url, const std::function<void(const QByteArray &)> &then)
    {
        ApiReply *reply = m_client->get(url);
        reply->setParent(m_scope);
        QObject::connect(reply, &ApiReply::retrying, m_scope,
            [](int, qint64 delay, const ApiError &why) { announceRetry(delay, why); });
        QObject::connect(reply, &ApiReply::finished, m_scope, [this, k, reply, then] {
            reply->deleteLater();
            if (reply->error().isError()) {
                failed(k, reply->error());
                return;
            }
            then(reply->body());
            arrived(k);
        });
    }

    void failed(int k, const ApiError &error)
    {
        if (std::exchange(m_done, true))
            return;
        printError(error.kind == ApiError::Kind::NotFound
                ? tr("flow %1 has no execution %2 (Studio keeps executions for 30 days)")
                      .arg(m_plan.flowSid, m_plan.sids[k])
                : error.userMessage());
        m_finish(exitCodeFor(error));
    }

    void arrived(int k)
    {
        if (m_done || --m_sides[k].pending > 0 || m_sides[1 - k].pending > 0)
            return;
        m_done = true;
        m_finish(write());
    }

    int write()
    {
        const QString parted = divergedAt(m_sides[0].steps, m_sides[1].steps);
        const QMap<QString, QJsonValue> a
            = leafPaths(QJsonDocument::fromJson(m_sides[0].context).object());
        const QMap<QString, QJsonValue> b
            = leafPaths(QJsonDocument::fromJson(m_sides[1].context).object());
        QJsonArray context;
        auto i = a.cbegin();
        auto j = b.cbegin();
        while (i != a.cend() || j != b.cend()) {
            const bool onlyA = j == b.cend() || (i != a.cend() && i.key() < j.key());
            const bool onlyB = i == a.cend() || (j != b.cend() && j.key() < i.key());
            if (onlyA) {
                context.append(QJsonObject { { u"path"_s, i.key() }, { u"a"_s, i.value() } });
                ++i;
            } else if (onlyB) {
                context.append(QJsonObject { { u"path"_s, j.key() }, { u"b"_s, j.value() } });
                ++j;
            } else {
                if (i.value() != j.value())
                    context.append(QJsonObject {
                        { u"path"_s, i.key() }, { u"a"_s, i.value() }, { u"b"_s, j.value() } });
                ++i;
                ++j;
            }
        }
        QByteArray out;
        if (!m_plan.text) {
            const QJsonObject report { { u"a"_s, m_plan.sids[0] }, { u"b"_s, m_plan.sids[1] },
                { u"flow_sid"_s, m_plan.flowSid },
                { u"diverged_at"_s, parted.isEmpty() ? QJsonValue() : QJsonValue(parted) },
                { u"steps"_s,
                    QJsonObject { { u"a"_s, stepsJson(m_sides[0].steps) },
                        { u"b"_s, stepsJson(m_sides[1].steps) } } },
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
            text << "a " << m_plan.sids[0] << ": " << escapeControls(way(m_sides[0].steps)) << '\n';
            text << "b " << m_plan.sids[1] << ": " << escapeControls(way(m_sides[1].steps)) << '\n';
            text << (parted.isEmpty() ? tr("The same path.")
                                      : tr("They parted at %1.").arg(escapeControls(parted)))
                 << '\n';
            for (const auto &row : std::as_const(context)) {
                const QJsonObject r = row.toObject();
                text << "  " << escapeControls(r.value(u"path"_s).toString()) << ": "
                     << jsonForText(r.value(u"a"_s)) << " | " << jsonForText(r.value(u"b"_s))
                     << '\n';
            }
            text << tr("%n context value(s) differ.", nullptr, int(context.size())) << '\n';
        }
        return Output::writeWhole(out, m_plan.path);
    }

    ComparePlan m_plan;
    Side m_sides[2];
    bool m_done = false;
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
