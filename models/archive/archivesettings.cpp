#include "archivesettings.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace flowscope {

namespace {

QString groupOf(const QString &profile)
{
    // A profile name may hold '/', which QSettings reads as a group: it is kept percent-encoded.
    return QStringLiteral("archive/")
        + QString::fromLatin1(
            QUrl::toPercentEncoding(profile.isEmpty() ? QStringLiteral("default") : profile));
}

} // namespace

std::optional<ArchiveLocation> ArchiveSettings::where(const QString &profile, QString *error) const
{
    if (location.trimmed().isEmpty())
        return ArchiveLocation::defaultFor(profile);
    return ArchiveLocation::parse(location.trimmed(), error);
}

ArchiveSettings ArchiveSettings::load(const QString &profile)
{
    QSettings settings;
    settings.beginGroup(groupOf(profile));
    ArchiveSettings s;
    s.enabled = settings.value(QStringLiteral("enabled"), false).toBool();
    s.location = settings.value(QStringLiteral("location")).toString();
    s.keepDays = std::max(0, settings.value(QStringLiteral("keepDays"), kDefaultKeepDays).toInt());
    s.syncMinutes = std::clamp(
        settings.value(QStringLiteral("syncMinutes"), kDefaultSyncMinutes).toInt(), 1, 24 * 60);
    s.related = settings.value(QStringLiteral("related"), false).toBool();
    return s;
}

void ArchiveSettings::save(const QString &profile) const
{
    QSettings settings;
    settings.beginGroup(groupOf(profile));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("location"), location);
    settings.setValue(QStringLiteral("keepDays"), keepDays);
    settings.setValue(QStringLiteral("syncMinutes"), syncMinutes);
    settings.setValue(QStringLiteral("related"), related);
}

} // namespace flowscope
