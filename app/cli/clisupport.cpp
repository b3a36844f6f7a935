#include "clisupport.h"

#include "api/sid.h"
#include "cli.h"
#include "executions/executionquery.h"

#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

void printError(const QString &message)
{
    const QByteArray line = "flowscope: " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

std::optional<ExportFormat> parseFormat(const QString &text, bool workbooks)
{
    if (workbooks && text == u"xlsx"_s)
        return ExportFormat::Xlsx;
    if (text == u"csv"_s)
        return ExportFormat::Csv;
    if (text == u"tsv"_s)
        return ExportFormat::Tsv;
    if (text == u"jsonl"_s)
        return ExportFormat::Jsonl;
    printError(workbooks ? Tr::tr("--format must be csv, tsv, jsonl or xlsx")
                         : Tr::tr("--format must be csv, tsv or jsonl"));
    return std::nullopt;
}

bool checkOutputFor(ExportFormat format, const QString &path)
{
    if (format != ExportFormat::Xlsx || (!path.isEmpty() && path != u"-"_s))
        return true;
    printError(
        Tr::tr("a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx"));
    return false;
}

bool parseTimeOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, QDateTime *target)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    const QDateTime time = parseTimeArgument(text);
    if (!time.isValid()) {
        printError(Tr::tr("--%1 '%2' is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or "
                          "2026-11-01T09:00:00+05:30")
                       .arg(option.names().constFirst(), text));
        return false;
    }
    *target = time;
    return true;
}

bool parseSidOption(const QCommandLineParser &parser, const QCommandLineOption &option,
    const char prefix[2], const QString &what, QStringList *sids)
{
    for (const QString &value : parser.values(option)) {
        const QString sid = value.trimmed();
        if (!isSid(sid, prefix)) {
            printError(
                Tr::tr("--%1 '%2' is not %3 (%4 followed by 32 hex digits)")
                    .arg(option.names().constFirst(), value, what, QString::fromLatin1(prefix, 2)));
            return false;
        }
        *sids << sid.left(2) + sid.mid(2).toLower();
    }
    return true;
}

QStringList columnNames()
{
    return RowRenderer::knownColumns() << u"context"_s;
}

bool parseColumnOptions(const QCommandLineParser &parser, const QCommandLineOption &columns,
    const QCommandLineOption &context, ExportOptions *options)
{
    const QStringList known = columnNames();
    QStringList selected = parser.isSet(columns)
        ? parser.value(columns).split(u',', Qt::SkipEmptyParts)
        : RowRenderer::defaultColumns();
    for (QString &c : selected) {
        c = c.trimmed();
        if (!known.contains(c)) {
            printError(
                Tr::tr("unknown column '%1'; the columns are %2").arg(c, known.join(u", "_s)));
            return false;
        }
    }
    options->includeContext = parser.isSet(context) || selected.contains(u"context"_s);
    selected.removeAll(u"context"_s);
    options->columns = selected;
    return true;
}

bool Output::open(const QString &path, QString *error, ExportFormat format)
{
    if (path.isEmpty() || path == u"-"_s) {
        if (format == ExportFormat::Xlsx) {
            *error = Tr::tr("a workbook is a file, not text for a terminal or a pipe: give "
                            "-o FILE.xlsx"); // checkOutputFor says it before any request
            return false;
        }
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly)) {
            *error = Tr::tr("cannot write to standard output");
            return false;
        }
        return true;
    }
    m_file = std::make_unique<ExportFile>(path, format);
    if (QString why; !m_file->open(&why)) {
        *error = Tr::tr("cannot write %1: %2").arg(path, why);
        m_file.reset();
        return false;
    }
    return true;
}

QIODevice *Output::device() const
{
    return m_file ? m_file->device() : m_stdout.get();
}

void Output::discard()
{
    if (m_file)
        m_file->cancel();
}

bool Output::commit()
{
    if (m_failed) {
        discard();
        printError(m_file ? Tr::tr("the output could not be written (disk full?); an existing "
                                   "file was left as it was")
                          : Tr::tr("the output could not be written"));
        return false;
    }
    if (m_file) {
        if (QString why; !m_file->commit(&why)) {
            printError(Tr::tr("cannot write %1: %2").arg(m_file->fileName(), why));
            return false;
        }
        if (const QString notes = workbookNotes(m_file->workbook()); !notes.isEmpty())
            printError(Tr::tr("warning: %1").arg(notes));
        return true;
    }
    if (m_stdout && !m_stdout->flush()) {
        printError(Tr::tr("cannot write to standard output"));
        return false;
    }
    return true;
}

// Parses; prints help or a usage error. Returns nullopt to exit with *exitCode. `positional`:
// how many positional arguments the subcommand takes, exactly.
std::optional<CommonValues> parseCommon(QCommandLineParser &parser, const Common &common,
    const QStringList &arguments, int *exitCode, int positional)
{
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1); // the subcommand
    if (!parser.parse(args)) {
        printError(parser.errorText() + Tr::tr(" (see --help)"));
        *exitCode = Usage;
        return std::nullopt;
    }
    if (parser.isSet(common.help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = Ok;
        return std::nullopt;
    }
    const QStringList extra = parser.positionalArguments().mid(positional);
    if (!extra.isEmpty()) {
        printError(Tr::tr("unexpected argument '%1' (see --help)").arg(extra.constFirst()));
        *exitCode = Usage;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() < positional) {
        printError(Tr::tr("missing argument (see --help)"));
        *exitCode = Usage;
        return std::nullopt;
    }
    CommonValues values;
    values.profile = parser.value(common.profile);
    values.baseUrl = parser.value(common.baseUrl);
    bool ok = false;
    const double seconds = parser.value(common.timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        printError(Tr::tr("--timeout must be a number of seconds from 0 to 3600"));
        *exitCode = Usage;
        return std::nullopt;
    }
    values.timeoutMs = int(seconds * 1000);
    values.attempts = parser.value(common.retries).toInt(&ok);
    if (!ok || values.attempts < 1 || values.attempts > 100) {
        printError(Tr::tr("--retries must be a number of attempts from 1 to 100"));
        *exitCode = Usage;
        return std::nullopt;
    }
    return values;
}

bool parseRangeOptions(const QCommandLineParser &parser, const QCommandLineOption &fromOption,
    const QCommandLineOption &toOption, const QDateTime &defaultTo, QDateTime *from, QDateTime *to)
{
    *from = QDateTime::currentDateTimeUtc().addDays(-30);
    *to = defaultTo;
    if (!parseTimeOption(parser, fromOption, from) || !parseTimeOption(parser, toOption, to))
        return false;
    if (*from >= *to) {
        printError(Tr::tr("--from must be before --to"));
        return false;
    }
    return true;
}

bool parseConcurrencyOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, int *value)
{
    if (!parser.isSet(option) && option.defaultValues().isEmpty())
        return true; // absent, and no default to read
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1 || n > 32) {
        printError(Tr::tr("--concurrency must be from 1 to 32"));
        return false;
    }
    *value = n;
    return true;
}

void UnknownOutcomes::add(const QString &executionSid, const OutcomeResult &result)
{
    if (m_count++ == 0) {
        m_firstSid = executionSid;
        m_firstReason = result.outcome.reason;
    }
    for (const ApiError &error : { result.stepsError, result.contextError }) {
        if (error.isError() && error.kind != ApiError::Kind::NotFound && !m_failure.isError())
            m_failure = error;
    }
}

int UnknownOutcomes::report() const
{
    if (m_count == 0)
        return Ok;
    printError(Tr::tr("warning: the outcome of %n execution(s) is unknown (written as unknown); "
                      "%1, for one: %2",
        nullptr, m_count)
                   .arg(m_firstSid, m_firstReason));
    return m_failure.isError() ? exitCodeFor(m_failure) : Ok;
}

void announceRetry(qint64 delayMs, const ApiError &reason)
{
    if (stderrIsTerminal())
        printError(Tr::tr("%1 Retrying in %2 s.")
                       .arg(reason.userMessage())
                       .arg(double(delayMs) / 1000.0, 0, 'f', 1));
}

// Runs a command under the application's event loop — the only loop the command line runs:
// resolves the settings (a keychain read, when a profile is used), then calls start, which ends
// the command by calling finish. What start creates belongs to `scope`, which goes before the
// client does.
int runLoop(const std::function<void(QObject &scope, const Finish &finish)> &start)
{
    int exitCode = Ok;
    bool finished = false;
    const Finish finish = [&](int code) {
        if (std::exchange(finished, true))
            return;
        exitCode = code;
        QCoreApplication::exit(code);
    };
    {
        QObject scope;
        QMetaObject::invokeMethod(
            &scope, [&] { start(scope, finish); }, Qt::QueuedConnection);
        QCoreApplication::exec();
    }
    // Replies aborted along the way are deleted later; let that happen while their network
    // manager is still alive (otherwise Qt complains on stderr at exit).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return exitCode;
}

int runCommand(const CommonValues &values,
    const std::function<void(StudioClient &client, QObject &scope, const Finish &finish)> &start)
{
    StudioClient client;
    return runLoop([&](QObject &scope, const Finish &finish) {
        resolveCommandLineSettings(values.profile, values.baseUrl,
            QProcessEnvironment::systemEnvironment(), &scope,
            [&](std::optional<ClientSettings> settings, const QString &error, int exitCode) {
                if (!settings) {
                    printError(error);
                    finish(exitCode);
                    return;
                }
                settings->transferTimeoutMs = values.timeoutMs;
                settings->retry.maxAttempts = values.attempts;
                client.setSettings(*settings);
                start(client, scope, finish);
            });
    });
}

} // namespace flowscope::cli
