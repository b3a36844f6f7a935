// flowscope-manpage PROGRAM TEMPLATE OUTPUT: writes a man page from its template and the command
// line's own description (cli::Command, sandbox::commandSpec), so that the page and --help cannot
// drift apart. Run at build time; not installed.
//
// In the template: @PROJECT_VERSION@, @SYNOPSIS@ (every usage line), @OPTIONS@ (the program's
// own options), @COMMON_OPTIONS@ and @COMMANDS@ (each subcommand: its description and options).

#include "cli/command.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace flowscope;
using commandline::roff;

namespace {

QString commandsSection()
{
    QString out;
    for (const auto &command : cli::Command::all()) {
        const commandline::CommandSpec spec = command->spec();
        out += u".SS "_s + spec.name + u'\n' + roff(spec.description) + u'\n' + spec.manOptions();
    }
    return out;
}

QString commonOptions()
{
    commandline::CommandSpec common;
    common.program = u"flowscope"_s;
    for (commandline::OptionSpec option : cli::Command::commonOptions()) {
        if (option.has(commandline::OptionSpec::Hidden))
            continue;
        option.flags &= ~commandline::OptionSpec::Common;
        common.options << option;
    }
    return common.manOptions();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs(
            "usage: flowscope-manpage flowscope|flowscope-sandbox TEMPLATE OUTPUT\n", stderr);
        return 2;
    }
    QFile in(args[2]);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "flowscope-manpage: %s: %s\n", qPrintable(args[2]),
            qPrintable(in.errorString()));
        return 1;
    }
    QString page = QString::fromUtf8(in.readAll());
    page.replace(u"@PROJECT_VERSION@"_s, QStringLiteral(FLOWSCOPE_VERSION));
    if (args[1] == u"flowscope"_s) {
        QString synopsis;
        for (const commandline::CommandSpec &spec : cli::Command::allSpecs())
            synopsis += spec.manSynopsis();
        page.replace(u"@SYNOPSIS@\n"_s, synopsis);
        page.replace(u"@OPTIONS@\n"_s, cli::Command::windowSpec().manOptions());
        page.replace(u"@COMMON_OPTIONS@\n"_s, commonOptions());
        page.replace(u"@COMMANDS@\n"_s, commandsSection());
    } else {
        const commandline::CommandSpec spec = sandbox::commandSpec();
        page.replace(u"@SYNOPSIS@\n"_s, spec.manSynopsis());
        page.replace(u"@OPTIONS@\n"_s, spec.manOptions());
    }
    if (page.contains(u"@SYNOPSIS@"_s) || page.contains(u"@OPTIONS@"_s)) {
        std::fputs("flowscope-manpage: a placeholder was left in the page\n", stderr);
        return 1;
    }
    QSaveFile out(args[3]);
    if (!out.open(QIODevice::WriteOnly) || out.write(page.toUtf8()) < 0 || !out.commit()) {
        std::fprintf(stderr, "flowscope-manpage: %s: %s\n", qPrintable(args[3]),
            qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
