#include "commandspec.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope::commandline {

namespace {

// "-o" for a one-letter name, "--output" for the others.
QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// "-o FILE" when the option has a one-letter name, else "--from T".
QString synopsisToken(const OptionSpec &option)
{
    const auto shortName = std::find_if(option.names.cbegin(), option.names.cend(),
        [](const QString &name) { return name.size() == 1; });
    QString token
        = shortName != option.names.cend() ? dashed(*shortName) : dashed(option.longName());
    if (!option.valueName.isEmpty())
        token += u' ' + option.valueName;
    return token;
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Japanese punctuation a line may not start with, and brackets it may not end with.
bool closes(char32_t c)
{
    return QStringView(u"、。，．）」』】〕：；！？・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
        .contains(QChar(char16_t(c)));
}

bool opens(char32_t c)
{
    return QStringView(u"（「『【〔").contains(QChar(char16_t(c)));
}

// A word split where a line may break inside it: between two characters of which one is wide.
QStringList pieces(const QString &word)
{
    QStringList out;
    QString piece;
    char32_t previous = 0;
    for (const char32_t c : word.toUcs4()) {
        const bool breakable
            = previous != 0 && (isWide(c) || isWide(previous)) && !closes(c) && !opens(previous);
        if (breakable && !piece.isEmpty()) {
            out << piece;
            piece.clear();
        }
        piece += QString::fromUcs4(&c, 1);
        previous = c;
    }
    if (!piece.isEmpty())
        out << piece;
    return out;
}

} // namespace

int columns(QStringView text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += isWide(c) ? 2 : 1;
    return n;
}

QStringList wrapText(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        static const QRegularExpression afterComma(u"(?<=,)"_s);
        QString line;
        int used = 0; // columns(line)
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            // A word wider than a line (a list of column names) breaks after its commas too.
            const bool tooWide = columns(word) > width;
            bool first = true; // a space goes before a word's first piece only
            for (const QString &piece : pieces(word)) {
                for (const QString &part :
                    tooWide ? piece.split(afterComma) : QStringList { piece }) {
                    const int gap = first && !line.isEmpty() ? 1 : 0;
                    const int needs = columns(part);
                    if (!line.isEmpty() && used + gap + needs > width) {
                        lines << line;
                        line.clear();
                        used = 0;
                    }
                    if (!line.isEmpty() && gap) {
                        line += u' ';
                        ++used;
                    }
                    line += part;
                    used += needs;
                    first = false;
                }
            }
        }
        lines << line;
    }
    return lines;
}

namespace {

// The synopsis tokens of one usage, groups of alternatives already put together.
QStringList usageTokens(const CommandSpec &command, const Usage &usage)
{
    QList<const OptionSpec *> options;
    if (usage.everyOption) {
        for (const OptionSpec &option : command.options) {
            if (!option.has(OptionSpec::Common) && !option.has(OptionSpec::Hidden))
                options << &option;
        }
    } else {
        for (const QString &name : usage.options) {
            if (const OptionSpec *option = command.option(name))
                options << option;
        }
    }
    QStringList tokens;
    if (!usage.words.isEmpty())
        tokens << usage.words;
    QStringList group;
    const auto closeGroup = [&](bool orBoth) {
        if (group.isEmpty())
            return;
        if (orBoth)
            group << u"both"_s;
        tokens << u'(' + group.join(u" | "_s) + u')';
        group.clear();
    };
    for (const OptionSpec *option : std::as_const(options)) {
        QString token = synopsisToken(*option);
        if (option->has(OptionSpec::OneOf)) {
            if (option->has(OptionSpec::Repeatable))
                token += u" …"_s;
            group << token;
            if (option->has(OptionSpec::OrBoth))
                closeGroup(true);
            continue;
        }
        closeGroup(false);
        if (option->has(OptionSpec::Required))
            token += option->has(OptionSpec::Repeatable) ? u" …"_s : QString();
        else
            token = u'[' + token + u']' + (option->has(OptionSpec::Repeatable) ? u"…"_s : u""_s);
        tokens << token;
    }
    closeGroup(false);
    return tokens;
}

QList<Usage> usagesOf(const CommandSpec &command)
{
    return command.usages.isEmpty() ? QList<Usage> { Usage { {}, {}, true } } : command.usages;
}

} // namespace

QCommandLineOption OptionSpec::toOption() const
{
    return valueName.isEmpty() ? QCommandLineOption(names, help)
                               : QCommandLineOption(names, help, valueName, defaultValue);
}

const OptionSpec *CommandSpec::option(const QString &longName) const
{
    for (const OptionSpec &o : options) {
        if (o.longName() == longName)
            return &o;
    }
    return nullptr;
}

QStringList CommandSpec::usageLines() const
{
    QStringList lines;
    for (const Usage &usage : usagesOf(*this)) {
        const QStringList tokens = usageTokens(*this, usage);
        lines << (tokens.isEmpty() ? invocation() : invocation() + u' ' + tokens.join(u' '));
    }
    return lines;
}

QStringList CommandSpec::wrappedUsage(int width) const
{
    QStringList lines;
    const QString indent(invocation().size() + 1, u' ');
    for (const Usage &usage : usagesOf(*this)) {
        QString line = invocation();
        for (const QString &token : usageTokens(*this, usage)) {
            if (line.size() + 1 + token.size() > width && line.size() > indent.size()) {
                lines << line;
                line = indent + token;
            } else {
                line += u' ' + token;
            }
        }
        lines << line;
    }
    return lines;
}

QList<QCommandLineOption> CommandSpec::parserOptions() const
{
    QList<QCommandLineOption> out;
    for (const OptionSpec &option : options)
        out << option.toOption();
    return out;
}

QString CommandSpec::helpText() const
{
    const QString usageWord = QCoreApplication::translate("commandline", "Usage:");
    QStringList lines;
    const int usageColumns = columns(usageWord);
    const QStringList usage = wrappedUsage(100 - usageColumns - 1);
    for (qsizetype k = 0; k < usage.size(); ++k)
        lines << (k == 0 ? usageWord : QString(usageColumns, u' ')) + u' ' + usage[k];
    QString text
        = lines.join(u'\n') + u"\n\n"_s + wrapText(description, 100).join(u'\n') + u"\n\n"_s;
    QList<OptionSpec> own;
    QList<OptionSpec> common;
    for (const OptionSpec &option : options)
        (option.has(OptionSpec::Common) ? common : own) << option;
    text += QCoreApplication::translate("commandline", "Options:") + u'\n' + formatOptions(own);
    if (!common.isEmpty())
        text += u'\n' + QCoreApplication::translate("commandline", "Common options:") + u'\n'
            + formatOptions(common);
    return text;
}

QString CommandSpec::manOptions() const
{
    QString out;
    for (const OptionSpec &option : options) {
        if (option.has(OptionSpec::Common) && !name.isEmpty())
            continue; // listed once, under the common options
        QStringList names;
        for (const QString &n : option.names)
            names << u"\\fB"_s + roff(dashed(n)) + u"\\fR"_s;
        QString head = names.join(u", "_s);
        if (!option.valueName.isEmpty())
            head += u" \\fI"_s + roff(option.valueName) + u"\\fR"_s;
        QString body = option.help;
        if (!option.details.isEmpty())
            body += u' ' + option.details;
        out += u".TP\n"_s + head + u'\n' + roff(body) + u'\n';
    }
    return out;
}

QString CommandSpec::manSynopsis() const
{
    QString out;
    for (const QString &line : usageLines()) {
        out += u".B "_s + roff(invocation()) + u'\n';
        const QString rest = line.mid(invocation().size()).trimmed();
        if (!rest.isEmpty())
            out += roff(rest) + u'\n';
        out += u".br\n"_s;
    }
    return out;
}

QString formatOptions(const QList<OptionSpec> &options, int width)
{
    QStringList heads;
    for (const OptionSpec &option : options) {
        QStringList names;
        for (const QString &n : option.names)
            names << dashed(n);
        QString head = u"  "_s + names.join(u", "_s);
        if (!option.valueName.isEmpty())
            head += u" <"_s + option.valueName + u'>';
        heads << head;
    }
    int column = 0;
    for (const QString &head : std::as_const(heads))
        column = std::max(column, int(head.size()) + 2);
    column = std::min(column, 32);
    const QString indent(column, u' ');
    QString out;
    for (qsizetype k = 0; k < options.size(); ++k) {
        const QStringList help = wrapText(options[k].help, width - column);
        QString first = heads[k];
        if (first.size() + 2 > column) {
            out += first + u'\n';
            first = indent;
        } else {
            first = first.leftJustified(column, u' ');
        }
        for (qsizetype line = 0; line < help.size(); ++line)
            out += (line == 0 ? first : indent) + help[line] + u'\n';
    }
    return out;
}

QString synopsisBlock(const QList<CommandSpec> &commands, int width)
{
    QString out;
    for (const CommandSpec &command : commands) {
        for (const QString &line : command.wrappedUsage(width))
            out += line + u'\n';
        if (!command.summary.isEmpty())
            out += u"    "_s + command.summary + u'\n';
    }
    return out;
}

QString roff(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s)
        .replace(u'-', u"\\-"_s)
        .replace(u"…"_s, u"..."_s)
        .replace(u"—"_s, u"\\(em"_s);
    QStringList lines = out.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(u"\\&"_s);
    }
    return lines.join(u'\n');
}

} // namespace flowscope::commandline
