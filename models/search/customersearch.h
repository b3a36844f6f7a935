#pragma once

// "What happened to this customer, across every flow?" Studio lists one flow at a time and has no
// contact filter, so this reads every selected flow in time slices at once — newest slices first,
// so that recent matches come first — with one bound on requests in flight for everything (pages
// and contexts), behind the account's 429 gate, and keeps the executions whose contact matches.
// With a text, each candidate's context is fetched (one request each) and searched in every
// string value. Memory holds the pages and contexts in flight, not the executions scanned. A flow
// that fails (403, 404, retries spent) is reported and can be retried; the others carry on, and
// the search never calls itself complete when one was not.

#include "api/apierror.h"
#include "contactmatcher.h"
#include "executions/executionpages.h"
#include "executions/executionquery.h"
#include "executions/executionstore.h"
#include "executions/seensids.h"

#include <QObject>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace flowscope {

struct SearchRequest
{
    QStringList flows;
    QDateTime from; // inclusive
    QDateTime to; // exclusive; invalid: now
    std::optional<ContactMatcher> contact;
    QString text; // searched in each candidate's context; empty: no text search
    int concurrency = 8; // requests in flight at once, pages and contexts together
    int slicesPerFlow = 4;
    bool keepRaw = false; // each match's object exactly as the API sent it (jsonl)
    bool withContexts = false; // each match's context, for output, even without a text
    QDateTime now; // where the slices are placed by; default: when it starts
};

struct SearchMatch
{
    Execution execution;
    // Where it was listed: its flow's place in the request, and the order rows were read in (a
    // flow's executions of one second keep the API's order), for a stable newest-first sort.
    int flowIndex = 0;
    qint64 listed = 0;
    QByteArray raw; // with keepRaw
    QByteArray context; // with a text or withContexts; "null" when it had expired
};

class CustomerSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerSearch)

public:
    CustomerSearch(StudioClient *client, const SearchRequest &request, QObject *parent = nullptr);
    ~CustomerSearch() override;

    // The candidates: the executions of the range whose contact matches (all of them without a
    // contact), counted without fetching anything else — what a text search will cost, one
    // request each. Emits counted().
    void count();
    void start();
    void cancel();
    // Searches a failed flow again; matches found before are not repeated.
    void retryFlow(const QString &flowSid);

    bool isRunning() const { return m_running; }
    qint64 scanned() const { return m_scanned; }
    qint64 matches() const { return m_matchCount; }
    int flowCount() const { return int(m_request.flows.size()); }
    int flowsDone() const; // searched completely, or failed
    QList<std::pair<QString, ApiError>> failures() const;
    bool isComplete() const { return !m_running && failures().isEmpty() && !m_cancelled; }
    int mostInFlight() const { return m_mostInFlight; }

Q_SIGNALS:
    void matchFound(const flowscope::SearchMatch &match);
    void flowFailed(const QString &flowSid, const flowscope::ApiError &error);
    void progress();
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void counted(qint64 candidates);
    void finished();

private:
    struct Lane;
    struct Candidate
    {
        int flow = 0;
        SearchMatch match;
    };
    struct FlowState
    {
        int lanesLeft = 0;
        ApiError error;
    };

    void begin(bool counting);
    void addLanes(int flow);
    void pump();
    void pageRead(Lane *lane, const ReadPage &read);
    void fetchContext(Candidate candidate);
    void failFlow(int flow, const ApiError &error);
    void laneDone(Lane *lane);
    void deliver(const SearchMatch &match);
    void maybeFinish();

    StudioClient *m_client; // not owned
    SearchRequest m_request;
    std::vector<std::unique_ptr<Lane>> m_lanes; // newest slices first
    std::vector<FlowState> m_flows;
    std::deque<Candidate> m_contextQueue;
    SeenSids m_seen;
    Handoff m_textSearch { this, Handoff::Keep::Every }; // contexts searched for the text
    int m_contextsInFlight = 0;
    int m_pagesInFlight = 0;
    int m_mostInFlight = 0;
    qint64 m_scanned = 0;
    qint64 m_matchCount = 0;
    qint64 m_candidates = 0;
    qint64 m_listed = 0;
    bool m_counting = false;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace flowscope
