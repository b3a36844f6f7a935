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

// An origin: scheme, host and port. Plain http only for loopback hosts.
class ApiOrigin
{
public:
    ApiOrigin() = default;

    static ApiOrigin twilio(const QString &region = {}, const QString &edge = {});
    // Parses --base-url / FLOWSCOPE_BASE_URL. nullopt with *error when unusable.
    static std::optional<ApiOrigin> fromBaseUrl(const QString &text, QString *error);
    // --base-url, then FLOWSCOPE_BASE_URL, then TWILIO_REGION / TWILIO_EDGE, then Twilio's default.
    static std::optional<ApiOrigin> resolve(
        const QString &baseUrlOption, const QProcessEnvironment &env, QString *error);

    QUrl url() const { return m_url; }
    bool isValid() const { return m_url.isValid() && !m_url.host().isEmpty(); }
    // Same scheme, host and port (default ports made explicit).
    bool matches(const QUrl &url) const;
    QString toString() const { return m_url.toString(); }

    static bool isLoopbackHost(const QString &host);

private:
    QUrl m_url;
};

} // namespace flowscope
