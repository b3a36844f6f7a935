#include "endjob.h"

#include "executions/endexecution.h"
#include "export/csvwriter.h"
#include "export/writefailure.h"
#include "util/outputfile.h"
#include "json/jsonpath.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace flowscope {

QString resultName(EndOutcome::Result result)
{
    switch (result) {
    case EndOutcome::Result::Pending: return u"pending"_s;
    case EndOutcome::Result::WouldEnd: return u"would end"_s;
    case EndOutcome::Result::Ended: return u"ended"_s;
    case EndOutcome::Result::AlreadyEnded: return u"already ended"_s;
    case EndOutcome::Result::Failed: return u"failed"_s;
    case EndOutcome::Result::NotSent: return u"not sent"_s;
    }
    return {};
}

// One target under way: first a read, then (when still active) the ending.
struct EndJob::Running
{
    int index = -1;
    ApiReplyPtr read;
    std::unique_ptr<EndExecution> ending;
};

EndJob::EndJob(
    StudioClient *client, const QList<EndTarget> &targets, int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_concurrency(std::max(1, concurrency))
{
    m_outcomes.reserve(targets.size());
    for (const EndTarget &t : targets)
        m_outcomes.append(EndOutcome { t, EndOutcome::Result::Pending, {}, {}, {} });
}

EndJob::~EndJob() = default;

void EndJob::start()
{
    if (std::exchange(m_started, true))
        return;
    QMetaObject::invokeMethod(this, &EndJob::pump, Qt::QueuedConnection);
}

void EndJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    // Reads are dropped (nothing was sent for them); endings already sent run to their answer.
    for (const auto &running : m_running) {
        if (running->read) {
            running->read.reset();
            QMetaObject::invokeMethod(
                this,
                [this, index = running->index] {
                    settle(index, EndOutcome::Result::NotSent,
                        EndJob::tr("cancelled before anything was sent"));
                },
                Qt::QueuedConnection);
        }
    }
    QMetaObject::invokeMethod(this, &EndJob::pump, Qt::QueuedConnection);
}

int EndJob::count(EndOutcome::Result result) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
        [result](const EndOutcome &o) { return o.result == result; }));
}

QString EndJob::summary() const
{
    return EndJob::tr("Ended %1 · already ended %2 · failed %3 · not sent %4")
        .arg(count(EndOutcome::Result::Ended))
        .arg(count(EndOutcome::Result::AlreadyEnded))
        .arg(count(EndOutcome::Result::Failed))
        .arg(count(EndOutcome::Result::NotSent));
}

void EndJob::pump()
{
    if (m_finished)
        return;
    while (!m_cancelled && m_next < m_outcomes.size() && int(m_running.size()) < m_concurrency)
        readFirst(m_next++);
    m_mostInFlight = std::max(m_mostInFlight, int(m_running.size()));
    if (m_cancelled) {
        for (; m_next < m_outcomes.size(); ++m_next)
            settle(m_next, EndOutcome::Result::NotSent,
                EndJob::tr("cancelled before anything was sent"));
    }
    if (m_running.empty() && (m_cancelled || m_next >= m_outcomes.size()) && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void EndJob::readFirst(int index)
{
    auto running = std::make_unique<Running>();
    running->index = index;
    const EndTarget &t = m_outcomes[index].target;
    running->read.reset(m_client->get(m_client->executionUrl(t.flowSid, t.sid)));
    ApiReply *reply = running->read.get();
    connect(reply, &ApiReply::retrying, this,
        [this](int, qint64 delay, const ApiError &why) { Q_EMIT retrying(delay, why); });
    connect(reply, &ApiReply::finished, this, [this, index, reply] {
        const ApiError error = reply->error();
        const QByteArray body = reply->body();
        for (const auto &r : m_running) {
            if (r->index == index)
                r->read.reset();
        }
        if (error.kind == ApiError::Kind::NotFound) {
            settle(index, EndOutcome::Result::Failed,
                EndJob::tr("not found (Studio keeps executions 30 days)"));
            return;
        }
        if (error.isError()) {
            settle(index, EndOutcome::Result::Failed, error.userMessage());
            return;
        }
        const QString status = jsonTextAt(body, u"status"_s);
        if (status == u"ended"_s) {
            settle(index, EndOutcome::Result::AlreadyEnded,
                EndJob::tr("it had ended before (someone else got there first)"), body);
            return;
        }
        if (status != u"active"_s) {
            settle(index, EndOutcome::Result::Failed,
                EndJob::tr("its status is '%1', neither active nor ended: left alone").arg(status),
                body);
            return;
        }
        if (m_cancelled) {
            settle(index, EndOutcome::Result::NotSent,
                EndJob::tr("cancelled before anything was sent"));
            return;
        }
        end(index);
    });
    m_running.push_back(std::move(running));
}

void EndJob::end(int index)
{
    const EndTarget &t = m_outcomes[index].target;
    for (const auto &r : m_running) {
        if (r->index != index)
            continue;
        r->ending = std::make_unique<EndExecution>(m_client, t.flowSid, t.sid);
        EndExecution *ending = r->ending.get();
        connect(ending, &EndExecution::retrying, this, &EndJob::retrying);
        connect(ending, &EndExecution::finished, this, [this, index, ending] {
            switch (ending->result()) {
            case EndExecution::Result::Ended:
                settle(index, EndOutcome::Result::Ended,
                    ending->confirmedByReRead()
                        ? EndJob::tr("ended (its answer was lost; re-reading it confirmed it)")
                        : EndJob::tr("ended"),
                    ending->executionJson());
                break;
            case EndExecution::Result::StillActive:
            case EndExecution::Result::Failed:
            case EndExecution::Result::Pending:
                settle(index, EndOutcome::Result::Failed,
                    ending->result() == EndExecution::Result::StillActive
                        ? EndJob::tr(
                            "the answer was lost (%1) and it is still active; nothing was sent "
                            "twice")
                              .arg(ending->error().userMessage())
                        : ending->error().userMessage(),
                    ending->executionJson());
                break;
            }
        });
        ending->start();
        return;
    }
}

void EndJob::settle(
    int index, EndOutcome::Result result, const QString &message, const QByteArray &json)
{
    EndOutcome &o = m_outcomes[index];
    if (o.result != EndOutcome::Result::Pending)
        return;
    o.result = result;
    o.message = message;
    if (!json.isEmpty())
        o.executionJson = json;
    if (result == EndOutcome::Result::Ended || result == EndOutcome::Result::AlreadyEnded)
        o.endedAt = jsonTextAt(o.executionJson, u"date_updated"_s);
    // The running entry goes once its signal has returned.
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if ((*it)->index == index) {
            std::unique_ptr<Running> done = std::move(*it);
            m_running.erase(it);
            if (done->ending)
                done->ending.release()->deleteLater();
            break;
        }
    }
    ++m_settled;
    Q_EMIT outcomeReady(index);
    Q_EMIT progress(m_settled, int(m_outcomes.size()));
    QMetaObject::invokeMethod(this, &EndJob::pump, Qt::QueuedConnection);
}

QList<EndOutcome> EndJob::dryRun(const QList<EndTarget> &targets)
{
    QList<EndOutcome> out;
    for (const EndTarget &t : targets)
        out.append(EndOutcome {
            t, EndOutcome::Result::WouldEnd, EndJob::tr("dry run: nothing sent"), {}, {} });
    return out;
}

bool EndJob::writeAudit(const QList<EndOutcome> &outcomes, const QString &path, QString *error)
{
    OutputFile file(path);
    if (QString why; !file.open(&why)) {
        *error = EndJob::tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    CsvWriter writer(file.device());
    writer.writeRow({ u"sid"_s, u"flow_sid"_s, u"contact_channel_address"_s, u"date_created"_s,
        u"result"_s, u"message"_s, u"ended_at"_s });
    for (const EndOutcome &o : outcomes)
        writer.writeRow({ o.target.sid, o.target.flowSid, o.target.contact, o.target.dateCreated,
            resultName(o.result), o.message, o.endedAt });
    QString why;
    if (!writer.flush()) {
        *error = EndJob::tr("Cannot write %1: %2").arg(path, writeFailure(*file.device()));
        return false;
    }
    if (!file.commit(&why)) {
        *error = EndJob::tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace flowscope
