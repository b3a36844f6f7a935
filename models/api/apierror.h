#pragma once

// What went wrong talking to Studio, as a value: the HTTP status, Twilio's own error code,
// message and link, a kind a program can act on, and one clear sentence for a person.

#include <QMetaType>
#include <QObject>
#include <QString>

namespace flowscope {

struct ApiError
{
    Q_GADGET

public:
    enum class Kind {
        None,
        InvalidInput, // refused before any request: a bad SID, range or page size
        Auth, // 401: wrong or missing credentials
        Forbidden, // 403: the credentials lack permission
        NotFound, // 404
        BadRequest, // 400 and other 4xx the client could not retry
        RateLimited, // 429 after every retry
        Server, // 5xx after every retry
        Timeout, // no data within the transfer timeout, after every retry
        Network, // connection refused, reset, host not found
        Tls, // certificate or handshake failure: never ignored
        BadResponse, // not JSON, wrong shape, truncated
        TooLarge, // larger than the client accepts: asking again cannot help
        Refused, // a next_page_url or redirect to another origin, or a paging loop
        LocalIo, // a file on this machine could not be written or read (a spool file, say)
        Cancelled,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    int code = 0; // Twilio error code, e.g. 20003
    QString message; // Twilio's message or the transport's
    QString moreInfo; // Twilio's link
    QString detail; // what the client knows besides: the URL path, the attempts made

    bool isError() const { return kind != Kind::None; }
    // Retry and Cancel are for people; a program asks isRetryable() before offering Retry.
    bool isRetryable() const;
    // One sentence, no credentials, suitable for a status bar or stderr.
    QString userMessage() const;

    static ApiError of(Kind kind, const QString &message);
    static ApiError invalidInput(const QString &message);
    static ApiError refused(const QString &message);
    static ApiError badResponse(const QString &message);
    static ApiError localIo(const QString &message);
    // From a Twilio error body (or anything else) and the HTTP status.
    static ApiError fromHttp(int status, const QByteArray &body);
};

QString kindName(ApiError::Kind kind);

} // namespace flowscope

Q_DECLARE_METATYPE(flowscope::ApiError)
