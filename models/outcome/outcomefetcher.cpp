#include "outcomefetcher.h"

#include "related/relatedjson.h"

#include "api/listfetcher.h"
#include "detail/contextloader.h"
#include "detail/step.h"
#include "util/worker.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
struct ReadContext
{
    QByteArray member; // the context's compact JSON; empty when the body had none
    QJsonObject widgets;
    bool ok = false;
};

ReadContext readContext(const QByteArray &body)
{
    ReadContext read;
    read.member = ContextLoader::contextMember(body);
    if (read.member.isEmpty())
        return read;
    const QJsonDocument document = QJsonDocument::fromJson(read.member);
    read.ok = document.isObject();
    read.widgets = document.object().value(u"widgets"_s).toObject();
    return read;
}

OutcomeResult resultOf(const Outcome &outcome)
{
    OutcomeResult result;
    result.outcome = outcome;
    return result;
}

QString unknownBecause(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotFound)
        return OutcomeFetcher::tr("its steps are gone (404)");
    return OutcomeFetcher::tr("its steps could not be read: %1").arg(error.userMessage());
}
} // namespace

// One execution: its steps page by page, then its context when needed. One request at a time.
class OutcomeFetcher::Job final : public QObject
{
public:
    Job(OutcomeFetcher *fetcher, const OutcomeTarget &target)
        : m_fetcher(fetcher)
        , m_target(target)
        , m_stepsList(fetcher->m_client)
    {
        connect(&m_stepsList, &ListFetcher::retrying, m_fetcher, &OutcomeFetcher::retrying);
        connect(&m_stepsList, &ListFetcher::failed, this, [this](const ApiError &error) {
            OutcomeResult result = resultOf(unknownOutcome(unknownBecause(error)));
            result.stepsError = error;
            done(result);
        });
        connect(&m_stepsList, &ListFetcher::finished, this, &Job::stepsRead);
    }

    const OutcomeTarget &target() const { return m_target; }

    void start()
    {
        m_stepsList.start(m_fetcher->m_client->stepsUrl(m_target.flowSid, m_target.executionSid));
    }

    // Stops for good: nothing more is sent or reported.
    void drop()
    {
        m_dropped = true;
        m_stepsList.cancel();
        m_readContext.cancel();
        m_context.reset();
        if (m_relatedFetch)
            m_relatedFetch->cancel();
        disconnect();
    }

private:
    void stepsRead(const QList<ListItem> &items)
    {
        m_steps = stepFactsOf(items);
        if (m_target.wantSteps) {
            QByteArrayList raw;
            raw.reserve(items.size());
            for (const ListItem &item : items)
                raw << item.raw;
            m_stepsJson = '[' + raw.join(',') + ']';
        }
        if (m_fetcher->m_related)
            m_stepList = stepsOf(items); // what the related resources are pinned to
        if (!m_target.wantContext && !m_fetcher->m_related
            && !outcomeNeedsContext(m_steps, m_fetcher->m_rules)) {
            done(resultOf(outcomeOf(m_steps, m_target.active, nullptr, m_fetcher->m_rules)));
            return;
        }
        m_context.reset(m_fetcher->m_client->get(
            m_fetcher->m_client->executionContextUrl(m_target.flowSid, m_target.executionSid)));
        connect(m_context.get(), &ApiReply::retrying, m_fetcher,
            [this](int, qint64 delayMs, const ApiError &reason) {
                Q_EMIT m_fetcher->retrying(delayMs, reason);
            });
        connect(m_context.get(), &ApiReply::finished, this, &Job::contextArrived);
    }

    void contextArrived()
    {
        const ApiError error = m_context->error();
        QByteArray body = m_context->takeBody();
        m_context.reset();
        if (error.isError()) {
            OutcomeResult result;
            result.outcome = outcomeOf(m_steps, m_target.active, nullptr, m_fetcher->m_rules);
            if (!result.outcome.isKnown())
                result.outcome.reason = error.kind == ApiError::Kind::NotFound
                    ? OutcomeFetcher::tr(
                        "its context is gone (404), so the widgets' status codes are unknown")
                    : OutcomeFetcher::tr("its context could not be read: %1")
                          .arg(error.userMessage());
            if (m_target.wantContext) {
                result.context = "null";
                result.contextMissing = error.kind == ApiError::Kind::NotFound;
                result.contextError = error;
            }
            readRelated(result, {});
            return;
        }
        m_readContext.run([body = std::move(body)] { return readContext(body); },
            [this](const ReadContext &read) { contextRead(read); });
    }

    void contextRead(const ReadContext &read)
    {
        OutcomeResult result;
        result.outcome = outcomeOf(
            m_steps, m_target.active, read.ok ? &read.widgets : nullptr, m_fetcher->m_rules);
        if (!read.ok && !result.outcome.isKnown())
            result.outcome.reason = OutcomeFetcher::tr("its context is not a JSON object");
        if (m_target.wantContext)
            result.context = read.member.isEmpty() ? QByteArray("null") : read.member;
        readRelated(result, read.member);
    }

    // With a related session: its outbound messages and its window's alerts, one request at a
    // time like the rest, then the outcome gains its error code.
    void readRelated(OutcomeResult result, const QByteArray &context)
    {
        if (!m_fetcher->m_related) {
            done(result);
            return;
        }
        RelatedOptions options;
        options.bucketAlerts = true;
        if (!m_target.wantRelated) { // only what the error code needs
            options.maxParallel = 1;
            options.calls = false;
            options.inboundMessages = false;
            options.messagesOnlyWithoutAlerts = true;
            options.alertDetails = false;
            options.readExecution = false;
        }
        m_relatedFetch
            = std::make_unique<RelatedFetch>(m_fetcher->m_client, m_fetcher->m_related, options);
        connect(m_relatedFetch.get(), &RelatedFetch::finished, this,
            [this, result](const RelatedResources &related) mutable {
                // Complete: the alerts were listed (they name every message not delivered), or
                // else every message was read.
                const bool complete = (!related.alertsError.isError() && !related.alertsDenied)
                    || std::all_of(related.messages.cbegin(), related.messages.cend(),
                        [](const RelatedMessage &m) { return m.isInbound() || m.found || m.gone; });
                applyRelated(&result.outcome, related, complete, m_fetcher->m_rules);
                result.related = std::make_shared<const RelatedResources>(related);
                if (m_target.wantRelated)
                    result.relatedJson = relatedJson(related);
                done(result);
            });
        connect(m_relatedFetch.get(), &RelatedFetch::failed, this,
            [this, result](const ApiError &error) mutable {
                result.relatedError = error;
                done(result);
            });
        RelatedInput input = RelatedInput::about(m_target);
        input.context = context;
        input.steps = m_stepList;
        m_relatedFetch->start(input);
    }

    void done(OutcomeResult result)
    {
        result.steps = std::move(m_steps);
        result.stepsJson = std::move(m_stepsJson);
        if (!m_dropped)
            m_fetcher->jobDone(this, result);
    }

    OutcomeFetcher *m_fetcher; // the owner
    OutcomeTarget m_target;
    ListFetcher m_stepsList;
    ApiReplyPtr m_context;
    Handoff m_readContext { this };
    std::unique_ptr<RelatedFetch> m_relatedFetch;
    QList<StepFacts> m_steps;
    QByteArray m_stepsJson;
    QList<Step> m_stepList;
    bool m_dropped = false;
};

OutcomeFetcher::OutcomeFetcher(StudioClient *client, int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_concurrency(std::max(1, concurrency))
{ }

OutcomeFetcher::~OutcomeFetcher()
{
    for (const auto &job : m_running)
        job->drop();
}

void OutcomeFetcher::enqueue(const OutcomeTarget &target, bool urgent)
{
    for (const auto &job : m_running) {
        if (job->target().executionSid == target.executionSid)
            return;
    }
    // Analyse queues every loaded row: a set answers "already queued?" without a scan.
    if (m_queuedSids.contains(target.executionSid)) {
        if (!urgent)
            return;
        m_queue.erase(std::find_if(m_queue.begin(), m_queue.end(),
            [&](const OutcomeTarget &t) { return t.executionSid == target.executionSid; }));
    }
    m_queuedSids.insert(target.executionSid);
    if (urgent)
        m_queue.push_front(target);
    else
        m_queue.push_back(target);
    pump();
}

void OutcomeFetcher::retainOnly(const QSet<QString> &keep)
{
    dropIf([&](const QString &sid) { return !keep.contains(sid); });
}

void OutcomeFetcher::cancel(const QString &executionSid)
{
    dropIf([&](const QString &sid) { return sid == executionSid; });
}

void OutcomeFetcher::cancelAll()
{
    dropIf([](const QString &) { return true; });
}

void OutcomeFetcher::dropIf(const std::function<bool(const QString &)> &drop)
{
    const bool wasBusy = !isIdle();
    std::erase_if(m_queue, [&](const OutcomeTarget &t) {
        if (!drop(t.executionSid))
            return false;
        m_queuedSids.remove(t.executionSid);
        return true;
    });
    std::erase_if(m_running, [&](std::unique_ptr<Job> &job) {
        if (!drop(job->target().executionSid))
            return false;
        // Possibly called from one of its own signals (retrying): deleted once that returns.
        job->drop();
        job.release()->deleteLater();
        return true;
    });
    pump();
    if (wasBusy && isIdle())
        Q_EMIT idle();
}

bool OutcomeFetcher::contains(const QString &executionSid) const
{
    return std::any_of(m_running.cbegin(), m_running.cend(), [&](const auto &job) {
        return job->target().executionSid == executionSid;
    }) || m_queuedSids.contains(executionSid);
}

void OutcomeFetcher::pump()
{
    if (m_pumping)
        return; // a job that finished while starting others: the loop below goes on
    m_pumping = true;
    while (!m_queue.empty() && qsizetype(m_running.size()) < m_concurrency) {
        auto job = std::make_unique<Job>(this, m_queue.front());
        m_queuedSids.remove(m_queue.front().executionSid);
        m_queue.pop_front();
        Job *started = job.get();
        m_running.push_back(std::move(job));
        started->start();
    }
    m_pumping = false;
}

void OutcomeFetcher::jobDone(Job *job, const OutcomeResult &result)
{
    const auto it = std::find_if(m_running.begin(), m_running.end(),
        [job](const std::unique_ptr<Job> &running) { return running.get() == job; });
    if (it == m_running.end())
        return;
    std::unique_ptr<Job> finished = std::move(*it);
    m_running.erase(it);
    const OutcomeTarget target = finished->target();
    finished->drop();
    finished.release()->deleteLater(); // it is on the stack below us
    Q_EMIT outcomeReady(target, result);
    pump();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace flowscope
