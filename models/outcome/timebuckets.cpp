#include "timebuckets.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
constexpr qint64 kMinute = 60'000;

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step < 0 ? q - 1 : q) * step;
}

// The start of the bucket holding ms: a multiple of the step on the zone's clock.
qint64 clockFloor(qint64 ms, qint64 step, const QTimeZone &zone)
{
    const qint64 offset
        = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, zone))) * 1000;
    return floorTo(ms + offset, step) - offset;
}

qint64 localMidnight(qint64 ms, const QTimeZone &zone, int addDays)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, zone).date().addDays(addDays);
    // A day that starts in a DST gap starts when the clock jumps: Qt moves the time forward.
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}
} // namespace

std::optional<BucketSize> bucketSizeFromName(const QString &name)
{
    if (name == u"5m"_s)
        return BucketSize::FiveMinutes;
    if (name == u"hour"_s)
        return BucketSize::Hour;
    if (name == u"day"_s)
        return BucketSize::Day;
    return std::nullopt;
}

QString bucketSizeName(BucketSize size)
{
    switch (size) {
    case BucketSize::FiveMinutes: return u"5m"_s;
    case BucketSize::Hour: return u"hour"_s;
    case BucketSize::Day: break;
    }
    return u"day"_s;
}

qint64 nominalBucketMs(BucketSize size)
{
    switch (size) {
    case BucketSize::FiveMinutes: return 5 * kMinute;
    case BucketSize::Hour: return 60 * kMinute;
    case BucketSize::Day: break;
    }
    return 24 * 60 * kMinute;
}

TimeBuckets::TimeBuckets(BucketSize size, qint64 fromMs, qint64 toMs, const QTimeZone &zone)
    : m_size(size)
{
    if (fromMs >= toMs)
        return;
    const qint64 step = nominalBucketMs(size);
    qint64 start
        = size == BucketSize::Day ? localMidnight(fromMs, zone, 0) : clockFloor(fromMs, step, zone);
    if (start > fromMs) // a midnight that does not exist moved forward past the range's start
        start = localMidnight(fromMs, zone, -1);
    m_starts.reserve(size_t((toMs - start) / step + 2));
    m_starts.push_back(start);
    while (m_starts.back() < toMs) {
        const qint64 at = m_starts.back();
        qint64 next = size == BucketSize::Day ? localMidnight(at, zone, 1)
                                              : clockFloor(at + step, step, zone);
        if (next <= at) // the clock went back (DST ends) inside the step: the next mark on it
            next = clockFloor(at + 2 * step, step, zone);
        m_starts.push_back(std::max(next, at + kMinute));
    }
}

qsizetype TimeBuckets::indexOf(qint64 ms) const
{
    if (m_starts.size() < 2 || ms < m_starts.front() || ms >= m_starts.back())
        return -1;
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), ms);
    return qsizetype(it - m_starts.cbegin()) - 1;
}

BucketSize TimeBuckets::sizeFor(qint64 rangeMs)
{
    if (rangeMs <= 6 * 60 * kMinute)
        return BucketSize::FiveMinutes;
    if (rangeMs <= 4 * 24 * 60 * kMinute)
        return BucketSize::Hour;
    return BucketSize::Day;
}

} // namespace flowscope
