#include "contextloader.h"

#include "json/jsonspans.h"

#include <QCoreApplication>

namespace flowscope {

ContextLoader::ContextLoader(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &StudioClient::settingsChanged, this, &ContextLoader::cancel);
}

QByteArray ContextLoader::contextMember(const QByteArray &body)
{
    ByteSpan span;
    if (!memberValueSpan(std::string_view(body.constData(), size_t(body.size())), "context", &span))
        return {};
    return body.mid(span.first, span.second);
}

void ContextLoader::loadExecution(const QString &flowSid, const QString &executionSid)
{
    load(m_client->executionContextUrl(flowSid, executionSid), executionSid);
}

void ContextLoader::loadStep(
    const QString &flowSid, const QString &executionSid, const QString &stepSid)
{
    load(m_client->stepContextUrl(flowSid, executionSid, stepSid), stepSid);
}

void ContextLoader::cancel()
{
    m_reply.reset();
}

void ContextLoader::load(const QUrl &url, const QString &key)
{
    m_key = key;
    m_reply.reset(m_client->get(url));
    connect(m_reply.get(), &ApiReply::finished, this, [this, key] {
        if (m_reply->error().isError()) {
            const ApiError error = m_reply->error();
            m_reply.reset();
            Q_EMIT failed(key, error);
            return;
        }
        const QByteArray context = contextMember(m_reply->body());
        m_reply.reset();
        if (context.isEmpty()) {
            Q_EMIT failed(key,
                ApiError::badResponse(
                    QCoreApplication::translate("ContextLoader", "the response has no context")));
            return;
        }
        Q_EMIT loaded(key, context);
    });
}

} // namespace flowscope
