// flowscope flows: the account's Studio flows, as a table or exactly as the API returned them.

#include "command.h"

#include "api/listfetcher.h"
#include "export/csvwriter.h"
#include "json/jsonpath.h"

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

struct FlowsPlan
{
    ExportFormat format = ExportFormat::Tsv;
    QString path;
};

// One listing: the flows written as their pages come.
class FlowListing
{
public:
    explicit FlowListing(const FlowsPlan &plan)
        : m_format(plan.format)
        , m_path(plan.path)
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
        return describe(u"flows"_s, tr("list the account's flows"),
            tr("List the account's Studio flows: sid, friendly_name, status, "
               "version, date_created, date_updated."),
            {
                { { u"format"_s }, u"tsv|csv|jsonl"_s,
                    tr("tsv (default), csv or jsonl (each flow exactly as the API returned it)."),
                    {}, u"tsv"_s },
                outputOption(),
            });
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<FlowListing, FlowsPlan>(
            arguments, [](const Arguments &args, FlowsPlan *plan) {
                const auto format = args.format();
                plan->format = format.value_or(ExportFormat::Tsv);
                plan->path = args.value(u"output"_s);
                return format.has_value();
            });
    }
};

} // namespace

std::unique_ptr<Command> makeFlowsCommand()
{
    return std::make_unique<FlowsCommand>();
}

} // namespace flowscope::cli
