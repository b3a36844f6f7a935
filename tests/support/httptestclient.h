#pragma once

// A small synchronous HTTP client for tests: one QNetworkAccessManager, optional Basic auth, and
// a result value with the status, headers and body. It waits on the reply's signal, never sleeps.

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

struct HttpResult
{
    bool finished = false; // false: no answer within the timeout
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // empty when the body is not a JSON object
};

class HttpTestClient final
{
public:
    HttpTestClient() = default;
    Q_DISABLE_COPY_MOVE(HttpTestClient)

    void setBasicAuth(const QByteArray &user, const QByteArray &password);
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void clearAuth() { m_authorization.clear(); }

    HttpResult get(const QUrl &url, int timeoutMs = 30000);
    HttpResult post(const QUrl &url, const QByteArray &form, int timeoutMs = 30000);

    // Parses text strictly, so a '+' or '%2B' reaches the server exactly as written.
    static QUrl url(const QByteArray &encoded)
    {
        return QUrl::fromEncoded(encoded, QUrl::StrictMode);
    }

private:
    HttpResult run(QNetworkReply *reply, int timeoutMs);

    QNetworkAccessManager m_nam;
    QByteArray m_authorization;
};
