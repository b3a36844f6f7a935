#include "openapivalidator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

OpenApiValidator::OpenApiValidator(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_error = u"%1 is not a JSON object: %2"_s.arg(path, parseError.errorString());
        return;
    }
    m_document = doc.object();
}

QJsonObject OpenApiValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int depth = 0; depth < 16 && current.contains(u"$ref"_s); ++depth) {
        const QString ref = current.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/"_s))
            return {};
        QJsonValue node = m_document;
        for (const QString &part : ref.mid(2).split(u'/'))
            node = node.toObject().value(part);
        current = node.toObject();
    }
    return current;
}

QJsonObject OpenApiValidator::componentSchema(const QString &name) const
{
    return m_document.value(u"components"_s)
        .toObject()
        .value(u"schemas"_s)
        .toObject()
        .value(name)
        .toObject();
}

QJsonArray OpenApiValidator::parameters(const QString &path, const QString &method) const
{
    return m_document.value(u"paths"_s)
        .toObject()
        .value(path)
        .toObject()
        .value(method)
        .toObject()
        .value(u"parameters"_s)
        .toArray();
}

QJsonObject OpenApiValidator::responseSchema(const QString &path, const QString &method) const
{
    const QJsonObject responses = m_document.value(u"paths"_s)
                                      .toObject()
                                      .value(path)
                                      .toObject()
                                      .value(method)
                                      .toObject()
                                      .value(u"responses"_s)
                                      .toObject();
    for (const QString &code : { u"200"_s, u"201"_s }) {
        if (responses.contains(code)) {
            return responses.value(code)
                .toObject()
                .value(u"content"_s)
                .toObject()
                .value(u"application/json"_s)
                .toObject()
                .value(u"schema"_s)
                .toObject();
        }
    }
    return {};
}

QStringList OpenApiValidator::validate(
    const QJsonValue &value, const QJsonObject &rawSchema, const QString &where) const
{
    const QJsonObject schema = resolve(rawSchema);
    if (schema.isEmpty())
        return {}; // "any": context objects

    QStringList errors;
    if (value.isNull() || value.isUndefined()) {
        if (!schema.value(u"nullable"_s).toBool())
            errors << u"%1: null, but the schema is not nullable"_s.arg(where);
        return errors;
    }

    const QString type = schema.value(u"type"_s).toString();
    if (type == u"string"_s) {
        if (!value.isString())
            return { u"%1: expected a string"_s.arg(where) };
        const QString s = value.toString();
        if (schema.contains(u"minLength"_s) && s.size() < schema.value(u"minLength"_s).toInt())
            errors << u"%1: '%2' is shorter than %3"_s.arg(where, s).arg(
                schema.value(u"minLength"_s).toInt());
        if (schema.contains(u"maxLength"_s) && s.size() > schema.value(u"maxLength"_s).toInt())
            errors << u"%1: '%2' is longer than %3"_s.arg(where, s).arg(
                schema.value(u"maxLength"_s).toInt());
        if (schema.contains(u"pattern"_s)
            && !QRegularExpression(schema.value(u"pattern"_s).toString()).match(s).hasMatch())
            errors << u"%1: '%2' does not match %3"_s.arg(
                where, s, schema.value(u"pattern"_s).toString());
        const QString format = schema.value(u"format"_s).toString();
        if (format == u"date-time"_s) {
            static const QRegularExpression iso(
                uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)"_s);
            if (!iso.match(s).hasMatch() || !QDateTime::fromString(s, Qt::ISODate).isValid())
                errors << u"%1: '%2' is not an ISO 8601 date-time"_s.arg(where, s);
        } else if (format == u"date-time-rfc-2822"_s) {
            // The core API's dates: "Fri, 24 May 2019 17:18:27 +0000".
            static const QRegularExpression rfc(
                uR"(^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$)"_s);
            if (!rfc.match(s).hasMatch() || !QDateTime::fromString(s, Qt::RFC2822Date).isValid())
                errors << u"%1: '%2' is not an RFC 2822 date"_s.arg(where, s);
        } else if (format == u"uri"_s) {
            const QUrl url(s, QUrl::StrictMode);
            if (!url.isValid() || url.isRelative() || url.host().isEmpty())
                errors << u"%1: '%2' is not an absolute URI"_s.arg(where, s);
        }
    } else if (type == u"integer"_s) {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            errors << u"%1: expected an integer"_s.arg(where);
    } else if (type == u"number"_s) {
        if (!value.isDouble())
            errors << u"%1: expected a number"_s.arg(where);
    } else if (type == u"boolean"_s) {
        if (!value.isBool())
            errors << u"%1: expected a boolean"_s.arg(where);
    } else if (type == u"array"_s) {
        if (!value.isArray())
            return { u"%1: expected an array"_s.arg(where) };
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value(u"items"_s).toObject();
        for (qsizetype k = 0; k < array.size(); ++k)
            errors << validate(array.at(k), items, u"%1[%2]"_s.arg(where).arg(k));
    } else if (type == u"object"_s || schema.contains(u"properties"_s)) {
        if (!value.isObject())
            return { u"%1: expected an object"_s.arg(where) };
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        if (schema.value(u"format"_s).toString() == u"uri-map"_s) {
            // Absolute URIs (Studio), or paths from the root (the core API's subresources).
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString text = it.value().toString();
                const QUrl url(text, QUrl::StrictMode);
                if (!it.value().isString() || !url.isValid()
                    || (url.isRelative() && !text.startsWith(u'/')))
                    errors << u"%1.%2: not an absolute URI or path"_s.arg(where, it.key());
            }
        }
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!object.contains(it.key()))
                errors << u"%1: missing field '%2'"_s.arg(where, it.key());
            else
                errors << validate(
                    object.value(it.key()), it.value().toObject(), where + u'.' + it.key());
        }
        if (!properties.isEmpty()) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!properties.contains(it.key()))
                    errors << u"%1: field '%2' is not in the document"_s.arg(where, it.key());
            }
        }
    }

    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        errors << u"%1: %2 is not one of the enum's values"_s.arg(
            where, value.toVariant().toString());
    return errors;
}
