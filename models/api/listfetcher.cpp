#include "listfetcher.h"

#include "jsonerror.h"
#include "paging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace flowscope {

ListFetcher::ListFetcher(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void ListFetcher::start(const QUrl &firstPage)
{
    cancel();
    request(firstPage);
}

void ListFetcher::cancel()
{
    m_reply.reset();
    m_items.clear();
    m_seen.clear();
}

void ListFetcher::request(const QUrl &url)
{
    m_seen.insert(pageKey(url));
    m_reply.reset(m_client->get(url));
    connect(m_reply.get(), &ApiReply::finished, this, &ListFetcher::pageArrived);
}

void ListFetcher::pageArrived()
{
    if (m_reply->error().isError()) {
        const ApiError error = m_reply->error();
        cancel();
        Q_EMIT failed(error);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_reply->body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const ApiError error = ApiError::badResponse(
            QCoreApplication::translate("ListFetcher", "the page is %1")
                .arg(describeInvalidJson(m_reply->body(), parseError.errorString())));
        cancel(); // drops the reply
        Q_EMIT failed(error);
        return;
    }
    const QJsonObject body = document.object();
    const QJsonObject meta = body.value(u"meta"_s).toObject();
    const QString key = meta.value(u"key"_s).toString();
    if (body.isEmpty() || key.isEmpty() || !body.value(key).isArray()) {
        cancel();
        Q_EMIT failed(ApiError::badResponse(
            QCoreApplication::translate("ListFetcher", "the page is not a Twilio list")));
        return;
    }
    for (const QJsonValue &item : body.value(key).toArray())
        m_items.append(item.toObject());
    ApiError error;
    const QJsonValue nextValue = meta.value(u"next_page_url"_s);
    if (!nextValue.isNull() && !nextValue.isUndefined() && !nextValue.isString())
        error = ApiError::badResponse(
            QCoreApplication::translate("ListFetcher", "meta.next_page_url is not a string"));
    const QUrl next = error.isError()
        ? QUrl()
        : checkedNextPageUrl(nextValue.toString(), m_client->settings().origin, m_seen, &error);
    if (error.isError()) {
        cancel();
        Q_EMIT failed(error);
        return;
    }
    if (next.isValid()) {
        request(next);
        return;
    }
    const QList<QJsonObject> items = std::exchange(m_items, {});
    m_reply.reset();
    m_seen.clear();
    Q_EMIT finished(items);
}

} // namespace flowscope
