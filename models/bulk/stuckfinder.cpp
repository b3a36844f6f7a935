#include "stuckfinder.h"

#include "executions/executionquery.h"

namespace flowscope {

namespace {
constexpr int kFlowsAtOnce = 4;
} // namespace

struct StuckFinder::Walk
{
    QString flowSid;
    std::unique_ptr<ExecutionPages> pages;
};

StuckFinder::StuckFinder(StudioClient *client, const QStringList &flowSids,
    const QDateTime &startedBefore, std::optional<ContactMatcher> contact, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_flows(flowSids)
    , m_before(startedBefore)
    , m_contact(std::move(contact))
{ }

StuckFinder::~StuckFinder()
{
    cancel();
}

void StuckFinder::start()
{
    QMetaObject::invokeMethod(this, &StuckFinder::pump, Qt::QueuedConnection);
}

void StuckFinder::cancel()
{
    m_done = true;
    m_walks.clear();
}

void StuckFinder::pump()
{
    while (!m_done && m_next < m_flows.size() && int(m_walks.size()) < kFlowsAtOnce) {
        auto walk = std::make_unique<Walk>();
        walk->flowSid = m_flows[m_next++];
        walk->pages = std::make_unique<ExecutionPages>(m_client);
        Walk *w = walk.get();
        ExecutionQuery query;
        query.flowSid = w->flowSid;
        query.to = m_before;
        query.pageSize = ExecutionQuery::kMaxPageSize;
        query.activeOnly = true;
        const ApiError invalid = query.validate();
        m_walks.push_back(std::move(walk));
        if (invalid.isError()) {
            QMetaObject::invokeMethod(
                this, [this, w, invalid] { flowDone(w, invalid); }, Qt::QueuedConnection);
            continue;
        }
        // The server filtered by status; what it sent is checked all the same, on the worker.
        w->pages->setReading({ w->flowSid, false, [contact = m_contact](const Execution &e) {
                                  return e.status == ExecutionStatus::Active
                                      && (!contact || contact->matches(e.contactAddress));
                              } });
        Pager *pager = &w->pages->pager();
        connect(pager, &Pager::retrying, this, &StuckFinder::retrying);
        connect(
            pager, &Pager::failed, this, [this, w](const ApiError &error) { flowDone(w, error); });
        connect(pager, &Pager::finished, this, [this, w] { flowDone(w, {}); });
        connect(w->pages.get(), &ExecutionPages::pageRead, this, [this, w](const ReadPage &read) {
            for (const qsizetype row : read.kept) {
                const Execution e = executionOf(read.page, row, w->flowSid);
                m_found.append(e);
                Q_EMIT executionFound(e);
            }
            // Accepting the last page (or a refused link) ends this walk, and `w` with it.
            ExecutionPages *pages = w->pages.get();
            const bool more = !read.page.nextPageUrl.isEmpty();
            if (pages->accept(read.page.nextPageUrl) && more)
                pages->fetchNext();
        });
        w->pages->reset(query);
        w->pages->fetchNext();
    }
    if (!m_done && m_walks.empty() && m_next >= m_flows.size()) {
        m_done = true;
        Q_EMIT finished();
    }
}

void StuckFinder::flowDone(Walk *walk, const ApiError &error)
{
    if (m_done)
        return;
    if (error.isError()) {
        m_failures.append({ walk->flowSid, error });
        Q_EMIT flowFailed(walk->flowSid, error);
    }
    ++m_flowsDone;
    for (auto it = m_walks.begin(); it != m_walks.end(); ++it) {
        if (it->get() == walk) {
            // Its pager may be emitting: let it go once the signal has returned.
            (*it)->pages.release()->deleteLater();
            m_walks.erase(it);
            break;
        }
    }
    Q_EMIT progress(m_flowsDone, int(m_flows.size()), int(m_found.size()));
    QMetaObject::invokeMethod(this, &StuckFinder::pump, Qt::QueuedConnection);
}

} // namespace flowscope
