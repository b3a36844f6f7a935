#pragma once

// Follows a small Twilio list (flows, steps) along meta.next_page_url to its end, on the
// configured origin only and never in a circle, and hands over every item. Cancellable: start()
// or cancel() drops whatever is under way.

#include "apierror.h"
#include "studioclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

namespace flowscope {

class ListFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFetcher)

public:
    explicit ListFetcher(StudioClient *client, QObject *parent = nullptr);

    void start(const QUrl &firstPage);
    void cancel();
    bool isRunning() const { return bool(m_reply); }

Q_SIGNALS:
    void finished(const QList<QJsonObject> &items);
    void failed(const flowscope::ApiError &error);

private:
    void request(const QUrl &url);
    void pageArrived();

    StudioClient *m_client; // not owned
    ApiReplyPtr m_reply;
    QList<QJsonObject> m_items;
    QSet<QString> m_seen;
};

} // namespace flowscope
