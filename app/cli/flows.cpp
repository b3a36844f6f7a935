// flowscope flows: the account's Studio flows, as a table or exactly as the API returned them.

#include "command.h"

#include "api/listfetcher.h"
#include "export/csvwriter.h"
#include "json/jsonpath.h"

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

// One listing: the flows written as their pages come.
class FlowListing
{
public:
    FlowListing(ExportFormat format, const QString &path)
        : m_format(format)
        , m_path(path)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        QString error;
        if (!m_output.open(m_path, &error)) {
            printError(error);
            finish(OutputFailed);
            return;
        }
        m_writer = std::make_unique<CsvWriter>(
            m_output.device(), CsvOptions { m_format == ExportFormat::Tsv ? '\t' : ',' });
        auto *fetcher = new ListFetcher(&client, &scope);
        QObject::connect(fetcher, &ListFetcher::retrying, &scope, &announceRetry);
        QObject::connect(fetcher, &ListFetcher::pageRead, &scope,
            [this](const QList<ListItem> &items) { write(items); });
        QObject::connect(fetcher, &ListFetcher::failed, &scope, [this, finish](const ApiError &e) {
            m_writer->flush();
            m_output.discard();
            printError(e.userMessage());
            finish(exitCodeFor(e));
        });
        QObject::connect(fetcher, &ListFetcher::finished, &scope, [this, finish] {
            if (!m_writer->flush())
                m_output.markFailed();
            finish(m_output.commit() ? Ok : OutputFailed);
        });
        fetcher->start(client.flowsUrl());
    }

private:
    void write(const QList<ListItem> &items)
    {
        static const QStringList columns = { u"sid"_s, u"friendly_name"_s, u"status"_s,
            u"version"_s, u"date_created"_s, u"date_updated"_s };
        if (m_format != ExportFormat::Jsonl && !std::exchange(m_headerWritten, true))
            m_writer->writeRow(columns);
        for (const ListItem &item : items) {
            if (m_format == ExportFormat::Jsonl) {
                if (m_output.device()->write(item.raw + '\n') != item.raw.size() + 1)
                    m_output.markFailed();
                continue;
            }
            QStringList row;
            for (const QString &column : columns)
                row << jsonTextAt(item.raw, column);
            m_writer->writeRow(row);
        }
    }

    ExportFormat m_format;
    QString m_path;
    Output m_output;
    std::unique_ptr<CsvWriter> m_writer;
    bool m_headerWritten = false;
};

class FlowsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FlowsCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec;
        spec.program = u"flowscope"_s;
        spec.name = u"flows"_s;
        spec.summary = tr("list the account's flows");
        spec.description = tr("List the account's Studio flows: sid, friendly_name, status, "
                              "version, date_created, date_updated.");
        spec.options = {
            { { u"format"_s }, u"tsv|csv|jsonl"_s,
                tr("tsv (default), csv or jsonl (each flow exactly as the API returned it)."), {},
                u"tsv"_s },
            outputOption(),
        };
        spec.options += commonOptions();
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        int exitCode = Ok;
        const auto args = Arguments::parse(spec(), arguments, &exitCode);
        if (!args)
            return exitCode;
        const auto format = args->format();
        if (!format)
            return Usage;
        FlowListing listing(*format, args->value(u"output"_s));
        return runCommand(
            args->common(), [&listing](StudioClient &client, QObject &scope, const Finish &finish) {
                listing.start(client, scope, finish);
            });
    }
};

} // namespace

std::unique_ptr<Command> makeFlowsCommand()
{
    return std::make_unique<FlowsCommand>();
}

} // namespace flowscope::cli
