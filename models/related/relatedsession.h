#pragma once

// What the related-resource readers of one account session share: the Debugger's alerts listed
// over time windows (each window listed once, every page, and kept while it cannot change), the
// messages and alerts already read whose state is final, the URLs each flow revision's widgets
// call, and whether this key may read the Debugger at all — a 401 or 403 from Monitor alone says
// once that it may not, and nothing asks again. In memory only; cleared with the account.

#include "api/apierror.h"
#include "api/studioclient.h"
#include "resources.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace flowscope {

class ListFetcher;

struct AlertList
{
    QList<RelatedAlert> alerts; // every alert of the window, newest first as Monitor lists them
    bool denied = false; // this key cannot read the Debugger
    ApiError error; // the list could not be read (not a denial)
};

class RelatedSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedSession)

public:
    // A window is listed in pieces of this length, aligned, when many executions share them: an
    // hour of alerts is a page or two, and sparse executions share few of them.
    static constexpr int kBucketSeconds = 60 * 60;
    // Windows longer than this are covered by days.
    static constexpr int kLongWindowSeconds = 6 * kBucketSeconds;
    static constexpr int kDaySeconds = 24 * kBucketSeconds;

    explicit RelatedSession(StudioClient *client, QObject *parent = nullptr);
    ~RelatedSession() override;

    StudioClient *client() const { return m_client; }

    // Every alert generated within [start, end] (both ends included, to the second). `bucketed`:
    // list the aligned pieces of an hour that cover it, shared with other readers (many
    // executions); else exactly that window (one execution). `done` is called on `context`'s
    // thread, unless `context` is gone; a window listed or being listed is not listed again.
    void listAlerts(const QDateTime &start, const QDateTime &end, bool bucketed, QObject *context,
        std::function<void(const AlertList &)> done);
    bool monitorDenied() const { return m_denied; }
    // Alerts per page (Monitor allows 1 to 1,000); tests make it small to page.
    void setAlertPageSize(int size) { m_pageSize = size; }
    int alertPageSize() const { return m_pageSize; }

    // What was read before and cannot change any more.
    std::optional<RelatedMessage> knownMessage(const QString &sid) const;
    std::optional<RelatedCall> knownCall(const QString &sid) const;
    std::optional<RelatedAlert> knownAlert(const QString &sid) const; // detailed
    void remember(const RelatedMessage &message);
    void remember(const RelatedCall &call);
    void remember(const RelatedAlert &alert);

    // The URL each widget of a flow revision calls, by widget name.
    bool hasWidgetUrls(const QString &flowSid, int revision) const;
    QHash<QString, QString> widgetUrls(const QString &flowSid, int revision) const;
    void rememberWidgetUrls(
        const QString &flowSid, int revision, const QHash<QString, QString> &urls);

    void clear();

Q_SIGNALS:
    // This key turned out not to read the Debugger (once per account session).
    void monitorDeniedChanged(bool denied);

private:
    struct Window;
    void listWindow(const QDateTime &start, const QDateTime &end,
        std::function<void(const AlertList &)> done, QObject *context);
    void windowListed(const QString &key, const AlertList &result);

    StudioClient *m_client; // not owned
    int m_pageSize = 1000;
    bool m_denied = false;
    QHash<QString, std::shared_ptr<Window>> m_windows; // "start/end" in seconds
    QHash<QString, RelatedMessage> m_messages;
    QHash<QString, RelatedCall> m_calls;
    QHash<QString, RelatedAlert> m_alerts;
    QHash<QString, QHash<QString, QString>> m_widgetUrls; // "FW…/7"
};

// The URLs a definition's widgets call (`properties.url`, as Studio keeps it for HTTP requests,
// Functions and TwiML redirects), by widget name, from a v2 flow or revision body.
QHash<QString, QString> widgetUrlsOf(const QByteArray &flowOrRevisionJson);

} // namespace flowscope
