#pragma once

// The one way FlowScope reads a value out of JSON text by path: a Studio (Liquid) variable path
// as an author writes it — widgets.http_1.parsed.items[0].id, flow.data["first name"] — of
// which a plain member name ("status") is the simplest case.

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <string>

namespace flowscope {

// The path as a JSON pointer (/widgets/http_1/parsed/items/0/id); false when it is not a path.
bool liquidToPointer(const QString &path, std::string *pointer);

// The value at the path as a cell shows it: a string unescaped, null or missing as empty, a
// top-level number or literal exactly as written, anything else as compact JSON.
QString jsonTextAt(const QByteArray &json, const QString &path);

// The same with the JSON type of the value, for a cell that keeps it (a workbook's).
struct JsonCell
{
    enum class Kind { Missing, String, Number, Bool, Other }; // Missing: also null
    Kind kind = Kind::Missing;
    QString text; // as jsonTextAt gives it
};
JsonCell jsonCellAt(const QByteArray &json, const QString &path);

// A member of the path, as a Studio variable names it: prefix.key, or prefix["key"] for a key a
// dot would split (spaces, dots, quotes…); the key alone when the prefix is empty.
QString memberPath(const QString &prefix, const QString &key);

// Any JSON value as compact JSON text ("Hi" with its quotes, 200, {"a":1}); empty for undefined.
QString compactJson(const QJsonValue &value);

// Every leaf of a value by its Studio variable path (members as memberPath() writes them, array
// items as [n]); an empty object or array is a leaf of its own. The paths sort as QMap sorts.
QMap<QString, QJsonValue> leafPaths(const QJsonValue &value, const QString &prefix = {});

// True when any string value of the JSON text — at any depth: a message body, a speech result,
// an HTTP response — contains the text, in any case. False for text that is not JSON.
bool anyStringContains(const QByteArray &json, const QString &text);

} // namespace flowscope
