// flowscope diff: what a publish changed — two flow definitions (files Studio exported, or two
// revisions of a flow read from the v2 API) compared widget by widget.

#include "command.h"

#include "api/sid.h"
#include "diagram/definitiondiff.h"
#include "export/csvwriter.h"
#include "json/jsonpath.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

enum class DiffFormat { Text, Jsonl, Csv };

struct DiffPlan
{
    QStringList files; // two --definition files, or none
    QString flowSid; // with two revisions
    QList<int> revisions;
    DiffFormat format = DiffFormat::Text;
    QString path;
};

// A value as a cell or a line shows it: a string as itself, anything else as compact JSON;
// nothing for a path that is not there.
QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    return value.isString() ? value.toString() : compactJson(value);
}

QByteArray rendered(const QList<WidgetChange> &changes, DiffFormat format)
{
    QByteArray out;
    if (format == DiffFormat::Jsonl) {
        for (const WidgetChange &change : changes) {
            QJsonArray paths;
            for (const PathChange &p : change.paths) {
                paths.append(QJsonObject { { u"path"_s, p.path },
                    { u"old"_s, p.before.isUndefined() ? QJsonValue() : p.before },
                    { u"new"_s, p.after.isUndefined() ? QJsonValue() : p.after } });
            }
            out += QJsonDocument(QJsonObject { { u"widget"_s, change.widget },
                                     { u"change"_s, WidgetChange::kindName(change.kind) },
                                     { u"paths"_s, paths } })
                       .toJson(QJsonDocument::Compact)
                + '\n';
        }
        return out;
    }
    if (format == DiffFormat::Csv) {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({ u"widget"_s, u"change"_s, u"path"_s, u"old"_s, u"new"_s });
        for (const WidgetChange &change : changes) {
            const QString kind = WidgetChange::kindName(change.kind);
            if (change.paths.isEmpty())
                writer.writeRow({ change.widget, kind, {}, {}, {} });
            for (const PathChange &p : change.paths)
                writer.writeRow({ change.widget, kind, p.path, shown(p.before), shown(p.after) });
        }
        writer.flush();
        return out;
    }
    QTextStream text(&out);
    QHash<WidgetChange::Kind, int> counts;
    for (const WidgetChange &change : changes) {
        ++counts[change.kind];
        text << WidgetChange::kindName(change.kind).leftJustified(8) << ' '
             << escapeControls(change.widget) << '\n';
        for (const PathChange &p : change.paths) {
            text << "    " << escapeControls(p.path) << ": " << jsonForText(p.before) << " → "
                 << jsonForText(p.after) << '\n';
        }
    }
    text << Command::tr("%1 changed, %2 added, %3 removed, %4 moved")
                .arg(counts.value(WidgetChange::Kind::Changed))
                .arg(counts.value(WidgetChange::Kind::Added))
                .arg(counts.value(WidgetChange::Kind::Removed))
                .arg(counts.value(WidgetChange::Kind::Moved))
         << '\n';
    text.flush();
    return out;
}

// Two revisions of a flow, read from the v2 API, then compared.
class RevisionsDiff
{
    Q_DECLARE_TR_FUNCTIONS(RevisionsDiff)

public:
    explicit RevisionsDiff(const DiffPlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        for (int k = 0; k < 2; ++k) {
            m_replies[k].reset(
                client.get(client.flowRevisionUrl(m_plan.flowSid, m_plan.revisions[k])));
            QObject::connect(m_replies[k].get(), &ApiReply::retrying, &scope,
                [](int, qint64 delayMs, const ApiError &reason) {
                    announceRetry(delayMs, reason);
                });
            QObject::connect(m_replies[k].get(), &ApiReply::finished, &scope,
                [this, k, finish] { arrived(k, finish); });
        }
    }

private:
    void arrived(int k, const Finish &finish)
    {
        if (m_done)
            return;
        const ApiError error = m_replies[k]->error();
        int exitCode = Ok;
        QString why;
        if (error.isError()) {
            why = tr("revision %1 of %2: %3")
                      .arg(m_plan.revisions[k])
                      .arg(m_plan.flowSid, error.userMessage());
            exitCode = exitCodeFor(error);
        } else {
            m_definitions[k] = DefinitionDiff::definitionOf(m_replies[k]->body(), &why);
            if (!m_definitions[k]) {
                why = tr("revision %1 of %2 holds no definition FlowScope can read: %3")
                          .arg(m_plan.revisions[k])
                          .arg(m_plan.flowSid, why);
                exitCode = NetworkFailure;
            } else if (!m_definitions[0] || !m_definitions[1]) {
                return; // the other one is on its way
            }
        }
        // Done either way: the replies go now, while the client they belong to is there.
        m_done = true;
        for (ApiReplyPtr &reply : m_replies)
            reply.reset();
        if (exitCode != Ok) {
            printError(why);
            finish(exitCode);
            return;
        }
        finish(Output::writeWhole(
            rendered(DefinitionDiff::compare(*m_definitions[0], *m_definitions[1]), m_plan.format),
            m_plan.path));
    }

    DiffPlan m_plan;
    ApiReplyPtr m_replies[2];
    std::optional<QJsonObject> m_definitions[2];
    bool m_done = false;
};

class DiffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec = describe(u"diff"_s, tr("what changed between two flow definitions"),
            tr("Compare two flow definitions widget by widget, matched by name: each widget "
               "added, removed, changed (its type, properties or transitions) or moved (only its "
               "offset on the canvas), with the paths that differ and their old and new values. "
               "The definitions are files (as Studio exports them, or a v2 Flow or Flow Revision "
               "resource) or two revisions of a flow read from Twilio. A renamed widget is a "
               "removal and an addition."),
            {
                { { u"definition"_s }, u"FILE"_s,
                    tr("A definition file; give two (the older first)."), {}, {},
                    OptionSpec::Required | OptionSpec::Repeatable },
                { { u"flow"_s }, u"FW…"_s, tr("The flow whose --revision's to compare."), {}, {},
                    OptionSpec::Required },
                { { u"revision"_s }, u"N"_s,
                    tr("A revision of --flow (its version number); give two (the older first)."),
                    {}, {}, OptionSpec::Required | OptionSpec::Repeatable },
                { { u"format"_s }, u"text|jsonl|csv"_s,
                    tr("text (default: readable), jsonl (one widget a line: widget, change, paths "
                       "of path, old, new) or csv (one path a row)."),
                    tr("In jsonl a path that is not on one side has null there."), u"text"_s },
                outputOption(),
            });
        spec.usages = { { {}, { u"definition"_s, u"format"_s, u"output"_s } },
            { {}, { u"flow"_s, u"revision"_s, u"format"_s, u"output"_s } } };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        int exitCode = Ok;
        const auto args = Arguments::parse(spec(), arguments, &exitCode);
        if (!args)
            return exitCode;
        DiffPlan plan;
        if (!parse(*args, &plan))
            return Usage;
        if (plan.files.isEmpty()) {
            return parseThenRun<RevisionsDiff, DiffPlan>(
                arguments, [plan](const Arguments &, DiffPlan *into) {
                    *into = plan;
                    return true;
                });
        }
        std::optional<QJsonObject> definitions[2];
        for (int k = 0; k < 2; ++k) {
            QFile file(plan.files[k]);
            if (!file.open(QIODevice::ReadOnly)) {
                printError(tr("--definition %1: %2").arg(plan.files[k], file.errorString()));
                return Usage;
            }
            QString why;
            definitions[k] = DefinitionDiff::definitionOf(file.readAll(), &why);
            if (!definitions[k]) {
                printError(tr("--definition %1: %2").arg(plan.files[k], why));
                return Usage;
            }
        }
        return Output::writeWhole(
            rendered(DefinitionDiff::compare(*definitions[0], *definitions[1]), plan.format),
            plan.path);
    }

private:
    static bool parse(const Arguments &args, DiffPlan *plan)
    {
        const QString format = args.value(u"format"_s);
        if (format == u"jsonl"_s)
            plan->format = DiffFormat::Jsonl;
        else if (format == u"csv"_s)
            plan->format = DiffFormat::Csv;
        else if (format != u"text"_s) {
            printError(tr("--format must be text, jsonl or csv"));
            return false;
        }
        plan->path = args.value(u"output"_s);
        plan->files = args.values(u"definition"_s);
        const QStringList revisions = args.values(u"revision"_s);
        if (!plan->files.isEmpty()) {
            if (plan->files.size() != 2 || args.isSet(u"flow"_s) || !revisions.isEmpty()) {
                printError(tr("give two --definition files, or --flow with two --revision"));
                return false;
            }
            return true;
        }
        plan->flowSid = canonicalSid(args.value(u"flow"_s).trimmed(), "FW");
        if (!isSid(plan->flowSid, "FW") || revisions.size() != 2) {
            printError(args.isSet(u"flow"_s) && !isSid(plan->flowSid, "FW")
                    ? tr("--flow must be a flow SID (FW followed by 32 hex digits)")
                    : tr("give two --definition files, or --flow with two --revision"));
            return false;
        }
        for (const QString &text : revisions) {
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 1) {
                printError(tr("--revision '%1' is not a revision number (1 or more)")
                               .arg(escapeControls(text)));
                return false;
            }
            plan->revisions << n;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Command> makeDiffCommand()
{
    return std::make_unique<DiffCommand>();
}

} // namespace flowscope::cli
