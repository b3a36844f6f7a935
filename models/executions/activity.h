#pragma once

// The loaded rows counted per time bucket for the activity chart: by status, and failed once
// their outcomes are known. A pass over the compact rows (no QString per row unless outcomes are
// known), so 100,000 rows recount in a few milliseconds.

#include "outcome/timebuckets.h"

#include <QMap>

#include <vector>

namespace flowscope {

class ExecutionsModel;

struct ActivityBucket
{
    qint64 ended = 0; // not failed (or not known to have)
    qint64 active = 0; // not failed (or not known to have)
    qint64 failed = 0; // known to have failed, whatever the status
    qint64 other = 0; // a status FlowScope does not know

    qint64 total() const { return ended + active + failed + other; }
};

struct Activity
{
    TimeBuckets buckets;
    std::vector<ActivityBucket> counts; // one per bucket
    qint64 counted = 0; // rows in a bucket
    qint64 outside = 0; // loaded rows outside the range (or without a time)
    qint64 analysed = 0; // rows whose outcome is known
    // The same rows per revision of the flow they ran on (0: not said), one count per bucket:
    // the chart stacked by revision.
    QMap<int, std::vector<qint64>> byRevision;
};

// The loaded rows created in [fromMs, toMs): how many, how many analysed, how many of those
// failed — a publish's failure rate before and after it.
struct FailureCount
{
    qint64 executions = 0;
    qint64 analysed = 0;
    qint64 failed = 0;
};
FailureCount countFailures(const ExecutionsModel &model, qint64 fromMs, qint64 toMs);

// The model's loaded rows in buckets of [fromMs, toMs) as the zone's clock reads them; the size
// is chosen from the range's length.
Activity countActivity(
    const ExecutionsModel &model, qint64 fromMs, qint64 toMs, const QTimeZone &zone);
// Adds the stored rows from `first` on to an activity counted before over the same range: after
// a page was appended, its rows alone rather than every row again (the chart's recount while
// 200,000 rows load).
void countRows(const ExecutionsModel &model, qsizetype first, Activity &activity);

} // namespace flowscope
