#include "jsonerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace flowscope {

namespace {

struct Ending
{
    bool inString = false;
    qsizetype openContainers = 0; // '{' and '[' not yet closed at the end of the text
};

// A structural pass that respects strings and escapes; brackets closed too often (an error of its
// own kind) do not count as open.
Ending endingOf(QByteArrayView json)
{
    Ending ending;
    bool escaped = false;
    for (const char c : json) {
        if (ending.inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                ending.inString = false;
        } else if (c == '"') {
            ending.inString = true;
        } else if (c == '{' || c == '[') {
            ++ending.openContainers;
        } else if ((c == '}' || c == ']') && ending.openContainers > 0) {
            --ending.openContainers;
        }
    }
    return ending;
}

} // namespace

QString describeInvalidJson(QByteArrayView json, const QString &parserMessage)
{
    const QByteArrayView trimmed = json.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("JsonError", "not valid JSON: it is empty");
    if (trimmed.startsWith('<'))
        return QCoreApplication::translate(
            "JsonError", "not valid JSON: it looks like an HTML or XML page");
    const Ending ending = endingOf(trimmed);
    const QString size = QLocale().toString(json.size());
    if (ending.inString)
        return QCoreApplication::translate("JsonError",
            "not valid JSON: it ends after %1 bytes in the middle of a string (cut off on "
            "the way?)")
            .arg(size);
    if (ending.openContainers == 1)
        return QCoreApplication::translate("JsonError",
            "not valid JSON: it ends after %1 bytes with an object or array still open "
            "(cut off on the way?)")
            .arg(size);
    if (ending.openContainers > 1)
        return QCoreApplication::translate("JsonError",
            "not valid JSON: it ends after %1 bytes with %2 objects or arrays still open "
            "(cut off on the way?)")
            .arg(size, QLocale().toString(ending.openContainers));
    QString reason = parserMessage.trimmed();
    if (reason.endsWith(u'.'))
        reason.chop(1);
    if (!reason.isEmpty())
        reason[0] = reason[0].toLower();
    return reason.isEmpty()
        ? QCoreApplication::translate("JsonError", "not valid JSON")
        : QCoreApplication::translate("JsonError", "not valid JSON: %1").arg(reason);
}

} // namespace flowscope
