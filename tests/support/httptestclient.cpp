#include "httptestclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void HttpTestClient::setBasicAuth(const QByteArray &user, const QByteArray &password)
{
    m_authorization = "Basic " + QByteArray(user + ':' + password).toBase64();
}

HttpResult HttpTestClient::get(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return run(m_nam.get(request), timeoutMs);
}

HttpResult HttpTestClient::post(const QUrl &url, const QByteArray &form, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return run(m_nam.post(request, form), timeoutMs);
}

HttpResult HttpTestClient::run(QNetworkReply *reply, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    HttpResult result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = finished.count() > 0 || finished.wait(timeoutMs);
    result.elapsedMs = clock.elapsed();
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}
