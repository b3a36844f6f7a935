#pragma once

// The one place that talks HTTP to Twilio (Studio, and the core API and Monitor beside it).
// StudioClient builds every request (Basic auth, User-Agent, Accept, transfer timeout, a redirect
// policy that never leaves the origin) and holds the gate every request waits at after a 429;
// ApiReply is one logical request that retries what is safe to retry and ends with a body or an
// ApiError.

#include "apierror.h"
#include "connection.h"
#include "requestgate.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <array>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace flowscope {

struct RetryPolicy
{
    int maxAttempts = 6;
    int baseDelayMs = 500; // exponential backoff with full jitter from here…
    int maxDelayMs = 30'000; // …up to here
    int maxTotalMs = 180'000; // no request, retries included, runs longer than this
    int gateJitterMs = 200; // requests that waited at the gate start within this of its opening
};

struct ClientSettings
{
    ApiOrigin origin = ApiOrigin::twilio();
    Credentials credentials;
    int transferTimeoutMs = 30'000; // no byte for this long: a timeout
    RetryPolicy retry;
    qint64 maxBodyBytes = 1024LL * 1024 * 1024;
};

class ApiReply;

class StudioClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioClient)

public:
    explicit StudioClient(QObject *parent = nullptr);
    ~StudioClient() override;

    // Replacing the settings (another account, another origin) invalidates nothing already sent;
    // models listen to settingsChanged() and reset themselves.
    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }
    QUrl origin() const { return m_settings.origin.url(); }

    // The caller owns the reply (delete it, or let a std::unique_ptr do so: deleting aborts).
    // A URL on another origin is refused without a request: credentials never leave the origin.
    ApiReply *get(const QUrl &url);
    ApiReply *post(const QUrl &url, const QByteArray &form);

    QUrl flowsUrl(int pageSize = 1000) const;
    QUrl executionUrl(const QString &flowSid, const QString &executionSid) const;
    QUrl executionContextUrl(const QString &flowSid, const QString &executionSid) const;
    QUrl stepsUrl(const QString &flowSid, const QString &executionSid, int pageSize = 1000) const;
    QUrl stepContextUrl(
        const QString &flowSid, const QString &executionSid, const QString &stepSid) const;
    // Studio v2: a flow with its current definition, one revision of it, an execution with the
    // revision it ran on (flow_version).
    QUrl flowV2Url(const QString &flowSid) const;
    QUrl flowRevisionUrl(const QString &flowSid, int revision) const;
    QUrl flowRevisionsUrl(const QString &flowSid, int pageSize = 50) const; // newest first
    QUrl executionV2Url(const QString &flowSid, const QString &executionSid) const;
    // v2 steps carry parent_step_sid (a subflow's steps point at the step that ran it).
    QUrl stepsV2Url(const QString &flowSid, const QString &executionSid, int pageSize = 1000) const;
    // Around Studio, on their own hosts (api.…, monitor.…): a Message (SM/MM) or Call (CA) of the
    // account, Monitor's alerts list over [start, end] (both ends included, as Monitor reads
    // them; logLevel empty: every level) and one alert with its request and response.
    QUrl messageUrl(const QString &messageSid) const;
    QUrl callUrl(const QString &callSid) const;
    QUrl alertsUrl(const QDateTime &start, const QDateTime &end, const QString &logLevel = {},
        int pageSize = 1000) const;
    QUrl alertUrl(const QString &alertSid) const;

    static QByteArray userAgent();
    // The next of the client's network managers, in turn. Qt 6.4 opens at most six HTTP/1.1
    // connections per host and manager, which would silently cap a search's eight requests in
    // flight at six, and the outcomes' sixteen at twelve with two; over HTTP/2 (Twilio) each
    // manager multiplexes them on one connection anyway.
    QNetworkAccessManager *network();
    // Closed by a 429 (or a 503 with Retry-After) for as long as the server asked: no request of
    // this client starts meanwhile.
    RequestGate *gate() const { return m_gate; }

Q_SIGNALS:
    void settingsChanged();
    // An attempt went out on the network (retries included), as it left: for tests and counters.
    void requestStarted(const QByteArray &verb, const QUrl &url);

private:
    friend class ApiReply;
    QNetworkRequest makeRequest(const QUrl &url) const;
    QUrl path(const QByteArray &encodedPath,
        ApiOrigin::Service service = ApiOrigin::Service::Studio) const;

    std::array<QNetworkAccessManager *, 3> m_networks; // children
    size_t m_nextNetwork = 0;
    RequestGate *m_gate; // child
    ClientSettings m_settings;
};

// A GET is retried after 429, 5xx, resets, cut-off bodies and timeouts. A POST is sent again only
// when the server certainly did nothing with it (a 429 or a 503, a connection refused); after an
// uncertain outcome (a cut-off 2xx, a reset, a timeout, a 500, 502 or 504) it is never repeated:
// the same URL is re-read with a GET and the reply finishes with that body, wasReRead() true and
// uncertainty() saying why, so that the caller decides from the resource whether it took effect.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    // Stops at once and for good; finished() is not emitted afterwards.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    QUrl url() const { return m_url; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    bool wasReRead() const { return m_reReadDone; }
    const ApiError &uncertainty() const { return m_uncertain; }

Q_SIGNALS:
    void finished();
    // A failed attempt will be retried after delayMs; reason says why (for a status line).
    void retrying(int attempt, qint64 delayMs, const flowscope::ApiError &reason);

private:
    friend class StudioClient;
    ApiReply(StudioClient *client, QByteArray verb, QUrl url, QByteArray body);

    void startAttempt();
    void attemptFinished();
    bool ownAbortFinished(); // finished, when we aborted the attempt ourselves
    void succeeded(QNetworkReply *reply, QByteArray body);
    void httpFailed(QNetworkReply *reply, const QByteArray &body);
    void transportFailed(QNetworkReply *reply);
    QString timeoutSeconds() const;
    void finish(ApiError error);
    // Retries when the policy allows; otherwise finishes with the error.
    void retryOrFail(ApiError error, qint64 serverDelayMs);
    // A POST the server may have acted on: re-read the resource instead of sending it again.
    void reReadAfter(const ApiError &why);
    void abortAttempt();

    QPointer<StudioClient> m_client;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_requestBody;
    QNetworkReply *m_reply = nullptr; // the current attempt, owned
    std::unique_ptr<ApiReply> m_reRead; // the GET after an uncertain POST
    QMetaObject::Connection m_gateWait; // waiting for the client's gate to open
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QByteArray m_received; // the attempt's body so far, read as it arrives
    ApiError m_error;
    enum class AbortReason { None, ForeignRedirect, TooLarge };
    AbortReason m_abortReason = AbortReason::None; // why we aborted the current attempt ourselves
    QString m_abortDetail;
    QString m_tlsErrors;
    ApiError m_uncertain;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_reReadDone = false;
};

// std::unique_ptr<ApiReply, DeleteLater>: aborts and deletes when the owner lets go.
struct ApiReplyDeleter
{
    void operator()(ApiReply *reply) const;
};
using ApiReplyPtr = std::unique_ptr<ApiReply, ApiReplyDeleter>;

// Retry-After as seconds ("120") or an HTTP-date in any of the three forms RFC 9110 requires a
// recipient to read (IMF-fixdate, RFC 850, asctime); milliseconds from now, or -1 when absent or
// invalid.
qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace flowscope
