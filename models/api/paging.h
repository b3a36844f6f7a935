#pragma once

// The rule every list walk obeys: follow meta.next_page_url verbatim, only on the configured
// origin (credentials never go elsewhere), and never to a page already fetched (a loop).

#include "apierror.h"
#include "connection.h"

#include <QSet>
#include <QUrl>

namespace flowscope {

// An invalid QUrl when there is no next page (empty text) or when it must not be followed; in
// the latter case *error says why.
QUrl checkedNextPageUrl(const QString &nextPageUrl, const ApiOrigin &origin,
    const QSet<QString> &fetched, ApiError *error);
// The key checkedNextPageUrl compares pages by.
inline QString pageKey(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace flowscope
