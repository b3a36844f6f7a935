#include "archivesync.h"

#include "api/listfetcher.h"
#include "api/studioclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

ApiError archiveFailure(const ArchiveError &error)
{
    return ApiError::of(ApiError::Kind::LocalIo, error.message);
}

ArchivedExecution archivedOf(const Execution &e, QByteArray raw)
{
    ArchivedExecution a;
    a.sid = e.sid;
    a.flowSid = e.flowSid;
    a.status = e.statusText.isEmpty() ? statusName(e.status) : e.statusText;
    a.contactAddress = e.contactIsNull ? QString() : e.contactAddress;
    a.createdMs = e.created.isValid() ? e.created.toMSecsSinceEpoch() : kNoTime;
    a.updatedMs = e.updated.isValid() ? e.updated.toMSecsSinceEpoch() : kNoTime;
    a.raw = std::move(raw);
    return a;
}

} // namespace

QList<ArchivedExecution> archivedRowsOf(
    const CrawledPage &crawled, const QString &flowSid, ArchiveTie *tie)
{
    const ParsedPage &page = crawled.page;
    QList<ArchivedExecution> rows;
    rows.reserve(crawled.rowCount);
    for (qsizetype k = 0; k < crawled.rowCount; ++k) {
        const auto [offset, length] = page.rawSpans[size_t(k)];
        ArchivedExecution a
            = archivedOf(executionOf(page, k, flowSid), page.body.mid(offset, length));
        if (k < crawled.contexts.size())
            a.context = crawled.contexts[k];
        if (k < crawled.steps.size())
            a.steps = crawled.steps[k];
        if (k < crawled.related.size())
            a.related = crawled.related[k];
        if (k < crawled.outcomes.size())
            a.outcome = Archive::outcomeBytes(crawled.outcomes[k]);
        if (a.sid.isEmpty())
            continue;
        a.ordinal = a.createdMs == tie->createdMs ? tie->ordinal + 1 : 0;
        tie->createdMs = a.createdMs;
        tie->ordinal = a.ordinal;
        rows << a;
    }
    return rows;
}

// One flow: its new executions, then the active ones read again, then marked synced.
class ArchiveSync::FlowJob final : public QObject
{
public:
    FlowJob(ArchiveSync *sync, const QString &flowSid)
        : m_sync(sync)
        , m_flow(flowSid)
        , m_outcomes(sync->m_client, sync->m_options.concurrency)
    {
        m_outcomes.setRelated(&sync->m_related);
        connect(&m_outcomes, &OutcomeFetcher::retrying, sync, &ArchiveSync::retrying);
        connect(&m_outcomes, &OutcomeFetcher::outcomeReady, this, &FlowJob::refreshed);
    }

    void start()
    {
        ArchiveError error;
        m_since = m_sync->m_archive->syncedThrough(m_flow, &error);
        if (error.isError()) {
            finish(archiveFailure(error));
            return;
        }
        m_newest = m_since;
        CrawlOptions crawl;
        crawl.query.flowSid = m_flow;
        crawl.query.pageSize = ExecutionQuery::kMaxPageSize;
        // From the newest one seen (inclusive: another may have been created in that second).
        if (m_since != kNoTime)
            crawl.query.from = QDateTime::fromMSecsSinceEpoch(m_since, Qt::UTC);
        crawl.keepRaw = true;
        crawl.fetchContexts = m_sync->m_options.contexts;
        crawl.fetchOutcomes = true;
        crawl.keepSteps = true;
        crawl.keepRelated = m_sync->m_options.related;
        crawl.outcomeConcurrency = m_sync->m_options.concurrency;
        crawl.contextConcurrency = m_sync->m_options.concurrency;
        crawl.related = &m_sync->m_related; // outcomes with their error codes, as exported
        m_crawler = std::make_unique<ExecutionCrawler>(m_sync->m_client, crawl);
        connect(m_crawler.get(), &ExecutionCrawler::retrying, m_sync, &ArchiveSync::retrying);
        connect(m_crawler.get(), &ExecutionCrawler::pageReady, this, &FlowJob::pageReady);
        // A row whose steps could not be read is not archived whole: the flow is not marked
        // synced, so the next sync reads it again.
        connect(m_crawler.get(), &ExecutionCrawler::outcomeUnknown, this,
            [this](const QString &, const OutcomeResult &result) {
                if (result.stepsError.isError()
                    && result.stepsError.kind != ApiError::Kind::NotFound)
                    finish(result.stepsError);
            });
        connect(m_crawler.get(), &ExecutionCrawler::finished, this, &FlowJob::crawled);
        m_crawler->start();
        readRevisions();
    }

    void cancel()
    {
        m_finished = true;
        if (m_crawler)
            m_crawler->cancel();
        m_replies.clear();
        m_revisionList.reset();
        m_revisionReply.reset();
    }

private:
    void pageReady(const CrawledPage &page)
    {
        if (m_finished)
            return;
        const QList<ArchivedExecution> rows = archivedRowsOf(page, m_flow, &m_tie);
        if (!write(rows))
            return;
        for (const ArchivedExecution &row : rows) {
            m_seen.insert(row.sid);
            if (m_newest == kNoTime || row.createdMs > m_newest)
                m_newest = row.createdMs;
        }
    }

    bool write(const QList<ArchivedExecution> &rows)
    {
        ArchiveError error;
        if (!m_sync->m_archive->write(rows, &error)) {
            finish(archiveFailure(error));
            return false;
        }
        m_sync->m_counts.written += rows.size();
        Q_EMIT m_sync->progress(m_sync->m_counts);
        return true;
    }

    void crawled(const ApiError &error)
    {
        if (m_finished)
            return;
        if (error.isError()) {
            finish(error);
            return;
        }
        ArchiveError archiveError;
        const QStringList active = m_sync->m_archive->activeSids(m_flow, &archiveError);
        if (archiveError.isError()) {
            finish(archiveFailure(archiveError));
            return;
        }
        for (const QString &sid : active) {
            if (!m_seen.contains(sid))
                m_stale.push_back(sid);
        }
        pumpRefresh();
    }

    // The held-active executions read again: the execution itself, then its steps and context.
    void pumpRefresh()
    {
        while (!m_finished && !m_stale.empty()
            && int(m_replies.size()) < m_sync->m_options.concurrency) {
            const QString sid = m_stale.front();
            m_stale.pop_front();
            ApiReplyPtr reply(m_sync->m_client->get(m_sync->m_client->executionUrl(m_flow, sid)));
            ApiReply *raw = reply.get();
            connect(raw, &ApiReply::finished, this, [this, raw, sid] { executionRead(raw, sid); });
            m_replies.emplace(raw, std::move(reply));
            ++m_refreshing;
        }
        if (!m_finished && m_refreshing == 0) {
            m_refreshed = true;
            doneWhenAllAre();
        }
    }

    // The flow's revisions the archive does not hold yet (the list is one request; each missing
    // revision one more, once), so that its executions can be drawn with Twilio gone.
    void readRevisions()
    {
        ArchiveError error;
        const QList<int> held = m_sync->m_archive->revisionsHeld(m_flow, &error);
        if (error.isError()) {
            finish(archiveFailure(error));
            return;
        }
        m_revisionList = std::make_unique<ListFetcher>(m_sync->m_client);
        connect(m_revisionList.get(), &ListFetcher::retrying, m_sync, &ArchiveSync::retrying);
        connect(m_revisionList.get(), &ListFetcher::failed, this,
            [this](const ApiError &e) { finish(e); });
        connect(m_revisionList.get(), &ListFetcher::finished, this,
            [this, held](const QList<ListItem> &items) {
                for (const ListItem &item : items) {
                    const int revision = item.object.value(u"revision"_s).toInt();
                    if (revision > 0 && !held.contains(revision))
                        m_missingRevisions.push_back(revision);
                }
                fetchRevision();
            });
        m_revisionList->start(m_sync->m_client->flowRevisionsUrl(m_flow));
    }

    void fetchRevision()
    {
        if (m_finished)
            return;
        if (m_missingRevisions.empty()) {
            m_revisionsRead = true;
            doneWhenAllAre();
            return;
        }
        const int revision = m_missingRevisions.front();
        m_missingRevisions.pop_front();
        m_revisionReply.reset(
            m_sync->m_client->get(m_sync->m_client->flowRevisionUrl(m_flow, revision)));
        connect(m_revisionReply.get(), &ApiReply::finished, this, [this, revision] {
            const ApiError error = m_revisionReply->error();
            const QByteArray body = m_revisionReply->body();
            m_revisionReply.reset();
            if (error.isError() && error.kind != ApiError::Kind::NotFound) {
                finish(error);
                return;
            }
            if (!error.isError()) {
                const QDateTime created = QDateTime::fromString(
                    QJsonDocument::fromJson(body).object().value(u"date_created"_s).toString(),
                    Qt::ISODate);
                ArchiveError archiveError;
                if (!m_sync->m_archive->writeRevision(m_flow, revision,
                        created.isValid() ? created.toMSecsSinceEpoch() : kNoTime, body,
                        &archiveError)) {
                    finish(archiveFailure(archiveError));
                    return;
                }
            }
            fetchRevision();
        });
    }

    void doneWhenAllAre()
    {
        if (m_refreshed && m_revisionsRead && !m_finished)
            done();
    }

    void executionRead(ApiReply *reply, const QString &sid)
    {
        auto owned = m_replies.extract(reply);
        const ApiError &error = reply->error(); // the reply lives until `owned` goes
        if (error.kind == ApiError::Kind::NotFound) {
            ++m_sync->m_counts.gone; // kept as it was: the archive outlives Twilio
            --m_refreshing;
            pumpRefresh();
            return;
        }
        if (error.isError()) {
            finish(error);
            return;
        }
        const ParsedPage page = parseExecutionObject(reply->body(), m_flow, true);
        if (!page.error.isEmpty() || page.rows.empty()) {
            finish(ApiError::badResponse(page.error));
            return;
        }
        const auto [offset, length] = page.rawSpans.front();
        ArchivedExecution row
            = archivedOf(executionOf(page, 0, m_flow), page.body.mid(offset, length));
        // As it was (still active, nothing updated): its steps and context are not read again.
        ArchiveError archiveError;
        const auto held = m_sync->m_archive->execution(sid, &archiveError);
        if (archiveError.isError()) {
            finish(archiveFailure(archiveError));
            return;
        }
        if (held && held->raw == row.raw) {
            ++m_sync->m_counts.unchanged;
            --m_refreshing;
            pumpRefresh();
            return;
        }
        row.ordinal = held ? held->ordinal : 0;
        m_refreshRows.insert(sid, row);
        OutcomeTarget target { m_flow, sid, row.isActive(), m_sync->m_options.contexts,
            QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC),
            row.updatedMs == kNoTime ? QDateTime()
                                     : QDateTime::fromMSecsSinceEpoch(row.updatedMs, Qt::UTC),
            true, m_sync->m_options.related };
        m_outcomes.enqueue(target);
    }

    void refreshed(const OutcomeTarget &target, const OutcomeResult &result)
    {
        if (m_finished)
            return;
        const ApiError failure = result.stepsError.kind == ApiError::Kind::NotFound ? ApiError()
            : result.stepsError.isError() ? result.stepsError
            : result.relatedError.isError()
            ? result.relatedError
            : (result.contextError.isError() && !result.contextMissing ? result.contextError
                                                                       : ApiError());
        if (failure.isError()) {
            finish(failure);
            return;
        }
        ArchivedExecution row = m_refreshRows.take(target.executionSid);
        row.steps = result.stepsJson;
        row.related = result.relatedJson;
        row.outcome = Archive::outcomeBytes(result.outcome);
        if (m_sync->m_options.contexts)
            row.context = result.context;
        if (!write({ row }))
            return;
        ++m_sync->m_counts.refreshed;
        --m_refreshing;
        pumpRefresh();
    }

    void done()
    {
        ArchiveError error;
        const qint64 now = m_sync->m_options.now.toMSecsSinceEpoch();
        if (!m_sync->m_archive->markSynced(m_flow, m_newest, now, &error)) {
            finish(archiveFailure(error));
            return;
        }
        finish({});
    }

    void finish(const ApiError &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_crawler)
            m_crawler->cancel();
        // Handed over after this call returns: the sync deletes this job.
        QMetaObject::invokeMethod(
            m_sync, [sync = m_sync, this, error] { sync->flowDone(this, error); },
            Qt::QueuedConnection);
    }

    ArchiveSync *m_sync;
    QString m_flow;
    OutcomeFetcher m_outcomes;
    std::unique_ptr<ExecutionCrawler> m_crawler;
    qint64 m_since = kNoTime;
    qint64 m_newest = kNoTime;
    ArchiveTie m_tie;
    QSet<QString> m_seen;
    std::deque<QString> m_stale;
    std::map<ApiReply *, ApiReplyPtr> m_replies;
    QHash<QString, ArchivedExecution> m_refreshRows;
    int m_refreshing = 0;
    bool m_refreshed = false;
    std::unique_ptr<ListFetcher> m_revisionList;
    std::deque<int> m_missingRevisions;
    ApiReplyPtr m_revisionReply;
    bool m_revisionsRead = false;
    bool m_finished = false;
};

ArchiveSync::ArchiveSync(
    StudioClient *client, Archive *archive, const ArchiveSyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archive(archive)
    , m_related(client)
    , m_options(options)
{
    m_options.parallelFlows = std::max(1, m_options.parallelFlows);
    m_options.concurrency = std::max(1, m_options.concurrency);
}

ArchiveSync::~ArchiveSync() = default;

void ArchiveSync::start()
{
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
    if (!m_options.flows.isEmpty()) {
        flowsListed(m_options.flows);
        return;
    }
    m_flowList = std::make_unique<ListFetcher>(m_client);
    connect(m_flowList.get(), &ListFetcher::retrying, this, &ArchiveSync::retrying);
    connect(m_flowList.get(), &ListFetcher::failed, this, &ArchiveSync::fail);
    connect(m_flowList.get(), &ListFetcher::finished, this, [this](const QList<ListItem> &items) {
        QStringList flows;
        for (const ListItem &item : items)
            flows << item.object.value(u"sid"_s).toString();
        flows.removeAll(QString());
        flowsListed(flows);
    });
    m_flowList->start(m_client->flowsUrl());
}

void ArchiveSync::cancel()
{
    fail(ApiError::of(ApiError::Kind::Cancelled, tr("The sync was cancelled.")));
}

void ArchiveSync::flowsListed(const QStringList &flows)
{
    m_waiting.assign(flows.cbegin(), flows.cend());
    pump();
}

void ArchiveSync::pump()
{
    while (!m_done && !m_waiting.empty() && int(m_running.size()) < m_options.parallelFlows) {
        m_running.push_back(std::make_unique<FlowJob>(this, m_waiting.front()));
        m_waiting.pop_front();
        m_running.back()->start();
    }
    if (!m_done && m_waiting.empty() && m_running.empty()) {
        m_done = true;
        Q_EMIT finished({});
    }
}

void ArchiveSync::flowDone(FlowJob *job, const ApiError &error)
{
    const auto it = std::find_if(m_running.begin(), m_running.end(),
        [job](const std::unique_ptr<FlowJob> &running) { return running.get() == job; });
    if (it == m_running.end())
        return;
    std::unique_ptr<FlowJob> finished = std::move(*it);
    m_running.erase(it);
    if (error.isError()) {
        fail(error);
        return;
    }
    ++m_counts.flows;
    Q_EMIT progress(m_counts);
    pump();
}

void ArchiveSync::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_flowList)
        m_flowList->cancel();
    for (const auto &job : m_running)
        job->cancel();
    m_waiting.clear();
    Q_EMIT finished(error);
}

} // namespace flowscope
