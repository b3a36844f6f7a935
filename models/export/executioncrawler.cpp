#include "executioncrawler.h"

#include "detail/contextloader.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

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

ExecutionCrawler::ExecutionCrawler(
    StudioClient *client, const CrawlOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_pages(client)
{
    m_pages.setReading({ m_options.query.flowSid, m_options.keepRaw, {} });
    connect(&m_pages, &ExecutionPages::pageRead, this, &ExecutionCrawler::pageRead);
    connect(&m_pages.pager(), &Pager::failed, this, &ExecutionCrawler::fail);
    connect(&m_pages.pager(), &Pager::retrying, this, &ExecutionCrawler::retrying);
    if (m_options.fetchOutcomes) {
        m_outcomes = new OutcomeFetcher(client, m_options.outcomeConcurrency, this);
        m_outcomes->setRules(m_options.outcomeRules);
        m_outcomes->setRelated(
            m_options.related ? m_options.related : new RelatedSession(client, this));
        connect(m_outcomes, &OutcomeFetcher::outcomeReady, this, &ExecutionCrawler::outcomeReady);
        connect(m_outcomes, &OutcomeFetcher::retrying, this, &ExecutionCrawler::retrying);
    }
}

ExecutionCrawler::~ExecutionCrawler() = default;

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
            this,
            [this] {
                if (!m_done) {
                    m_done = true;
                    Q_EMIT finished({});
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_pages.reset(query);
    maybeRequestNext();
}

void ExecutionCrawler::cancel()
{
    fail(ApiError::of(ApiError::Kind::Cancelled, {}));
}

void ExecutionCrawler::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_pages.reset();
    m_contextReplies.clear();
    if (m_outcomes)
        m_outcomes->cancelAll();
    m_awaitingOutcome.clear();
    m_pending.clear();
    Q_EMIT finished(error);
}

void ExecutionCrawler::pageRead(const ReadPage &read)
{
    Pending pending;
    pending.crawled.page = read.page;
    // Rows still wanted: everything before this page was accepted when this page was requested.
    const qint64 room
        = m_options.limit < 0 ? std::numeric_limits<qint64>::max() : m_options.limit - m_queuedRows;
    pending.crawled.rowCount
        = qsizetype(std::min<qint64>(qint64(pending.crawled.page.rows.size()), room));
    const ParsedPage &page = pending.crawled.page;
    qCDebug(lcCrawl) << crawlClock().nsecsElapsed() / 1000 << "us: parsed" << page.rows.size()
                     << "rows";
    m_queuedRows += pending.crawled.rowCount;
    const bool limitReached = m_options.limit >= 0 && m_queuedRows >= m_options.limit;
    if (!m_pages.accept(limitReached ? QString() : page.nextPageUrl))
        return; // refused: the crawl failed
    if (m_options.fetchContexts) {
        pending.crawled.contexts.resize(pending.crawled.rowCount);
        pending.contextsLeft = pending.crawled.rowCount;
    }
    if (m_options.fetchOutcomes) {
        pending.crawled.outcomes.resize(pending.crawled.rowCount);
        if (m_options.keepSteps)
            pending.crawled.steps.resize(pending.crawled.rowCount);
        if (m_options.keepRelated)
            pending.crawled.related.resize(pending.crawled.rowCount);
        pending.contextsLeft = pending.crawled.rowCount;
    }
    m_pending.push_back(std::move(pending));
    // Ask for the next page now, while this one is written (and its contexts fetched).
    maybeRequestNext();
    if (m_options.fetchOutcomes)
        queueOutcomes(m_pending.back());
    else
        pumpContexts();
    deliver();
}

void ExecutionCrawler::maybeRequestNext()
{
    if (m_done || m_pending.size() >= 2)
        return;
    m_pages.fetchNext(); // nothing while a page is on its way, or after the last one
}

void ExecutionCrawler::pumpContexts()
{
    if (!m_options.fetchContexts || m_done)
        return;
    std::erase_if(
        m_contextReplies, [](const ApiReplyPtr &reply) { return !reply || reply->isFinished(); });
    for (Pending &pending : m_pending) {
        while (pending.nextContext < pending.crawled.rowCount
            && int(m_contextReplies.size()) < std::max(1, m_options.contextConcurrency)) {
            const qsizetype row = pending.nextContext++;
            const QString sid = sidOf(pending.crawled.page, row);
            ApiReply *reply
                = m_client->get(m_client->executionContextUrl(m_options.query.flowSid, sid));
            m_contextReplies.emplace_back(reply);
            Pending *target
                = &pending; // deque elements stay put until delivered (or fail() clears all)
            connect(reply, &ApiReply::retrying, this,
                [this](int, qint64 delayMs, const ApiError &reason) {
                    Q_EMIT retrying(delayMs, reason);
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

void ExecutionCrawler::queueOutcomes(Pending &pending)
{
    // The fetcher keeps the bound; a deque element stays put until delivered (or fail() clears
    // all), so the rows can point at it.
    const ParsedPage &page = pending.crawled.page;
    for (qsizetype row = 0; row < pending.crawled.rowCount; ++row) {
        const QString sid = sidOf(page, row);
        auto &waiting = m_awaitingOutcome[sid];
        waiting.append({ &pending, row });
        if (waiting.size() == 1) {
            const ExecutionRow &r = page.rows[size_t(row)];
            const auto time = [](qint64 ms) {
                return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            };
            m_outcomes->enqueue({ m_options.query.flowSid, sid, r.status == ExecutionStatus::Active,
                m_options.fetchContexts, time(r.createdMs), time(r.updatedMs), m_options.keepSteps,
                m_options.keepRelated });
        }
    }
}

void ExecutionCrawler::outcomeReady(const OutcomeTarget &target, const OutcomeResult &result)
{
    if (m_done)
        return;
    if (m_options.fetchContexts && result.contextError.isError() && !result.contextMissing) {
        fail(result.contextError); // as without outcomes: a context column is never left out
        return;
    }
    if (m_options.keepRelated && result.relatedError.isError()) {
        fail(result.relatedError);
        return;
    }
    if (result.contextMissing)
        Q_EMIT contextMissing(target.executionSid);
    if (!result.outcome.isKnown())
        Q_EMIT outcomeUnknown(target.executionSid, result);
    for (const auto &[pending, row] : m_awaitingOutcome.take(target.executionSid)) {
        pending->crawled.outcomes[row] = result.outcome;
        if (m_options.fetchContexts)
            pending->crawled.contexts[row] = result.context;
        if (m_options.keepSteps)
            pending->crawled.steps[row] = result.stepsJson;
        if (m_options.keepRelated)
            pending->crawled.related[row] = result.relatedJson;
        --pending->contextsLeft;
    }
    // Deliver after the fetcher has returned: a receiver may cancel the crawl.
    QMetaObject::invokeMethod(this, &ExecutionCrawler::deliver, Qt::QueuedConnection);
}

void ExecutionCrawler::deliver()
{
    if (m_done)
        return;
    while (!m_pending.empty() && m_pending.front().contextsLeft == 0) {
        const CrawledPage crawled = std::move(m_pending.front().crawled);
        m_pending.pop_front();
        Q_EMIT pageReady(crawled);
        qCDebug(lcCrawl) << crawlClock().nsecsElapsed() / 1000 << "us: delivered"
                         << crawled.rowCount << "rows";
        if (m_done)
            return; // the receiver cancelled
        maybeRequestNext();
    }
    if (m_pending.empty() && m_pages.pager().state() == Pager::State::Done) {
        m_done = true;
        Q_EMIT finished({});
    }
}

} // namespace flowscope
