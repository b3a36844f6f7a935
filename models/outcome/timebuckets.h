#pragma once

// Time cut into buckets of 5 minutes, an hour or a day as a clock in a time zone reads them:
// hours and 5-minute marks where the zone's clock shows them (at :30 UTC in India), days from
// local midnight to midnight — 23 or 25 hours long across a DST change. Used for the summary
// (UTC) and the activity chart (local time); a time is found in O(log buckets).

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace flowscope {

enum class BucketSize { FiveMinutes, Hour, Day };

// "5m", "hour", "day" (what --by takes), or nullopt.
std::optional<BucketSize> bucketSizeFromName(const QString &name);
QString bucketSizeName(BucketSize size);
qint64 nominalBucketMs(BucketSize size);

class TimeBuckets
{
public:
    TimeBuckets() = default;
    // Every bucket that holds a moment of [fromMs, toMs); none when the range is empty.
    TimeBuckets(BucketSize size, qint64 fromMs, qint64 toMs, const QTimeZone &zone);

    BucketSize size() const { return m_size; }
    qsizetype count() const { return m_starts.empty() ? 0 : qsizetype(m_starts.size()) - 1; }
    qint64 startOf(qsizetype bucket) const { return m_starts[size_t(bucket)]; }
    qint64 endOf(qsizetype bucket) const { return m_starts[size_t(bucket) + 1]; }
    // The bucket that holds ms, or -1 outside every bucket.
    qsizetype indexOf(qint64 ms) const;
    // The same buckets: every moment falls in the same one of each.
    bool operator==(const TimeBuckets &other) const
    {
        return m_size == other.m_size && m_starts == other.m_starts;
    }

    // The size that shows a range in a readable number of buckets: 5 minutes up to 6 hours,
    // hours up to 4 days, days beyond.
    static BucketSize sizeFor(qint64 rangeMs);

private:
    BucketSize m_size = BucketSize::Hour;
    std::vector<qint64> m_starts; // each bucket's start, then the last one's end
};

} // namespace flowscope
