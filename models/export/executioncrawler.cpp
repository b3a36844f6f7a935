#include "executioncrawler.h"

#include "contextloader.h"
#include "paging.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

namespace flowscope {

Q_LOGGING_CATEGORY(lcCrawl, "flowscope.crawl", QtWarningMsg)

namespace {
QElapsedTimer &crawlClock()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock;
}
} // namespace

RequestGate::RequestGate(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestGate::opened);
}

void RequestGate::closeFor(qint64 ms)
{
    // Extend, never shorten, a wait already under way.
    const qint64 remaining = m_timer.isActive() ? m_timer.remainingTime() : 0;
    if (ms > remaining)
        m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

ExecutionCrawler::ExecutionCrawler(
    StudioClient *client, const CrawlOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    if (m_options.gate)
        connect(m_options.gate, &RequestGate::opened, this, [this] {
            maybeRequestNext();
            pumpContexts();
        });
}

ExecutionCrawler::~ExecutionCrawler()
{
    if (m_parse)
        m_parse->disconnect(this);
}

void ExecutionCrawler::start()
{
    const ApiError invalid = m_options.query.validate();
    if (invalid.isError()) {
        QMetaObject::invokeMethod(
            this, [this, invalid] { fail(invalid); }, Qt::QueuedConnection);
        return;
    }
    ExecutionQuery query = m_options.query;
    if (m_options.limit >= 0 && m_options.limit < query.pageSize)
        query.pageSize = int(std::max<qint64>(1, m_options.limit)); // no point fetching more
    if (m_options.limit == 0) {
        QMetaObject::invokeMethod(
            this, [this] { deliver(); }, Qt::QueuedConnection);
        return;
    }
    m_nextUrl = query.firstPageUrl(m_client->origin());
    maybeRequestNext();
}

void ExecutionCrawler::cancel()
{
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    fail(cancelled);
}

void ExecutionCrawler::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_pageReply.reset();
    m_contextReplies.clear();
    if (m_parse) {
        m_parse->disconnect(this);
        m_parse->deleteLater();
        m_parse = nullptr;
    }
    m_pending.clear();
    Q_EMIT finished(error);
}

bool ExecutionCrawler::gateOpen()
{
    return !m_options.gate || m_options.gate->isOpen();
}

void ExecutionCrawler::forwardRetry(qint64 delayMs, const ApiError &reason)
{
    // A 429 holds back every crawler sharing the gate, not just this request.
    if (reason.kind == ApiError::Kind::RateLimited && m_options.gate)
        m_options.gate->closeFor(delayMs);
    Q_EMIT retrying(delayMs, reason);
}

void ExecutionCrawler::requestPage(QUrl url) // by value: callers pass m_nextUrl, cleared here
{
    m_pageUrl = url;
    m_nextUrl.clear();
    ++m_requests;
    qCDebug(lcCrawl) << crawlClock().nsecsElapsed() / 1000 << "us: request page" << m_requests
                     << url.path();
    m_pageReply.reset(m_client->get(url));
    connect(m_pageReply.get(), &ApiReply::finished, this, &ExecutionCrawler::pageDownloaded);
    connect(m_pageReply.get(), &ApiReply::retrying, this,
        [this](int, qint64 delayMs, const ApiError &reason) { forwardRetry(delayMs, reason); });
}

void ExecutionCrawler::pageDownloaded()
{
    if (m_pageReply->error().isError()) {
        fail(m_pageReply->error());
        return;
    }
    QByteArray body = m_pageReply->takeBody();
    m_pageReply.reset();
    qCDebug(lcCrawl) << crawlClock().nsecsElapsed() / 1000 << "us: received" << body.size()
                     << "bytes";
    m_parse = new QFutureWatcher<CrawledPage>(this);
    connect(m_parse, &QFutureWatcher<CrawledPage>::finished, this, &ExecutionCrawler::pageParsed);
    // Rows still wanted: everything before this page was accepted when this page was requested.
    const qint64 room
        = m_options.limit < 0 ? std::numeric_limits<qint64>::max() : m_options.limit - m_queuedRows;
    m_parse->setFuture(QtConcurrent::run([body = std::move(body), flow = m_options.query.flowSid,
                                             raw = m_options.keepRaw, room]() mutable {
        CrawledPage crawled;
        crawled.page = parseExecutionsPage(std::move(body), flow, raw);
        crawled.rowCount = qsizetype(std::min<qint64>(qint64(crawled.page.rows.size()), room));
        return crawled;
    }));
}

void ExecutionCrawler::pageParsed()
{
    QFutureWatcher<CrawledPage> *watcher = std::exchange(m_parse, nullptr);
    watcher->deleteLater();
    Pending pending;
    pending.crawled = watcher->future().takeResult();
    const ParsedPage &page = pending.crawled.page;
    qCDebug(lcCrawl) << crawlClock().nsecsElapsed() / 1000 << "us: parsed" << page.rows.size()
                     << "rows";
    if (!page.error.isEmpty()) {
        fail(ApiError::badResponse(page.error));
        return;
    }
    m_fetched.insert(pageKey(m_pageUrl));
    m_queuedRows += pending.crawled.rowCount;
    const bool limitReached = m_options.limit >= 0 && m_queuedRows >= m_options.limit;

    ApiError refused;
    const QUrl next = limitReached
        ? QUrl()
        : checkedNextPageUrl(page.nextPageUrl, m_client->settings().origin, m_fetched, &refused);
    if (refused.isError()) {
        fail(refused);
        return;
    }
    if (m_options.fetchContexts) {
        pending.crawled.contexts.resize(pending.crawled.rowCount);
        pending.contextsLeft = pending.crawled.rowCount;
    }
    m_pending.push_back(std::move(pending));
    m_nextUrl = next;
    // Ask for the next page now, while this one is written (and its contexts fetched).
    maybeRequestNext();
    pumpContexts();
    deliver();
}

void ExecutionCrawler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        maybeRequestNext();
}

void ExecutionCrawler::maybeRequestNext()
{
    if (m_done || m_paused || !m_nextUrl.isValid() || m_pageReply || m_parse
        || m_pending.size() >= 2 || !gateOpen())
        return;
    requestPage(m_nextUrl);
}

void ExecutionCrawler::pumpContexts()
{
    if (!m_options.fetchContexts || m_done)
        return;
    std::erase_if(
        m_contextReplies, [](const ApiReplyPtr &reply) { return !reply || reply->isFinished(); });
    for (Pending &pending : m_pending) {
        while (pending.nextContext < pending.crawled.rowCount
            && int(m_contextReplies.size()) < std::max(1, m_options.contextConcurrency)
            && gateOpen()) {
            const qsizetype row = pending.nextContext++;
            const QString sid = sidOf(pending.crawled.page, row);
            ApiReply *reply
                = m_client->get(m_client->executionContextUrl(m_options.query.flowSid, sid));
            m_contextReplies.emplace_back(reply);
            Pending *target
                = &pending; // deque elements stay put until delivered (or fail() clears all)
            connect(reply, &ApiReply::retrying, this,
                [this](int, qint64 delayMs, const ApiError &reason) {
                    forwardRetry(delayMs, reason);
                });
            connect(reply, &ApiReply::finished, this, [this, reply, target, row, sid] {
                if (m_done)
                    return;
                if (reply->error().kind == ApiError::Kind::NotFound) {
                    target->crawled.contexts[row] = "null";
                    Q_EMIT contextMissing(sid);
                } else if (reply->error().isError()) {
                    fail(reply->error());
                    return;
                } else {
                    target->crawled.contexts[row] = ContextLoader::contextMember(reply->body());
                    if (target->crawled.contexts[row].isEmpty())
                        target->crawled.contexts[row] = "null";
                }
                --target->contextsLeft;
                // Deliver first: it may free the page whose slot pumpContexts would reuse.
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        deliver();
                        pumpContexts();
                    },
                    Qt::QueuedConnection);
            });
        }
    }
}

void ExecutionCrawler::deliver()
{
    if (m_done)
        return;
    while (!m_pending.empty() && m_pending.front().contextsLeft == 0) {
        const CrawledPage crawled = std::move(m_pending.front().crawled);
        m_pending.pop_front();
        m_delivered += crawled.rowCount;
        Q_EMIT pageReady(crawled);
        qCDebug(lcCrawl) << crawlClock().nsecsElapsed() / 1000 << "us: delivered"
                         << crawled.rowCount << "rows";
        if (m_done)
            return; // the receiver cancelled
        maybeRequestNext();
    }
    if (m_pending.empty() && !m_pageReply && !m_parse && !m_nextUrl.isValid()) {
        m_done = true;
        Q_EMIT finished({});
    }
}

} // namespace flowscope
