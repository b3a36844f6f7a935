#pragma once

// A command line described once: each command's synopsis, summary, description and options, from
// which come the parser, `--help`, the top-level synopsis, the man page (written at build time)
// and — through a test — the README's synopsis. Qt Core only: flowscope and flowscope-sandbox
// both describe themselves with it.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace flowscope::commandline {

struct OptionSpec
{
    enum Flag {
        NoFlag = 0,
        Required = 1 << 0, // shown without brackets in the synopsis
        Repeatable = 1 << 1, // "…" after it
        OneOf = 1 << 2, // one of a group of alternatives with the options around it: (a | b)
        OrBoth
        = 1 << 3, // the last of a OneOf group that may also be given together: (a | b | both)
        Common = 1 << 4, // taken by every subcommand: listed once, not in each synopsis
        Hidden = 1 << 5, // parsed, but in no synopsis (help and version)
    };

    QStringList names; // without dashes: { "o", "output" }
    QString valueName; // "FILE", "csv|tsv|jsonl"; empty: a flag
    QString help; // for --help: a sentence or two
    QString details; // appended to the help in the man page only
    QString defaultValue;
    int flags = NoFlag;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    QString longName() const { return names.constLast(); }
    QCommandLineOption toOption() const;
};

// One way to call a command: its words and, in order, the options it takes ("list" with
// --format; "add NAME" with --account-sid…). A command without usages has one: every option.
struct Usage
{
    QString words; // positional words before the options: "FN…|LINK", "add NAME"
    QStringList options; // long names, in order
    bool everyOption = false; // every option of the command that is not Common, in its order
};

struct CommandSpec
{
    QString program; // "flowscope", "flowscope-sandbox"
    QString name; // "executions"; empty for the program itself (the window)
    QString summary; // one line under its synopsis: "export a flow's executions"
    QString description; // --help and the man page
    QList<Usage> usages;
    QList<OptionSpec> options; // in the order --help lists them

    QString invocation() const { return name.isEmpty() ? program : program + u' ' + name; }
    const OptionSpec *option(const QString &longName) const;
    // The synopsis lines, one per usage: "flowscope executions --flow FW… [--from T] …".
    QStringList usageLines() const;
    // The same wrapped at `width` columns, continuation lines indented under the first option.
    QStringList wrappedUsage(int width = 100) const;
    // Every option for a QCommandLineParser.
    QList<QCommandLineOption> parserOptions() const;
    // "Usage: …", the description and the options, for --help.
    QString helpText() const;
    // The command's options as man(7) paragraphs (.TP), each with its details.
    QString manOptions() const;
    // The synopsis as man(7) lines for a SYNOPSIS section.
    QString manSynopsis() const;
};

// Options as --help lists them: "  -o, --output <FILE>   Write to FILE …", wrapped.
QString formatOptions(const QList<OptionSpec> &options, int width = 100);
// The synopsis part of a program's --help, which the README's command-line block repeats:
// each command's usage lines, wrapped, with its summary indented under them.
QString synopsisBlock(const QList<CommandSpec> &commands, int width = 100);
// Text wrapped at `width` terminal columns, paragraphs kept: at spaces, and between the
// characters of Japanese (or Chinese, Korean), which has no spaces between words.
QStringList wrapText(const QString &text, int width = 100);
// How many columns a terminal gives the text: East Asian wide and full-width characters two.
int columns(QStringView text);
// Text as roff: dashes and backslashes escaped, a leading dot protected, "…" spelled "...".
QString roff(const QString &text);

} // namespace flowscope::commandline
