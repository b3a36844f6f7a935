#include "executionquery.h"

#include "api/sid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace flowscope {

ApiError ExecutionQuery::validate() const
{
    if (flowSid.isEmpty())
        return ApiError::invalidInput(
            QCoreApplication::translate("ExecutionQuery", "Pick a flow first."));
    if (!isSid(flowSid, "FW"))
        return ApiError::invalidInput(QCoreApplication::translate("ExecutionQuery",
            "'%1' is not a flow SID: it must be FW followed by 32 hexadecimal digits.")
                                          .arg(flowSid));
    if ((!from.isNull() && !from.isValid()) || (!to.isNull() && !to.isValid()))
        return ApiError::invalidInput(
            QCoreApplication::translate("ExecutionQuery", "The date range is not a valid time."));
    if (from.isValid() && to.isValid() && from >= to)
        return ApiError::invalidInput(QCoreApplication::translate(
            "ExecutionQuery", "The start of the range must be before its end."));
    if (pageSize < kMinPageSize || pageSize > kMaxPageSize)
        return ApiError::invalidInput(QCoreApplication::translate(
            "ExecutionQuery", "The page size must be from 1 to 1000, not %1.")
                                          .arg(pageSize));
    return {};
}

QUrl ExecutionQuery::firstPageUrl(const QUrl &origin) const
{
    QByteArray query = activeOnly ? "status=active&" : "";
    // QUrlQuery leaves '+' alone, which a server decodes as a space: encode every value ourselves.
    if (from.isValid())
        query += "DateCreatedFrom=" + QUrl::toPercentEncoding(formatIsoWithOffset(from)) + '&';
    if (to.isValid())
        query += "DateCreatedTo=" + QUrl::toPercentEncoding(formatIsoWithOffset(to)) + '&';
    query += "PageSize=" + QByteArray::number(pageSize);
    const QByteArray base
        = origin.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    return QUrl::fromEncoded(base + (activeOnly || withRevision ? "/v2/Flows/" : "/v1/Flows/")
            + QUrl::toPercentEncoding(flowSid) + "/Executions?" + query,
        QUrl::StrictMode);
}

QString formatIsoWithOffset(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const QDateTime wall = time.toOffsetFromUtc(offset);
    QString text = wall.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (offset == 0 && time.timeSpec() == Qt::UTC)
        return text + u'Z';
    const int minutes = std::abs(offset) / 60;
    text += offset < 0 ? u'-' : u'+';
    text += QString::number(minutes / 60).rightJustified(2, u'0') + u':'
        + QString::number(minutes % 60).rightJustified(2, u'0');
    return text;
}

QDateTime parseTimeArgument(const QString &input, bool *inLocalGap)
{
    if (inLocalGap)
        *inLocalGap = false;
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$)"_s);
    const auto m = pattern.match(input.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid() || (m.captured(4).isEmpty() && !m.captured(7).isEmpty()))
        return {};
    const QString zone = m.captured(7);
    if (zone.isEmpty()) {
        // A wall time the clocks skipped (02:30 on a spring-forward night) is no time at all.
        const QDateTime local(date, time, Qt::LocalTime);
        const bool gap = !local.isValid() || local.time() != time || local.date() != date;
        if (inLocalGap)
            *inLocalGap = gap;
        return gap ? QDateTime() : local;
    }
    if (zone == u"Z"_s)
        return QDateTime(date, time, Qt::UTC);
    const QString digits = QString(zone.mid(1)).remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.mid(2).toInt();
    if (hours > 23 || minutes > 59)
        return {};
    const int offset = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace flowscope
