#include "studioclient.h"

#include "util/hugepages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
// What the network thread buffers for a reply before it waits for the reply to be read: small
// enough that reading it never holds the GUI thread for long, large enough to keep up.
constexpr qint64 kReadChunkBytes = 256 * 1024;
} // namespace

namespace {

QString pathOf(const QUrl &url)
{
    return url.path(); // never the query: harmless, but paths are all a person needs
}

} // namespace

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.simplified(); // asctime pads a one-digit day with a space
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    const QString date = QString::fromLatin1(text);
    const QLocale c = QLocale::c();
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", then the obsolete forms a recipient must also
    // read: RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994".
    QDateTime when = c.toDateTime(date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid() && date.contains(u',')) {
        // The weekday is left out: with the century missing, Qt would check it against 19yy.
        when = c.toDateTime(date.section(u", "_s, 1), u"dd-MMM-yy HH:mm:ss 'GMT'"_s);
        if (when.isValid()) {
            // A two-digit year is the latest year ending in those digits that is not more than
            // 50 years ahead (RFC 9110, section 5.6.7).
            int year = now.date().year() / 100 * 100 + when.date().year() % 100;
            if (year > now.date().year() + 50)
                year -= 100;
            when.setDate(QDate(year, when.date().month(), when.date().day()));
        }
    }
    if (!when.isValid())
        when = c.toDateTime(date, u"ddd MMM d HH:mm:ss yyyy"_s);
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

QUrl StudioClient::flowV2Url(const QString &flowSid) const
{
    return path("/v2/Flows/" + QUrl::toPercentEncoding(flowSid));
}

QUrl StudioClient::flowRevisionUrl(const QString &flowSid, int revision) const
{
    return path("/v2/Flows/" + QUrl::toPercentEncoding(flowSid) + "/Revisions/"
        + QByteArray::number(revision));
}

QUrl StudioClient::flowRevisionsUrl(const QString &flowSid, int pageSize) const
{
    return path("/v2/Flows/" + QUrl::toPercentEncoding(flowSid)
        + "/Revisions?PageSize=" + QByteArray::number(pageSize));
}

QUrl StudioClient::stepsV2Url(
    const QString &flowSid, const QString &executionSid, int pageSize) const
{
    return path("/v2/Flows/" + QUrl::toPercentEncoding(flowSid) + "/Executions/"
        + QUrl::toPercentEncoding(executionSid)
        + "/Steps?PageSize=" + QByteArray::number(pageSize));
}

QUrl StudioClient::executionV2Url(const QString &flowSid, const QString &executionSid) const
{
    return path("/v2/Flows/" + QUrl::toPercentEncoding(flowSid) + "/Executions/"
        + QUrl::toPercentEncoding(executionSid));
}

// Around Studio: the core API's Messages and Calls, Monitor's alerts.

QUrl StudioClient::messageUrl(const QString &messageSid) const
{
    return path("/2010-04-01/Accounts/" + QUrl::toPercentEncoding(m_settings.credentials.accountSid)
            + "/Messages/" + QUrl::toPercentEncoding(messageSid) + ".json",
        ApiOrigin::Service::Api);
}

QUrl StudioClient::callUrl(const QString &callSid) const
{
    return path("/2010-04-01/Accounts/" + QUrl::toPercentEncoding(m_settings.credentials.accountSid)
            + "/Calls/" + QUrl::toPercentEncoding(callSid) + ".json",
        ApiOrigin::Service::Api);
}

QUrl StudioClient::alertsUrl(
    const QDateTime &start, const QDateTime &end, const QString &logLevel, int pageSize) const
{
    // Monitor reads both ends inclusively, in UTC, to the second.
    const auto at = [](const QDateTime &t) {
        return QUrl::toPercentEncoding(t.toUTC().toString(Qt::ISODate));
    };
    QByteArray query = "/v1/Alerts?StartDate=" + at(start) + "&EndDate=" + at(end);
    if (!logLevel.isEmpty())
        query += "&LogLevel=" + QUrl::toPercentEncoding(logLevel);
    query += "&PageSize=" + QByteArray::number(pageSize);
    return path(query, ApiOrigin::Service::Monitor);
}

QUrl StudioClient::alertUrl(const QString &alertSid) const
{
    return path("/v1/Alerts/" + QUrl::toPercentEncoding(alertSid), ApiOrigin::Service::Monitor);
}

// ---------------------------------------------------------------------------------------------

StudioClient::StudioClient(QObject *parent)
    : QObject(parent)
    , m_networks { new QNetworkAccessManager(this), new QNetworkAccessManager(this),
        new QNetworkAccessManager(this) }
    , m_gate(new RequestGate(this))
{
    // Execution data is personal data: nothing is cached on disk (QNAM has no cache unless given
    // one).
    for (QNetworkAccessManager *network : m_networks) {
        network->setCookieJar(nullptr);
        network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    }
}

StudioClient::~StudioClient() = default;

void StudioClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    m_gate->setJitterMs(settings.retry.gateJitterMs);
    // Connections to the old origin may carry the old credentials' session: drop them.
    for (QNetworkAccessManager *network : m_networks)
        network->clearConnectionCache();
    Q_EMIT settingsChanged();
}

QNetworkAccessManager *StudioClient::network()
{
    QNetworkAccessManager *next = m_networks[m_nextNetwork];
    m_nextNetwork = (m_nextNetwork + 1) % m_networks.size();
    return next;
}

QByteArray StudioClient::userAgent()
{
    return "flowscope/" FLOWSCOPE_VERSION " (Qt " + QByteArray(qVersion()) + "; "
        + QSysInfo::productType().toLatin1() + ')';
}

QNetworkRequest StudioClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Credentials only ever go to the configured origins.
    if (m_settings.origin.matches(url) && !m_settings.credentials.username.isEmpty())
        request.setRawHeader("Authorization", m_settings.credentials.authorizationHeader());
    return request;
}

ApiReply *StudioClient::get(const QUrl &url)
{
    return new ApiReply(this, "GET", url, {});
}

ApiReply *StudioClient::post(const QUrl &url, const QByteArray &form)
{
    return new ApiReply(this, "POST", url, form);
}

QUrl StudioClient::path(const QByteArray &encodedPath, ApiOrigin::Service service) const
{
    const QByteArray base = m_settings.origin.url(service).toEncoded(
        QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    return QUrl::fromEncoded(base + encodedPath, QUrl::StrictMode);
}

QUrl StudioClient::flowsUrl(int pageSize) const
{
    return path("/v1/Flows?PageSize=" + QByteArray::number(pageSize));
}

QUrl StudioClient::executionUrl(const QString &flowSid, const QString &executionSid) const
{
    return path("/v1/Flows/" + QUrl::toPercentEncoding(flowSid) + "/Executions/"
        + QUrl::toPercentEncoding(executionSid));
}

QUrl StudioClient::executionContextUrl(const QString &flowSid, const QString &executionSid) const
{
    return path("/v1/Flows/" + QUrl::toPercentEncoding(flowSid) + "/Executions/"
        + QUrl::toPercentEncoding(executionSid) + "/Context");
}

QUrl StudioClient::stepsUrl(const QString &flowSid, const QString &executionSid, int pageSize) const
{
    return path("/v1/Flows/" + QUrl::toPercentEncoding(flowSid) + "/Executions/"
        + QUrl::toPercentEncoding(executionSid)
        + "/Steps?PageSize=" + QByteArray::number(pageSize));
}

QUrl StudioClient::stepContextUrl(
    const QString &flowSid, const QString &executionSid, const QString &stepSid) const
{
    return path("/v1/Flows/" + QUrl::toPercentEncoding(flowSid) + "/Executions/"
        + QUrl::toPercentEncoding(executionSid) + "/Steps/" + QUrl::toPercentEncoding(stepSid)
        + "/Context");
}

// ---------------------------------------------------------------------------------------------

void ApiReplyDeleter::operator()(ApiReply *reply) const
{
    if (reply) {
        reply->abort();
        reply->deleteLater();
    }
}

ApiReply::ApiReply(StudioClient *client, QByteArray verb, QUrl url, QByteArray body)
    : QObject(nullptr)
    , m_client(client)
    , m_verb(std::move(verb))
    , m_url(std::move(url))
    , m_requestBody(std::move(body))
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a minimum, not a suggestion
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiReply::startAttempt);
    m_clock.start();
    // Start from the event loop, so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(this, &ApiReply::startAttempt, Qt::QueuedConnection);
}

ApiReply::~ApiReply()
{
    abortAttempt();
}

void ApiReply::abortAttempt()
{
    m_retryTimer.stop();
    disconnect(m_gateWait);
    m_reRead.reset();
    if (m_reply) {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        // Disconnect, then delete: deleting cancels the transfer and drops whatever the network
        // thread had already queued for it (abort() here races with a queued error, and Qt
        // complains on stderr).
        reply->disconnect(this);
        reply->deleteLater();
    }
}

void ApiReply::abort()
{
    abortAttempt();
    if (!m_finished) {
        m_finished = true;
        m_error.kind = ApiError::Kind::Cancelled;
    }
}

void ApiReply::startAttempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(ApiError::refused(tr("The connection was closed.")));
        return;
    }
    const ClientSettings &settings = m_client->settings();
    if (!settings.origin.matches(m_url)) {
        finish(ApiError::refused(
            tr("Refused to follow a link to %1: it is not one of the configured API origins "
               "(%2), and credentials are never sent elsewhere.")
                .arg(m_url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                    settings.origin.describe())));
        return;
    }
    // After a 429 nothing of this client goes out until the server's wait is over; then the
    // requests that waited start a little apart.
    RequestGate *gate = m_client->gate();
    if (!gate->isOpen()) {
        if (!m_gateWait) {
            m_gateWait = connect(gate, &RequestGate::opened, this, [this, gate] {
                disconnect(m_gateWait);
                m_retryTimer.start(gate->nextJitterMs());
            });
        }
        return;
    }
    ++m_attempts;
    m_abortReason = AbortReason::None;
    m_tlsErrors.clear();
    QNetworkRequest request = m_client->makeRequest(m_url);
    if (m_verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_reply = m_client->network()->post(request, m_requestBody);
    } else {
        m_reply = m_client->network()->get(request);
    }
    QNetworkReply *reply = m_reply;
    Q_EMIT m_client->requestStarted(m_verb, m_url);
    // Flow control: the network thread hands over at most this much at a time.
    reply->setReadBufferSize(kReadChunkBytes);
    m_received.clear();
    connect(reply, &QNetworkReply::finished, this, &ApiReply::attemptFinished);
    // Reading as the data arrives spreads the copying over many small events; one readAll() of a
    // 50 MB page at the end would stall the GUI thread for tens of milliseconds.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!m_client)
            return;
        if (announced > m_client->settings().maxBodyBytes) {
            m_abortReason = AbortReason::TooLarge;
            reply->abort();
        } else if (announced > 0) {
            m_received.reserve(qsizetype(announced));
            // A page of megabytes: its memory faulted in 2 MB at a time as it is copied in.
            adviseHugePages(m_received.data(), size_t(m_received.capacity()));
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        // Straight into the body, without an intermediate copy.
        const qint64 available = reply->bytesAvailable();
        const qsizetype at = m_received.size();
        m_received.resize(at + qsizetype(available));
        const qint64 read = reply->read(m_received.data() + at, available);
        m_received.truncate(at + qsizetype(std::max<qint64>(read, 0)));
    });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        m_received.clear(); // the redirect's own body, if any
        if (m_client && m_client->settings().origin.matches(target)
            && ApiOrigin::sameOrigin(target, m_url)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        m_abortReason = AbortReason::ForeignRedirect;
        m_abortDetail
            = target.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_tlsErrors = texts.join(u"; "_s); // recorded, never ignored
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (m_client && received > m_client->settings().maxBodyBytes) {
            m_abortReason = AbortReason::TooLarge;
            reply->abort();
        }
    });
}

void ApiReply::attemptFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    reply->disconnect(this);

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = std::exchange(m_received, {});
    if (reply->isOpen()) // closed after an abort
        body += reply->readAll();
    if (ownAbortFinished())
        return;
    if (m_httpStatus >= 200 && m_httpStatus < 300)
        succeeded(reply, std::move(body));
    else if (m_httpStatus > 0)
        httpFailed(reply, body);
    else
        transportFailed(reply);
}

// Aborts we caused ourselves, told apart from Qt 6.4's timeout, which looks the same.
bool ApiReply::ownAbortFinished()
{
    if (m_abortReason == AbortReason::ForeignRedirect) {
        finish(ApiError::refused(tr("Refused a redirect to %1: it is not the configured API "
                                    "origin, and credentials are never sent elsewhere.")
                                     .arg(m_abortDetail)));
        return true;
    }
    if (m_abortReason == AbortReason::TooLarge) {
        ApiError e = ApiError::of(ApiError::Kind::TooLarge,
            tr("more than %1 MB")
                .arg(m_client ? m_client->settings().maxBodyBytes / (1024 * 1024) : 0));
        e.httpStatus = m_httpStatus;
        finish(e);
        return true;
    }
    return false;
}

QString ApiReply::timeoutSeconds() const
{
    return QString::number(m_client ? m_client->settings().transferTimeoutMs / 1000.0 : 0.0);
}

// A 2xx: whole, or cut short (a dropped connection, a body shorter than announced), or a page
// that is not the API's.
void ApiReply::succeeded(QNetworkReply *reply, QByteArray body)
{
    const QNetworkReply::NetworkError netError = reply->error();
    // Our own aborts were handled already; Qt 6.4's transfer timeout reports
    // OperationCanceledError too, so an abort we did not cause is the timeout.
    const bool timedOut = netError == QNetworkReply::OperationCanceledError;
    const QByteArray length = reply->rawHeader("Content-Length");
    const bool encoded = !reply->rawHeader("Content-Encoding").isEmpty();
    bool lengthOk = true;
    const qint64 announced = length.toLongLong(&lengthOk);
    if (netError != QNetworkReply::NoError
        || (lengthOk && !length.isEmpty() && !encoded && announced != body.size())) {
        const QString of = lengthOk && !length.isEmpty()
            ? tr("%1 of %2 bytes").arg(body.size()).arg(announced)
            : tr("%1 bytes").arg(body.size());
        ApiError e;
        if (timedOut) {
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("timed out after %1 (no data for %2 s)").arg(of).arg(timeoutSeconds());
        } else {
            // Qt reports a reset and an orderly close alike (RemoteHostClosedError).
            e = ApiError::badResponse(netError != QNetworkReply::NoError
                    ? tr("the connection closed after %1").arg(of)
                    : tr("the body ended after %1").arg(of));
        }
        e.httpStatus = m_httpStatus;
        if (m_verb == "POST")
            reReadAfter(e); // the server answered 2xx: it acted, whatever the body says
        else
            retryOrFail(e, -1);
        return;
    }
    // A proxy or a sign-in portal answers 200 with its own page; say so rather than that the
    // JSON is malformed. (No Content-Type at all is given the benefit of the doubt.)
    const QByteArray type = reply->rawHeader("Content-Type").toLower();
    if (!type.isEmpty() && !type.contains("json")) {
        ApiError e = ApiError::badResponse(
            tr("it is %1, not JSON (is a proxy or a sign-in page in the way?)")
                .arg(QString::fromLatin1(type.split(';').constFirst().trimmed())));
        e.httpStatus = m_httpStatus;
        finish(e);
        return;
    }
    m_body = std::move(body);
    finish({});
}

void ApiReply::httpFailed(QNetworkReply *reply, const QByteArray &body)
{
    const bool isPost = m_verb == "POST";
    ApiError e = ApiError::fromHttp(m_httpStatus, body);
    // The server's own word on how long to wait: on a 429, and on a 503 (RFC 9110 15.6.4).
    const qint64 serverDelay = m_httpStatus == 429 || m_httpStatus == 503
        ? parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())
        : -1;
    const bool serverFailed
        = m_httpStatus == 500 || m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    // A 429 and a 503 are refusals — too many requests, unable to handle one now — so the
    // server did nothing with them: a POST may go again. (A 500, 502 or 504 may come after
    // the request was passed on and carried out.)
    if (m_httpStatus == 429 || m_httpStatus == 503 || (serverFailed && !isPost)) {
        retryOrFail(e, serverDelay);
        return;
    }
    if (serverFailed) {
        reReadAfter(e); // a POST a proxy or the server may have passed on before failing
        return;
    }
    finish(e);
    return;
}

// No HTTP status: the transport failed.
void ApiReply::transportFailed(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError netError = reply->error();
    const bool isPost = m_verb == "POST";
    ApiError e;
    e.message = reply->errorString();
    bool retryable = !isPost;
    bool certainlyNotSent = false;
    switch (netError) {
    case QNetworkReply::OperationCanceledError:
        e.kind = ApiError::Kind::Timeout;
        e.message = tr("no data for %1 s").arg(timeoutSeconds());
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError: e.kind = ApiError::Kind::Timeout; break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = ApiError::Kind::Tls;
        if (!m_tlsErrors.isEmpty())
            e.message = m_tlsErrors;
        retryable = false;
        certainlyNotSent = true;
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = ApiError::Kind::Network;
        retryable = false;
        certainlyNotSent = true;
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = ApiError::Kind::Network;
        retryable = true; // refused before a byte of the request was written: safe for a POST too
        certainlyNotSent = true;
        break;
    case QNetworkReply::ProtocolFailure: e.kind = ApiError::Kind::BadResponse; break;
    default:
        e.kind = m_tlsErrors.isEmpty() ? ApiError::Kind::Network : ApiError::Kind::Tls;
        if (!m_tlsErrors.isEmpty()) {
            e.message = m_tlsErrors;
            retryable = false;
            certainlyNotSent = true;
        }
        break;
    }
    if (isPost && !certainlyNotSent) {
        reReadAfter(e);
        return;
    }
    if (retryable)
        retryOrFail(e, -1);
    else
        finish(e);
}

void ApiReply::reReadAfter(const ApiError &why)
{
    if (!m_client) {
        finish(why);
        return;
    }
    m_uncertain = why;
    m_reRead.reset(m_client->get(m_url));
    ApiReply *reRead = m_reRead.get();
    connect(reRead, &ApiReply::retrying, this, &ApiReply::retrying);
    connect(reRead, &ApiReply::finished, this, [this] {
        ApiReply *done = m_reRead.release();
        done->deleteLater(); // it is emitting this signal
        if (done->error().isError()) {
            ApiError e = m_uncertain;
            e.detail = tr("whether it took effect is unknown: re-reading it failed too (%1)")
                           .arg(done->error().userMessage());
            finish(e);
            return;
        }
        m_httpStatus = done->httpStatus();
        m_body = done->takeBody();
        m_reReadDone = true;
        finish({});
    });
}

void ApiReply::retryOrFail(ApiError error, qint64 serverDelayMs)
{
    if (!m_client) {
        finish(error);
        return;
    }
    const RetryPolicy &policy = m_client->settings().retry;
    qint64 delay;
    if (serverDelayMs >= 0) {
        delay = serverDelayMs; // Retry-After is the server's word: honour it
    } else {
        // Exponential backoff with full jitter: uniform in [0, min(cap, base * 2^(attempt-1))].
        const double ceiling = std::min<double>(
            policy.maxDelayMs, policy.baseDelayMs * std::pow(2.0, m_attempts - 1));
        delay = qint64(QRandomGenerator::global()->bounded(ceiling + 1.0));
    }
    const bool attemptsLeft = m_attempts < policy.maxAttempts;
    const bool timeLeft = m_clock.elapsed() + delay <= policy.maxTotalMs;
    // The whole client waits with this request after a 429, or when the server said how long.
    if (attemptsLeft && timeLeft
        && (error.kind == ApiError::Kind::RateLimited || serverDelayMs >= 0))
        m_client->gate()->closeFor(delay);
    if (!attemptsLeft || !timeLeft) {
        const QString seconds = QString::number(m_clock.elapsed() / 1000.0, 'f', 1);
        error.detail = m_attempts == 1 ? tr("1 attempt over %1 s").arg(seconds)
                                       : tr("%1 attempts over %2 s").arg(m_attempts).arg(seconds);
        if (!timeLeft && serverDelayMs >= 0)
            error.detail += tr("; the server asked to wait %1 s more")
                                .arg(serverDelayMs / 1000.0, 0, 'f', 0);
        finish(error);
        return;
    }
    Q_EMIT retrying(m_attempts, delay, error);
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void ApiReply::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    // A server may echo what it was sent (an Authorization header, the token) in its error text.
    if (m_client && m_error.isError()) {
        const Credentials &credentials = m_client->settings().credentials;
        m_error.message = credentials.redact(m_error.message);
        m_error.moreInfo = credentials.redact(m_error.moreInfo);
        m_error.detail = credentials.redact(m_error.detail);
        m_uncertain.message = credentials.redact(m_uncertain.message);
    }
    if (m_error.isError() && m_error.detail.isEmpty())
        m_error.detail = pathOf(m_url);
    else if (m_error.isError())
        m_error.detail = pathOf(m_url) + u": "_s + m_error.detail;
    Q_EMIT finished();
}

} // namespace flowscope
