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

QString TextFormat::localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString TextFormat::localTimeOrDash(const QDateTime &utc)
{
    return utc.isValid() ? localTime(utc) : tr("—");
}

} // namespace flowscope
