#include "paging.h"

#include <QCoreApplication>

namespace flowscope {

QUrl checkedNextPageUrl(const QString &nextPageUrl, const ApiOrigin &origin,
    const QSet<QString> &fetched, ApiError *error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Paging", text); };
    if (nextPageUrl.isEmpty())
        return {};
    const QUrl next = QUrl::fromEncoded(nextPageUrl.toUtf8(), QUrl::StrictMode);
    if (!next.isValid() || next.isRelative()) {
        *error = ApiError::badResponse(tr("meta.next_page_url is not an absolute URL"));
        return {};
    }
    if (!origin.matches(next)) {
        *error = ApiError::refused(
            tr("Stopped: the next page is on %1, not on the configured origin %2. Credentials are "
               "never sent to another origin.")
                .arg(next.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                    origin.toString()));
        return {};
    }
    if (fetched.contains(pageKey(next))) {
        *error = ApiError::refused(
            tr("Stopped: the server sent a next page that was already loaded (a paging loop)."));
        return {};
    }
    return next;
}

} // namespace flowscope
