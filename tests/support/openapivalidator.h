#pragma once

// Validates JSON values against the schemas of an OpenAPI 3 document (the subset Twilio's Studio
// document uses: $ref, type, nullable, enum, pattern, min/maxLength, format date-time and uri,
// properties, items). Strict: every declared property must be present, and nothing undeclared.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

class OpenApiValidator final
{
public:
    // Loads the document; isValid() is false (with errorString()) when it cannot be read.
    explicit OpenApiValidator(const QString &path);

    bool isValid() const { return !m_document.isEmpty(); }
    QString errorString() const { return m_error; }

    // The JSON schema of a 2xx response: path as in the document ("/v1/Flows/{Sid}"), method "get".
    QJsonObject responseSchema(const QString &path, const QString &method) const;
    QJsonObject componentSchema(const QString &name) const;
    // The parameters of an operation, as declared.
    QJsonArray parameters(const QString &path, const QString &method) const;

    // Empty when value conforms; otherwise one line per violation, naming its JSON path.
    QStringList validate(const QJsonValue &value, const QJsonObject &schema,
        const QString &where = QStringLiteral("$")) const;

private:
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_document;
    QString m_error;
};
