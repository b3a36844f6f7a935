#pragma once

// The sandbox's HTTP vocabulary, shared by its routes: JSON written by hand (a page of 1,000
// executions must cost well under a millisecond), Twilio's error bodies, form decoding, and
// Twilio's paging — opaque, unforgeable page tokens over runs of keys, and the list envelope with
// its meta. Private to the sandbox's server files.

#include "sandboxdata.h"
#include "sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sandbox {

using Header = std::pair<QByteArray, QByteArray>;

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;

void appendJsonString(QByteArray &out, QByteArrayView utf8);

class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }
    ~JsonObjectWriter() { m_out += '}'; }
    Q_DISABLE_COPY_MOVE(JsonObjectWriter)

    QByteArray &key(const char *name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
        return m_out;
    }
    void string(const char *name, const QByteArray &utf8) { appendJsonString(key(name), utf8); }
    void text(const char *name, const QString &s) { appendJsonString(key(name), s.toUtf8()); }
    void nullableString(const char *name, const QByteArray &utf8)
    {
        if (utf8.isEmpty())
            key(name) += "null";
        else
            string(name, utf8);
    }
    void date(const char *name, qint64 secs)
    {
        if (secs == 0)
            key(name) += "null";
        else
            string(name, isoUtc(secs));
    }
    void raw(const char *name, QByteArrayView json) { key(name).append(json.data(), json.size()); }
    void integer(const char *name, qint64 v) { key(name) += QByteArray::number(v); }

private:
    QByteArray &m_out;
    bool m_first = true;
};

QByteArray moreInfo(int code);
QByteArray compactJson(const QJsonObject &object);
// application/x-www-form-urlencoded, decoded as a real server decodes it: '+' is a space.
QHash<QString, QString> decodeForm(QByteArrayView encoded);
QByteArray encodeParam(const QString &value);
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
QByteArray randomSecret(int length);
QByteArray randomHex(int length);
const char *reasonPhrase(int status);

// ---- paging --------------------------------------------------------------------------------
//
// Every list is a run of keys [lo, hi) listed from hi - 1 down to lo. A PageToken carries the key
// the page starts at plus a MAC binding it to the resource, so a token is opaque, cannot be forged
// and keeps paging exact (keyset paging, as Twilio's tokens are).

struct PageWindow
{
    qint64 first = 0; // key of the first item listed (the highest)
    qint64 count = 0; // items first, first - 1, ...
    std::optional<qint64> next;
    std::optional<qint64> previous;
};

QByteArray makeToken(quint64 seed, const QByteArray &resource, qint64 key);
std::optional<qint64> readToken(quint64 seed, const QByteArray &resource, const QString &token);
PageWindow pageWindow(qint64 lo, qint64 hi, int pageSize, std::optional<qint64> start);
// Writes the list envelope around already-serialised items.
QByteArray listEnvelope(const char *key, const QByteArray &items, const QByteArray &base,
    const QByteArray &filters, const PageWindow &window, int pageSize, int page,
    const QString &token, quint64 seed);

struct SandboxServer::Reply
{
    int status = 200;
    QByteArray body;
    QList<Header> headers;
    QByteArray contentType = "application/json; charset=utf-8";

    static Reply json(QByteArray body) { return Reply { 200, std::move(body), {} }; }
    // What a Wi-Fi portal or a corporate proxy answers in Twilio's place: 200, and not JSON.
    static Reply signInPage()
    {
        return Reply { 200,
            "<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head>"
            "<body><h1>Sign in to continue</h1><form method=\"post\" action=\"/login\">"
            "<input name=\"user\"><input name=\"password\" type=\"password\">"
            "<button>Sign in</button></form></body></html>\n",
            {}, "text/html; charset=utf-8" };
    }
    static Reply error(int status, int code, const QString &message)
    {
        QByteArray body;
        {
            JsonObjectWriter w(body);
            w.integer("code", code);
            w.text("message", message);
            w.string("more_info", moreInfo(code));
            w.integer("status", status);
        }
        return Reply { status, std::move(body), {} };
    }
};

struct SandboxServer::Query
{
    QHash<QString, QString> params;
    int pageSize = kDefaultPageSize;
    int page = 0;
    QString pageToken;
};

// One request on its way through the routes: its path's parts, its version and what it asks.
struct SandboxServer::Route
{
    const QHttpServerRequest &request;
    QStringList parts; // parts[0] is the empty string before the leading slash
    QByteArray origin;
    QByteArray version; // "v1" or "v2"
    bool get = false;
    bool post = false;
    Query query;

    Reply notFound() const
    {
        return Reply::error(404, 20404,
            QStringLiteral("The requested resource %1 was not found").arg(request.url().path()));
    }
    static Reply methodNotAllowed()
    {
        return Reply::error(405, 20004, QStringLiteral("Method not allowed"));
    }
};

} // namespace sandbox
