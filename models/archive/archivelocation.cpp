#include "archivelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

const QStringList kArchiveSslModes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s,
    u"verify-ca"_s, u"verify-full"_s };

std::optional<ArchiveLocation> parsePostgres(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = ArchiveLocation::tr(
            "'%1' is not a PostgreSQL URL such as postgresql://user@host:5432/database")
                     .arg(QUrl(text).toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    ArchiveLocation location;
    location.kind = ArchiveLocation::Kind::Postgres;
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/')) {
        *error = ArchiveLocation::tr(
            "the PostgreSQL URL names no database: postgresql://user@host:5432/database");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != u"sslmode"_s) {
            *error = ArchiveLocation::tr("the PostgreSQL URL may only say sslmode, not '%1'")
                         .arg(name);
            return std::nullopt;
        }
        if (!kArchiveSslModes.contains(value)) {
            *error = ArchiveLocation::tr("sslmode '%1' is not one of %2")
                         .arg(value, kArchiveSslModes.join(u", "_s));
            return std::nullopt;
        }
        location.sslMode = value;
    }
    return location;
}

} // namespace

QString ArchiveLocation::display() const
{
    if (isSqlite())
        return u"sqlite:"_s + path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    if (!sslMode.isEmpty())
        url.setQuery(u"sslmode="_s + sslMode);
    return url.toDisplayString();
}

std::optional<ArchiveLocation> ArchiveLocation::parse(const QString &text, QString *error)
{
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s))
        return parsePostgres(text, error);
    if (text.startsWith(u"sqlite:"_s)) {
        const QString path = text.mid(7);
        if (path.isEmpty()) {
            *error = ArchiveLocation::tr("sqlite: needs a file: sqlite:/path/to/archive.db");
            return std::nullopt;
        }
        ArchiveLocation location;
        location.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return location;
    }
    *error = ArchiveLocation::tr(
        "'%1' names no archive: give sqlite:PATH or postgresql://USER@HOST:PORT/DB")
                 .arg(QUrl(text).toDisplayString(QUrl::RemovePassword));
    return std::nullopt;
}

ArchiveLocation ArchiveLocation::defaultFor(const QString &profile)
{
    QString name = profile.isEmpty() ? u"default"_s : profile;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    ArchiveLocation location;
    location.path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/flowscope/archive-"_s + name + u".db"_s;
    return location;
}

} // namespace flowscope
