#include "connection.h"

#include "sid.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace flowscope {

bool Credentials::isValid(QString *why) const
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!isSid(accountSid, "AC"))
        return fail(QCoreApplication::translate(
            "Connection", "The Account SID must be AC followed by 32 hexadecimal digits."));
    if (username != accountSid && !isSid(username, "SK"))
        return fail(QCoreApplication::translate(
            "Connection", "The API key SID must be SK followed by 32 hexadecimal digits."));
    if (secret.isEmpty())
        return fail(isApiKey()
                ? QCoreApplication::translate("Connection", "The API key secret is empty.")
                : QCoreApplication::translate("Connection", "The Auth Token is empty."));
    for (const QChar c : secret) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return fail(QCoreApplication::translate("Connection",
                "The secret contains spaces or characters a Twilio secret never has."));
    }
    return true;
}

QByteArray Credentials::authorizationHeader() const
{
    return "Basic " + QString(username + u':' + secret).toUtf8().toBase64();
}

QString Credentials::redact(QString text) const
{
    const QString header = QString::fromLatin1(authorizationHeader());
    const QString encoded = header.mid(6); // after "Basic "
    // Longest first, so that "Basic <encoded>" goes as one piece. A secret too short to be a real
    // one would only blank out innocent text.
    for (const QString &value : { header, encoded, secret }) {
        if (value.size() >= 8)
            text.replace(value, QStringLiteral("[redacted]"));
    }
    return text;
}

Credentials Credentials::authToken(const QString &accountSid, const QString &token)
{
    const QString account = canonicalSid(accountSid, "AC"); // its hex in either case, as typed
    return Credentials { account, account, token };
}

Credentials Credentials::apiKey(
    const QString &accountSid, const QString &keySid, const QString &secret)
{
    return Credentials { canonicalSid(accountSid, "AC"), canonicalSid(keySid, "SK"), secret };
}

std::optional<Credentials> Credentials::fromEnvironment(
    const QProcessEnvironment &env, QString *error)
{
    const QString account = env.value(u"TWILIO_ACCOUNT_SID"_s).trimmed();
    const QString key = env.value(u"TWILIO_API_KEY"_s).trimmed();
    const QString keySecret = env.value(u"TWILIO_API_SECRET"_s);
    const QString token = env.value(u"TWILIO_AUTH_TOKEN"_s);

    std::optional<Credentials> found;
    if (!key.isEmpty() || !keySecret.isEmpty()) {
        if (account.isEmpty() || key.isEmpty() || keySecret.isEmpty()) {
            *error = QCoreApplication::translate("Connection",
                "TWILIO_API_KEY and TWILIO_API_SECRET need TWILIO_ACCOUNT_SID as well.");
            return std::nullopt;
        }
        found = apiKey(account, key, keySecret);
    } else if (!account.isEmpty() || !token.isEmpty()) {
        if (account.isEmpty() || token.isEmpty()) {
            *error = QCoreApplication::translate("Connection",
                "Set both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and "
                "TWILIO_API_SECRET).");
            return std::nullopt;
        }
        found = authToken(account, token);
    } else {
        return std::nullopt;
    }
    QString why;
    if (!found->isValid(&why)) {
        *error = QCoreApplication::translate("Connection", "Credentials in the environment: %1")
                     .arg(why);
        return std::nullopt;
    }
    return found;
}

// ---------------------------------------------------------------------------------------------

ApiOrigin ApiOrigin::twilio(const QString &region, const QString &edge)
{
    // As the Twilio SDKs do: an edge without a region means region us1.
    QString suffix;
    const QString r = region.isEmpty() && !edge.isEmpty() ? u"us1"_s : region;
    if (!edge.isEmpty())
        suffix += u'.' + edge;
    if (!r.isEmpty())
        suffix += u'.' + r;
    suffix += u".twilio.com"_s;
    const auto at = [&suffix](const QString &product) {
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost((product + suffix).toLower());
        return url;
    };
    ApiOrigin origin;
    origin.m_url = at(u"studio"_s);
    origin.m_api = at(u"api"_s);
    origin.m_monitor = at(u"monitor"_s);
    return origin;
}

QUrl ApiOrigin::url(Service service) const
{
    switch (service) {
    case Service::Studio: break;
    case Service::Api: return m_api.isEmpty() ? m_url : m_api;
    case Service::Monitor: return m_monitor.isEmpty() ? m_url : m_monitor;
    }
    return m_url;
}

QString ApiOrigin::describe() const
{
    if (m_api.isEmpty() && m_monitor.isEmpty())
        return m_url.toString();
    return QStringList { m_url.toString(), url(Service::Api).toString(),
        url(Service::Monitor).toString() }
        .join(u", "_s);
}

bool ApiOrigin::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiOrigin> ApiOrigin::fromBaseUrl(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto fail = [&](const QString &why) {
        *error
            = QCoreApplication::translate("Connection", "Invalid base URL '%1': %2").arg(text, why);
        return std::nullopt;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate(
            "Connection", "it needs a scheme and a host, like https://studio.twilio.com"));
    if (!url.userInfo().isEmpty())
        return fail(
            QCoreApplication::translate("Connection", "credentials do not belong in a URL"));
    if (url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != u"/"_s))
        return fail(QCoreApplication::translate(
            "Connection", "give only the origin (scheme, host and port), without a path"));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http"_s) {
        if (!isLoopbackHost(url.host()))
            return fail(QCoreApplication::translate(
                "Connection", "plain http is only allowed for loopback hosts; use https"));
    } else if (scheme != u"https"_s) {
        return fail(QCoreApplication::translate(
            "Connection", "the scheme must be https (or http for a loopback host)"));
    }
    ApiOrigin origin;
    origin.m_url.setScheme(scheme);
    origin.m_url.setHost(url.host().toLower());
    if (url.port() != -1)
        origin.m_url.setPort(url.port());
    return origin;
}

std::optional<ApiOrigin> ApiOrigin::resolve(
    const QString &baseUrlOption, const QProcessEnvironment &env, QString *error)
{
    if (!baseUrlOption.isEmpty())
        return fromBaseUrl(baseUrlOption, error);
    const QString fromEnv = env.value(u"FLOWSCOPE_BASE_URL"_s);
    if (!fromEnv.isEmpty())
        return fromBaseUrl(fromEnv, error);
    static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"_s);
    const QString region = env.value(u"TWILIO_REGION"_s).trimmed().toLower();
    const QString edge = env.value(u"TWILIO_EDGE"_s).trimmed().toLower();
    for (const QString &part : { region, edge }) {
        if (!part.isEmpty() && !label.match(part).hasMatch()) {
            *error = QCoreApplication::translate("Connection",
                "TWILIO_REGION / TWILIO_EDGE must be plain names like us1 or sydney, not '%1'")
                         .arg(part);
            return std::nullopt;
        }
    }
    return twilio(region, edge);
}

bool ApiOrigin::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) {
        return u.port(u.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.isValid() && b.isValid() && !a.host().isEmpty()
        && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

bool ApiOrigin::matches(const QUrl &url) const
{
    return sameOrigin(url, m_url) || (!m_api.isEmpty() && sameOrigin(url, m_api))
        || (!m_monitor.isEmpty() && sameOrigin(url, m_monitor));
}

} // namespace flowscope
