#pragma once

// The headless subcommands of flowscope, on QCoreApplication. Each is a Command: described once
// by its spec (which gives the parser, --help and the man page) and run with its arguments.
// What they share lives here: the exit codes, the common options, the checked arguments, output
// that is a file written atomically or stdout, and runCommand — the one event loop a command
// runs under, from resolving its credentials to its exit code.

#include "api/apierror.h"
#include "api/studioclient.h"
#include "commandline/commandspec.h"
#include "diagram/flowpath.h"
#include "export/exportfile.h"
#include "export/exportformat.h"
#include "outcome/outcomefetcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonValue>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace flowscope::cli {

using commandline::CommandSpec;
using commandline::OptionSpec;

enum ExitCode {
    Ok = 0,
    Usage = 2,
    AuthRefused = 3,
    NotFound = 4,
    NetworkFailure = 5,
    OutputFailed = 6,
    KeychainFailed = 7 // the keychain is not there, locked, or refused: nothing was changed
};

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual CommandSpec spec() const = 0;
    // arguments[0] is the program, arguments[1] the subcommand.
    virtual int run(const QStringList &arguments) = 0;

    // Every subcommand, in the order --help lists them.
    static const std::vector<std::unique_ptr<Command>> &all();
    static Command *find(const QString &name);
    // The window's own options (flowscope without a subcommand).
    static CommandSpec windowSpec();
    // The window first, then every subcommand.
    static QList<CommandSpec> allSpecs();
    // flowscope --help: every synopsis, what they share, the window's options.
    static QString programHelp();
    // What every subcommand that talks to Twilio takes: --profile, --base-url, --timeout,
    // --retries, and -h.
    static QList<OptionSpec> commonOptions();
    // -o FILE: written atomically, complete or not at all.
    static OptionSpec outputOption();

protected:
    // A subcommand of flowscope described by these, the common options after its own.
    static CommandSpec describe(const QString &name, const QString &summary,
        const QString &description, const QList<OptionSpec> &options);
    // The usual run: the arguments parsed by spec() and checked by `check` into a Plan (nothing
    // is requested until then), then a Job made from the plan started under runCommand.
    template<typename Job, typename Plan, typename Check>
    int parseThenRun(const QStringList &arguments, Check check, int positional = 0) const;
};

// The subcommands, one file each.
std::unique_ptr<Command> makeFlowsCommand();
std::unique_ptr<Command> makeExecutionsCommand();
std::unique_ptr<Command> makeExecutionCommand();
std::unique_ptr<Command> makeEndCommand();
std::unique_ptr<Command> makeSearchCommand();
std::unique_ptr<Command> makeSummaryCommand();
std::unique_ptr<Command> makeAlertsCommand();
std::unique_ptr<Command> makeArchiveCommand();
std::unique_ptr<Command> makeProfilesCommand();
std::unique_ptr<Command> makeDiffCommand();
std::unique_ptr<Command> makeCompareCommand();
std::unique_ptr<Command> makeLinkCommand(); // and views: links.cpp
std::unique_ptr<Command> makeViewsCommand();

// Draws an execution's path on its flow to a .png or .svg file, for `execution --diagram` (set by
// main, which links the widgets; the commands themselves stay Qt Core).
using DiagramWriter = std::function<bool(
    const FlowDefinition &, const FlowPath &, const QString &file, QString *error)>;
void setDiagramWriter(DiagramWriter writer);

// What the common options said, checked; the settings themselves are resolved by runCommand.
struct CommonValues
{
    QString profile;
    QString baseUrl;
    int timeoutMs = 30'000;
    int attempts = 6;
};

// A command's arguments parsed by its spec and checked one kind at a time before any request:
// each parse* says on stderr what is wrong and returns false (the command then exits with Usage).
class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(Arguments)

public:
    // Parses; prints help or a usage error and returns nullopt to exit with *exitCode.
    // `positional`: how many positional arguments the command takes, exactly (-1: it checks).
    static std::optional<Arguments> parse(
        const CommandSpec &spec, const QStringList &arguments, int *exitCode, int positional = 0);

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positional() const { return m_parser->positionalArguments(); }
    const CommonValues &common() const { return m_common; }
    // The profile the command signs in with, as resolveCommandLineSettings picks it: the one
    // named, else none when the environment holds the credentials (then its account SID stands
    // for the profile: views and the archive are kept under it), else the one used last.
    QString profileName() const;
    // A link that names an account opens in the profile that holds it: the one named or the
    // environment's must be it, else the person's profile for that account is used. False after
    // saying which account none of theirs holds.
    bool pickProfileFor(const QString &accountSid);

    // The --format value, or nullopt after saying what it may be. xlsx where rows are exported.
    std::optional<ExportFormat> format(bool workbooks = false) const;
    // A time option's value into *target, which stays as it was when the option is absent.
    bool parseTime(const QString &name, QDateTime *target) const;
    // --from and --to, defaulting to the `defaultDays` before now (the 30 Studio keeps), up to
    // `defaultTo`: false after saying so when a time cannot be read or from is not before to.
    bool parseRange(
        const QDateTime &defaultTo, QDateTime *from, QDateTime *to, int defaultDays = 30) const;
    // --concurrency N (requests in flight, 1 to `most`) into *value, which stays as it was when
    // the option is absent and has no default.
    bool parseConcurrency(int *value, int most = 32) const;
    // An integer option from `least` to `most` into *value (unchanged when absent, no default);
    // `what` says what it counts, for the message: "a number of slices".
    bool parseNumber(
        const QString &name, qint64 least, qint64 most, const QString &what, qint64 *value) const;
    // Every value of a repeatable SID option (PP + 32 hex digits), appended normalised to
    // lowercase hex; a flowscope:// link stands for the SID of that kind it names (its execution's
    // for FN, its flow's for FW). `what` names the kind for the message: "a flow SID".
    bool parseSids(
        const QString &name, const char prefix[2], const QString &what, QStringList *sids) const;
    // Every --flow FW…, each once; with `required`, false after saying so when there is none.
    bool parseFlows(QStringList *flows, bool required = true) const;
    // --columns LIST (default: the renderer's) and --context, into options->columns and
    // options->includeContext; "context" in the list means --context.
    bool parseColumns(ExportOptions *options) const;
    // -o FILE when the format needs a file (a workbook): false after saying so.
    bool checkOutputFor(ExportFormat format) const;

    // The columns a row can have: the renderer's, and "context".
    static QStringList columnNames();

private:
    Arguments(const CommandSpec &spec, std::shared_ptr<QCommandLineParser> parser)
        : m_spec(spec)
        , m_parser(std::move(parser))
    { }
    bool parseCommon(int *exitCode);
    void requireOption(const QString &name) const;

    CommandSpec m_spec;
    std::shared_ptr<QCommandLineParser> m_parser; // holds the options it was built with
    CommonValues m_common;
};

// TWILIO_ACCOUNT_SID of the environment, its hex in lower case; empty when it holds no AC… SID.
QString environmentAccount();
void printError(const QString &message);
// The text with control characters (but for new lines and tabs) shown as \xHH: what a user typed
// or a server sent never moves the cursor or recolours the terminal it is printed on.
QString escapeControls(const QString &text);
// A JSON value as a line of readable text shows it: compact JSON, escaped; "(none)" when absent.
QString jsonForText(const QJsonValue &value);
bool stderrIsTerminal();
void announceRetry(qint64 delayMs, const ApiError &reason);
// "\r12,000 executions…" on a terminal's stderr.
void showProgress(qint64 rows);
int exitCodeFor(const ApiError &error);

// Where rows go: stdout as they come, or a file that appears complete or not at all (a workbook
// always goes to a file).
class Output
{
    Q_DECLARE_TR_FUNCTIONS(Output)

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
    // The whole of `bytes` to `path` (stdout when empty) as one output; the exit code.
    static int writeWhole(const QByteArray &bytes, const QString &path);

private:
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<ExportFile> m_file;
    bool m_failed = false;
};

// Outcomes that could not be read, said at the end of a command: how many, and why the first
// one was not. Their rows are written, marked unknown; a request that failed for good makes the
// command exit 5 (as a flow that fails a search does), steps that are gone (404) only warn.
class UnknownOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(UnknownOutcomes)

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

// Origin and credentials as twilio-cli finds them: the environment, else --profile NAME (or the
// profile used last) with its secret from the keychain; --base-url / FLOWSCOPE_BASE_URL for the
// origin. `done` gets them, or nullopt, a sentence and the exit code (2, or 7 when the keychain
// failed) when they are missing or unusable; it is called later (a keychain answers
// asynchronously), and not at all once `context` is gone.
void resolveCommandLineSettings(const QString &profileName, const QString &baseUrl,
    const QProcessEnvironment &env, QObject *context,
    const std::function<void(std::optional<ClientSettings>, const QString &error, int exitCode)>
        &done);

// Ends the command with an exit code (once; later calls are ignored).
using Finish = std::function<void(int exitCode)>;

// Runs start under the application's event loop (the only loop the command line runs) until it
// calls finish; what start creates belongs to `scope`.
int runLoop(const std::function<void(QObject &scope, const Finish &finish)> &start);

// runLoop for a command that talks to Twilio: resolves the settings (a keychain read, when a
// profile is used), then calls start, which ends the command by calling finish. What start
// creates belongs to `scope`, which goes before the client does.
int runCommand(const CommonValues &values,
    const std::function<void(StudioClient &client, QObject &scope, const Finish &finish)> &start);

// What a command's job holds while it runs: the client, the scope its objects belong to, and
// how it ends.
class CommandJob
{
protected:
    void begin(StudioClient &client, QObject &scope, const Finish &finish)
    {
        m_client = &client;
        m_scope = &scope;
        m_finish = finish;
    }

    StudioClient *m_client = nullptr;
    QObject *m_scope = nullptr;
    Finish m_finish;
};

template<typename Job, typename Plan, typename Check>
int Command::parseThenRun(const QStringList &arguments, Check check, int positional) const
{
    int exitCode = Ok;
    auto args = Arguments::parse(spec(), arguments, &exitCode, positional);
    if (!args)
        return exitCode;
    Plan plan; // the check may pick the profile a link's account is in
    if (!check(*args, &plan))
        return Usage;
    Job job(plan);
    return runCommand(
        args->common(), [&job](StudioClient &client, QObject &scope, const Finish &finish) {
            job.start(client, scope, finish);
        });
}

} // namespace flowscope::cli
