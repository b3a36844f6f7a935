#include "archivereader.h"

#include <algorithm>

namespace flowscope {

ArchiveReader::ArchiveReader(Archive *archive, const ExecutionQuery &query, qint64 limit)
    : m_archive(archive)
    , m_limit(limit)
{
    m_range.flowSid = query.flowSid;
    m_range.fromMs = query.from.isValid() ? query.from.toMSecsSinceEpoch() : kNoTime;
    m_range.toMs = query.to.isValid() ? query.to.toMSecsSinceEpoch() : kNoTime;
    m_range.limit = ExecutionQuery::kMaxPageSize;
}

CrawledPage ArchiveReader::next(bool contexts, bool outcomes, ArchiveError *error)
{
    CrawledPage crawled;
    if (m_done)
        return crawled;
    if (m_limit >= 0)
        m_range.limit = int(std::min<qint64>(ExecutionQuery::kMaxPageSize, m_limit - m_read));
    const QList<ArchivedExecution> rows
        = m_range.limit > 0 ? m_archive->range(m_range, error) : QList<ArchivedExecution>();
    if (error->isError() || rows.isEmpty()) {
        m_done = true;
        return crawled;
    }
    m_range.continueAfter(rows.last());
    crawled.page = parsedPageOf(rows, m_range.flowSid, true);
    if (!crawled.page.error.isEmpty()) {
        error->kind = ArchiveError::Kind::Failed;
        error->message = crawled.page.error;
        m_done = true;
        return {};
    }
    crawled.rowCount = qsizetype(crawled.page.rows.size());
    for (const ArchivedExecution &row : rows) {
        if (contexts)
            crawled.contexts << (row.context.isEmpty() ? QByteArray("null") : row.context);
        if (outcomes) {
            crawled.outcomes << Archive::outcomeFrom(row.outcome);
            crawled.steps << row.steps; // as the sync listed them: the diagram's counts need them
        }
    }
    m_read += crawled.rowCount;
    return crawled;
}

} // namespace flowscope
