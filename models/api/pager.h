#pragma once

// The one walk along a Twilio list, under every list FlowScope reads (ExecutionPages for
// executions, ListFetcher for flows and steps): one page at a time along
// meta.next_page_url taken verbatim, only on the configured origin (credentials never go
// elsewhere) and never to a page already fetched (a loop). The owner reads each page that
// arrives — on a worker thread if it likes — and then says either accept(next_page_url) or
// reject(why); a page that failed can be asked for again with retry(), and only that page.

#include "apierror.h"
#include "studioclient.h"

#include <QObject>
#include <QSet>
#include <QUrl>

namespace flowscope {

class Pager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    enum class State {
        Idle, // nothing under way; hasNext() says whether fetchNext() has a page to ask for
        Fetching, // a page is on its way
        Reading, // a page arrived: the owner reads it, then calls accept() or reject()
        Failed, // error() says why; retry() asks for the same page again when that can help
        Done, // the last page was accepted
    };
    Q_ENUM(State)

    explicit Pager(StudioClient *client, QObject *parent = nullptr);
    ~Pager() override;

    // Forgets everything (dropping a request under way) and makes firstPage the next page.
    void reset(const QUrl &firstPage = {});
    // reset(firstPage), then fetchNext().
    void start(const QUrl &firstPage);
    // Asks for the next page when Idle and there is one; otherwise does nothing.
    void fetchNext();
    // The page being read names this next page ("" or null: it was the last). False, and
    // failed() emitted, when that page must not be followed.
    bool accept(const QString &nextPageUrl);
    // The page being read cannot be used; it stays the page retry() asks for.
    void reject(const ApiError &error);
    // Asks for the page that failed again, when its error says a retry can help.
    void retry();

    State state() const { return m_state; }
    bool hasNext() const { return m_next.isValid(); }
    bool canFetch() const { return m_state == State::Idle && hasNext(); }
    bool canRetry() const;
    const ApiError &error() const { return m_error; }
    int pagesAccepted() const { return m_accepted; }
    StudioClient *client() const { return m_client; }

Q_SIGNALS:
    void pageArrived(const QByteArray &body);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void failed(const flowscope::ApiError &error);
    void finished(); // the last page was accepted

private:
    void request(const QUrl &url);
    void downloaded();
    void fail(const ApiError &error);

    StudioClient *m_client; // not owned
    ApiReplyPtr m_reply;
    QUrl m_current;
    QUrl m_next;
    QSet<QString> m_fetched; // pages accepted: a next_page_url among them is a loop
    ApiError m_error;
    State m_state = State::Idle;
    int m_accepted = 0;
};

} // namespace flowscope
