// Around Studio: the core API's Messages and Calls (2010-04-01, dates in RFC 2822) and Monitor's
// alerts (v1, listed newest first over StartDate..EndDate and paged as Twilio pages), written field
// by field as Twilio's OpenAPI documents have them.

#include "sandboxhttp.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// "Fri, 24 May 2019 17:18:27 +0000", as the core API writes dates.
QByteArray rfc2822(qint64 secs)
{
    return QLocale::c()
               .toString(
                   QDateTime::fromSecsSinceEpoch(secs, Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss"_s)
               .toLatin1()
        + " +0000";
}

void writeRfcDate(JsonObjectWriter &w, const char *name, qint64 secs)
{
    if (secs == 0)
        w.key(name) += "null";
    else
        w.string(name, rfc2822(secs));
}

// Monitor's dates: YYYY-MM-DD, or YYYY-MM-DDThh:mm:ssZ (an offset is taken too).
bool readMonitorDate(const QString &text, bool end, qint64 *secs)
{
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!day.isValid())
            return false;
        *secs = QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + (end ? 86399 : 0);
        return true;
    }
    return parseIsoDateTime(text.toUtf8(), secs);
}

} // namespace

// /2010-04-01/Accounts/{AC}/Messages/{SM}.json and …/Calls/{CA}.json
SandboxServer::Reply SandboxServer::routeCoreApi(Route &r)
{
    const QStringList &parts = r.parts;
    if (parts.size() != 6 || parts[2] != u"Accounts"_s || !parts[5].endsWith(u".json"_s))
        return r.notFound();
    if (parts[3].toLatin1() != accountSid())
        return Reply::error(
            404, 20404, u"The requested resource %1 was not found"_s.arg(r.request.url().path()));
    if (r.request.method() != QHttpServerRequest::Method::Get)
        return Route::methodNotAllowed();
    const QByteArray sid = parts[5].chopped(5).toLatin1();
    QByteArray body;
    if (parts[4] == u"Messages"_s) {
        const std::optional<MessageRecord> message = m_data.message(sid);
        if (!message || message->gone)
            return r.notFound();
        writeMessage(body, *message);
    } else if (parts[4] == u"Calls"_s) {
        const std::optional<CallRecord> call = m_data.call(sid);
        if (!call || call->gone)
            return r.notFound();
        writeCall(body, *call);
    } else {
        return r.notFound();
    }
    return Reply::json(std::move(body));
}

void SandboxServer::writeMessage(QByteArray &out, const MessageRecord &m) const
{
    const QByteArray uri = "/2010-04-01/Accounts/" + accountSid() + "/Messages/" + m.sid;
    JsonObjectWriter w(out);
    w.text("body", m.body);
    w.string(
        "num_segments", QByteArray::number(std::max<qsizetype>(1, (m.body.size() + 159) / 160)));
    w.string("direction", m.inbound ? "inbound" : "outbound-api");
    w.text("from", m.from);
    w.text("to", m.to);
    writeRfcDate(w, "date_updated", m.dateUpdated);
    if (m.inbound || m.status == u"failed"_s)
        w.key("price") += "null";
    else
        w.string("price", "-0.00790");
    w.key("error_message") += "null";
    w.string("uri", uri + ".json");
    w.string("account_sid", accountSid());
    w.string("num_media", "0");
    w.text("status", m.status);
    w.key("messaging_service_sid") += "null";
    w.string("sid", m.sid);
    writeRfcDate(w, "date_sent", m.dateSent);
    writeRfcDate(w, "date_created", m.dateCreated);
    if (m.errorCode == 0)
        w.key("error_code") += "null";
    else
        w.integer("error_code", m.errorCode);
    w.string("price_unit", "USD");
    w.string("api_version", "2010-04-01");
    JsonObjectWriter links(w.key("subresource_uris"));
    links.string("media", uri + "/Media.json");
    links.string("feedback", uri + "/Feedback.json");
}

void SandboxServer::writeCall(QByteArray &out, const CallRecord &c) const
{
    const QByteArray uri = "/2010-04-01/Accounts/" + accountSid() + "/Calls/" + c.sid;
    JsonObjectWriter w(out);
    w.string("sid", c.sid);
    writeRfcDate(w, "date_created", c.startTime);
    writeRfcDate(w, "date_updated", c.endTime ? c.endTime : c.startTime);
    w.nullableString("parent_call_sid", c.parentCallSid);
    w.string("account_sid", accountSid());
    w.text("to", c.to);
    w.text("to_formatted", c.to);
    w.text("from", c.from);
    w.text("from_formatted", c.from);
    w.key("phone_number_sid") += "null";
    w.text("status", c.status);
    writeRfcDate(w, "start_time", c.startTime);
    writeRfcDate(w, "end_time", c.endTime);
    if (c.duration < 0)
        w.key("duration") += "null";
    else
        w.string("duration", QByteArray::number(c.duration));
    w.key("price") += "null";
    w.string("price_unit", "USD");
    w.text("direction", c.direction);
    w.key("answered_by") += "null";
    w.string("api_version", "2010-04-01");
    w.key("forwarded_from") += "null";
    w.key("group_sid") += "null";
    w.key("caller_name") += "null";
    w.string("queue_time", "0");
    w.key("trunk_sid") += "null";
    w.string("uri", uri + ".json");
    JsonObjectWriter links(w.key("subresource_uris"));
    links.string("notifications", uri + "/Notifications.json");
    links.string("recordings", uri + "/Recordings.json");
}

// /v1/Alerts and /v1/Alerts/{NO}
SandboxServer::Reply SandboxServer::routeAlerts(Route &r)
{
    if (m_options.faults.monitorForbidden)
        return Reply::error(403, 20403, u"Forbidden: the credentials may not read Monitor"_s);
    if (r.request.method() != QHttpServerRequest::Method::Get)
        return Route::methodNotAllowed();
    r.query.params = decodeForm(r.request.url().query(QUrl::FullyEncoded).toUtf8());
    if (r.parts.size() == 3) {
        if (const std::optional<Reply> refused = readListParameters(&r.query))
            return *refused;
        return listAlerts(r.query, r.origin);
    }
    if (r.parts.size() != 4)
        return r.notFound();
    const std::optional<AlertRecord> alert = m_data.alert(r.parts[3].toLatin1());
    if (!alert)
        return r.notFound();
    QByteArray body;
    writeAlert(body, *alert, r.origin, true);
    return Reply::json(std::move(body));
}

SandboxServer::Reply SandboxServer::listAlerts(const Query &query, const QByteArray &origin)
{
    const QByteArray base = origin + "/v1/Alerts";
    // Monitor keeps 30 days; without dates it lists them all.
    qint64 from = m_data.now() - 30 * 86400;
    qint64 to = m_data.now();
    QByteArray filters;
    for (const auto &[name, isEnd] :
        { std::pair { u"StartDate"_s, false }, std::pair { u"EndDate"_s, true } }) {
        if (!query.params.contains(name))
            continue;
        const QString text = query.params.value(name);
        qint64 t = 0;
        if (!readMonitorDate(text, isEnd, &t))
            return Reply::error(400, 20001,
                u"Invalid %1: '%2' is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"_s.arg(name, text));
        (isEnd ? to : from) = t;
        filters += name.toLatin1() + '=' + encodeParam(text) + '&';
    }
    QByteArray level;
    if (query.params.contains(u"LogLevel"_s)) {
        level = query.params.value(u"LogLevel"_s).toLower().toLatin1();
        filters += "LogLevel=" + level + '&';
    }
    QList<AlertRecord> alerts = m_data.alerts(from, to);
    if (!level.isEmpty())
        alerts.removeIf([&level](const AlertRecord &a) { return a.logLevel != level; });
    std::optional<qint64> start;
    if (!query.pageToken.isEmpty()
        && !(start = readToken(m_data.config().seed, base, query.pageToken)))
        return Reply::error(400, 20001, u"Invalid PageToken"_s);
    // Keys count down from the newest: alert k of the list has key (size - 1 - k).
    const qint64 size = alerts.size();
    const PageWindow window = pageWindow(0, size, query.pageSize, start);
    QByteArray items;
    for (qint64 k = 0; k < window.count; ++k) {
        if (k > 0)
            items += ',';
        writeAlert(items, alerts[size - 1 - (window.first - k)], origin, false);
    }
    return Reply::json(listEnvelope("alerts", items, base, filters, window, query.pageSize,
        query.page, query.pageToken, m_data.config().seed));
}

void SandboxServer::writeAlert(
    QByteArray &out, const AlertRecord &a, const QByteArray &origin, bool detailed) const
{
    JsonObjectWriter w(out);
    w.string("account_sid", accountSid());
    w.text("alert_text", a.alertText);
    w.string("api_version", "2010-04-01");
    w.date("date_created", a.dateGenerated);
    w.date("date_generated", a.dateGenerated);
    w.date("date_updated", a.dateGenerated);
    w.string("error_code", QByteArray::number(a.errorCode));
    w.string("log_level", a.logLevel);
    w.string("more_info", moreInfo(a.errorCode));
    w.nullableString("request_method", a.requestMethod);
    w.nullableString("request_url", a.requestUrl.toUtf8());
    if (detailed) {
        w.text("request_variables", a.requestVariables);
        w.text("response_body", a.responseBody);
        w.text("response_headers", a.responseHeaders);
        w.key("request_headers") += "null";
    }
    w.nullableString("resource_sid", a.resourceSid);
    w.string("sid", a.sid);
    w.string("url", origin + "/v1/Alerts/" + a.sid);
    w.nullableString("service_sid", a.serviceSid);
}

} // namespace sandbox
