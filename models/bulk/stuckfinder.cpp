#include "stuckfinder.h"

#include "executions/executionquery.h"
#include "util/workers.h"

namespace flowscope {

namespace {
constexpr int kFlowsAtOnce = 4;
} // namespace

struct StuckFinder::Walk
{
    QString flowSid;
    std::unique_ptr<Pager> pager;
    QFutureWatcher<ParsedPage> *parse = nullptr; // owned by the finder
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
    for (const auto &walk : m_walks) {
        if (walk->parse) {
            walk->parse->disconnect(this);
            walk->parse->deleteLater();
        }
    }
    m_walks.clear();
}

void StuckFinder::pump()
{
    while (!m_done && m_next < m_flows.size() && int(m_walks.size()) < kFlowsAtOnce) {
        auto walk = std::make_unique<Walk>();
        walk->flowSid = m_flows[m_next++];
        walk->pager = std::make_unique<Pager>(m_client);
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
        connect(w->pager.get(), &Pager::retrying, this, &StuckFinder::retrying);
        connect(w->pager.get(), &Pager::failed, this,
            [this, w](const ApiError &error) { flowDone(w, error); });
        connect(w->pager.get(), &Pager::finished, this, [this, w] { flowDone(w, {}); });
        connect(w->pager.get(), &Pager::pageArrived, this, [this, w](const QByteArray &body) {
            w->parse = new QFutureWatcher<ParsedPage>(this);
            connect(w->parse, &QFutureWatcherBase::finished, this, [this, w] {
                QFutureWatcher<ParsedPage> *watcher = std::exchange(w->parse, nullptr);
                watcher->deleteLater();
                const ParsedPage page = watcher->result();
                if (!page.error.isEmpty()) {
                    w->pager->reject(ApiError::badResponse(page.error));
                    return;
                }
                for (qsizetype k = 0; k < qsizetype(page.rows.size()); ++k) {
                    const Execution e = executionOf(page, k, w->flowSid);
                    // The server filtered by status; what it sent is checked all the same.
                    if (e.status != ExecutionStatus::Active)
                        continue;
                    if (m_contact && !m_contact->matches(e.contactAddress))
                        continue;
                    m_found.append(e);
                    Q_EMIT executionFound(e);
                }
                // Accepting the last page (or a refused link) ends this walk, and `w` with it.
                Pager *pager = w->pager.get();
                const bool more = !page.nextPageUrl.isEmpty();
                if (pager->accept(page.nextPageUrl) && more)
                    pager->fetchNext();
            });
            w->parse->setFuture(runInWorker([body, flow = w->flowSid]() mutable {
                return parseExecutionsPage(std::move(body), flow);
            }));
        });
        w->pager->start(query.firstPageUrl(m_client->origin()));
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
            (*it)->pager.release()->deleteLater();
            m_walks.erase(it);
            break;
        }
    }
    Q_EMIT progress(m_flowsDone, int(m_flows.size()), int(m_found.size()));
    QMetaObject::invokeMethod(this, &StuckFinder::pump, Qt::QueuedConnection);
}

} // namespace flowscope
