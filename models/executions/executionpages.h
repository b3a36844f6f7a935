#pragma once

// The one page pipeline for lists of executions: a Pager walks the list along next_page_url, each
// page is parsed off the GUI thread — with the owner's filter, when it has one, run there too —
// and handed over on the owner's thread. The owner reads the page, then accept()s the link to the
// next one (or not) and asks for it when it wants it. A page that cannot be read fails the walk,
// and retry() asks for that page only. The executions table, the export crawl, the customer
// search, the stuck finder and Follow all read their pages through one of these.

#include "api/pager.h"
#include "executionquery.h"
#include "executionstore.h"
#include "util/worker.h"

#include <QObject>

#include <functional>
#include <vector>

namespace flowscope {

// A page as its owner gets it: the rows parsed, and which of them the filter kept.
struct ReadPage
{
    ParsedPage page;
    std::vector<qsizetype> kept; // rows the filter kept, in order; every row without a filter
};

class ExecutionPages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionPages)

public:
    struct Reading
    {
        QString flowSid; // rows without a flow SID of their own belong to this flow
        bool keepRaw = false; // each object's exact bytes (lossless jsonl)
        // Run on the worker for each row; null keeps every row. It must be safe to call there.
        std::function<bool(const Execution &)> keep;
    };

    explicit ExecutionPages(StudioClient *client, QObject *parent = nullptr);

    void setReading(Reading reading) { m_reading = std::move(reading); }
    const Reading &reading() const { return m_reading; }

    // Drops what is under way (a request, a parse) and makes the query's first page the next one
    // fetchNext() asks for. The owner has validated the query (ExecutionQuery::validate).
    void reset(const ExecutionQuery &query);
    void reset(const QUrl &firstPage = {});
    void fetchNext() { m_pager.fetchNext(); }
    // The page just read names this next page; false (and the walk failed) when it must not be
    // followed. The last page ("") finishes the walk.
    bool accept(const QString &nextPageUrl) { return m_pager.accept(nextPageUrl); }
    void retry() { m_pager.retry(); }

    Pager &pager() { return m_pager; }
    const Pager &pager() const { return m_pager; }
    bool isParsing() const { return m_parse.isBusy(); }
    // Nothing on its way and another page to ask for.
    bool canFetch() const { return !isParsing() && m_pager.canFetch(); }

Q_SIGNALS:
    void pageRead(const flowscope::ReadPage &page);

private:
    void parse(const QByteArray &body);

    Pager m_pager;
    Reading m_reading;
    Handoff m_parse { this };
};

} // namespace flowscope
