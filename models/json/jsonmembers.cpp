#include "jsonmembers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowscope {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void appendMember(QByteArray &object, const QByteArray &name, const QByteArray &value)
{
    const qsizetype close = object.lastIndexOf('}');
    const bool empty = object.left(close).trimmed() == "{";
    object.insert(close, (empty ? "\"" : ",\"") + name + "\":" + value);
}

void prependMember(QByteArray &object, const QByteArray &name, const QByteArray &value)
{
    const qsizetype open = object.indexOf('{');
    const bool empty = object.mid(open + 1).trimmed().startsWith('}');
    object.insert(open + 1, '"' + name + "\":" + value + (empty ? "" : ","));
}

} // namespace flowscope
