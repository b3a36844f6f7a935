#pragma once

// Walks one query through the Pager for exports, handing over pages in order as they arrive.
// The next page is requested as soon as the current one is parsed, so the network works while
// the caller writes; contexts are fetched with bounded concurrency. At most two pages are held at
// any time: memory does not grow with the number of rows. After a 429 every request waits at the
// client's gate, so crawlers side by side back off together.

#include "api/apierror.h"
#include "executions/executionpages.h"
#include "executions/executionquery.h"
#include "executions/executionstore.h"
#include "outcome/outcomefetcher.h"

#include <QObject>

#include <deque>

namespace flowscope {

// A page handed over: its rows [0, rowCount) are to be written (fewer than the page's when the
// limit ends inside it). contexts[k] is row k's context JSON, or "null" when it was not found.
struct CrawledPage
{
    ParsedPage page;
    qsizetype rowCount = 0;
    QList<QByteArray> contexts;
    QList<Outcome> outcomes; // with fetchOutcomes: row k's outcome
    QList<QByteArray> steps; // with keepSteps: row k's steps as listed (empty: not read)
    QList<QByteArray> related; // with keepRelated: row k's related resources (relatedJson)
};

struct CrawlOptions
{
    ExecutionQuery query;
    qint64 limit = -1; // at most this many executions; -1: all
    bool keepRaw = false; // exact bytes of each execution object (jsonl)
    bool fetchContexts = false;
    int contextConcurrency = 8;
    // Each row's outcome (its steps, and its context when needed), with outcomeConcurrency
    // requests in flight at most; contexts asked for come along with them.
    bool fetchOutcomes = false;
    int outcomeConcurrency = OutcomeFetcher::kDefaultConcurrency;
    OutcomeRules outcomeRules;
    // With fetchOutcomes: each row's steps too, as the API listed them (the archive keeps them).
    bool keepSteps = false;
    // With fetchOutcomes: each row's messages, calls and alerts too, read whole (the archive's
    // --related); a row whose related resources could not be read fails the crawl.
    bool keepRelated = false;
    // Where outcomes read what Twilio kept beside each execution (the error code): shared by the
    // slices of one crawl. Null: the crawler makes its own.
    RelatedSession *related = nullptr;
};

class ExecutionCrawler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionCrawler)

public:
    ExecutionCrawler(StudioClient *client, const CrawlOptions &options, QObject *parent = nullptr);
    ~ExecutionCrawler() override;

    void start(); // validates the query first: an invalid one finishes at once with InvalidInput
    void cancel(); // finishes with Cancelled

Q_SIGNALS:
    void pageReady(const flowscope::CrawledPage &page);
    // A context that was listed but is gone (404): written as null, said here.
    void contextMissing(const QString &executionSid);
    // An outcome that could not be read: written as unknown, said here.
    void outcomeUnknown(const QString &executionSid, const flowscope::OutcomeResult &result);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void finished(const flowscope::ApiError &error); // kind None: every page delivered

private:
    struct Pending
    {
        CrawledPage crawled;
        qsizetype nextContext = 0; // next row whose context has not been requested
        qsizetype contextsLeft = 0; // rows whose context (or outcome) is on its way
    };

    void pageRead(const ReadPage &read);
    void pumpContexts();
    void queueOutcomes(Pending &pending);
    void outcomeReady(const OutcomeTarget &target, const OutcomeResult &result);
    void deliver();
    void fail(const ApiError &error);
    void maybeRequestNext();

    StudioClient *m_client; // not owned
    CrawlOptions m_options;
    ExecutionPages m_pages;
    std::deque<Pending> m_pending;
    std::vector<ApiReplyPtr> m_contextReplies;
    OutcomeFetcher *m_outcomes = nullptr; // child, with fetchOutcomes
    // Rows waiting for an outcome, by SID (a SID repeated across pages waits in both).
    QHash<QString, QList<std::pair<Pending *, qsizetype>>> m_awaitingOutcome;
    qint64 m_queuedRows = 0; // rows accepted into pages so far (for the limit)
    bool m_done = false;
};

} // namespace flowscope
