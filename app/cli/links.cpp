// flowscope link — a flowscope:// link to an execution or a saved view, for a ticket or a chat;
// flowscope views list|show|remove — the saved views of a profile, as the window keeps them.
// Neither talks to Twilio: a link is made from what is given, and views are in the settings.

#include "command.h"

#include "accounts/profiles.h"
#include "api/sid.h"
#include "executions/executionref.h"
#include "links/flowscopelink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

OptionSpec profileOption()
{
    return { { u"profile"_s }, u"NAME"_s,
        Command::tr("The profile whose views and account these are (default: the environment's "
                    "account, else the profile used last)."),
        {}, {} };
}

OptionSpec helpOption()
{
    return { { u"h"_s, u"help"_s }, {}, Command::tr("Show this help."), {}, {},
        OptionSpec::Hidden };
}

// The account the profile in use is of (the environment's, or the profile's), for a link's
// account=; empty when neither says.
QString accountOf(const Arguments &args)
{
    if (QString env = environmentAccount(); args.common().profile.isEmpty() && !env.isEmpty())
        return env;
    const std::optional<Profile> profile = ProfileStore().find(args.profileName());
    return profile ? profile->accountSid : QString();
}

// A view named in the profile's store, or given as a flowscope://view link.
std::optional<SavedView> viewNamed(const Arguments &args, const QString &nameOrLink)
{
    if (FlowScopeLink::isLink(nameOrLink)) {
        QString why;
        const std::optional<FlowScopeLink> link = FlowScopeLink::parse(nameOrLink, &why);
        if (!link || link->kind != FlowScopeLink::Kind::View) {
            printError(link ? Command::tr("that link opens an execution, not a view") : why);
            return std::nullopt;
        }
        return link->view;
    }
    std::optional<SavedView> view = ViewStore(args.profileName()).find(nameOrLink);
    if (!view)
        printError(Command::tr("there is no view named '%1' (flowscope views list)")
                       .arg(escapeControls(nameOrLink)));
    return view;
}

QJsonObject viewObject(const SavedView &view, bool start, const QString &account)
{
    QJsonObject o;
    o.insert(u"name"_s, view.name);
    o.insert(u"flow_sid"_s, view.flowSid);
    o.insert(u"range"_s, rangePresetKey(view.range));
    o.insert(u"from"_s,
        view.from.isValid() ? QJsonValue(view.from.toString(Qt::ISODate)) : QJsonValue());
    o.insert(u"to"_s, view.to.isValid() ? QJsonValue(view.to.toString(Qt::ISODate)) : QJsonValue());
    o.insert(u"failed_only"_s, view.failedOnly);
    o.insert(u"filter"_s, view.filter);
    o.insert(u"columns"_s, QJsonArray::fromStringList(view.columns));
    o.insert(u"sort"_s,
        view.sortColumn.isEmpty() ? QString()
                                  : (view.sortDescending ? u"-"_s : QString()) + view.sortColumn);
    o.insert(u"start"_s, start);
    o.insert(u"link"_s, FlowScopeLink::toView(view, account));
    return o;
}

class LinkCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LinkCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec;
        spec.program = u"flowscope"_s;
        spec.name = u"link"_s;
        spec.summary = tr("a flowscope:// link to an execution or a saved view");
        spec.description = tr(
            "Print a flowscope:// link for a ticket or a chat: a colleague's click opens it in "
            "their FlowScope window (the one running, or a new one). The link names the execution "
            "and its flow, or a view's query, and the account they are of — never credentials or "
            "an origin. An execution is given by its SID with --flow, or by a Console link; a "
            "view by its name (flowscope views list).");
        spec.usages = { { u"FN…|LINK"_s, { u"flow"_s } }, { {}, { u"view"_s } } };
        spec.options = {
            { { u"flow"_s }, u"FW…"_s,
                tr("The execution's flow (FW…); a Console link names it already."), {}, {} },
            { { u"view"_s }, u"NAME"_s, tr("A saved view of the profile."), {}, {},
                OptionSpec::Required },
            profileOption(),
            helpOption(),
        };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        int exitCode = Ok;
        const auto args = Arguments::parse(spec(), arguments, &exitCode, -1);
        if (!args)
            return exitCode;
        const QStringList positional = args->positional();
        QString link;
        if (args->isSet(u"view"_s)) {
            if (!positional.isEmpty() || args->isSet(u"flow"_s)) {
                printError(tr("give an execution or --view, not both"));
                return Usage;
            }
            const std::optional<SavedView> view = viewNamed(*args, args->value(u"view"_s));
            if (!view)
                return NotFound;
            link = FlowScopeLink::toView(*view, accountOf(*args));
        } else {
            if (positional.size() != 1) {
                printError(tr("give one execution (FN… with --flow, or a link), or --view NAME"));
                return Usage;
            }
            const QString flow = args->value(u"flow"_s).trimmed();
            if (args->isSet(u"flow"_s) && !isSid(flow, "FW")) {
                printError(tr("--flow must be a flow SID (FW followed by 32 hex digits)"));
                return Usage;
            }
            QString error;
            const auto ref = parseExecutionRef(
                positional.constFirst(), canonicalSid(flow, "FW"), &error, tr("give --flow"));
            if (!ref) {
                printError(error);
                return Usage;
            }
            link = FlowScopeLink::toExecution(ref->flowSid, ref->executionSid, accountOf(*args));
        }
        QTextStream(stdout) << link << '\n';
        return Ok;
    }
};

class ViewsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ViewsCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec;
        spec.program = u"flowscope"_s;
        spec.name = u"views"_s;
        spec.summary = tr("the saved views of a profile");
        spec.description = tr(
            "The views saved in the window (View ▸ Save view…), per profile: list them, show one "
            "(a name or a flowscope://view link) with its link, or remove one. flowscope "
            "executions --view NAME exports what a view lists.");
        spec.usages = {
            { u"list"_s, { u"format"_s } },
            { u"show NAME|LINK"_s, { u"format"_s } },
            { u"remove NAME"_s, {} },
        };
        spec.options = {
            { { u"format"_s }, u"tsv|jsonl"_s, tr("tsv (default) or jsonl."), {}, u"tsv"_s },
            profileOption(),
            helpOption(),
        };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        int exitCode = Ok;
        const auto args = Arguments::parse(spec(), arguments, &exitCode, -1);
        if (!args)
            return exitCode;
        const QStringList positional = args->positional();
        if (positional.isEmpty()) {
            printError(tr("say what to do: views list | show NAME | remove NAME"));
            return Usage;
        }
        const QString &action = positional.first();
        const QString format = args->value(u"format"_s);
        if (format != u"tsv"_s && format != u"jsonl"_s) {
            printError(tr("--format must be tsv or jsonl"));
            return Usage;
        }
        ViewStore store(args->profileName());
        if (action == u"list"_s) {
            if (positional.size() != 1) {
                printError(tr("views list takes no name"));
                return Usage;
            }
            print(store.views(), store.startView(), accountOf(*args), format == u"jsonl"_s);
            return Ok;
        }
        if (action != u"show"_s && action != u"remove"_s) {
            printError(tr("unknown action '%1' of views: the actions are list, show and remove")
                           .arg(escapeControls(action)));
            return Usage;
        }
        if (positional.size() != 2) {
            printError(tr("views %1 takes one view name").arg(action));
            return Usage;
        }
        if (action == u"remove"_s) {
            if (args->isSet(u"format"_s)) {
                printError(tr("that option is not one of views remove (see --help)"));
                return Usage;
            }
            if (!store.remove(positional[1])) {
                printError(tr("there is no view named '%1' (flowscope views list)")
                               .arg(escapeControls(positional[1])));
                return NotFound;
            }
            std::fprintf(stderr, "%s\n",
                qPrintable(tr("Removed view '%1'.").arg(escapeControls(positional[1]))));
            return Ok;
        }
        const std::optional<SavedView> view = viewNamed(*args, positional[1]);
        if (!view)
            return FlowScopeLink::isLink(positional[1]) ? Usage : NotFound;
        print({ *view }, store.startView(), accountOf(*args), format == u"jsonl"_s);
        return Ok;
    }

private:
    static void print(
        const QList<SavedView> &views, const QString &start, const QString &account, bool jsonl)
    {
        QTextStream out(stdout);
        static const QStringList keys = { u"name"_s, u"flow_sid"_s, u"range"_s, u"from"_s, u"to"_s,
            u"failed_only"_s, u"filter"_s, u"columns"_s, u"sort"_s, u"start"_s, u"link"_s };
        if (!jsonl)
            out << keys.join(u'\t') << '\n';
        for (const SavedView &view : views) {
            const QJsonObject o = viewObject(view, !start.isEmpty() && view.name == start, account);
            if (jsonl) {
                out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
                continue;
            }
            QStringList cells;
            for (const QString &key : keys) {
                const QJsonValue v = o.value(key);
                QString cell = v.isBool() ? (v.toBool() ? u"yes"_s : u"no"_s)
                    : v.isArray()         ? view.columns.join(u',')
                                          : v.toString();
                cells << escapeControls(cell.replace(u'\t', u' ').replace(u'\n', u' '));
            }
            out << cells.join(u'\t') << '\n';
        }
    }
};

} // namespace

std::unique_ptr<Command> makeLinkCommand()
{
    return std::make_unique<LinkCommand>();
}

std::unique_ptr<Command> makeViewsCommand()
{
    return std::make_unique<ViewsCommand>();
}

} // namespace flowscope::cli
