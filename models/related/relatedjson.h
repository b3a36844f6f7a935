#pragma once

// What Twilio kept beside an execution, for a file or a ticket: {"messages": […], "calls": […],
// "alerts": […]}, each entry the resource exactly as the API returned it with "step" (the SID of
// the step it is pinned to, or null) and "widget" put first — an alert also "probable" — and one
// that could not be read {"sid", "step", "widget", "available": false, "reason"}. Alerts are null
// when they could not be listed (a key without Debugger access: "alerts_unavailable" says why).

#include "relatedfetch.h"

#include <QByteArray>

#include <optional>

namespace flowscope {

QByteArray relatedJson(const RelatedResources &related);

// And back, as the archive keeps it: each entry pinned again to its step (by SID among the steps,
// oldest first), the resources read as they were; nullopt (and *error) when it is not that JSON.
std::optional<RelatedResources> relatedFromJson(const QByteArray &json, const QString &flowSid,
    const QString &executionSid, const QList<Step> &steps, QString *error);

} // namespace flowscope
