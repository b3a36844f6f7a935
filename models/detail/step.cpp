#include "step.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

QStringList studioFailureEvents()
{
    return { u"failed"_s, u"fail"_s, u"timeout"_s, u"deliveryFailure"_s, u"callFailure"_s,
        u"failedToEnqueue"_s, u"noAnswer"_s, u"busy"_s };
}

QList<qsizetype> stepOrder(const QList<ListItem> &listed)
{
    // The API lists newest first: reversed, steps of the same second keep the order they happened
    // in; then by time, stably. A step without a readable time sorts first, where it was listed.
    QList<std::pair<qint64, qsizetype>> keyed; // date_created in ms, index
    keyed.reserve(listed.size());
    for (qsizetype k = listed.size() - 1; k >= 0; --k) {
        const QDateTime created = QDateTime::fromString(
            listed[k].object.value(u"date_created"_s).toString(), Qt::ISODate);
        keyed.emplace_back(
            created.isValid() ? created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
            k);
    }
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<qsizetype> order;
    order.reserve(keyed.size());
    for (const auto &entry : keyed)
        order << entry.second;
    return order;
}

QList<Step> stepsOf(const QList<ListItem> &listed)
{
    QList<Step> steps;
    steps.reserve(listed.size());
    for (const qsizetype k : stepOrder(listed)) {
        const QJsonObject &item = listed[k].object;
        Step step;
        step.sid = item.value(u"sid"_s).toString();
        step.name = item.value(u"name"_s).toString();
        step.transitionedFrom = item.value(u"transitioned_from"_s).toString();
        step.transitionedTo = item.value(u"transitioned_to"_s).toString();
        step.type = item.value(u"type"_s).toString();
        step.parentStepSid = item.value(u"parent_step_sid"_s).toString();
        step.created = QDateTime::fromString(item.value(u"date_created"_s).toString(), Qt::ISODate);
        step.updated = QDateTime::fromString(item.value(u"date_updated"_s).toString(), Qt::ISODate);
        steps.append(step);
    }
    return steps;
}

} // namespace flowscope
