#include "livetail.h"

#include "executionsmodel.h"
#include "executionstore.h"

#include <QCoreApplication>

namespace flowscope {

LiveTail::LiveTail(StudioClient *client, ExecutionsModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveTail::poll);
    // Another query (or account): what was followed is gone.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_running)
            stop();
    });
}

LiveTail::~LiveTail() = default;

bool LiveTail::canFollow(const ExecutionQuery &query, const QDateTime &now)
{
    if (query.flowSid.isEmpty() || query.validate().isError())
        return false;
    return !query.to.isValid() || query.to >= now.addSecs(-5 * 60);
}

void LiveTail::setIntervalMs(int ms)
{
    m_timer.setInterval(std::max(kMinimumIntervalMs, ms));
}

bool LiveTail::start()
{
    if (m_running)
        return true;
    if (!canFollow(m_model->query(), QDateTime::currentDateTimeUtc()))
        return false;
    m_query = m_model->query();
    m_query.to = QDateTime(); // the newest, whenever they came
    m_running = true;
    if (!m_paused)
        poll();
    return true;
}

void LiveTail::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_polling = false;
    m_timer.stop();
    m_reply.reset();
    m_refreshes.clear();
    m_pages.clear();
    Q_EMIT stopped();
}

void LiveTail::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!m_running)
        return;
    if (paused)
        m_timer.stop();
    else if (!m_polling)
        poll();
}

void LiveTail::schedule()
{
    if (m_running && !m_paused)
        m_timer.start();
}

void LiveTail::poll()
{
    if (!m_running || m_paused || m_polling)
        return;
    m_polling = true;
    m_pages.clear();
    m_pagesThisPoll = 0;
    ExecutionQuery newest = m_query;
    newest.pageSize = 50;
    ++m_requests;
    m_reply.reset(m_client->get(newest.firstPageUrl(m_client->origin())));
    ApiReply *reply = m_reply.get();
    connect(reply, &ApiReply::finished, this, [this, reply] { pageArrived(reply); });
    refreshWatched();
}

void LiveTail::pageArrived(ApiReply *reply)
{
    if (reply != m_reply.get())
        return;
    const ApiError error = reply->error();
    QByteArray body = reply->takeBody();
    m_reply.reset();
    if (error.isError()) {
        Q_EMIT failed(error);
        m_pages.clear();
        finishPoll();
        return;
    }
    // A page of at most 50 executions: read here (a few hundred microseconds).
    ParsedPage page = parseExecutionsPage(std::move(body), m_query.flowSid);
    if (!page.error.isEmpty()) {
        Q_EMIT failed(ApiError::badResponse(page.error));
        m_pages.clear();
        finishPoll();
        return;
    }
    ++m_pagesThisPoll;
    bool allNew = !page.rows.empty();
    for (qsizetype k = 0; k < qsizetype(page.rows.size()) && allNew; ++k)
        allNew = m_model->rowOfSid(sidOf(page, k)) < 0;
    const QString next = page.nextPageUrl;
    m_pages.push_back(std::move(page));
    // Every row new: the burst may go on past this page, so read the next one too.
    if (allNew && !next.isEmpty() && m_pagesThisPoll < kMaxPagesAPoll) {
        ++m_requests;
        m_reply.reset(m_client->get(QUrl(next)));
        ApiReply *nextReply = m_reply.get();
        connect(
            nextReply, &ApiReply::finished, this, [this, nextReply] { pageArrived(nextReply); });
        return;
    }
    // Oldest page first, so that the newest rows end on top.
    int added = 0;
    for (auto it = m_pages.rbegin(); it != m_pages.rend(); ++it)
        added += m_model->prependNewest(*it);
    m_pages.clear();
    if (added > 0)
        Q_EMIT rowsAdded(added);
    finishPoll();
}

void LiveTail::refreshWatched()
{
    m_refreshes.clear();
    const qsizetype n = std::min<qsizetype>(m_watched.size(), kMaxRefreshesAPoll);
    for (qsizetype k = 0; k < n; ++k) {
        ++m_requests;
        ApiReply *reply = m_client->get(m_client->executionUrl(m_query.flowSid, m_watched[k]));
        m_refreshes.emplace_back(reply);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (!reply->error().isError())
                m_model->updateExecution(reply->body()); // the row turns ended, in place
            std::erase_if(m_refreshes, [reply](const ApiReplyPtr &r) { return r.get() == reply; });
            if (m_refreshes.empty() && !m_reply)
                finishPoll();
        });
    }
}

void LiveTail::finishPoll()
{
    if (!m_polling || m_reply || !m_refreshes.empty())
        return; // the rest of this poll is still on its way
    m_polling = false;
    Q_EMIT polled();
    schedule();
}

} // namespace flowscope
