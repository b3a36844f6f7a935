// flowscope search: a customer across every flow — by phone number, address, or what they wrote.

#include "cli.h"

#include "api/listfetcher.h"
#include "clisupport.h"
#include "export/csvwriter.h"
#include "export/executioncrawler.h"
#include "export/exportformat.h"
#include "search/contactmatcher.h"
#include "search/customersearch.h"

#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Find a customer's executions across every flow: by phone number (on any channel), "
               "by client: or sip: address, or by what they wrote (searched in each context)."));
    Common common;
    common.format = QCommandLineOption(u"format"_s,
        Tr::tr(
            "csv (default), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a "
            "workbook with typed cells; needs -o)."),
        u"format"_s, u"csv"_s);
    const QCommandLineOption contact(u"contact"_s,
        Tr::tr("A phone number as people type it (+44 7700 900123, (415) 555-0100), or an address "
               "such as client:alice or sip:bob@example.com."),
        u"text"_s);
    const QCommandLineOption text(u"text"_s,
        Tr::tr("Text they wrote or said, searched in each execution's context (one request each)."),
        u"text"_s);
    const QCommandLineOption flow(u"flow"_s,
        Tr::tr("Only this flow (repeatable; default: every flow of the account)."), u"sid"_s);
    const QCommandLineOption from(
        u"from"_s, Tr::tr("From T (default: 30 days ago, all Studio keeps)."), u"T"_s);
    const QCommandLineOption to(u"to"_s, Tr::tr("Before T (default: now)."), u"T"_s);
    const QCommandLineOption country(u"country"_s,
        Tr::tr("The country of numbers typed without +country (default: the locale's, %1).")
            .arg(ContactMatcher::localeCountry()),
        u"CC"_s);
    const QCommandLineOption exact(
        u"exact"_s, Tr::tr("Match the contact's address string exactly, on its channel only."));
    const QCommandLineOption concurrency(u"concurrency"_s,
        Tr::tr("Requests in flight at once, 1 to 32 (default 8)."), u"n"_s, u"8"_s);
    const QCommandLineOption columns(u"columns"_s,
        Tr::tr("Comma-separated columns for csv/tsv/xlsx: %1 (default %2).")
            .arg(columnNames().join(u','), RowRenderer::defaultColumns().join(u',')),
        u"list"_s);
    const QCommandLineOption context(u"context"_s,
        Tr::tr("Add each match's context as a 'context' column (or field, in jsonl)."));
    parser.addOptions({ contact, text, flow, from, to, country, exact, concurrency, common.format,
        columns, context, common.output, common.baseUrl, common.timeout, common.retries,
        common.profile, common.help });
    int exitCode = Ok;
    const auto values = parseCommon(parser, common, arguments, &exitCode);
    if (!values)
        return exitCode;

    // Everything is checked before any request.
    SearchRequest request;
    if (!parser.isSet(contact) && !parser.isSet(text)) {
        printError(Tr::tr("say whom to look for: --contact TEXT, --text TEXT, or both"));
        return Usage;
    }
    if (parser.isSet(contact)) {
        QString why;
        request.contact = ContactMatcher::parse(parser.value(contact),
            parser.isSet(country) ? parser.value(country) : ContactMatcher::localeCountry(),
            parser.isSet(exact), &why);
        if (!request.contact) {
            printError(why + Tr::tr(" Nothing was sent."));
            return Usage;
        }
    }
    if (parser.isSet(text)) {
        request.text = parser.value(text).trimmed();
        if (request.text.isEmpty()) {
            printError(Tr::tr("--text is empty"));
            return Usage;
        }
    }
    if (!parseSidOption(parser, flow, "FW", Tr::tr("a flow SID"), &request.flows))
        return Usage;
    if (!parseRangeOptions(parser, from, to, QDateTime::currentDateTimeUtc().addSecs(1),
            &request.from, &request.to)
        || !parseConcurrencyOption(parser, concurrency, &request.concurrency))
        return Usage;
    const auto format = parseFormat(parser.value(common.format), true);
    if (!format || !checkOutputFor(*format, parser.value(common.output)))
        return Usage;
    ExportOptions exportOptions;
    exportOptions.format = *format;
    if (!parseColumnOptions(parser, columns, context, &exportOptions))
        return Usage;
    request.keepRaw = true; // matches only: exact bytes for jsonl and every column
    request.withContexts = exportOptions.includeContext;

    Output output;
    std::unique_ptr<CsvWriter> writer;
    std::unique_ptr<CustomerSearch> search;
    QList<SearchMatch> matches; // for a file: written sorted, once every flow was searched
    const bool toFile
        = !parser.value(common.output).isEmpty() && parser.value(common.output) != u"-"_s;
    const bool progress = stderrIsTerminal();
    QHash<QString, QString> flowNames;
    const auto render = [&exportOptions](const SearchMatch &m) {
        CrawledPage page;
        page.page = parseExecutionObject(m.raw, m.execution.flowSid, true);
        page.rowCount = page.page.error.isEmpty() ? 1 : 0;
        if (exportOptions.includeContext)
            page.contexts = { m.context };
        return RowRenderer(exportOptions, m.execution.flowSid).render(page);
    };
    return runCommand(*values, [&](StudioClient &client, QObject &scope, const Finish &finish) {
        const auto begin = [&] {
            QString why;
            if (!output.open(parser.value(common.output), &why, *format)) {
                printError(why);
                finish(OutputFailed);
                return;
            }
            writer = std::make_unique<CsvWriter>(output.device());
            const QByteArray header = RowRenderer(exportOptions, QString()).header();
            if (!toFile)
                writer->writeEncoded(header);
            search = std::make_unique<CustomerSearch>(&client, request);
            QObject::connect(search.get(), &CustomerSearch::retrying, &scope, &announceRetry);
            QObject::connect(
                search.get(), &CustomerSearch::matchFound, &scope, [&](const SearchMatch &m) {
                    if (toFile) {
                        matches << m;
                        return;
                    }
                    writer->writeEncoded(render(m)); // as they are found
                    writer->flush();
                });
            QObject::connect(search.get(), &CustomerSearch::progress, &scope, [&] {
                if (progress)
                    std::fprintf(stderr, "\r%d of %d flows · %s executions scanned · %lld found",
                        search->flowsDone(), search->flowCount(),
                        qPrintable(QLocale().toString(search->scanned())), search->matches());
            });
            QObject::connect(search.get(), &CustomerSearch::flowFailed, &scope,
                [&](const QString &flowSid, const ApiError &error) {
                    printError(
                        Tr::tr("%1 (%2) could not be searched: %3")
                            .arg(flowNames.value(flowSid, flowSid), flowSid, error.userMessage()));
                });
            QObject::connect(search.get(), &CustomerSearch::finished, &scope, [&] {
                if (progress)
                    std::fputs("\n", stderr);
                const auto failures = search->failures();
                if (!failures.isEmpty()) {
                    output.discard(); // a file only when every flow was searched
                    printError(
                        Tr::tr("%n flow(s) could not be searched: the results are not complete%1",
                            "", int(failures.size()))
                            .arg(toFile ? Tr::tr("; nothing was written") : QString()));
                    finish(NetworkFailure); // the others' rows are out; the search is not complete
                    return;
                }
                if (toFile) {
                    // Newest first; of one second, by flow as asked, then as each flow listed them.
                    std::sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
                        if (a.execution.created != b.execution.created)
                            return a.execution.created > b.execution.created;
                        return std::pair(a.flowIndex, a.listed) < std::pair(b.flowIndex, b.listed);
                    });
                    QByteArray bytes = RowRenderer(exportOptions, QString()).header();
                    for (const SearchMatch &m : std::as_const(matches))
                        bytes += render(m);
                    writer->writeEncoded(bytes);
                }
                if (!writer->flush())
                    output.markFailed();
                if (!output.commit()) {
                    finish(OutputFailed);
                    return;
                }
                printError(
                    Tr::tr("%1 found in %n flow(s), %2 executions scanned", "", search->flowCount())
                        .arg(search->matches())
                        .arg(QLocale().toString(search->scanned())));
                finish(Ok);
            });
            search->start();
        };
        if (!request.flows.isEmpty()) {
            begin();
            return;
        }
        // Every flow of the account.
        auto *flows = new ListFetcher(&client, &scope);
        QObject::connect(flows, &ListFetcher::retrying, &scope, &announceRetry);
        QObject::connect(flows, &ListFetcher::failed, &scope, [&](const ApiError &error) {
            printError(
                Tr::tr("the account's flows could not be listed: %1").arg(error.userMessage()));
            finish(exitCodeFor(error));
        });
        QObject::connect(
            flows, &ListFetcher::finished, &scope, [&, begin](const QList<ListItem> &items) {
                for (const ListItem &item : items) {
                    const QString sid = item.object.value(u"sid"_s).toString();
                    request.flows << sid;
                    flowNames.insert(sid, item.object.value(u"friendly_name"_s).toString());
                }
                if (request.flows.isEmpty()) {
                    printError(Tr::tr("the account has no flows"));
                    finish(NotFound);
                    return;
                }
                begin();
            });
        flows->start(client.flowsUrl());
    });
}

} // namespace flowscope::cli
