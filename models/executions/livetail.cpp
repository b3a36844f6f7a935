#include "livetail.h"

#include "executionsmodel.h"

namespace flowscope {

LiveTail::LiveTail(StudioClient *client, ExecutionsModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_pages(client)
{
    connect(&m_pages, &ExecutionPages::pageRead, this, &LiveTail::pageRead);
    connect(&m_pages.pager(), &Pager::failed, this, [this](const ApiError &error) {
        Q_EMIT failed(error);
        m_pages.reset();
        m_newPages.clear();
        finishPoll();
    });
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
    m_pages.reset();
    m_refreshes.clear();
    m_newPages.clear();
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
    m_newPages.clear();
    ExecutionQuery newest = m_query;
    newest.pageSize = 50; // a few hundred microseconds to read, on the worker all the same
    m_pages.setReading({ m_query.flowSid, false, {} });
    m_pages.reset(newest);
    fetchPage();
    refreshWatched();
}

void LiveTail::fetchPage()
{
    ++m_requests;
    m_pages.fetchNext();
}

void LiveTail::pageRead(const ReadPage &read)
{
    const ParsedPage &page = read.page;
    bool allNew = !page.rows.empty();
    for (qsizetype k = 0; k < qsizetype(page.rows.size()) && allNew; ++k)
        allNew = m_model->rowOfSid(sidOf(page, k)) < 0;
    m_newPages.push_back(page);
    // Every row new: the burst may go on past this page, so read the next one too — along
    // next_page_url as every list is walked (same origin only, never a page twice).
    const bool more = allNew && int(m_newPages.size()) < kMaxPagesAPoll;
    if (!m_pages.accept(more ? page.nextPageUrl : QString()))
        return; // refused: the poll failed
    if (m_pages.pager().state() != Pager::State::Done) {
        fetchPage();
        return;
    }
    // Oldest page first, so that the newest rows end on top.
    int added = 0;
    for (auto it = m_newPages.rbegin(); it != m_newPages.rend(); ++it)
        added += m_model->prependNewest(*it);
    m_newPages.clear();
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
            if (m_refreshes.empty())
                finishPoll();
        });
    }
}

bool LiveTail::pageUnderWay() const
{
    const Pager::State state = m_pages.pager().state();
    return state == Pager::State::Fetching || state == Pager::State::Reading || m_pages.isParsing();
}

void LiveTail::finishPoll()
{
    if (!m_polling || pageUnderWay() || !m_refreshes.empty())
        return; // the rest of this poll is still on its way
    m_polling = false;
    Q_EMIT polled();
    schedule();
}

} // namespace flowscope
