#include "endexecution.h"

#include "json/jsonpath.h"

using namespace Qt::StringLiterals;

namespace flowscope {

EndExecution::EndExecution(
    StudioClient *client, const QString &flowSid, const QString &executionSid, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_flowSid(flowSid)
    , m_executionSid(executionSid)
{ }

void EndExecution::start()
{
    if (m_reply || m_result != Result::Pending)
        return;
    m_reply.reset(
        m_client->post(m_client->executionUrl(m_flowSid, m_executionSid), "Status=ended"));
    connect(m_reply.get(), &ApiReply::retrying, this,
        [this](int, qint64 delayMs, const ApiError &reason) { Q_EMIT retrying(delayMs, reason); });
    connect(m_reply.get(), &ApiReply::finished, this, [this] {
        const ApiReplyPtr reply = std::move(m_reply);
        m_reRead = reply->wasReRead();
        if (reply->error().isError()) {
            m_error = reply->error();
            m_result = Result::Failed;
        } else {
            m_json = reply->body();
            const QString status = jsonTextAt(m_json, u"status"_s);
            if (status == u"ended"_s) {
                m_result = Result::Ended;
            } else {
                // Only after an uncertain answer can it still be active: the POST got lost.
                m_result = m_reRead ? Result::StillActive : Result::Failed;
                m_error = m_reRead
                    ? reply->uncertainty()
                    : ApiError::badResponse(
                        tr("the answer says the status is '%1', not ended").arg(status));
            }
        }
        Q_EMIT finished();
    });
}

void EndExecution::abort()
{
    m_reply.reset();
}

QString EndExecution::message() const
{
    switch (m_result) {
    case Result::Pending: return tr("Ending %1…").arg(m_executionSid);
    case Result::Ended:
        return m_reRead ? tr("Ended %1 (its answer was cut off; re-reading it confirmed it ended)")
                              .arg(m_executionSid)
                        : tr("Ended %1").arg(m_executionSid);
    case Result::StillActive:
        return tr("Could not end %1: the request's answer was lost (%2) and the execution is "
                  "still active; nothing was sent twice. Try again.")
            .arg(m_executionSid, m_error.userMessage());
    case Result::Failed:
        return tr("Could not end %1: %2").arg(m_executionSid, m_error.userMessage());
    }
    return {};
}

} // namespace flowscope
