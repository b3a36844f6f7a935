#include "cli.h"

#include "clisupport.h"

#include "accounts/profiles.h"
#include "api/listfetcher.h"
#include "api/sid.h"
#include "detail/contextloader.h"
#include "detail/jsontreemodel.h"
#include "detail/stepsmodel.h"
#include "diagram/definitionloader.h"
#include "executions/executionref.h"
#include "export/csvwriter.h"
#include "export/exportcrawl.h"
#include "export/exportformat.h"
#include "keychain/keychainsecretstore.h"
#include "json/jsonpath.h"
#include "json/jsonspans.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

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
                Tr::tr("there is no profile named '%1' (flowscope profiles add, or the window's "
                       "Profiles menu, creates one)")
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
                Tr::tr("no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or "
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
                    Tr::tr("profile '%1' has no secret in the keychain; sign in with it in the "
                           "window once, or set TWILIO_AUTH_TOKEN")
                        .arg(profile->name),
                    Usage);
                return;
            }
            done(std::nullopt,
                Tr::tr("the keychain could not give profile '%1' its secret (%2); set "
                       "TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead")
                    .arg(profile->name, why),
                KeychainFailed);
        });
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

// ---- flowscope flows ------------------------------------------------------------------------

int runFlows(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the account's Studio flows."));
    Common common;
    common.format = QCommandLineOption(u"format"_s,
        Tr::tr("tsv (default), csv or jsonl (each flow exactly as the API returned it)."),
        u"format"_s, u"tsv"_s);
    parser.addOptions({ common.format, common.output, common.baseUrl, common.timeout,
        common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto values = parseCommon(parser, common, arguments, &exitCode);
    if (!values)
        return exitCode;
    const auto format = parseFormat(parser.value(common.format));
    if (!format)
        return Usage;

    Output output;
    std::unique_ptr<CsvWriter> writer;
    static const QStringList columns = { u"sid"_s, u"friendly_name"_s, u"status"_s, u"version"_s,
        u"date_created"_s, u"date_updated"_s };
    bool headerWritten = *format == ExportFormat::Jsonl;
    return runCommand(*values, [&](StudioClient &client, QObject &scope, const Finish &finish) {
        QString error;
        if (!output.open(parser.value(common.output), &error)) {
            printError(error);
            finish(OutputFailed);
            return;
        }
        writer = std::make_unique<CsvWriter>(
            output.device(), CsvOptions { *format == ExportFormat::Tsv ? '\t' : ',' });
        auto *fetcher = new ListFetcher(&client, &scope);
        QObject::connect(fetcher, &ListFetcher::retrying, &scope, &announceRetry);
        // Each flow as its page comes.
        QObject::connect(
            fetcher, &ListFetcher::pageRead, &scope, [&](const QList<ListItem> &items) {
                if (!std::exchange(headerWritten, true))
                    writer->writeRow(columns);
                for (const ListItem &item : items) {
                    if (*format == ExportFormat::Jsonl) {
                        if (output.device()->write(item.raw + '\n') != item.raw.size() + 1)
                            output.markFailed();
                        continue;
                    }
                    QStringList row;
                    for (const QString &column : columns)
                        row << jsonTextAt(item.raw, column);
                    writer->writeRow(row);
                }
            });
        QObject::connect(fetcher, &ListFetcher::failed, &scope, [&](const ApiError &failure) {
            writer->flush();
            output.discard();
            printError(failure.userMessage());
            finish(exitCodeFor(failure));
        });
        QObject::connect(fetcher, &ListFetcher::finished, &scope, [&] {
            if (!writer->flush())
                output.markFailed();
            finish(output.commit() ? Ok : OutputFailed);
        });
        fetcher->start(client.flowsUrl());
    });
}

// ---- flowscope executions -------------------------------------------------------------------

int runExecutions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export a flow's executions, newest first, streamed as they arrive."));
    Common common;
    common.format = QCommandLineOption(u"format"_s,
        Tr::tr("csv (default, RFC 4180), tsv, jsonl (each execution exactly as the API returned "
               "it) or xlsx (a workbook with typed cells, for people; needs -o)."),
        u"format"_s, u"csv"_s);
    const QCommandLineOption flow(
        u"flow"_s, Tr::tr("The flow's SID (FW followed by 32 hex digits). Required."), u"sid"_s);
    const QCommandLineOption from(u"from"_s,
        Tr::tr("Only executions started at or after T: ISO 8601 with Z or an offset, or local time "
               "without one."),
        u"T"_s);
    const QCommandLineOption to(u"to"_s, Tr::tr("Only executions started before T."), u"T"_s);
    const QCommandLineOption pageSize(u"page-size"_s,
        Tr::tr("Executions per request, 1 to 1000 (default 1000)."), u"n"_s, u"1000"_s);
    const QCommandLineOption limit(
        u"limit"_s, Tr::tr("Stop after N executions (crawls sequentially)."), u"n"_s);
    const QCommandLineOption columns(u"columns"_s,
        Tr::tr("Comma-separated columns for csv/tsv/xlsx: %1 (default %2).")
            .arg(columnNames().join(u','), RowRenderer::defaultColumns().join(u',')),
        u"list"_s);
    const QCommandLineOption context(u"context"_s,
        Tr::tr("Fetch each execution's context and add it as a 'context' column of compact JSON "
               "(csv/tsv) or field (jsonl)."));
    const QCommandLineOption contextPath(u"context-path"_s,
        Tr::tr("Add a column with the value at PATH in the context, e.g. widgets.gather_1.Digits "
               "(repeatable)."),
        u"path"_s);
    const QCommandLineOption outcome(u"outcome"_s,
        Tr::tr("Read each execution's steps and add its outcome: ended_at, last_event, "
               "step_count and failed columns (jsonl: an 'outcome' object). Failed means a "
               "failure event (failed, fail, timeout, deliveryFailure, callFailure, "
               "failedToEnqueue, noAnswer, busy) or a widget's status_code of 400 or more."));
    const QCommandLineOption outcomeConcurrency(u"concurrency"_s,
        Tr::tr("Requests in flight at most for --outcome and --context (default %1 with --outcome, "
               "8 for --context alone).")
            .arg(OutcomeFetcher::kDefaultConcurrency),
        u"n"_s);
    const QCommandLineOption localTimes(u"local-times"_s,
        Tr::tr(
            "Write times in local time with their offset instead of UTC as the API gives them."));
    const QCommandLineOption bom(
        u"bom"_s, Tr::tr("Start the file with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption noGuard(u"no-formula-guard"_s,
        Tr::tr("Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ TAB "
               "CR)."));
    const QCommandLineOption parallel(u"parallel"_s,
        Tr::tr("Crawl K time slices at once (default 4; 1 is a plain sequential crawl)."), u"k"_s,
        u"4"_s);
    parser.addOptions({ flow, from, to, pageSize, limit, common.format, columns, context,
        contextPath, outcome, outcomeConcurrency, localTimes, bom, noGuard, parallel, common.output,
        common.baseUrl, common.timeout, common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto values = parseCommon(parser, common, arguments, &exitCode);
    if (!values)
        return exitCode;

    const auto format = parseFormat(parser.value(common.format), true);
    if (!format || !checkOutputFor(*format, parser.value(common.output)))
        return Usage;
    CrawlOptions crawl;
    crawl.query.flowSid = parser.value(flow).trimmed();
    if (crawl.query.flowSid.isEmpty()) {
        printError(Tr::tr("--flow is required (see --help)"));
        return Usage;
    }
    if (!parseTimeOption(parser, from, &crawl.query.from)
        || !parseTimeOption(parser, to, &crawl.query.to))
        return Usage;
    bool ok = false;
    crawl.query.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok) {
        printError(Tr::tr("--page-size must be a number from 1 to 1000"));
        return Usage;
    }
    if (parser.isSet(limit)) {
        crawl.limit = parser.value(limit).toLongLong(&ok);
        if (!ok || crawl.limit < 0) {
            printError(Tr::tr("--limit must be a number of executions, 0 or more"));
            return Usage;
        }
    }
    int slices = parser.value(parallel).toInt(&ok);
    if (!ok || slices < 1 || slices > 32) {
        printError(Tr::tr("--parallel must be a number of slices from 1 to 32"));
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
    exportOptions.format = *format;
    if (!parseColumnOptions(parser, columns, context, &exportOptions))
        return Usage;
    exportOptions.contextPaths = parser.values(contextPath);
    for (const QString &path : std::as_const(exportOptions.contextPaths)) {
        std::string pointer;
        if (!liquidToPointer(path, &pointer)) {
            printError(
                Tr::tr("--context-path '%1' is not a path such as widgets.gather_1.Digits or "
                       "flow.data[\"first name\"]")
                    .arg(path));
            return Usage;
        }
    }
    exportOptions.includeOutcome = parser.isSet(outcome);
    if (parser.isSet(outcomeConcurrency)) {
        if (!parseConcurrencyOption(parser, outcomeConcurrency, &crawl.outcomeConcurrency))
            return Usage;
        crawl.contextConcurrency = crawl.outcomeConcurrency;
    }
    exportOptions.localTimes = parser.isSet(localTimes);
    exportOptions.bom = parser.isSet(bom);
    exportOptions.formulaGuard = !parser.isSet(noGuard);

    Output output;
    std::unique_ptr<CsvWriter> writer;
    int missingContexts = 0;
    UnknownOutcomes unknownOutcomes;
    const bool progress = stderrIsTerminal();
    return runCommand(*values, [&](StudioClient &client, QObject &scope, const Finish &finish) {
        QString error;
        if (!output.open(parser.value(common.output), &error, *format)) {
            printError(error);
            finish(OutputFailed);
            return;
        }
        writer = std::make_unique<CsvWriter>(output.device());
        auto *exporter = new ExportCrawl(&client, crawl, slices, exportOptions, &scope);
        // Slices that wait their turn spool beside the output file (or in the temporary folder
        // when the rows go to standard output).
        if (output.isFile())
            exporter->setSpoolDirectory(QFileInfo(parser.value(common.output)).absolutePath());
        QObject::connect(exporter, &ExportCrawl::retrying, &scope, &announceRetry);
        QObject::connect(exporter, &ExportCrawl::contextMissing, &scope,
            [&missingContexts](const QString &) { ++missingContexts; });
        QObject::connect(exporter, &ExportCrawl::outcomeUnknown, &scope,
            [&unknownOutcomes](const QString &sid, const OutcomeResult &result) {
                unknownOutcomes.add(sid, result);
            });
        QObject::connect(
            exporter, &ExportCrawl::chunkReady, &scope, [&, exporter](const QByteArray &bytes) {
                writer->writeEncoded(bytes);
                if (!writer->ok()) {
                    output.markFailed();
                    exporter->cancel();
                }
            });
        QObject::connect(exporter, &ExportCrawl::progress, &scope, [progress](qint64 rows) {
            if (progress) {
                const QByteArray text = "\r" + QLocale().toString(rows).toUtf8() + " executions…";
                std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
            }
        });
        QObject::connect(exporter, &ExportCrawl::finished, &scope, [&](const ApiError &failure) {
            if (progress)
                std::fputs("\n", stderr);
            if (!writer->flush())
                output.markFailed();
            if (failure.isError() && !output.writeFailed()) {
                output.discard();
                printError(failure.userMessage()
                    + (output.isFile() ? Tr::tr(" Nothing was written.") : QString()));
                finish(exitCodeFor(failure));
                return;
            }
            if (!output.commit()) {
                finish(OutputFailed);
                return;
            }
            if (missingContexts > 0)
                printError(Tr::tr("warning: %1 execution(s) had no context any more (expired?); "
                                  "their context is null.")
                               .arg(missingContexts));
            finish(unknownOutcomes.report());
        });
        exporter->start();
    });
}

// ---- flowscope execution --------------------------------------------------------------------

namespace {

DiagramWriter &diagramWriter()
{
    static DiagramWriter writer;
    return writer;
}

} // namespace

void setDiagramWriter(DiagramWriter writer)
{
    diagramWriter() = std::move(writer);
}

int runExecution(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Fetch one execution for a ticket: {\"execution\": …, \"context\": …, \"steps\": […]}, "
        "each part exactly as the API returned it."));
    parser.addPositionalArgument(u"execution"_s,
        Tr::tr("An FN… SID (with --flow), a Twilio Console link or an API URL to the execution."));
    Common common;
    const QCommandLineOption flow(
        u"flow"_s, Tr::tr("The flow of a bare FN… SID (links name it themselves)."), u"sid"_s);
    const QCommandLineOption steps(u"steps"_s,
        Tr::tr("Add the execution's steps, oldest first, each as the API returned it."));
    const QCommandLineOption pretty(
        u"pretty"_s, Tr::tr("Indent the JSON for reading (members keep their order)."));
    const QCommandLineOption diagram(u"diagram"_s,
        Tr::tr("Also draw the execution's path on the flow's diagram (the revision it ran on) "
               "to FILE.svg or FILE.png; no display needed."),
        u"file"_s);
    parser.addOptions({ flow, steps, pretty, diagram, common.output, common.baseUrl, common.timeout,
        common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto values = parseCommon(parser, common, arguments, &exitCode, 1);
    if (!values)
        return exitCode;
    // Refused before any request: a reference that names no single execution, or a bad --flow.
    if (parser.isSet(flow) && !isSid(parser.value(flow), "FW")) {
        printError(Tr::tr("--flow must be a flow SID (FW followed by 32 hex digits)"));
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

    const QString diagramFile = parser.value(diagram);
    if (parser.isSet(diagram)) {
        const QString suffix = QFileInfo(diagramFile).suffix().toLower();
        if (suffix != u"svg"_s && suffix != u"png"_s) {
            printError(Tr::tr("--diagram: the file name must end in .svg or .png"));
            return Usage;
        }
        if (!diagramWriter()) {
            printError(Tr::tr("--diagram: this build cannot draw"));
            return Usage;
        }
    }

    QByteArray execution;
    QByteArray context;
    QByteArray stepItems;
    QList<ListItem> stepList;
    return runCommand(*values, [&](StudioClient &client, QObject &scope, const Finish &finish) {
        const auto failed = [&](const ApiError &failure) {
            printError(failure.kind == ApiError::Kind::NotFound
                    ? Tr::tr("flow %1 has no execution %2 (Studio keeps executions for 30 days)")
                          .arg(ref->flowSid, ref->executionSid)
                    : failure.userMessage());
            finish(exitCodeFor(failure));
        };
        const auto writeJson = [&] {
            QByteArray document = "{\"execution\":" + execution + ",\"context\":" + context;
            if (parser.isSet(steps))
                document += ",\"steps\":[" + stepItems + ']';
            document += '}';
            if (parser.isSet(pretty))
                document = prettyJson(document);
            document += '\n';
            Output output;
            QString why;
            if (!output.open(parser.value(common.output), &why)) {
                printError(why);
                finish(OutputFailed);
                return;
            }
            if (output.device()->write(document) != document.size())
                output.markFailed();
            finish(output.commit() ? Ok : OutputFailed);
        };
        // With --diagram: the definition of the revision it ran on, the path drawn, then the JSON.
        const auto write = [&, writeJson, failed] {
            if (diagramFile.isEmpty()) {
                writeJson();
                return;
            }
            auto *loader = new DefinitionLoader(&client, &scope);
            QObject::connect(loader, &DefinitionLoader::failed, &scope,
                [failed](const QString &, const ApiError &why) { failed(why); });
            QObject::connect(loader, &DefinitionLoader::loaded, &scope,
                [&, writeJson](const QString &, const DiagramSource &source) {
                    const bool active
                        = QJsonDocument::fromJson(execution).object().value(u"status"_s).toString()
                        == u"active"_s;
                    const FlowPath path
                        = FlowPath::map(*source.definition, stepsOf(stepList), active);
                    QString why;
                    if (!diagramWriter()(*source.definition, path, diagramFile, &why)) {
                        printError(Tr::tr("--diagram %1: %2").arg(diagramFile, why));
                        finish(OutputFailed);
                        return;
                    }
                    printError(Tr::tr("Drew %1 on %2").arg(ref->executionSid, source.describe()));
                    for (const QString &note : path.notes())
                        printError(note);
                    writeJson();
                });
            loader->load(ref->flowSid, ref->executionSid);
        };
        // A ticket reads steps in the order they happened, as the window's Steps tab shows them.
        const auto fetchSteps = [&, write, failed] {
            auto *fetcher = new ListFetcher(&client, &scope);
            QObject::connect(fetcher, &ListFetcher::retrying, &scope, &announceRetry);
            QObject::connect(fetcher, &ListFetcher::failed, &scope, failed);
            QObject::connect(
                fetcher, &ListFetcher::finished, &scope, [&, write](const QList<ListItem> &items) {
                    for (const qsizetype k : stepOrder(items))
                        stepItems += (stepItems.isEmpty() ? "" : ",") + items[k].raw;
                    stepList = items;
                    write();
                });
            fetcher->start(client.stepsUrl(ref->flowSid, ref->executionSid));
        };
        // One GET at a time, each to completion (retries included); then the next part.
        const auto fetch = [&client, &scope, failed](
                               const QUrl &url, std::function<void(const QByteArray &)> then) {
            ApiReply *reply = client.get(url);
            reply->setParent(&scope);
            QObject::connect(reply, &ApiReply::retrying, &scope,
                [](int, qint64 delay, const ApiError &why) { announceRetry(delay, why); });
            QObject::connect(reply, &ApiReply::finished, &scope, [reply, failed, then] {
                reply->deleteLater();
                if (reply->error().isError())
                    failed(reply->error());
                else
                    then(reply->body());
            });
        };
        fetch(client.executionUrl(ref->flowSid, ref->executionSid),
            [&, fetch, fetchSteps, write](const QByteArray &body) {
                execution = body;
                fetch(client.executionContextUrl(ref->flowSid, ref->executionSid),
                    [&, fetchSteps, write](const QByteArray &contextBody) {
                        context = ContextLoader::contextMember(contextBody);
                        if (context.isEmpty()) {
                            printError(ApiError::badResponse(
                                Tr::tr("the context resource has no 'context' member"))
                                           .userMessage());
                            finish(NetworkFailure);
                        } else if (parser.isSet(steps) || !diagramFile.isEmpty()) {
                            fetchSteps();
                        } else {
                            write();
                        }
                    });
            });
    });
}

} // namespace flowscope::cli
