#pragma once

// One question asked of Studio: a flow's executions created in [from, to), page by page.
// Validated before any request is sent; builds the first page's URL with every '+' encoded.

#include "api/apierror.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace flowscope {

struct ExecutionQuery
{
    static constexpr int kMinPageSize = 1;
    static constexpr int kMaxPageSize = 1000;
    static constexpr int kDefaultPageSize = 50;
    // Studio keeps executions this many days: what is older is only in an archive.
    static constexpr int kStudioKeepsDays = 30;

    QString flowSid;
    QDateTime from; // invalid: unbounded; inclusive
    QDateTime to; // invalid: unbounded; exclusive
    int pageSize = kDefaultPageSize;
    // Only executions still active: Studio v2's list with its status filter, which the server
    // applies (v1 has none), so forty stuck ones among a million cost a few pages, not a crawl.
    bool activeOnly = false;
    // Listed through Studio v2, whose executions say the revision they ran on (flow_version).
    bool withRevision = false;

    // kind None when the query may be sent; otherwise InvalidInput with a sentence saying why.
    ApiError validate() const;
    // origin + /v1/Flows/{flowSid}/Executions?DateCreatedFrom=…&DateCreatedTo=…&PageSize=…
    // (/v2/… withRevision, /v2/…?status=active&… when activeOnly)
    QUrl firstPageUrl(const QUrl &origin) const;

    friend bool operator==(const ExecutionQuery &a, const ExecutionQuery &b)
    {
        return a.flowSid == b.flowSid && a.from == b.from && a.to == b.to
            && a.pageSize == b.pageSize && a.activeOnly == b.activeOnly
            && a.withRevision == b.withRevision;
    }
};

// ISO 8601 as people type it on a command line: "2026-11-01T09:00:00Z", "…+05:30", "…-08:00";
// without an offset the time is local; a date alone is local midnight. Fractions are dropped.
// Returns an invalid QDateTime for anything else, and for a local time the clocks skipped (then
// *inLocalGap is true: 02:30 on the night clocks go from 02:00 to 03:00 does not exist there).
QDateTime parseTimeArgument(const QString &text, bool *inLocalGap = nullptr);

// "2026-11-01T09:00:00+05:30" (or "Z"): the instant with the offset it was given in.
QString formatIsoWithOffset(const QDateTime &time);

} // namespace flowscope
