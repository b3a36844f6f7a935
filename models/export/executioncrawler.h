#pragma once

// Walks one query along next_page_url for exports, handing over pages in order as they arrive.
// The next page is requested as soon as the current one is parsed, so the network works while
// the caller writes; contexts are fetched with bounded concurrency. At most two pages are held at
// any time: memory does not grow with the number of rows.

#include "apierror.h"
#include "executionquery.h"
#include "executionstore.h"
#include "studioclient.h"

#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>

namespace flowscope {

// A page handed over: its rows [0, rowCount) are to be written (fewer than the page's when the
// limit ends inside it). contexts[k] is row k's context JSON, or "null" when it was not found.
struct CrawledPage
{
    ParsedPage page;
    qsizetype rowCount = 0;
    QList<QByteArray> contexts;
};

// Shared by crawlers that run side by side: after a 429 none of them starts a request until
// the server's wait is over, so they back off together.
class RequestGate final : public QObject
{
    Q_OBJECT

public:
    explicit RequestGate(QObject *parent = nullptr);
    bool isOpen() const { return !m_timer.isActive(); }
    void closeFor(qint64 ms);

Q_SIGNALS:
    void opened();

private:
    QTimer m_timer;
};

struct CrawlOptions
{
    ExecutionQuery query;
    qint64 limit = -1; // at most this many executions; -1: all
    bool keepRaw = false; // exact bytes of each execution object (jsonl)
    bool fetchContexts = false;
    int contextConcurrency = 8;
    RequestGate *gate = nullptr; // optional, not owned
};

class ExecutionCrawler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionCrawler)

public:
    ExecutionCrawler(StudioClient *client, const CrawlOptions &options, QObject *parent = nullptr);
    ~ExecutionCrawler() override;

    void start(); // validates the query first: an invalid one finishes at once with InvalidInput
    void cancel(); // finishes with Cancelled
    // While paused, no further page is requested; a page already on its way, and the contexts of
    // pages held, still arrive and are delivered.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qint64 rowsDelivered() const { return m_delivered; }
    int requestsMade() const { return m_requests; }

Q_SIGNALS:
    void pageReady(const flowscope::CrawledPage &page);
    // A context that was listed but is gone (404): written as null, said here.
    void contextMissing(const QString &executionSid);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void finished(const flowscope::ApiError &error); // kind None: every page delivered

private:
    struct Pending
    {
        CrawledPage crawled;
        qsizetype nextContext = 0; // next row whose context has not been requested
        qsizetype contextsLeft = 0;
    };

    void requestPage(QUrl url);
    void pageDownloaded();
    void pageParsed();
    void pumpContexts();
    void deliver();
    void fail(const ApiError &error);
    void maybeRequestNext();
    bool gateOpen();
    void forwardRetry(qint64 delayMs, const ApiError &reason);

    StudioClient *m_client; // not owned
    CrawlOptions m_options;
    ApiReplyPtr m_pageReply;
    QFutureWatcher<CrawledPage> *m_parse = nullptr;
    QUrl m_pageUrl;
    QUrl m_nextUrl; // known but not requested yet
    QSet<QString> m_fetched;
    std::deque<Pending> m_pending;
    std::vector<ApiReplyPtr> m_contextReplies;
    qint64 m_queuedRows = 0; // rows accepted into pages so far (for the limit)
    qint64 m_delivered = 0;
    int m_requests = 0;
    bool m_done = false;
    bool m_paused = false;
};

} // namespace flowscope
