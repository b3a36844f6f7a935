#include "pager.h"

#include <QCoreApplication>

namespace flowscope {

namespace {

QString pageKey(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

Pager::Pager(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Pager::~Pager() = default;

void Pager::reset(const QUrl &firstPage)
{
    m_reply.reset();
    m_current.clear();
    m_next = firstPage;
    m_fetched.clear();
    m_error = {};
    m_state = State::Idle;
    m_accepted = 0;
}

void Pager::start(const QUrl &firstPage)
{
    reset(firstPage);
    fetchNext();
}

void Pager::fetchNext()
{
    if (canFetch())
        request(std::exchange(m_next, {}));
}

bool Pager::canRetry() const
{
    return m_state == State::Failed && m_current.isValid() && m_error.isRetryable();
}

void Pager::retry()
{
    if (canRetry())
        request(m_current);
}

void Pager::request(const QUrl &url)
{
    m_current = url;
    m_error = {};
    m_state = State::Fetching;
    m_reply.reset(m_client->get(url));
    connect(m_reply.get(), &ApiReply::finished, this, &Pager::downloaded);
    connect(m_reply.get(), &ApiReply::retrying, this,
        [this](int, qint64 delayMs, const ApiError &reason) { Q_EMIT retrying(delayMs, reason); });
}

void Pager::downloaded()
{
    const ApiReplyPtr reply = std::move(m_reply);
    if (reply->error().isError()) {
        fail(reply->error());
        return;
    }
    m_state = State::Reading;
    Q_EMIT pageArrived(reply->takeBody());
}

bool Pager::accept(const QString &nextPageUrl)
{
    if (m_state != State::Reading)
        return false;
    m_fetched.insert(pageKey(m_current));
    ++m_accepted;
    if (nextPageUrl.isEmpty()) {
        m_current.clear();
        m_state = State::Done;
        Q_EMIT finished();
        return true;
    }
    const QUrl next = QUrl::fromEncoded(nextPageUrl.toUtf8(), QUrl::StrictMode);
    const ApiOrigin &origin = m_client->settings().origin;
    ApiError refused;
    if (!next.isValid() || next.isRelative()) {
        refused = ApiError::badResponse(Pager::tr("meta.next_page_url is not an absolute URL"));
    } else if (!origin.matches(next) || !ApiOrigin::sameOrigin(next, m_current)) {
        // A list goes on where it started: Studio's pages at Studio, Monitor's at Monitor.
        refused = ApiError::refused(
            Pager::tr("Stopped: the next page is on %1, not on the origin of the list (%2). "
                      "Credentials are never sent to another origin.")
                .arg(next.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                    m_current.toString(
                        QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)));
    } else if (m_fetched.contains(pageKey(next))) {
        refused = ApiError::refused(Pager::tr(
            "Stopped: the server sent a next page that was already loaded (a paging loop)."));
    }
    if (refused.isError()) {
        // Not this page's fault, and asking for it again would bring the same link: no retry.
        m_current.clear();
        fail(refused);
        return false;
    }
    m_current.clear();
    m_next = next;
    m_state = State::Idle;
    return true;
}

void Pager::reject(const ApiError &error)
{
    if (m_state == State::Reading)
        fail(error);
}

void Pager::fail(const ApiError &error)
{
    m_error = error;
    m_state = State::Failed;
    Q_EMIT failed(error);
}

} // namespace flowscope
