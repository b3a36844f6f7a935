#include "activity.h"

#include "executionsmodel.h"

#include <vector>

namespace flowscope {

Activity countActivity(
    const ExecutionsModel &model, qint64 fromMs, qint64 toMs, const QTimeZone &zone)
{
    Activity activity;
    activity.buckets = TimeBuckets(TimeBuckets::sizeFor(toMs - fromMs), fromMs, toMs, zone);
    activity.counts.resize(size_t(activity.buckets.count()));
    countRows(model, 0, activity);
    return activity;
}

void countRows(const ExecutionsModel &model, qsizetype first, Activity &activity)
{
    const ExecutionStore &store = model.store();
    const qsizetype rows = store.size();
    for (qsizetype row = first; row < rows; ++row) {
        const ExecutionRow &r = store.row(row);
        const qsizetype bucket = activity.buckets.indexOf(r.createdMs);
        if (bucket < 0) {
            ++activity.outside;
            continue;
        }
        ++activity.counted;
        std::vector<qint64> &revision = activity.byRevision[int(r.flowVersion)];
        if (revision.empty())
            revision.resize(activity.counts.size());
        ++revision[size_t(bucket)];
        ActivityBucket &c = activity.counts[size_t(bucket)];
        // The known outcomes as the model marks them on their rows: no lookup by SID here.
        const ExecutionsModel::Known known = model.knownOutcome(row);
        if (known != ExecutionsModel::Known::No) {
            ++activity.analysed;
            if (known == ExecutionsModel::Known::Failed) {
                ++c.failed;
                continue;
            }
        }
        switch (r.status) {
        case ExecutionStatus::Ended: ++c.ended; break;
        case ExecutionStatus::Active: ++c.active; break;
        case ExecutionStatus::Unknown: ++c.other; break;
        }
    }
}

FailureCount countFailures(const ExecutionsModel &model, qint64 fromMs, qint64 toMs)
{
    FailureCount count;
    const ExecutionStore &store = model.store();
    for (qsizetype row = 0; row < store.size(); ++row) {
        const qint64 created = store.row(row).createdMs;
        if (created == kNoTime || created < fromMs || created >= toMs)
            continue;
        ++count.executions;
        const ExecutionsModel::Known known = model.knownOutcome(row);
        count.analysed += known != ExecutionsModel::Known::No ? 1 : 0;
        count.failed += known == ExecutionsModel::Known::Failed ? 1 : 0;
    }
    return count;
}

} // namespace flowscope
