#include "textformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace flowscope {

QString TextFormat::duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 10'000 && ms % 1000 != 0)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 1000 ? 2 : 1));
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
}

namespace {

// The locale's date and time format (dateTimeFormat's doc), worked out from its parts.
QString formatFor(const QLocale &locale, bool seconds)
{
    if (locale.language() == QLocale::C)
        return seconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s;
    // A two-digit year is ambiguous in an archive that spans years.
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(u"yyyy"_s))
        date.replace(u"yy"_s, u"yyyy"_s);
    // The short time has no seconds, which tell apart the steps of one minute: they go after
    // the minutes, with the locale's separator (the long format adds the zone's name instead).
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (const qsizetype minutes = time.indexOf(u"mm"_s);
        seconds && minutes > 0 && !time.contains(u's')) {
        const QChar separator = time.at(minutes - 1).isLetter() ? u':' : time.at(minutes - 1);
        time.insert(minutes + 2, QString(separator) + u"ss"_s);
    }
    return date + u' ' + time;
}

} // namespace

QString TextFormat::dateTimeFormat(bool seconds)
{
    // Every table cell of a time asks: worked out once per locale (it changes only when
    // QLocale::setDefault is called), per thread.
    struct Cached
    {
        QLocale locale = QLocale::c();
        QString withSeconds = formatFor(locale, true);
        QString withoutSeconds = formatFor(locale, false);
    };
    thread_local Cached cached;
    if (const QLocale locale; locale != cached.locale)
        cached = Cached { locale, formatFor(locale, true), formatFor(locale, false) };
    return seconds ? cached.withSeconds : cached.withoutSeconds;
}

QString TextFormat::localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), dateTimeFormat()) : QString();
}

QString TextFormat::localTimeOrDash(const QDateTime &utc)
{
    return utc.isValid() ? localTime(utc) : tr("—");
}

} // namespace flowscope
