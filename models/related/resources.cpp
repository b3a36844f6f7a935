#include "resources.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// The object of a resource body, or false with why.
bool objectOf(const QByteArray &json, QJsonObject *object, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("RelatedResources", "not JSON: %1")
                     .arg(parse.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("RelatedResources", "not a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

QString text(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// An integer as Twilio writes it in one place or another: a number, or digits in a string.
int integer(const QJsonObject &object, QStringView key, int missing)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toInt(missing);
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    return ok ? n : missing;
}

// The SID member, which must have the expected prefix and 32 hex digits.
bool sidOf(const QJsonObject &object, const QStringList &prefixes, QString *sid, QString *error)
{
    const QString value = text(object, u"sid");
    for (const QString &prefix : prefixes) {
        if (value.size() == 34 && value.startsWith(prefix)) {
            *sid = value;
            return true;
        }
    }
    *error = QCoreApplication::translate("RelatedResources", "its 'sid' is not a %1 SID")
                 .arg(prefixes.join(u'/'));
    return false;
}

} // namespace

bool RelatedMessage::notDelivered() const
{
    return status == u"undelivered"_s || status == u"failed"_s;
}

bool RelatedCall::notConnected() const
{
    return status == u"busy"_s || status == u"no-answer"_s || status == u"failed"_s
        || status == u"canceled"_s;
}

QDateTime parseRfc2822(const QString &text)
{
    const QDateTime when = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    return when.isValid() ? when.toUTC() : QDateTime();
}

bool readMessage(const QByteArray &json, RelatedMessage *message, QString *error)
{
    QJsonObject o;
    if (!objectOf(json, &o, error) || !sidOf(o, { u"SM"_s, u"MM"_s }, &message->sid, error))
        return false;
    message->found = true;
    message->gone = false;
    message->status = text(o, u"status");
    message->errorCode = integer(o, u"error_code", 0);
    message->errorMessage = text(o, u"error_message");
    message->direction = text(o, u"direction");
    message->to = text(o, u"to");
    message->from = text(o, u"from");
    message->dateSent = parseRfc2822(text(o, u"date_sent"));
    message->segments = integer(o, u"num_segments", -1);
    message->raw = json;
    return true;
}

bool readCall(const QByteArray &json, RelatedCall *call, QString *error)
{
    QJsonObject o;
    if (!objectOf(json, &o, error) || !sidOf(o, { u"CA"_s }, &call->sid, error))
        return false;
    call->found = true;
    call->gone = false;
    call->status = text(o, u"status");
    call->durationSeconds = integer(o, u"duration", -1);
    call->answeredBy = text(o, u"answered_by");
    call->direction = text(o, u"direction");
    call->to = text(o, u"to");
    call->from = text(o, u"from");
    call->startTime = parseRfc2822(text(o, u"start_time"));
    call->raw = json;
    return true;
}

bool readAlert(const QByteArray &json, RelatedAlert *alert, QString *error, bool detailed)
{
    QJsonObject o;
    if (!objectOf(json, &o, error) || !sidOf(o, { u"NO"_s }, &alert->sid, error))
        return false;
    alert->errorCode = integer(o, u"error_code", 0);
    alert->logLevel = text(o, u"log_level").toLower();
    alert->alertText = text(o, u"alert_text");
    alert->resourceSid = text(o, u"resource_sid");
    alert->serviceSid = text(o, u"service_sid");
    alert->requestUrl = text(o, u"request_url");
    alert->requestMethod = text(o, u"request_method");
    alert->dateGenerated = QDateTime::fromString(text(o, u"date_generated"), Qt::ISODate);
    if (!alert->dateGenerated.isValid())
        alert->dateGenerated = QDateTime::fromString(text(o, u"date_created"), Qt::ISODate);
    alert->moreInfo = text(o, u"more_info");
    if (detailed) {
        alert->requestVariables = text(o, u"request_variables");
        alert->responseBody = text(o, u"response_body");
        alert->responseHeaders = text(o, u"response_headers");
        alert->detailed = true;
    }
    alert->raw = json;
    return true;
}

} // namespace flowscope
