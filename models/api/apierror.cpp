#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace flowscope {

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::BadResponse: return true;
    default: return false;
    }
}

QString ApiError::userMessage() const
{
    QString sentence;
    switch (kind) {
    case Kind::None: return {};
    case Kind::InvalidInput: return message;
    case Kind::Auth:
        sentence = QCoreApplication::translate("ApiError",
            "Twilio refused the credentials (HTTP 401): check the Account SID and Auth "
            "Token, or the API key and secret.");
        break;
    case Kind::Forbidden:
        sentence = QCoreApplication::translate("ApiError",
            "These credentials may not read Studio (HTTP 403): the API key needs access "
            "to Studio.");
        break;
    case Kind::NotFound:
        sentence = QCoreApplication::translate("ApiError",
            "Not found (HTTP 404): the flow or execution does not exist in this account, "
            "or has expired (Studio keeps executions 30 days).");
        break;
    case Kind::BadRequest:
        sentence = QCoreApplication::translate("ApiError", "Twilio rejected the request (HTTP %1).")
                       .arg(httpStatus);
        break;
    case Kind::RateLimited:
        sentence = QCoreApplication::translate("ApiError",
            "Twilio kept rate-limiting the requests (HTTP 429); try again in a minute.");
        break;
    case Kind::Server:
        sentence = QCoreApplication::translate(
            "ApiError", "Twilio's server failed (HTTP %1) and kept failing after retries.")
                       .arg(httpStatus);
        break;
    case Kind::Timeout:
        sentence = QCoreApplication::translate("ApiError", "The server did not answer in time.");
        break;
    case Kind::Network:
        sentence = QCoreApplication::translate("ApiError", "Could not reach the server: %1.")
                       .arg(message);
        break;
    case Kind::Tls:
        return QCoreApplication::translate("ApiError",
            "The secure connection failed (%1); FlowScope never ignores certificate errors.")
            .arg(message);
    case Kind::BadResponse:
        sentence = QCoreApplication::translate(
            "ApiError", "The server sent a response FlowScope cannot read: %1.")
                       .arg(message);
        break;
    case Kind::TooLarge:
        return QCoreApplication::translate("ApiError",
            "The server sent a response larger than FlowScope accepts (%1); asking again "
            "would not help.")
            .arg(message);
    case Kind::Refused:
    case Kind::LocalIo: return message;
    case Kind::Cancelled: return QCoreApplication::translate("ApiError", "Cancelled.");
    }
    // Twilio's own words add what the status alone cannot say (e.g. "Invalid PageSize").
    if (code != 0 && !message.isEmpty() && kind != Kind::Network && kind != Kind::BadResponse)
        sentence += u" Twilio says: "_s + message + u" (error "_s + QString::number(code) + u")."_s;
    return sentence;
}

ApiError ApiError::of(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ApiError ApiError::invalidInput(const QString &message)
{
    return of(Kind::InvalidInput, message);
}

ApiError ApiError::refused(const QString &message)
{
    return of(Kind::Refused, message);
}

ApiError ApiError::localIo(const QString &message)
{
    return of(Kind::LocalIo, message);
}

ApiError ApiError::badResponse(const QString &message)
{
    return of(Kind::BadResponse, message);
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = status;
    if (status == 401)
        e.kind = Kind::Auth;
    else if (status == 403)
        e.kind = Kind::Forbidden;
    else if (status == 404)
        e.kind = Kind::NotFound;
    else if (status == 429)
        e.kind = Kind::RateLimited;
    else if (status >= 500)
        e.kind = Kind::Server;
    else
        e.kind = Kind::BadRequest;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    e.code = json.value(u"code"_s).toInt();
    e.message = json.value(u"message"_s).toString();
    e.moreInfo = json.value(u"more_info"_s).toString();
    return e;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None: return u"none"_s;
    case ApiError::Kind::InvalidInput: return u"invalid input"_s;
    case ApiError::Kind::Auth: return u"authentication"_s;
    case ApiError::Kind::Forbidden: return u"forbidden"_s;
    case ApiError::Kind::NotFound: return u"not found"_s;
    case ApiError::Kind::BadRequest: return u"bad request"_s;
    case ApiError::Kind::RateLimited: return u"rate limited"_s;
    case ApiError::Kind::Server: return u"server"_s;
    case ApiError::Kind::Timeout: return u"timeout"_s;
    case ApiError::Kind::Network: return u"network"_s;
    case ApiError::Kind::Tls: return u"TLS"_s;
    case ApiError::Kind::BadResponse: return u"bad response"_s;
    case ApiError::Kind::TooLarge: return u"too large"_s;
    case ApiError::Kind::Refused: return u"refused"_s;
    case ApiError::Kind::LocalIo: return u"local file"_s;
    case ApiError::Kind::Cancelled: return u"cancelled"_s;
    }
    return {};
}

} // namespace flowscope
