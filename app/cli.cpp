#include "cli.h"

#include "contextloader.h"
#include "csvwriter.h"
#include "executionref.h"
#include "exportcrawl.h"
#include "exportformat.h"
#include "jsonspans.h"
#include "jsontreemodel.h"
#include "keychainsecretstore.h"
#include "paging.h"
#include "profiles.h"
#include "sid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowscope", text);
}

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

enum class Format { Csv, Tsv, Jsonl };

// The --format value, or nullopt after saying what it may be.
std::optional<Format> parseFormat(const QString &text)
{
    if (text == u"csv"_s)
        return Format::Csv;
    if (text == u"tsv"_s)
        return Format::Tsv;
    if (text == u"jsonl"_s)
        return Format::Jsonl;
    printError(tr("--format must be csv, tsv or jsonl"));
    return std::nullopt;
}

// Where rows go: stdout as they come, or a file that appears complete or not at all.
class Output
{
public:
    bool open(const QString &path, QString *error)
    {
        if (path.isEmpty() || path == u"-"_s) {
            auto file = std::make_unique<QFile>();
            if (!file->open(stdout, QIODevice::WriteOnly)) {
                *error = tr("cannot write to standard output");
                return false;
            }
            m_device = std::move(file);
            return true;
        }
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            *error = tr("cannot write %1: %2").arg(path, file->errorString());
            return false;
        }
        m_save = file.get();
        m_device = std::move(file);
        return true;
    }
    QIODevice *device() const { return m_device.get(); }
    bool writeFailed() const { return m_failed; }
    void markFailed() { m_failed = true; }
    // Commits a file only when everything before succeeded; otherwise the old file stays as it was.
    bool finish(bool success, QString *error)
    {
        if (m_save) {
            if (!success || m_failed) {
                m_save->cancelWriting(); // commit() now discards the temporary file
                m_save->commit();
                return false;
            }
            if (!m_save->commit()) {
                *error = tr("cannot write %1: %2").arg(m_save->fileName(), m_save->errorString());
                return false;
            }
            return true;
        }
        if (auto *file = qobject_cast<QFile *>(m_device.get()); file && !file->flush()) {
            *error = tr("cannot write to standard output");
            return false;
        }
        return !m_failed;
    }

private:
    std::unique_ptr<QIODevice> m_device;
    QSaveFile *m_save = nullptr;
    bool m_failed = false;
};

// Common options of both subcommands.
struct Common
{
    QCommandLineOption format { u"format"_s, u"Output format."_s, u"format"_s };
    QCommandLineOption output { { u"o"_s, u"output"_s },
        u"Write to FILE (atomically: complete or not at all) instead of standard output."_s,
        u"file"_s };
    QCommandLineOption baseUrl { u"base-url"_s,
        u"API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only for loopback)."_s,
        u"url"_s };
    QCommandLineOption timeout { u"timeout"_s,
        u"Seconds without data before a request times out (default 30)."_s, u"seconds"_s, u"30"_s };
    QCommandLineOption retries { u"retries"_s,
        u"Attempts per request before giving up on 429, 5xx, resets and timeouts (default 6)."_s,
        u"n"_s, u"6"_s };
    QCommandLineOption profile { u"profile"_s,
        u"Sign in with this saved profile (its secret from the keychain); the environment's TWILIO_* variables still win."_s,
        u"name"_s };
    QCommandLineOption help { { u"h"_s, u"help"_s }, u"Show this help."_s };
};

// Parses; prints help or a usage error. Returns nullopt to exit with *exitCode. `positional`:
// how many positional arguments the subcommand takes, exactly.
std::optional<ClientSettings> parseCommon(QCommandLineParser &parser, const Common &common,
    const QStringList &arguments, int *exitCode, int positional = 0)
{
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1); // the subcommand
    if (!parser.parse(args)) {
        printError(parser.errorText() + tr(" (see --help)"));
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
        printError(tr("unexpected argument '%1' (see --help)").arg(extra.constFirst()));
        *exitCode = Usage;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() < positional) {
        printError(tr("missing argument (see --help)"));
        *exitCode = Usage;
        return std::nullopt;
    }
    QString error;
    auto settings = commandLineSettings(parser.value(common.profile), parser.value(common.baseUrl),
        QProcessEnvironment::systemEnvironment(), &error);
    if (!settings) {
        printError(error);
        *exitCode = Usage;
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = parser.value(common.timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        printError(tr("--timeout must be a number of seconds from 0 to 3600"));
        *exitCode = Usage;
        return std::nullopt;
    }
    settings->transferTimeoutMs = int(seconds * 1000);
    const int attempts = parser.value(common.retries).toInt(&ok);
    if (!ok || attempts < 1 || attempts > 100) {
        printError(tr("--retries must be a number of attempts from 1 to 100"));
        *exitCode = Usage;
        return std::nullopt;
    }
    settings->retry.maxAttempts = attempts;
    return settings;
}

void announceRetry(qint64 delayMs, const ApiError &reason)
{
    if (stderrIsTerminal())
        printError(tr("%1 Retrying in %2 s.")
                       .arg(reason.userMessage())
                       .arg(double(delayMs) / 1000.0, 0, 'f', 1));
}

// One cell from a raw execution object: strings unescaped, null empty, anything else as JSON.
QString rawField(const QByteArray &object, const QString &name)
{
    const QJsonValue value = QJsonDocument::fromJson(object).object().value(name);
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return QString::fromUtf8(QJsonDocument(
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

// One GET to completion (retries included); the body, or the error in *failure.
QByteArray fetchBody(StudioClient &client, const QUrl &url, ApiError *failure)
{
    ApiReplyPtr reply(client.get(url));
    QEventLoop loop;
    QObject::connect(reply.get(), &ApiReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &ApiReply::retrying, &loop,
        [](int, qint64 delay, const ApiError &why) { announceRetry(delay, why); });
    loop.exec();
    *failure = reply->error();
    return failure->isError() ? QByteArray() : reply->takeBody();
}

// Walks a Twilio list from `url` along meta.next_page_url (checked: same origin, no loop), handing
// each page's items over as the exact bytes the server sent. Stops at the first failure.
// `key` names the items' array when meta.key does not.
ApiError walkList(StudioClient &client, QUrl url, const QString &key,
    const std::function<void(const QByteArray &body, const std::vector<ByteSpan> &items)> &onPage)
{
    QSet<QString> fetched;
    while (url.isValid()) {
        ApiError failure;
        const QByteArray body = fetchBody(client, url, &failure);
        if (failure.isError())
            return failure;
        fetched.insert(pageKey(url));
        const QJsonObject meta = QJsonDocument::fromJson(body).object().value(u"meta"_s).toObject();
        std::vector<ByteSpan> items;
        if (!arrayElementSpans(std::string_view(body.constData(), size_t(body.size())),
                meta.value(u"key"_s).toString(key).toStdString(), &items))
            return ApiError::badResponse(tr("the page is not a Twilio list"));
        onPage(body, items);
        url = checkedNextPageUrl(
            meta.value(u"next_page_url"_s).toString(), client.settings().origin, fetched, &failure);
        if (failure.isError())
            return failure;
    }
    return {};
}

} // namespace

std::optional<ClientSettings> commandLineSettings(const QString &profileName,
    const QString &baseUrl, const QProcessEnvironment &env, QString *error)
{
    ProfileStore store;
    QString envError;
    const bool envCredentials = Credentials::fromEnvironment(env, &envError).has_value();
    if (!envError.isEmpty()) {
        *error = envError;
        return std::nullopt;
    }
    // The profile named, else (as twilio-cli's active profile) the one used last.
    const QString name
        = !profileName.isEmpty() ? profileName : (envCredentials ? QString() : store.lastUsed());
    std::optional<Profile> profile;
    if (!name.isEmpty()) {
        profile = store.find(name);
        if (!profile && !profileName.isEmpty()) {
            *error = tr("there is no profile named '%1' (the window's Profiles menu creates them)")
                         .arg(name);
            return std::nullopt;
        }
    }
    QString secret;
    if (profile && !envCredentials) {
        KeychainSecretStore keychain;
        QEventLoop loop;
        SecretStore::Status status = SecretStore::Status::Failed;
        QString keychainError;
        keychain.read(profile->secretKey(),
            [&](SecretStore::Status s, const QString &value, const QString &why) {
                status = s;
                secret = value;
                keychainError = why;
                loop.quit();
            });
        if (status == SecretStore::Status::Failed && secret.isEmpty() && keychainError.isEmpty())
            loop.exec();
        if (status != SecretStore::Status::Ok) {
            *error = status == SecretStore::Status::NotFound
                ? tr("profile '%1' has no secret in the keychain; sign in with it in the window "
                     "once, or set TWILIO_AUTH_TOKEN")
                      .arg(profile->name)
                : tr("the keychain could not give profile '%1' its secret (%2); set "
                     "TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead")
                      .arg(profile->name, keychainError);
            return std::nullopt;
        }
    }
    const auto resolved = resolveConnection(profile, secret, baseUrl, env, error);
    if (!resolved)
        return std::nullopt;
    if (resolved->settings.credentials.username.isEmpty()) {
        *error
            = tr("no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY "
                 "and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID, or use --profile NAME");
        return std::nullopt;
    }
    return resolved->settings;
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
    default: return NetworkFailure;
    }
}

// ---- flowscope flows ------------------------------------------------------------------------

int runFlows(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the account's Studio flows."));
    Common common;
    common.format = QCommandLineOption(u"format"_s,
        tr("tsv (default), csv or jsonl (each flow exactly as the API returned it)."), u"format"_s,
        u"tsv"_s);
    parser.addOptions({ common.format, common.output, common.baseUrl, common.timeout,
        common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto settings = parseCommon(parser, common, arguments, &exitCode);
    if (!settings)
        return exitCode;
    const auto format = parseFormat(parser.value(common.format));
    if (!format)
        return Usage;

    StudioClient client;
    client.setSettings(*settings);
    Output output;
    QString error;
    if (!output.open(parser.value(common.output), &error)) {
        printError(error);
        return OutputFailed;
    }
    CsvWriter writer(output.device(), CsvOptions { *format == Format::Tsv ? '\t' : ',' });
    static const QStringList columns = { u"sid"_s, u"friendly_name"_s, u"status"_s, u"version"_s,
        u"date_created"_s, u"date_updated"_s };
    bool headerWritten = *format == Format::Jsonl;

    // Walk the pages, writing each flow as it comes.
    const ApiError failure = walkList(
        client, client.flowsUrl(), u"flows"_s, [&](const QByteArray &body, const auto &items) {
            if (!headerWritten)
                writer.writeRow(columns);
            headerWritten = true;
            for (const ByteSpan &item : items) {
                const QByteArray raw = body.mid(item.first, item.second);
                if (*format == Format::Jsonl) {
                    if (output.device()->write(raw + '\n') != raw.size() + 1)
                        output.markFailed();
                    continue;
                }
                QStringList row;
                for (const QString &column : columns)
                    row << rawField(raw, column);
                writer.writeRow(row);
            }
        });
    if (!writer.flush())
        output.markFailed();
    if (failure.isError()) {
        output.finish(false, &error);
        printError(failure.userMessage());
        return exitCodeFor(failure);
    }
    if (!output.finish(true, &error)) {
        printError(error.isEmpty() ? tr("the output could not be written") : error);
        return OutputFailed;
    }
    return Ok;
}

// ---- flowscope executions -------------------------------------------------------------------

int runExecutions(const QStringList &arguments)
{
    const QStringList knownColumns = RowRenderer::knownColumns() << u"context"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a flow's executions, newest first, streamed as they arrive."));
    Common common;
    common.format = QCommandLineOption(u"format"_s,
        tr("csv (default, RFC 4180), tsv or jsonl (each execution exactly as the API returned "
           "it)."),
        u"format"_s, u"csv"_s);
    const QCommandLineOption flow(
        u"flow"_s, tr("The flow's SID (FW followed by 32 hex digits). Required."), u"sid"_s);
    const QCommandLineOption from(u"from"_s,
        tr("Only executions started at or after T: ISO 8601 with Z or an offset, or local time "
           "without one."),
        u"T"_s);
    const QCommandLineOption to(u"to"_s, tr("Only executions started before T."), u"T"_s);
    const QCommandLineOption pageSize(
        u"page-size"_s, tr("Executions per request, 1 to 1000 (default 1000)."), u"n"_s, u"1000"_s);
    const QCommandLineOption limit(
        u"limit"_s, tr("Stop after N executions (crawls sequentially)."), u"n"_s);
    const QCommandLineOption columns(u"columns"_s,
        tr("Comma-separated columns for csv/tsv: %1 (default %2).")
            .arg(knownColumns.join(u','), RowRenderer::defaultColumns().join(u',')),
        u"list"_s);
    const QCommandLineOption context(u"context"_s,
        tr("Fetch each execution's context and add it as a 'context' column of compact JSON "
           "(csv/tsv) or field (jsonl)."));
    const QCommandLineOption contextPath(u"context-path"_s,
        tr("Add a column with the value at PATH in the context, e.g. widgets.gather_1.Digits "
           "(repeatable)."),
        u"path"_s);
    const QCommandLineOption localTimes(u"local-times"_s,
        tr("Write times in local time with their offset instead of UTC as the API gives them."));
    const QCommandLineOption bom(
        u"bom"_s, tr("Start the file with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption noGuard(u"no-formula-guard"_s,
        tr("Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ TAB "
           "CR)."));
    const QCommandLineOption parallel(u"parallel"_s,
        tr("Crawl K time slices at once (default 4; 1 is a plain sequential crawl)."), u"k"_s,
        u"4"_s);
    parser.addOptions({ flow, from, to, pageSize, limit, common.format, columns, context,
        contextPath, localTimes, bom, noGuard, parallel, common.output, common.baseUrl,
        common.timeout, common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto settings = parseCommon(parser, common, arguments, &exitCode);
    if (!settings)
        return exitCode;

    const auto format = parseFormat(parser.value(common.format));
    if (!format)
        return Usage;
    CrawlOptions crawl;
    crawl.query.flowSid = parser.value(flow).trimmed();
    if (crawl.query.flowSid.isEmpty()) {
        printError(tr("--flow is required (see --help)"));
        return Usage;
    }
    for (const auto &[option, target] :
        { std::pair { &from, &crawl.query.from }, std::pair { &to, &crawl.query.to } }) {
        if (!parser.isSet(*option))
            continue;
        *target = parseTimeArgument(parser.value(*option));
        if (!target->isValid()) {
            printError(tr("--%1 '%2' is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or "
                          "2026-11-01T09:00:00+05:30")
                           .arg(option->names().constFirst(), parser.value(*option)));
            return Usage;
        }
    }
    bool ok = false;
    crawl.query.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok) {
        printError(tr("--page-size must be a number from 1 to 1000"));
        return Usage;
    }
    if (parser.isSet(limit)) {
        crawl.limit = parser.value(limit).toLongLong(&ok);
        if (!ok || crawl.limit < 0) {
            printError(tr("--limit must be a number of executions, 0 or more"));
            return Usage;
        }
    }
    int slices = parser.value(parallel).toInt(&ok);
    if (!ok || slices < 1 || slices > 32) {
        printError(tr("--parallel must be a number of slices from 1 to 32"));
        return Usage;
    }
    if (crawl.limit >= 0)
        slices = 1; // the newest N: one chain, stopped early
    const ApiError invalid = crawl.query.validate();
    if (invalid.isError()) {
        printError(invalid.userMessage());
        return Usage;
    }

    ExportOptions exportOptions;
    exportOptions.format = *format == Format::Csv
        ? ExportFormat::Csv
        : (*format == Format::Tsv ? ExportFormat::Tsv : ExportFormat::Jsonl);
    QStringList selected = parser.isSet(columns)
        ? parser.value(columns).split(u',', Qt::SkipEmptyParts)
        : RowRenderer::defaultColumns();
    for (QString &c : selected)
        c = c.trimmed();
    for (const QString &c : selected) {
        if (!knownColumns.contains(c)) {
            printError(
                tr("unknown column '%1'; the columns are %2").arg(c, knownColumns.join(u", "_s)));
            return Usage;
        }
    }
    exportOptions.includeContext = parser.isSet(context) || selected.contains(u"context"_s);
    selected.removeAll(u"context"_s);
    exportOptions.columns = selected;
    exportOptions.contextPaths = parser.values(contextPath);
    for (const QString &path : std::as_const(exportOptions.contextPaths)) {
        std::string pointer;
        if (!RowRenderer::liquidToPointer(path, &pointer)) {
            printError(tr("--context-path '%1' is not a path such as widgets.gather_1.Digits or "
                          "flow.data[\"first name\"]")
                           .arg(path));
            return Usage;
        }
    }
    exportOptions.localTimes = parser.isSet(localTimes);
    exportOptions.bom = parser.isSet(bom);
    exportOptions.formulaGuard = !parser.isSet(noGuard);

    StudioClient client;
    client.setSettings(*settings);
    Output output;
    QString error;
    if (!output.open(parser.value(common.output), &error)) {
        printError(error);
        return OutputFailed;
    }
    CsvWriter writer(output.device());

    ExportCrawl exporter(&client, crawl, slices, exportOptions);
    QEventLoop loop;
    ApiError failure;
    int missingContexts = 0;
    const bool progress = stderrIsTerminal();
    QObject::connect(&exporter, &ExportCrawl::retrying, &loop, &announceRetry);
    QObject::connect(&exporter, &ExportCrawl::contextMissing, &loop,
        [&missingContexts](const QString &) { ++missingContexts; });
    QObject::connect(&exporter, &ExportCrawl::chunkReady, &loop, [&](const QByteArray &bytes) {
        writer.writeEncoded(bytes);
        if (!writer.ok()) {
            output.markFailed();
            exporter.cancel();
        }
    });
    QObject::connect(&exporter, &ExportCrawl::progress, &loop, [progress](qint64 rows) {
        if (progress) {
            const QByteArray text = "\r" + QLocale().toString(rows).toUtf8() + " executions…";
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        }
    });
    QObject::connect(&exporter, &ExportCrawl::finished, &loop, [&](const ApiError &result) {
        failure = result;
        loop.quit();
    });
    exporter.start();
    loop.exec();
    if (progress)
        std::fputs("\n", stderr);
    // Replies aborted along the way are deleted later; let that happen while their network
    // manager is still alive (otherwise Qt complains on stderr at exit).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    if (output.writeFailed() || !writer.flush()) {
        output.finish(false, &error);
        printError(tr(
            "the output could not be written (disk full?); an existing file was left as it was"));
        return OutputFailed;
    }
    if (failure.isError()) {
        output.finish(false, &error);
        printError(failure.userMessage()
            + (parser.isSet(common.output) ? tr(" Nothing was written.") : QString()));
        return exitCodeFor(failure);
    }
    if (!output.finish(true, &error)) {
        printError(error.isEmpty() ? tr("the output could not be written") : error);
        return OutputFailed;
    }
    if (missingContexts > 0)
        printError(tr(
            "warning: %1 execution(s) had no context any more (expired?); their context is null.")
                       .arg(missingContexts));
    return Ok;
}

// ---- flowscope execution --------------------------------------------------------------------

int runExecution(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fetch one execution for a ticket: {\"execution\": …, \"context\": …, \"steps\": […]}, "
           "each part exactly as the API returned it."));
    parser.addPositionalArgument(u"execution"_s,
        tr("An FN… SID (with --flow), a Twilio Console link or an API URL to the execution."));
    Common common;
    const QCommandLineOption flow(
        u"flow"_s, tr("The flow of a bare FN… SID (links name it themselves)."), u"sid"_s);
    const QCommandLineOption steps(
        u"steps"_s, tr("Add the execution's steps, oldest first, each as the API returned it."));
    const QCommandLineOption pretty(
        u"pretty"_s, tr("Indent the JSON for reading (members keep their order)."));
    parser.addOptions({ flow, steps, pretty, common.output, common.baseUrl, common.timeout,
        common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto settings = parseCommon(parser, common, arguments, &exitCode, 1);
    if (!settings)
        return exitCode;
    // Refused before any request: a reference that names no single execution, or a bad --flow.
    if (parser.isSet(flow) && !isSid(parser.value(flow), "FW")) {
        printError(tr("--flow must be a flow SID (FW followed by 32 hex digits)"));
        return Usage;
    }
    QString error;
    const QString flowSid
        = parser.isSet(flow) ? u"FW"_s + parser.value(flow).mid(2).toLower() : QString();
    const auto ref = parseExecutionRef(parser.positionalArguments().constFirst(), flowSid, &error);
    if (!ref) {
        printError(error.replace(u"pick the flow first"_s, u"give --flow"_s)); // the window's words
        return Usage;
    }

    StudioClient client;
    client.setSettings(*settings);
    ApiError failure;
    const QByteArray execution
        = fetchBody(client, client.executionUrl(ref->flowSid, ref->executionSid), &failure);
    QByteArray context;
    if (!failure.isError()) {
        context = ContextLoader::contextMember(fetchBody(
            client, client.executionContextUrl(ref->flowSid, ref->executionSid), &failure));
        if (!failure.isError() && context.isEmpty())
            failure = ApiError::badResponse(tr("the context resource has no 'context' member"));
    }
    QByteArray stepItems;
    if (!failure.isError() && parser.isSet(steps)) {
        // A ticket reads steps in the order they happened, as the window's Steps tab shows them:
        // the API lists newest first, so reversed, then ordered by time (ISO 8601 UTC sorts as
        // text) with steps of the same second kept in that order.
        QList<std::pair<QString, QByteArray>> listed; // date_created, the step's bytes
        failure = walkList(client, client.stepsUrl(ref->flowSid, ref->executionSid), u"steps"_s,
            [&listed](const QByteArray &body, const std::vector<ByteSpan> &items) {
                for (const ByteSpan &item : items) {
                    const QByteArray step = body.mid(item.first, item.second);
                    listed.emplace_back(rawField(step, u"date_created"_s), step);
                }
            });
        std::reverse(listed.begin(), listed.end());
        std::stable_sort(listed.begin(), listed.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &step : listed)
            stepItems += (stepItems.isEmpty() ? "" : ",") + step.second;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (failure.isError()) {
        printError(failure.kind == ApiError::Kind::NotFound
                ? tr("flow %1 has no execution %2 (Studio keeps executions for 30 days)")
                      .arg(ref->flowSid, ref->executionSid)
                : failure.userMessage());
        return exitCodeFor(failure);
    }

    QByteArray document = "{\"execution\":" + execution + ",\"context\":" + context;
    if (parser.isSet(steps))
        document += ",\"steps\":[" + stepItems + ']';
    document += '}';
    if (parser.isSet(pretty))
        document = prettyJson(document);
    document += '\n';
    Output output;
    if (!output.open(parser.value(common.output), &error)) {
        printError(error);
        return OutputFailed;
    }
    if (output.device()->write(document) != document.size())
        output.markFailed();
    if (!output.finish(true, &error)) {
        printError(error.isEmpty() ? tr("the output could not be written") : error);
        return OutputFailed;
    }
    return Ok;
}

} // namespace flowscope::cli
