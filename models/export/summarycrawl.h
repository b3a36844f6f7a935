#pragma once

// Counts a range of executions for a report, over the parallel time slices: per time bucket
// (executions, active, ended, and failed / unknown when outcomes are read) and per outcome
// (ended_at, last_event). Flows are crawled one after the other, each in K slices at once; a SID
// is counted once even when a server lists it twice. Memory: the buckets, the outcome table and
// one SID set — never the rows.

#include "diagram/flowtraffic.h"
#include "executioncrawler.h"
#include "executions/seensids.h"
#include "outcome/timebuckets.h"
#include "related/relatedsession.h"

#include <QObject>

#include <memory>
#include <vector>

namespace flowscope {

struct SummaryRequest
{
    QStringList flows;
    QDateTime from; // required: the buckets start here
    QDateTime to;
    BucketSize bucketSize = BucketSize::Hour;
    bool outcomes = false; // read each execution's steps (needed for failed and for by-outcome)
    // With outcomes: keep each execution's steps, for the counts the diagram shows (by widget, by
    // edge: FlowTraffic over runsOf()).
    bool keepRuns = false;
    // Count per revision too (each execution's v2 flow_version): the executions are listed
    // through v2, one request per page as through v1.
    bool byRevision = false;
    int slices = 4;
    int concurrency = OutcomeFetcher::kDefaultConcurrency; // outcome requests in flight in all
    OutcomeRules rules;
};

struct BucketCounts
{
    qint64 executions = 0;
    qint64 active = 0;
    qint64 ended = 0;
    qint64 failed = 0;
    qint64 unknown = 0; // outcome not read
};

// One revision's executions (with byRevision); revision 0: executions that did not say.
struct RevisionCount
{
    QString flowSid;
    int revision = 0;
    BucketCounts counts;
};

struct OutcomeCount
{
    QString endedAt;
    QString lastEvent;
    qint64 executions = 0;
    qint64 failed = 0;
    qint64 unknown = 0;
};

class SummaryCrawl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryCrawl)

public:
    SummaryCrawl(StudioClient *client, const SummaryRequest &request, QObject *parent = nullptr);
    ~SummaryCrawl() override;

    void start();
    void cancel();

    const TimeBuckets &buckets() const { return m_buckets; }
    const std::vector<BucketCounts> &counts() const { return m_counts; }
    // Most frequent first; ties by ended_at, then last_event.
    QList<OutcomeCount> byOutcome() const;
    // With byRevision: flow by flow in the order asked, newest revision first, then those that
    // did not say (revision 0).
    QList<RevisionCount> byRevision() const;
    qint64 total() const { return m_total; }
    // With keepRuns: a flow's executions whose steps were read, as the diagram counts them.
    QList<FlowTraffic::Run> runsOf(const QString &flowSid) const { return m_runs.value(flowSid); }

    // Counts a page read elsewhere (the archive) as a crawled one is counted; outcomes, when the
    // request reads them, come with the page (and their steps, with keepRuns). Rows without a
    // flow SID of their own are flowSid's.
    void add(const CrawledPage &page, const QString &flowSid = {});

Q_SIGNALS:
    void progress(qint64 executions);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void outcomeUnknown(const QString &executionSid, const flowscope::OutcomeResult &result);
    void finished(const flowscope::ApiError &error);

private:
    void startFlow();
    void fail(const ApiError &error);
    void keepRun(
        const CrawledPage &crawled, qsizetype k, const QString &flowSid, const Outcome &outcome);

    StudioClient *m_client; // not owned
    RelatedSession *m_related = nullptr; // child: what the outcomes share
    SummaryRequest m_request;
    TimeBuckets m_buckets;
    std::vector<BucketCounts> m_counts;
    QHash<std::pair<QString, QString>, OutcomeCount> m_outcomes;
    QHash<std::pair<QString, int>, BucketCounts> m_revisions; // (flow, revision), byRevision
    QHash<QString, QList<FlowTraffic::Run>> m_runs; // flow → runs, with keepRuns
    std::vector<std::unique_ptr<ExecutionCrawler>> m_crawlers; // the current flow's slices
    qsizetype m_nextFlow = 0;
    int m_running = 0;
    SeenSids m_seen;
    qint64 m_total = 0;
    bool m_done = false;
};

} // namespace flowscope
