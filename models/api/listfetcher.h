#pragma once

// A Twilio list (flows, steps) read to its end through the Pager, each page read off the GUI
// thread and each item handed over both as the exact bytes the server sent (for lossless output)
// and as a JSON object. Cancellable: start() or cancel() drops whatever is under way.

#include "apierror.h"
#include "pager.h"
#include "util/worker.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace flowscope {

struct ListItem
{
    QByteArray raw; // the item's bytes, exactly as sent
    QJsonObject object;
};

class ListFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFetcher)

public:
    explicit ListFetcher(StudioClient *client, QObject *parent = nullptr);

    void start(const QUrl &firstPage);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void pageRead(const QList<flowscope::ListItem> &items); // this page's items, as it arrives
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void finished(const QList<flowscope::ListItem> &items);
    void failed(const flowscope::ApiError &error);

private:
    void read(const QByteArray &body);

    Pager m_pager;
    Handoff m_read { this };
    QList<ListItem> m_items;
};

// Reads one list page: its items (the array meta.key names) and meta.next_page_url; false with
// *error when the body is not such a page — in words that say why, not the parser's.
bool readListPage(
    const QByteArray &body, QList<ListItem> *items, QString *nextPageUrl, ApiError *error);

} // namespace flowscope
