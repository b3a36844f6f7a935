#pragma once

// What the subcommands share: one-line errors on stderr, the --format choice, output that is a
// file written atomically or stdout, the common options, and runCommand — the one event loop a
// command runs under, from resolving its credentials to its exit code.

#include "api/apierror.h"
#include "api/studioclient.h"
#include "export/exportfile.h"
#include "export/exportformat.h"
#include "outcome/outcomefetcher.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <functional>
#include <memory>
#include <optional>

namespace flowscope::cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(flowscope)
};

void printError(const QString &message);
bool stderrIsTerminal();

// The --format value, or nullopt after saying what it may be. xlsx only where rows are exported.
std::optional<ExportFormat> parseFormat(const QString &text, bool workbooks = false);

// A workbook needs -o FILE: false after saying so (checked before any request).
bool checkOutputFor(ExportFormat format, const QString &path);

// Each parse* below checks one kind of option before any request: false after saying on stderr
// what is wrong (the command then exits with Usage).

// A time option's value into *target, which stays as it was when the option is absent.
bool parseTimeOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, QDateTime *target);

// --from and --to, defaulting to the 30 days Studio keeps, up to `to`'s default: false after
// saying so when a time cannot be read or from is not before to.
bool parseRangeOptions(const QCommandLineParser &parser, const QCommandLineOption &fromOption,
    const QCommandLineOption &toOption, const QDateTime &defaultTo, QDateTime *from, QDateTime *to);

// --concurrency N (requests in flight, 1 to 32) into *value, which stays as it was when the
// option is absent.
bool parseConcurrencyOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, int *value);

// Every value of a repeatable SID option (PP + 32 hex digits), appended normalised to
// lowercase hex. `what` names the kind for the message: "a flow SID".
bool parseSidOption(const QCommandLineParser &parser, const QCommandLineOption &option,
    const char prefix[2], const QString &what, QStringList *sids);

// The columns a row can have: the renderer's, and "context".
QStringList columnNames();
// --columns LIST (default: the renderer's) and --context, into options->columns and
// options->includeContext; "context" in the list means --context.
bool parseColumnOptions(const QCommandLineParser &parser, const QCommandLineOption &columns,
    const QCommandLineOption &context, ExportOptions *options);

// Where rows go: stdout as they come, or a file that appears complete or not at all (a workbook
// always goes to a file).
class Output
{
public:
    bool open(const QString &path, QString *error, ExportFormat format = ExportFormat::Csv);
    QIODevice *device() const;
    bool isFile() const { return m_file != nullptr; }
    bool writeFailed() const { return m_failed; }
    void markFailed() { m_failed = true; }
    // Keeps nothing of this run: an existing file stays as it was.
    void discard();
    // Commits the file (or flushes stdout) when every write succeeded; otherwise discards it.
    // False after saying why on stderr; a workbook's cut text or extra sheets are said there too.
    bool commit();

private:
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<ExportFile> m_file;
    bool m_failed = false;
};

// Common options of the subcommands.
struct Common
{
    QCommandLineOption format { QStringLiteral("format"), QStringLiteral("Output format."),
        QStringLiteral("format") };
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral(
            "Write to FILE (atomically: complete or not at all) instead of standard output."),
        QStringLiteral("file") };
    QCommandLineOption baseUrl { QStringLiteral("base-url"),
        QStringLiteral("API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http "
                       "only for loopback)."),
        QStringLiteral("url") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
        QStringLiteral("Seconds without data before a request times out (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30") };
    QCommandLineOption retries { QStringLiteral("retries"),
        QStringLiteral(
            "Attempts per request before giving up on 429, 5xx, resets and timeouts (default 6)."),
        QStringLiteral("n"), QStringLiteral("6") };
    QCommandLineOption profile { QStringLiteral("profile"),
        QStringLiteral("Sign in with this saved profile (its secret from the keychain); the "
                       "environment's TWILIO_* variables still win."),
        QStringLiteral("name") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help.") };
};

// What the common options said, checked; the settings themselves are resolved by runCommand.
struct CommonValues
{
    QString profile;
    QString baseUrl;
    int timeoutMs = 30'000;
    int attempts = 6;
};

// Parses; prints help or a usage error. Returns nullopt to exit with *exitCode. `positional`:
// how many positional arguments the subcommand takes, exactly.
std::optional<CommonValues> parseCommon(QCommandLineParser &parser, const Common &common,
    const QStringList &arguments, int *exitCode, int positional = 0);

void announceRetry(qint64 delayMs, const ApiError &reason);

// Outcomes that could not be read, said at the end of a command: how many, and why the first
// one was not. Their rows are written, marked unknown; a request that failed for good makes the
// command exit 5 (as a flow that fails a search does), steps that are gone (404) only warn.
class UnknownOutcomes
{
public:
    void add(const QString &executionSid, const OutcomeResult &result);
    int count() const { return m_count; }
    // Prints the warning (if any); returns the exit code.
    int report() const;

private:
    int m_count = 0;
    QString m_firstSid;
    QString m_firstReason;
    ApiError m_failure; // the first request that failed for good (not a 404)
};

// Ends the command with an exit code (once; later calls are ignored).
using Finish = std::function<void(int exitCode)>;

// Runs start under the application's event loop (the only loop the command line runs) until it
// calls finish; what start creates belongs to `scope`.
int runLoop(const std::function<void(QObject &scope, const Finish &finish)> &start);

// Runs a command under the application's event loop — the only loop the command line runs:
// resolves the settings (a keychain read, when a profile is used), then calls start, which ends
// the command by calling finish. What start creates belongs to `scope`, which goes before the
// client does.
int runCommand(const CommonValues &values,
    const std::function<void(StudioClient &client, QObject &scope, const Finish &finish)> &start);

} // namespace flowscope::cli
