#include "customersearch.h"

#include "detail/contextloader.h"
#include "export/exportcrawl.h"
#include "json/jsonpath.h"

#include <QScopeGuard>

namespace flowscope {

namespace {
// Candidates waiting for their context: past this many, no more pages are asked for until the
// contexts catch up, so a text search holds a bounded number of executions, not the range.
constexpr qsizetype kMostWaitingContexts = 2000;
} // namespace

struct CustomerSearch::Lane
{
    int flow = 0;
    int slice = 0; // 0 is the newest
    ExecutionQuery query;
    std::unique_ptr<ExecutionPages> pages;
    bool done = false;
    bool requesting = false; // a page request of this lane is in flight
};

CustomerSearch::CustomerSearch(StudioClient *client, const SearchRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
{
    m_request.concurrency = std::max(1, m_request.concurrency);
    m_request.slicesPerFlow = std::max(1, m_request.slicesPerFlow);
}

CustomerSearch::~CustomerSearch()
{
    cancel();
}

void CustomerSearch::count()
{
    begin(true);
}

void CustomerSearch::start()
{
    begin(false);
}

void CustomerSearch::begin(bool counting)
{
    cancel();
    m_cancelled = false;
    m_counting = counting;
    m_running = true;
    m_scanned = 0;
    m_matchCount = 0;
    m_candidates = 0;
    m_mostInFlight = 0;
    m_seen = SeenSids();
    m_flows.assign(size_t(m_request.flows.size()), FlowState());
    if (!m_request.now.isValid())
        m_request.now = QDateTime::currentDateTimeUtc();
    for (int f = 0; f < int(m_flows.size()); ++f)
        addLanes(f);
    QMetaObject::invokeMethod(this, &CustomerSearch::pump, Qt::QueuedConnection);
}

void CustomerSearch::addLanes(int f)
{
    ExecutionQuery query;
    query.flowSid = m_request.flows[f];
    query.from = m_request.from;
    query.to = m_request.to;
    query.pageSize = ExecutionQuery::kMaxPageSize;
    const QList<ExecutionQuery> slices
        = ExportCrawl::slicesOf(query, m_request.slicesPerFlow, m_request.now);
    m_flows[size_t(f)].lanesLeft = int(slices.size());
    // Interleaved with the other flows' lanes by slice: slice k of every flow before slice k + 1,
    // so that the newest executions of all flows are read first.
    const auto bySlice = qScopeGuard([this] {
        std::stable_sort(m_lanes.begin(), m_lanes.end(),
            [](const auto &a, const auto &b) { return a->slice < b->slice; });
    });
    m_flows[size_t(f)].error = {};
    for (qsizetype k = 0; k < slices.size(); ++k) {
        auto lane = std::make_unique<Lane>();
        lane->flow = f;
        lane->slice = int(k);
        lane->query = slices[k];
        lane->pages = std::make_unique<ExecutionPages>(m_client);
        Lane *l = lane.get();
        const ApiError invalid = l->query.validate();
        if (invalid.isError()) {
            QMetaObject::invokeMethod(
                this, [this, f, invalid] { failFlow(f, invalid); }, Qt::QueuedConnection);
        }
        // The contact is matched on the worker: the GUI thread only sees the candidates.
        l->pages->setReading({ query.flowSid, m_request.keepRaw,
            m_request.contact
                ? [contact = *m_request.contact](
                      const Execution &e) { return contact.matches(e.contactAddress); }
                : std::function<bool(const Execution &)>() });
        Pager *pager = &l->pages->pager();
        connect(pager, &Pager::retrying, this, &CustomerSearch::retrying);
        connect(pager, &Pager::failed, this, [this, l](const ApiError &error) {
            if (std::exchange(l->requesting, false))
                --m_pagesInFlight; // else a link refused when the page was read
            failFlow(l->flow, error);
        });
        connect(pager, &Pager::pageArrived, this, [this, l] {
            l->requesting = false;
            --m_pagesInFlight;
            pump();
        });
        connect(l->pages.get(), &ExecutionPages::pageRead, this,
            [this, l](const ReadPage &read) { pageRead(l, read); });
        l->pages->reset(l->query);
        m_lanes.push_back(std::move(lane));
    }
}

void CustomerSearch::pump()
{
    if (!m_running)
        return;
    const auto inFlight = [this] { return m_pagesInFlight + m_contextsInFlight; };
    // Contexts of executions already listed first: they turn into results.
    while (!m_contextQueue.empty() && inFlight() < m_request.concurrency) {
        Candidate next = std::move(m_contextQueue.front());
        m_contextQueue.pop_front();
        if (m_flows[size_t(next.flow)].error.isError())
            continue; // its flow failed meanwhile
        fetchContext(std::move(next));
    }
    if (qsizetype(m_contextQueue.size()) < kMostWaitingContexts) {
        for (const auto &lane : m_lanes) {
            if (inFlight() >= m_request.concurrency)
                break;
            if (lane->done || !lane->pages->canFetch()
                || m_flows[size_t(lane->flow)].error.isError())
                continue;
            ++m_pagesInFlight;
            lane->requesting = true;
            lane->pages->fetchNext();
        }
    }
    m_mostInFlight = std::max(m_mostInFlight, inFlight());
    maybeFinish();
}

void CustomerSearch::pageRead(Lane *lane, const ReadPage &read)
{
    const ParsedPage &page = read.page;
    if (!m_running || m_flows[size_t(lane->flow)].error.isError())
        return;
    const bool needContext = !m_request.text.isEmpty() || m_request.withContexts;
    m_scanned += qsizetype(page.rows.size());
    for (const qsizetype k : read.kept) {
        const Execution e = executionOf(page, k, m_request.flows[lane->flow]);
        // Slices and pages may repeat a row: each execution once.
        const ExecutionRow &row = page.rows[size_t(k)];
        if (!((row.flags & ExecutionRow::HasSid) ? m_seen.insert(row.sid) : m_seen.insert(e.sid)))
            continue;
        if (m_counting) {
            ++m_candidates;
            continue;
        }
        SearchMatch match;
        match.execution = e;
        match.flowIndex = lane->flow;
        match.listed = ++m_listed;
        if (m_request.keepRaw && k < qsizetype(page.rawSpans.size()))
            match.raw
                = page.body.mid(page.rawSpans[size_t(k)].first, page.rawSpans[size_t(k)].second);
        if (needContext)
            m_contextQueue.push_back(Candidate { lane->flow, std::move(match) });
        else
            deliver(match);
    }
    const bool more = !page.nextPageUrl.isEmpty();
    if (lane->pages->accept(page.nextPageUrl) && !more)
        laneDone(lane);
    Q_EMIT progress();
    pump();
}

void CustomerSearch::fetchContext(Candidate candidate)
{
    ++m_contextsInFlight;
    const Execution &e = candidate.match.execution;
    ApiReply *reply = m_client->get(m_client->executionContextUrl(e.flowSid, e.sid));
    reply->setParent(this);
    connect(reply, &ApiReply::retrying, this,
        [this](int, qint64 delay, const ApiError &why) { Q_EMIT retrying(delay, why); });
    connect(reply, &ApiReply::finished, this,
        [this, reply, candidate = std::move(candidate)]() mutable {
            reply->deleteLater();
            if (!m_running)
                return;
            const ApiError error = reply->error();
            if (error.isError() && error.kind != ApiError::Kind::NotFound) {
                --m_contextsInFlight;
                failFlow(candidate.flow, error);
                return;
            }
            // Gone since it was listed (Studio keeps 30 days): no text to search.
            candidate.match.context = error.isError() ? QByteArrayLiteral("null")
                                                      : ContextLoader::contextMember(reply->body());
            if (m_request.text.isEmpty()) {
                --m_contextsInFlight;
                if (!m_flows[size_t(candidate.flow)].error.isError())
                    deliver(candidate.match);
                pump();
                return;
            }
            // Searched off the GUI thread: a context can be megabytes.
            m_textSearch.run(
                [context = candidate.match.context, text = m_request.text] {
                    return anyStringContains(context, text);
                },
                [this, candidate](bool found) {
                    --m_contextsInFlight;
                    if (m_running && found && !m_flows[size_t(candidate.flow)].error.isError())
                        deliver(candidate.match);
                    pump();
                });
        });
}

void CustomerSearch::deliver(const SearchMatch &match)
{
    ++m_matchCount;
    Q_EMIT matchFound(match);
}

void CustomerSearch::laneDone(Lane *lane)
{
    if (lane->done)
        return;
    lane->done = true;
    --m_flows[size_t(lane->flow)].lanesLeft;
}

void CustomerSearch::failFlow(int f, const ApiError &error)
{
    FlowState &flow = m_flows[size_t(f)];
    if (flow.error.isError() || !m_running)
        return;
    flow.error = error;
    flow.lanesLeft = 0;
    for (const auto &lane : m_lanes) {
        if (lane->flow != f || lane->done)
            continue;
        lane->done = true;
        if (std::exchange(lane->requesting, false))
            --m_pagesInFlight;
        lane->pages->reset(); // its request or parse, if any, goes
    }
    Q_EMIT flowFailed(m_request.flows[f], error);
    Q_EMIT progress();
    QMetaObject::invokeMethod(this, &CustomerSearch::pump, Qt::QueuedConnection);
}

void CustomerSearch::retryFlow(const QString &flowSid)
{
    const int f = int(m_request.flows.indexOf(flowSid));
    if (f < 0 || !m_flows[size_t(f)].error.isError())
        return;
    // Its old lanes go (after their signals), new ones come; the seen-set keeps found matches once.
    for (auto it = m_lanes.begin(); it != m_lanes.end();) {
        if ((*it)->flow == f) {
            (*it)->pages->reset();
            (*it)->pages.release()->deleteLater();
            it = m_lanes.erase(it);
        } else {
            ++it;
        }
    }
    addLanes(f);
    m_running = true;
    m_cancelled = false;
    QMetaObject::invokeMethod(this, &CustomerSearch::pump, Qt::QueuedConnection);
}

void CustomerSearch::cancel()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_cancelled = wasRunning;
    for (const auto &lane : m_lanes) {
        lane->pages->reset(); // its request goes now, not when the pager does
        lane->pages.release()->deleteLater(); // it may be emitting
    }
    m_lanes.clear();
    m_contextQueue.clear();
    m_textSearch.cancel();
    // Context requests in flight are this object's children: they go with their answers unread.
    for (ApiReply *reply : findChildren<ApiReply *>(Qt::FindDirectChildrenOnly))
        reply->abort();
    m_pagesInFlight = 0;
    m_contextsInFlight = 0;
}

int CustomerSearch::flowsDone() const
{
    return int(std::count_if(m_flows.cbegin(), m_flows.cend(),
        [](const FlowState &f) { return f.lanesLeft == 0 || f.error.isError(); }));
}

QList<std::pair<QString, ApiError>> CustomerSearch::failures() const
{
    QList<std::pair<QString, ApiError>> out;
    for (size_t f = 0; f < m_flows.size(); ++f) {
        if (m_flows[f].error.isError())
            out.append({ m_request.flows[qsizetype(f)], m_flows[f].error });
    }
    return out;
}

void CustomerSearch::maybeFinish()
{
    if (!m_running || m_pagesInFlight > 0 || m_contextsInFlight > 0 || !m_contextQueue.empty())
        return;
    for (const auto &lane : m_lanes) {
        if (!lane->done && !m_flows[size_t(lane->flow)].error.isError())
            return;
    }
    m_running = false;
    if (m_counting)
        Q_EMIT counted(m_candidates);
    Q_EMIT finished();
}

} // namespace flowscope
