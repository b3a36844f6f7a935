#include "summarycrawl.h"

#include "exportcrawl.h"

#include "api/listfetcher.h"

namespace flowscope {

SummaryCrawl::SummaryCrawl(StudioClient *client, const SummaryRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_buckets(request.bucketSize, request.from.toMSecsSinceEpoch(),
          request.to.toMSecsSinceEpoch(), QTimeZone::utc())
    , m_counts(size_t(std::max<qsizetype>(0, m_buckets.count())))
{ }

SummaryCrawl::~SummaryCrawl() = default;

void SummaryCrawl::start()
{
    m_nextFlow = 0;
    startFlow();
}

void SummaryCrawl::cancel()
{
    fail(ApiError::of(ApiError::Kind::Cancelled, {}));
}

void SummaryCrawl::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    for (const auto &crawler : m_crawlers)
        crawler->disconnect(this);
    m_crawlers.clear();
    Q_EMIT finished(error);
}

void SummaryCrawl::startFlow()
{
    m_crawlers.clear();
    if (m_nextFlow >= m_request.flows.size()) {
        m_done = true;
        Q_EMIT finished({});
        return;
    }
    ExecutionQuery query;
    query.flowSid = m_request.flows[m_nextFlow++];
    query.from = m_request.from;
    query.to = m_request.to;
    query.withRevision = m_request.byRevision;
    // Counts, not rows to show: the fewest requests Studio allows (a twentieth of the default's).
    query.pageSize = ExecutionQuery::kMaxPageSize;
    const QList<ExecutionQuery> slices
        = ExportCrawl::slicesOf(query, m_request.slices, QDateTime::currentDateTimeUtc());
    m_running = int(slices.size());
    for (const ExecutionQuery &slice : slices) {
        CrawlOptions options;
        options.query = slice;
        options.fetchOutcomes = m_request.outcomes;
        options.keepSteps = m_request.outcomes && m_request.keepRuns;
        options.outcomeRules = m_request.rules;
        if (m_request.outcomes && !m_related) // the alerts listed once for every slice
            m_related = new RelatedSession(m_client, this);
        options.related = m_related;
        options.outcomeConcurrency
            = std::max(1, (m_request.concurrency + int(slices.size()) - 1) / int(slices.size()));
        auto crawler = std::make_unique<ExecutionCrawler>(m_client, options);
        connect(crawler.get(), &ExecutionCrawler::pageReady, this,
            [this, flow = query.flowSid](const CrawledPage &page) { add(page, flow); });
        connect(crawler.get(), &ExecutionCrawler::retrying, this, &SummaryCrawl::retrying);
        connect(
            crawler.get(), &ExecutionCrawler::outcomeUnknown, this, &SummaryCrawl::outcomeUnknown);
        connect(crawler.get(), &ExecutionCrawler::finished, this, [this](const ApiError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            if (--m_running == 0) // the crawlers are deleted outside their own signal
                QMetaObject::invokeMethod(this, &SummaryCrawl::startFlow, Qt::QueuedConnection);
        });
        m_crawlers.push_back(std::move(crawler));
    }
    for (const auto &crawler : m_crawlers)
        crawler->start();
}

void SummaryCrawl::add(const CrawledPage &crawled, const QString &flowSid)
{
    const ParsedPage &page = crawled.page;
    for (qsizetype k = 0; k < crawled.rowCount; ++k) {
        const ExecutionRow &row = page.rows[size_t(k)];
        const bool fresh = (row.flags & ExecutionRow::HasSid) ? m_seen.insert(row.sid)
                                                              : m_seen.insert(sidOf(page, k));
        if (!fresh)
            continue;
        const qsizetype bucket = m_buckets.indexOf(row.createdMs);
        if (bucket < 0)
            continue; // outside the range asked for (a server's inclusive end, say)
        ++m_total;
        const Outcome *outcome = m_request.outcomes ? &crawled.outcomes[k] : nullptr;
        const auto count = [&row, outcome](BucketCounts &c) {
            ++c.executions;
            c.active += row.status == ExecutionStatus::Active ? 1 : 0;
            c.ended += row.status == ExecutionStatus::Ended ? 1 : 0;
            if (outcome) {
                c.failed += outcome->failed() ? 1 : 0;
                c.unknown += outcome->isKnown() ? 0 : 1;
            }
        };
        count(m_counts[size_t(bucket)]);
        if (m_request.byRevision) {
            const QString flow = (row.flags & ExecutionRow::HasOdd)
                ? executionOf(page, k, flowSid).flowSid
                : flowSid;
            count(m_revisions[{ flow, int(row.flowVersion) }]);
        }
        if (outcome) {
            OutcomeCount &o = m_outcomes[{ outcome->endedAt, outcome->lastEvent }];
            o.endedAt = outcome->endedAt;
            o.lastEvent = outcome->lastEvent;
            ++o.executions;
            o.failed += outcome->failed() ? 1 : 0;
            o.unknown += outcome->isKnown() ? 0 : 1;
        }
        if (outcome && m_request.keepRuns && outcome->hasSteps() && k < crawled.steps.size())
            keepRun(crawled, k, flowSid, *outcome);
    }
    Q_EMIT progress(m_total);
}

void SummaryCrawl::keepRun(
    const CrawledPage &crawled, qsizetype k, const QString &flowSid, const Outcome &outcome)
{
    QList<ListItem> items;
    QString next;
    ApiError bad;
    if (!readListPage(
            R"({"steps":)" + crawled.steps[k] + R"(,"meta":{"key":"steps"}})", &items, &next, &bad))
        return; // not counted, as the diagram counts only runs whose steps it has
    const Execution e = executionOf(crawled.page, k, flowSid);
    m_runs[e.flowSid].append(
        { e.sid, stepFactsOf(items), e.status == ExecutionStatus::Active, outcome.failed() });
}

QList<RevisionCount> SummaryCrawl::byRevision() const
{
    QList<RevisionCount> rows;
    rows.reserve(m_revisions.size());
    for (auto it = m_revisions.cbegin(); it != m_revisions.cend(); ++it)
        rows.append({ it.key().first, it.key().second, it.value() });
    const auto flowOrder = [this](const QString &flow) {
        const qsizetype at = m_request.flows.indexOf(flow);
        return at < 0 ? m_request.flows.size() : at; // another flow's rows (a server's slip) last
    };
    std::sort(rows.begin(), rows.end(), [&](const RevisionCount &a, const RevisionCount &b) {
        const auto key = [&](const RevisionCount &r) {
            // Newest first; 0 (not said) after every real revision.
            return std::tuple(flowOrder(r.flowSid), r.flowSid, r.revision == 0, -r.revision);
        };
        return key(a) < key(b);
    });
    return rows;
}

QList<OutcomeCount> SummaryCrawl::byOutcome() const
{
    QList<OutcomeCount> rows = m_outcomes.values();
    std::sort(rows.begin(), rows.end(), [](const OutcomeCount &a, const OutcomeCount &b) {
        if (a.executions != b.executions)
            return a.executions > b.executions;
        if (a.endedAt != b.endedAt)
            return a.endedAt < b.endedAt;
        return a.lastEvent < b.lastEvent;
    });
    return rows;
}

} // namespace flowscope
