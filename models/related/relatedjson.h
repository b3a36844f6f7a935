#pragma once

// What Twilio kept beside an execution, for a file or a ticket: {"messages": […], "calls": […],
// "alerts": […]}, each entry the resource exactly as the API returned it with "step" (the SID of
// the step it is pinned to, or null) and "widget" put first — an alert also "probable" — and one
// that could not be read {"sid", "step", "widget", "available": false, "reason"}. Alerts are null
// when they could not be listed (a key without Debugger access: "alerts_unavailable" says why).

#include "relatedfetch.h"

#include <QByteArray>

namespace flowscope {

QByteArray relatedJson(const RelatedResources &related);

} // namespace flowscope
