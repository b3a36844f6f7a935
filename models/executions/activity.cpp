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

} // namespace flowscope
