#pragma once

// The archive read back as the API would answer: a flow's executions in [from, to), newest
// first, handed over a page at a time as the crawler hands over pages — the execution objects
// parsed by the same parser from the bytes the API sent, with their contexts and outcomes — so
// that the writers render them exactly as they render a crawl.

#include "archive.h"
#include "export/executioncrawler.h"

namespace flowscope {

class ArchiveReader
{
public:
    ArchiveReader(Archive *archive, const ExecutionQuery &query, qint64 limit = -1);

    // The next page (rowCount 0 once everything was read); contexts and outcomes filled when
    // asked for. *error is set when the archive failed.
    CrawledPage next(bool contexts, bool outcomes, ArchiveError *error);
    qint64 rowsRead() const { return m_read; }

private:
    Archive *m_archive;
    ArchiveRange m_range;
    qint64 m_limit;
    qint64 m_read = 0;
    bool m_done = false;
};

} // namespace flowscope
