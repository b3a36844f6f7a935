#pragma once

// Where FlowScope talks to and as whom: the API origin (Twilio's, a region/edge of it, or a
// loopback sandbox) and the credentials, read from the environment as twilio-cli reads them.
// Credentials have no QDebug operator and no toString: a secret cannot end up in a log by accident.

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace flowscope {

struct Credentials
{
    QString accountSid; // AC…
    QString username; // the Account SID, or an API key SID (SK…)
    QString secret; // Auth Token or API key secret

    bool isApiKey() const { return username.startsWith(QLatin1String("SK")); }
    // Checks the SID patterns and that the secret is usable; an explanation in *why otherwise.
    bool isValid(QString *why = nullptr) const;
    QByteArray authorizationHeader() const; // "Basic …"
    // The text with the secret and the Authorization value (as a server may echo them in an
    // error body) replaced by "[redacted]".
    QString redact(QString text) const;

    static Credentials authToken(const QString &accountSid, const QString &token);
    static Credentials apiKey(
        const QString &accountSid, const QString &keySid, const QString &secret);
    // TWILIO_API_KEY + TWILIO_API_SECRET (+ TWILIO_ACCOUNT_SID) win over TWILIO_ACCOUNT_SID +
    // TWILIO_AUTH_TOKEN. nullopt when neither pair is set; *error when a set pair is invalid.
    static std::optional<Credentials> fromEnvironment(
        const QProcessEnvironment &env, QString *error);
};

// Where the APIs are: Studio's origin, and the two FlowScope reads beside it — the core API
// (2010-04-01 Messages and Calls) and Monitor (Debugger alerts). Twilio's are three hosts of one
// region and edge (studio., api., monitor.…twilio.com); a base URL (a sandbox, a proxy) serves
// all three at one origin, since their paths do not clash. Credentials go to these and no other.
// Plain http only for loopback hosts.
class ApiOrigin
{
public:
    enum class Service { Studio, Api, Monitor };

    ApiOrigin() = default;

    static ApiOrigin twilio(const QString &region = {}, const QString &edge = {});
    // Parses --base-url / FLOWSCOPE_BASE_URL. nullopt with *error when unusable.
    static std::optional<ApiOrigin> fromBaseUrl(const QString &text, QString *error);
    // --base-url, then FLOWSCOPE_BASE_URL, then TWILIO_REGION / TWILIO_EDGE, then Twilio's default.
    static std::optional<ApiOrigin> resolve(
        const QString &baseUrlOption, const QProcessEnvironment &env, QString *error);

    // The origin of a service (Studio's by default).
    QUrl url(Service service = Service::Studio) const;
    bool isValid() const { return m_url.isValid() && !m_url.host().isEmpty(); }
    // Same scheme, host and port (default ports made explicit) as one of the services' origins.
    bool matches(const QUrl &url) const;
    // Studio's origin: what a person configured.
    QString toString() const { return m_url.toString(); }
    // Every origin credentials may go to, for a message: "https://studio.twilio.com,
    // https://api.twilio.com, https://monitor.twilio.com", or the one base URL.
    QString describe() const;

    static bool isLoopbackHost(const QString &host);
    // Same scheme, host and port, default ports made explicit.
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    QUrl m_url; // Studio
    QUrl m_api; // empty: at m_url
    QUrl m_monitor; // empty: at m_url
};

} // namespace flowscope
