#include "archive.h"

#include "postgresarchive.h"
#include "sqlcipherarchive.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace flowscope {

std::unique_ptr<Archive> Archive::open(const ArchiveLocation &location, const QByteArray &key,
    const QString &accountSid, bool create, ArchiveError *error)
{
    *error = {};
    if (location.isSqlite())
        return SqlCipherArchive::open(location, key, accountSid, create, error);
    return PostgresArchive::open(location, accountSid, error);
}

QByteArray Archive::newKey()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QString Archive::contactKeyOf(const QString &address)
{
    static const QRegularExpression phone(u"^(?:[a-z]+:)?(\\+[0-9]{6,15})$"_s);
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QRegularExpressionMatch match = phone.match(trimmed);
    return match.hasMatch() ? match.captured(1) : trimmed.toLower();
}

QByteArray Archive::pack(const QByteArray &json)
{
    return json.isEmpty() ? QByteArray() : qCompress(json, 1);
}

QByteArray Archive::unpack(const QByteArray &stored)
{
    return stored.isEmpty() ? QByteArray() : qUncompress(stored);
}

} // namespace flowscope
