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
    const ExecutionStore &store = model.store();
    const OutcomeCache *outcomes = model.outcomeCache();
    const qsizetype rows = store.size();
    // The known outcomes marked on their rows: a pass over the outcomes (usually far fewer than
    // the rows), not a lookup by SID text per row.
    enum : quint8 { NotKnown, Known, Failed };
    std::vector<quint8> marks;
    if (outcomes && outcomes->size() > 0) {
        marks.assign(size_t(rows), NotKnown);
        outcomes->forEachKnown([&](const QString &sid, const Outcome &outcome) {
            const qsizetype row = store.indexOf(sid); // where it is stored, as the pass below
            if (row >= 0)
                marks[size_t(row)] = outcome.failed() ? Failed : Known;
        });
    }
    for (qsizetype row = 0; row < rows; ++row) {
        const ExecutionRow &r = store.row(row);
        const qsizetype bucket = activity.buckets.indexOf(r.createdMs);
        if (bucket < 0) {
            ++activity.outside;
            continue;
        }
        ++activity.counted;
        ActivityBucket &c = activity.counts[size_t(bucket)];
        if (!marks.empty() && marks[size_t(row)] != NotKnown) {
            ++activity.analysed;
            if (marks[size_t(row)] == Failed) {
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
    return activity;
}

} // namespace flowscope
