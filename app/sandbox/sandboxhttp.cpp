#include "sandboxhttp.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

quint64 tokenMac(quint64 seed, const QByteArray &resourceUrl, qint64 key)
{
    // Bound to the path, not the origin: a token stays valid whichever loopback alias is used.
    const QByteArrayView resource
        = QByteArrayView(resourceUrl)
              .sliced(std::max<qsizetype>(
                  0, std::max(resourceUrl.indexOf("/v1/"), resourceUrl.indexOf("/v2/"))));
    quint64 h = seed ^ 0x6a09e667f3bcc908ULL;
    for (const char c : resource)
        h = (h ^ uchar(c)) * 0x100000001b3ULL;
    h ^= quint64(key) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 32);
}

} // namespace

// ---- JSON output, written by hand: a page of 1000 executions must cost well under a millisecond.

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype clean = 0;
    for (qsizetype k = 0; k < utf8.size(); ++k) {
        const uchar c = uchar(utf8[k]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + clean, k - clean);
        clean = k + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(utf8.data() + clean, utf8.size() - clean);
    out += '"';
}

QByteArray moreInfo(int code)
{
    return "https://www.twilio.com/docs/errors/" + QByteArray::number(code);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// application/x-www-form-urlencoded, decoded as a real server decodes it: '+' is a space.
QHash<QString, QString> decodeForm(QByteArrayView encoded)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : encoded.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (!out.contains(key))
            out.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

QByteArray encodeParam(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    uchar diff = 0;
    for (qsizetype k = 0; k < a.size(); ++k)
        diff |= uchar(a[k]) ^ uchar(b[k]);
    return diff == 0;
}

QByteArray randomSecret(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray out(length, Qt::Uninitialized);
    for (char &c : out)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)];
    return out;
}

QByteArray randomHex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out(length, Qt::Uninitialized);
    for (char &c : out)
        c = digits[QRandomGenerator::system()->bounded(16)];
    return out;
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

QByteArray makeToken(quint64 seed, const QByteArray &resource, qint64 key)
{
    QByteArray raw(12, Qt::Uninitialized);
    const quint64 mac = tokenMac(seed, resource, key);
    const quint64 masked = quint64(key) ^ tokenMac(seed, resource, -1); // opaque, not just base64
    for (int k = 0; k < 8; ++k)
        raw[k] = char(masked >> (56 - 8 * k));
    for (int k = 0; k < 4; ++k)
        raw[8 + k] = char(mac >> (24 - 8 * k));
    return "PT" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<qint64> readToken(quint64 seed, const QByteArray &resource, const QString &token)
{
    if (!token.startsWith(u"PT"_s))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(token.mid(2).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 12)
        return std::nullopt;
    quint64 key = 0;
    quint32 mac = 0;
    for (int k = 0; k < 8; ++k)
        key = (key << 8) | uchar(decoded.decoded[k]);
    for (int k = 0; k < 4; ++k)
        mac = (mac << 8) | uchar(decoded.decoded[8 + k]);
    key ^= tokenMac(seed, resource, -1);
    if (quint32(tokenMac(seed, resource, qint64(key))) != mac)
        return std::nullopt;
    return qint64(key);
}

PageWindow pageWindow(qint64 lo, qint64 hi, int pageSize, std::optional<qint64> start)
{
    PageWindow w;
    w.first = std::min(start.value_or(hi - 1), hi - 1);
    w.count = std::max<qint64>(0, std::min<qint64>(pageSize, w.first - lo + 1));
    const qint64 last = w.first - w.count + 1;
    if (w.count > 0 && last - 1 >= lo)
        w.next = last - 1;
    if (w.first < hi - 1 && hi > lo)
        w.previous = std::min(hi - 1, w.first + pageSize);
    return w;
}

QByteArray listEnvelope(const char *key, const QByteArray &items, const QByteArray &base,
    const QByteArray &filters, const PageWindow &window, int pageSize, int page,
    const QString &token, quint64 seed)
{
    const QByteArray sizeParam = "PageSize=" + QByteArray::number(pageSize);
    const auto pageUrl = [&](int pageNo, const QByteArray &pageToken) {
        QByteArray url = base + '?' + filters + sizeParam + "&Page=" + QByteArray::number(pageNo);
        if (!pageToken.isEmpty())
            url += "&PageToken=" + pageToken;
        return url;
    };
    QByteArray out;
    out.reserve(items.size() + 1024);
    {
        JsonObjectWriter w(out);
        w.key(key) += '[';
        out += items;
        out += ']';
        JsonObjectWriter meta(w.key("meta"));
        meta.integer("page", page);
        meta.integer("page_size", pageSize);
        meta.string("first_page_url", pageUrl(0, {}));
        meta.nullableString("previous_page_url",
            window.previous
                ? pageUrl(std::max(0, page - 1), makeToken(seed, base, *window.previous))
                : QByteArray());
        meta.string("url", pageUrl(page, QUrl::toPercentEncoding(token)));
        meta.nullableString("next_page_url",
            window.next ? pageUrl(page + 1, makeToken(seed, base, *window.next)) : QByteArray());
        meta.string("key", key);
    }
    return out;
}

} // namespace sandbox
