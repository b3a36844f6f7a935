#include "command.h"

#include "accounts/profiles.h"
#include "api/sid.h"
#include "executions/executionquery.h"
#include "keychain/keychainsecretstore.h"
#include "links/flowscopelink.h"
#include "util/outputfile.h"
#include "json/jsonpath.h"

#include <QPointer>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

// ---- the commands ---------------------------------------------------------------------------

const std::vector<std::unique_ptr<Command>> &Command::all()
{
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(makeFlowsCommand());
        list.push_back(makeExecutionsCommand());
        list.push_back(makeExecutionCommand());
        list.push_back(makeEndCommand());
        list.push_back(makeSearchCommand());
        list.push_back(makeSummaryCommand());
        list.push_back(makeAlertsCommand());
        list.push_back(makeArchiveCommand());
        list.push_back(makeProfilesCommand());
        list.push_back(makeDiffCommand());
        list.push_back(makeCompareCommand());
        list.push_back(makeLinkCommand());
        list.push_back(makeViewsCommand());
        return list;
    }();
    return commands;
}

Command *Command::find(const QString &name)
{
    for (const auto &command : all()) {
        if (command->spec().name == name)
            return command.get();
    }
    return nullptr;
}

QList<OptionSpec> Command::commonOptions()
{
    return {
        { { u"profile"_s }, u"NAME"_s,
            tr("Sign in with this saved profile (its secret from the keychain); the environment's "
               "TWILIO_* variables still win."),
            tr("A keychain that is not there, locked or refusing ends the command with 7 before "
               "anything is requested; a profile without a stored secret, with 2."),
            {}, OptionSpec::Common },
        { { u"base-url"_s }, u"URL"_s,
            tr("API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only "
               "for loopback)."),
            {}, {}, OptionSpec::Common },
        { { u"timeout"_s }, u"SECONDS"_s,
            tr("Seconds without data before a request times out (default 30)."), {}, u"30"_s,
            OptionSpec::Common },
        { { u"retries"_s }, u"N"_s,
            tr("Attempts per request before giving up on 429, 5xx, resets and timeouts (default "
               "6)."),
            {}, u"6"_s, OptionSpec::Common },
        { { u"h"_s, u"help"_s }, {}, tr("Show this help."), {}, {},
            OptionSpec::Common | OptionSpec::Hidden },
    };
}

CommandSpec Command::describe(const QString &name, const QString &summary,
    const QString &description, const QList<OptionSpec> &options)
{
    CommandSpec spec;
    spec.program = u"flowscope"_s;
    spec.name = name;
    spec.summary = summary;
    spec.description = description;
    spec.options = options + commonOptions();
    return spec;
}

OptionSpec Command::outputOption()
{
    return { { u"o"_s, u"output"_s }, u"FILE"_s,
        tr("Write to FILE (atomically: complete or not at all) instead of standard output."),
        tr("A failure leaves an existing file untouched."), {}, OptionSpec::NoFlag };
}

CommandSpec Command::windowSpec()
{
    CommandSpec spec;
    spec.program = u"flowscope"_s;
    spec.summary = tr("the window; --demo browses the built-in sandbox");
    spec.description = tr("Browse Twilio Studio flow executions: pick a flow, narrow the date "
                          "range, scroll through executions that load page by page, open one to "
                          "read its context, steps and diagram, and export what you need. "
                          "flowscope -- LINK opens a flowscope:// link (flowscope link makes one) "
                          "in this user's running window, which comes to the front, or in a new "
                          "one; the desktop runs it so when such a link is clicked.");
    spec.usages = { { {}, {}, true }, { u"-- LINK"_s, {} } };
    spec.options = {
        { { u"demo"_s }, {},
            tr("Browse a generated account served by the built-in Studio sandbox; no Twilio "
               "account needed."),
            {}, {}, OptionSpec::NoFlag },
        { { u"profile"_s }, u"NAME"_s,
            tr("Sign in with this saved profile (the environment's TWILIO_* variables still "
               "win)."),
            {}, {}, OptionSpec::NoFlag },
        { { u"base-url"_s }, u"URL"_s,
            tr("API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only "
               "for loopback)."),
            {}, {}, OptionSpec::NoFlag },
        { { u"h"_s, u"help"_s }, {}, tr("Show this help; --help-all adds Qt's own options."), {},
            {}, OptionSpec::Hidden },
        { { u"v"_s, u"version"_s }, {}, tr("Show the version."), {}, {}, OptionSpec::Hidden },
    };
    return spec;
}

QList<CommandSpec> Command::allSpecs()
{
    QList<CommandSpec> specs { windowSpec() };
    for (const auto &command : all())
        specs << command->spec();
    return specs;
}

QString Command::programHelp()
{
    QString text = tr("Usage:") + u'\n';
    for (const QString &line : commandline::synopsisBlock(allSpecs(), 98).split(u'\n'))
        text += line.isEmpty() ? QString() : u"  "_s + line + u'\n';
    QList<OptionSpec> common = commonOptions();
    QStringList commonNames;
    for (const OptionSpec &option : std::as_const(common)) {
        if (!option.has(OptionSpec::Hidden))
            commonNames << u"--"_s + option.longName() + u' ' + option.valueName;
    }
    const QStringList notes {
        tr("Every subcommand but profiles, link and views also takes %1 (see its --help); link "
           "and views take --profile NAME, whose account and views they are.")
            .arg(commonNames.join(u", "_s)),
        tr("Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and "
           "TWILIO_API_SECRET, else a saved profile (--profile NAME)."),
        tr("Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 network or server, 6 "
           "output, 7 the keychain."),
        tr("Language: German, Spanish, French, Brazilian Portuguese or Japanese from the locale "
           "(LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English; FLOWSCOPE_LANGUAGE=de|es|fr|"
           "pt_BR|ja|en chooses for FlowScope alone. What programs read is never translated."),
    };
    text += u'\n';
    for (const QString &note : notes)
        text += commandline::wrapText(note, 100).join(u'\n') + u'\n';
    text += u'\n' + tr("Options of the window:") + u'\n'
        + commandline::formatOptions(windowSpec().options);
    return text;
}

// ---- the arguments --------------------------------------------------------------------------

std::optional<Arguments> Arguments::parse(
    const CommandSpec &spec, const QStringList &arguments, int *exitCode, int positional)
{
    auto parser = std::make_shared<QCommandLineParser>();
    parser->addOptions(spec.parserOptions());
    QStringList args = arguments;
    if (args.size() >= 2 && !spec.name.isEmpty())
        args.removeAt(1); // the subcommand
    Arguments parsed(spec, parser);
    if (!parser->parse(args)) {
        printError(parser->errorText() + tr(" (see --help)"));
        *exitCode = Usage;
        return std::nullopt;
    }
    if (parser->isSet(u"help"_s)) {
        std::fputs(qPrintable(spec.helpText()), stdout);
        *exitCode = Ok;
        return std::nullopt;
    }
    if (positional >= 0) {
        const QStringList extra = parser->positionalArguments().mid(positional);
        if (!extra.isEmpty()) {
            printError(tr("unexpected argument '%1' (see --help)").arg(extra.constFirst()));
            *exitCode = Usage;
            return std::nullopt;
        }
        if (parser->positionalArguments().size() < positional) {
            printError(tr("missing argument (see --help)"));
            *exitCode = Usage;
            return std::nullopt;
        }
    }
    if (spec.option(u"profile"_s))
        parsed.m_common.profile = parsed.value(u"profile"_s);
    if (spec.option(u"timeout"_s) && !parsed.parseCommon(exitCode))
        return std::nullopt;
    return parsed;
}

bool Arguments::parseCommon(int *exitCode)
{
    m_common.profile = value(u"profile"_s);
    m_common.baseUrl = value(u"base-url"_s);
    bool ok = false;
    const double seconds = value(u"timeout"_s).toDouble(&ok);
    // Under a millisecond would round to no timeout at all: a hang.
    if (!ok || !(seconds >= 0.001) || seconds > 3600) {
        printError(tr("--timeout must be a number of seconds from 0.001 to 3600"));
        *exitCode = Usage;
        return false;
    }
    m_common.timeoutMs = int(seconds * 1000);
    m_common.attempts = value(u"retries"_s).toInt(&ok);
    if (!ok || m_common.attempts < 1 || m_common.attempts > 100) {
        printError(tr("--retries must be a number of attempts from 1 to 100"));
        *exitCode = Usage;
        return false;
    }
    return true;
}

void Arguments::requireOption(const QString &name) const
{
    // A name the spec does not have is the program's mistake, not the user's.
    if (!m_spec.option(name))
        qFatal("flowscope %s: no option --%s", qPrintable(m_spec.name), qPrintable(name));
}

bool Arguments::isSet(const QString &name) const
{
    requireOption(name);
    return m_parser->isSet(name);
}

QString Arguments::value(const QString &name) const
{
    requireOption(name);
    return m_parser->value(name);
}

QStringList Arguments::values(const QString &name) const
{
    requireOption(name);
    return m_parser->values(name);
}

std::optional<ExportFormat> Arguments::format(bool workbooks) const
{
    const QString text = value(u"format"_s);
    if (workbooks && text == u"xlsx"_s)
        return ExportFormat::Xlsx;
    if (text == u"csv"_s)
        return ExportFormat::Csv;
    if (text == u"tsv"_s)
        return ExportFormat::Tsv;
    if (text == u"jsonl"_s)
        return ExportFormat::Jsonl;
    printError(workbooks ? tr("--format must be csv, tsv, jsonl or xlsx")
                         : tr("--format must be csv, tsv or jsonl"));
    return std::nullopt;
}

bool Arguments::checkOutputFor(ExportFormat format) const
{
    const QString path = value(u"output"_s);
    if (format != ExportFormat::Xlsx || (!path.isEmpty() && path != u"-"_s))
        return true;
    printError(tr("a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx"));
    return false;
}

bool Arguments::parseTime(const QString &name, QDateTime *target) const
{
    if (!isSet(name))
        return true;
    const QString text = value(name);
    bool inGap = false;
    const QDateTime time = parseTimeArgument(text, &inGap);
    if (inGap) {
        printError(tr("--%1 '%2' does not exist in the local time zone (%3): the clocks skipped "
                      "it. Give the time with its offset (…+01:00) or in UTC (…Z)")
                       .arg(name, text, QString::fromUtf8(QTimeZone::systemTimeZoneId())));
        return false;
    }
    if (!time.isValid()) {
        printError(tr("--%1 '%2' is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or "
                      "2026-11-01T09:00:00+05:30")
                       .arg(name, text));
        return false;
    }
    *target = time;
    return true;
}

bool Arguments::parseRange(
    const QDateTime &defaultTo, QDateTime *from, QDateTime *to, int defaultDays) const
{
    *from = QDateTime::currentDateTimeUtc().addDays(-defaultDays);
    *to = defaultTo;
    if (!parseTime(u"from"_s, from) || !parseTime(u"to"_s, to))
        return false;
    if (*from >= *to) {
        printError(tr("--from must be before --to"));
        return false;
    }
    return true;
}

bool Arguments::parseConcurrency(int *value, int most) const
{
    const OptionSpec *option = m_spec.option(u"concurrency"_s);
    if (!isSet(u"concurrency"_s) && (!option || option->defaultValue.isEmpty()))
        return true; // absent, and no default to read
    bool ok = false;
    const int n = this->value(u"concurrency"_s).toInt(&ok);
    if (!ok || n < 1 || n > most) {
        printError(tr("--concurrency must be from 1 to %1").arg(most));
        return false;
    }
    *value = n;
    return true;
}

bool Arguments::parseNumber(
    const QString &name, qint64 least, qint64 most, const QString &what, qint64 *value) const
{
    const OptionSpec *option = m_spec.option(name);
    if (!isSet(name) && (!option || option->defaultValue.isEmpty()))
        return true;
    bool ok = false;
    const qint64 n = this->value(name).toLongLong(&ok);
    if (!ok || n < least || n > most) {
        printError(tr("--%1 must be %2 from %3 to %4").arg(name, what).arg(least).arg(most));
        return false;
    }
    *value = n;
    return true;
}

bool Arguments::parseSids(
    const QString &name, const char prefix[2], const QString &what, QStringList *sids) const
{
    for (const QString &text : values(name)) {
        QString sid = text.trimmed();
        if (FlowScopeLink::isLink(sid)) {
            QString why;
            const std::optional<FlowScopeLink> link = FlowScopeLink::parse(sid, &why);
            if (!link) {
                printError(tr("--%1: %2").arg(name, why));
                return false;
            }
            sid = prefix[1] == 'N' ? link->executionSid : link->flowSid;
            if (sid.isEmpty()) {
                printError(tr("--%1: that link names no execution").arg(name));
                return false;
            }
        }
        if (!isSid(sid, prefix)) {
            printError(tr("--%1 '%2' is not %3 (%4 followed by 32 hex digits)")
                           .arg(name, text, what, QString::fromLatin1(prefix, 2)));
            return false;
        }
        *sids << canonicalSid(sid, prefix);
    }
    return true;
}

QString environmentAccount()
{
    QString sid = canonicalSid(qEnvironmentVariable("TWILIO_ACCOUNT_SID").trimmed(), "AC");
    return isSid(sid, "AC") ? sid : QString();
}

QString Arguments::profileName() const
{
    if (!m_common.profile.isEmpty())
        return m_common.profile;
    QString envAccount = environmentAccount();
    if (!envAccount.isEmpty())
        return envAccount;
    return ProfileStore().lastUsed();
}

bool Arguments::pickProfileFor(const QString &accountSid)
{
    if (accountSid.isEmpty())
        return true;
    const ProfileStore store;
    const QString envAccount = environmentAccount();
    QString inUse;
    if (!m_common.profile.isEmpty()) {
        const std::optional<Profile> named = store.find(m_common.profile);
        inUse = named ? named->accountSid : QString();
    } else if (!envAccount.isEmpty()) {
        inUse = envAccount;
    }
    if (!inUse.isEmpty() || !m_common.profile.isEmpty()) {
        if (inUse.compare(accountSid, Qt::CaseInsensitive) == 0)
            return true;
        printError(tr("the link is of account %1, not of the one in use (%2); give the profile "
                      "that holds it with --profile")
                       .arg(accountSid, inUse.isEmpty() ? m_common.profile : inUse));
        return false;
    }
    // No profile named and none in the environment: the last used if it holds the account, else
    // the first that does.
    const std::optional<Profile> last = store.find(store.lastUsed());
    if (last && last->accountSid.compare(accountSid, Qt::CaseInsensitive) == 0)
        return true;
    for (const Profile &profile : store.profiles()) {
        if (profile.accountSid.compare(accountSid, Qt::CaseInsensitive) == 0) {
            m_common.profile = profile.name;
            return true;
        }
    }
    printError(tr("no profile of yours holds account %1, which the link is of "
                  "(flowscope profiles list)")
                   .arg(accountSid));
    return false;
}

bool Arguments::parseFlows(QStringList *flows, bool required) const
{
    if (!parseSids(u"flow"_s, "FW", tr("a flow SID"), flows))
        return false;
    if (required && flows->isEmpty()) {
        printError(tr("--flow is required (see --help)"));
        return false;
    }
    flows->removeDuplicates();
    return true;
}

QStringList Arguments::columnNames()
{
    return RowRenderer::knownColumns() << u"context"_s;
}

bool Arguments::parseColumns(ExportOptions *options) const
{
    const QStringList known = columnNames();
    QStringList selected;
    if (isSet(u"columns"_s)) {
        for (const QString &c : value(u"columns"_s).split(u',')) {
            if (!c.trimmed().isEmpty())
                selected << c.trimmed();
        }
        if (selected.isEmpty()) { // records with no fields: thousands of empty lines
            printError(tr("no columns given: --columns takes a comma-separated list of %1")
                           .arg(known.join(u", "_s)));
            return false;
        }
    } else {
        selected = RowRenderer::defaultColumns();
    }
    for (const QString &c : std::as_const(selected)) {
        if (!known.contains(c)) {
            printError(tr("unknown column '%1'; the columns are %2").arg(c, known.join(u", "_s)));
            return false;
        }
    }
    options->includeContext = isSet(u"context"_s) || selected.contains(u"context"_s);
    selected.removeAll(u"context"_s);
    options->columns = selected;
    return true;
}

// ---- what the commands say ------------------------------------------------------------------

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0))
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

void printError(const QString &message)
{
    const QByteArray line = "flowscope: " + escapeControls(message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void announceRetry(qint64 delayMs, const ApiError &reason)
{
    if (stderrIsTerminal())
        printError(Command::tr("%1 Retrying in %2 s.")
                       .arg(reason.userMessage())
                       .arg(double(delayMs) / 1000.0, 0, 'f', 1));
}

void showProgress(qint64 rows)
{
    if (!stderrIsTerminal())
        return;
    const QByteArray text
        = "\r" + Command::tr("%1 executions…").arg(QLocale().toString(rows)).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None: return Ok;
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::BadRequest: return Usage;
    case ApiError::Kind::Auth:
    case ApiError::Kind::Forbidden: return AuthRefused;
    case ApiError::Kind::NotFound: return NotFound;
    case ApiError::Kind::LocalIo: return OutputFailed;
    default: return NetworkFailure;
    }
}

// ---- output ---------------------------------------------------------------------------------

bool Output::open(const QString &path, QString *error, ExportFormat format)
{
    if (path.isEmpty() || path == u"-"_s) {
        if (format == ExportFormat::Xlsx) {
            *error = tr("a workbook is a file, not text for a terminal or a pipe: give "
                        "-o FILE.xlsx"); // checkOutputFor says it before any request
            return false;
        }
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly)) {
            *error = tr("cannot write to standard output");
            return false;
        }
        return true;
    }
    m_file = std::make_unique<ExportFile>(path, format);
    if (QString why; !m_file->open(&why)) {
        *error = tr("cannot write %1: %2").arg(path, why);
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

QString jsonForText(const QJsonValue &value)
{
    return value.isUndefined() ? u"(none)"_s : escapeControls(compactJson(value));
}

int Output::writeWhole(const QByteArray &bytes, const QString &path)
{
    Output output;
    QString error;
    if (!output.open(path, &error)) {
        printError(error);
        return OutputFailed;
    }
    if (output.device()->write(bytes) != bytes.size())
        output.markFailed();
    return output.commit() ? Ok : OutputFailed;
}

bool Output::commit()
{
    if (m_failed) {
        discard();
        printError(m_file && !OutputFile::isStream(m_file->fileName())
                ? tr("the output could not be written (disk full?); an existing file was left as "
                     "it was")
                : m_file
                ? tr("the output could not be written to %1 (is it full?)").arg(m_file->fileName())
                : tr("the output could not be written"));
        return false;
    }
    if (m_file) {
        if (QString why; !m_file->commit(&why)) {
            printError(tr("cannot write %1: %2").arg(m_file->fileName(), why));
            return false;
        }
        if (const QString notes = workbookNotes(m_file->workbook()); !notes.isEmpty())
            printError(tr("warning: %1").arg(notes));
        return true;
    }
    if (m_stdout && !m_stdout->flush()) {
        printError(tr("cannot write to standard output"));
        return false;
    }
    return true;
}

// ---- outcomes that could not be read --------------------------------------------------------

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
    printError(tr("warning: the outcome of %n execution(s) is unknown (written as unknown); "
                  "%1, for one: %2",
        nullptr, m_count)
                   .arg(m_firstSid, m_firstReason));
    return m_failure.isError() ? exitCodeFor(m_failure) : Ok;
}

// ---- credentials and the event loop ---------------------------------------------------------

void resolveCommandLineSettings(const QString &profileName, const QString &baseUrl,
    const QProcessEnvironment &env, QObject *context,
    const std::function<void(std::optional<ClientSettings>, const QString &error, int exitCode)>
        &done)
{
    ProfileStore store;
    QString envError;
    const bool envCredentials = Credentials::fromEnvironment(env, &envError).has_value();
    if (!envError.isEmpty()) {
        done(std::nullopt, envError, Usage);
        return;
    }
    // The profile named, else (as twilio-cli's active profile) the one used last.
    const QString name
        = !profileName.isEmpty() ? profileName : (envCredentials ? QString() : store.lastUsed());
    std::optional<Profile> profile;
    if (!name.isEmpty()) {
        profile = store.find(name);
        if (!profile && !profileName.isEmpty()) {
            done(std::nullopt,
                Command::tr("there is no profile named '%1' (flowscope profiles add, or the "
                            "window's Profiles menu, creates one)")
                    .arg(name),
                Usage);
            return;
        }
    }
    const auto resolve = [profile, baseUrl, env, done](const QString &secret) {
        QString error;
        const auto resolved = resolveConnection(profile, secret, baseUrl, env, &error);
        if (!resolved) {
            done(std::nullopt, error, Usage);
            return;
        }
        if (resolved->settings.credentials.username.isEmpty()) {
            done(std::nullopt,
                Command::tr("no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or "
                            "TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID, or use "
                            "--profile NAME"),
                Usage);
            return;
        }
        done(resolved->settings, {}, Ok);
    };
    if (!profile || envCredentials) {
        resolve({});
        return;
    }
    // The keychain answers asynchronously; a context that is gone by then drops the answer.
    const QPointer<QObject> alive(context);
    KeychainSecretStore().read(profile->secretKey(),
        [alive, profile, resolve, done](
            SecretStore::Status status, const QString &secret, const QString &why) {
            if (!alive)
                return;
            if (status == SecretStore::Status::Ok) {
                resolve(secret);
                return;
            }
            // No secret stored is a profile not set up (usage); a keychain that is not there,
            // locked or refusing is the keychain's failure (7), as for `profiles`.
            if (status == SecretStore::Status::NotFound) {
                done(std::nullopt,
                    Command::tr("profile '%1' has no secret in the keychain; sign in with it in "
                                "the window once, or set TWILIO_AUTH_TOKEN")
                        .arg(profile->name),
                    Usage);
                return;
            }
            done(std::nullopt,
                Command::tr("the keychain could not give profile '%1' its secret (%2); set "
                            "TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead")
                    .arg(profile->name, why),
                KeychainFailed);
        });
}

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
