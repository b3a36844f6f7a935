#include "executionpages.h"

namespace flowscope {

ExecutionPages::ExecutionPages(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_pager(client)
{
    connect(&m_pager, &Pager::pageArrived, this, &ExecutionPages::parse);
}

void ExecutionPages::reset(const ExecutionQuery &query)
{
    reset(query.firstPageUrl(m_pager.client()->origin()));
}

void ExecutionPages::reset(const QUrl &firstPage)
{
    m_parse.cancel();
    m_pager.reset(firstPage);
}

void ExecutionPages::parse(const QByteArray &body)
{
    m_parse.run(
        [body = QByteArray(body), reading = m_reading]() mutable {
            ReadPage read;
            read.page = parseExecutionsPage(std::move(body), reading.flowSid, reading.keepRaw);
            const auto rows = qsizetype(read.page.rows.size());
            read.kept.reserve(size_t(rows));
            for (qsizetype row = 0; row < rows; ++row) {
                if (!reading.keep || reading.keep(executionOf(read.page, row, reading.flowSid)))
                    read.kept.push_back(row);
            }
            return read;
        },
        [this](const ReadPage &read) {
            if (!read.page.error.isEmpty()) {
                m_pager.reject(ApiError::badResponse(read.page.error)); // with Retry
                return;
            }
            Q_EMIT pageRead(read);
        });
}

} // namespace flowscope
