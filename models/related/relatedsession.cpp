#include "relatedsession.h"

#include "api/listfetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// A window that ended this long ago lists the same alerts whenever it is asked: Monitor records
// an alert when it happens. A later one may still gain some, so it is listed again after a while.
constexpr qint64 kSettledSeconds = 120;
constexpr qint64 kFreshSeconds = 30;

// Messages and calls in these states change no more.
bool finalMessage(const RelatedMessage &m)
{
    static const QSet<QString> final { u"delivered"_s, u"undelivered"_s, u"failed"_s, u"received"_s,
        u"read"_s, u"canceled"_s };
    return m.found && final.contains(m.status);
}

bool finalCall(const RelatedCall &c)
{
    static const QSet<QString> final { u"completed"_s, u"busy"_s, u"failed"_s, u"no-answer"_s,
        u"canceled"_s };
    return c.found && final.contains(c.status);
}

template<typename Done>
void later(QObject *context, Done done, const AlertList &result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

} // namespace

struct RelatedSession::Window
{
    QDateTime start;
    QDateTime end;
    bool listing = false;
    bool listed = false;
    QDateTime listedAt;
    AlertList result;
    QList<std::pair<QPointer<QObject>, std::function<void(const AlertList &)>>> waiting;
    std::unique_ptr<ListFetcher> fetcher;

    bool usable(const QDateTime &now) const
    {
        if (!listed)
            return false;
        return end.secsTo(now) > kSettledSeconds || listedAt.secsTo(now) < kFreshSeconds;
    }
};

RelatedSession::RelatedSession(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &StudioClient::settingsChanged, this, &RelatedSession::clear);
}

RelatedSession::~RelatedSession() = default;

void RelatedSession::clear()
{
    // Listings under way are dropped; whoever waits for one hears that it was cancelled.
    const auto windows = std::exchange(m_windows, {});
    AlertList cancelled;
    cancelled.error = ApiError::of(ApiError::Kind::Cancelled, tr("The account changed."));
    for (const std::shared_ptr<Window> &window : windows) {
        for (const auto &[context, done] : std::as_const(window->waiting)) {
            if (context)
                later(context, done, cancelled);
        }
    }
    m_messages.clear();
    m_calls.clear();
    m_alerts.clear();
    m_widgetUrls.clear();
    if (std::exchange(m_denied, false))
        Q_EMIT monitorDeniedChanged(false);
}

void RelatedSession::listAlerts(const QDateTime &start, const QDateTime &end, bool bucketed,
    QObject *context, std::function<void(const AlertList &)> done)
{
    const QDateTime from = start.toUTC();
    const QDateTime to = end.toUTC();
    if (!bucketed) {
        listWindow(from, to, std::move(done), context);
        return;
    }
    // The aligned pieces covering the window; each listed once for every reader. A long window
    // (an execution stuck for days, ended since) is covered by days, not hours: two weeks are
    // 14 listings, not 336, still shared with the other long ones.
    const qint64 size = from.secsTo(to) > kLongWindowSeconds ? kDaySeconds : kBucketSeconds;
    const qint64 first = from.toSecsSinceEpoch() / size * size;
    QList<std::pair<QDateTime, QDateTime>> pieces;
    for (qint64 at = first; at <= to.toSecsSinceEpoch(); at += size)
        pieces.append({ QDateTime::fromSecsSinceEpoch(at, Qt::UTC),
            QDateTime::fromSecsSinceEpoch(at + size - 1, Qt::UTC) });
    // One piece at a time: a reader that asks for one request at a time gets no more than that.
    // The pieces' callbacks hold the gathering; its step holds it weakly (no cycle).
    struct Gather
    {
        QList<std::pair<QDateTime, QDateTime>> pieces;
        qsizetype next = 0;
        AlertList merged;
        QSet<QString> seen;
        std::function<void()> step;
    };
    auto gather = std::make_shared<Gather>();
    gather->pieces = pieces;
    std::weak_ptr<Gather> weak = gather;
    gather->step = [this, weak, done, from, to, context] {
        const std::shared_ptr<Gather> g = weak.lock();
        if (!g)
            return;
        if (g->next == g->pieces.size() || g->merged.denied) {
            std::stable_sort(g->merged.alerts.begin(), g->merged.alerts.end(),
                [](const RelatedAlert &a, const RelatedAlert &b) {
                    return a.dateGenerated > b.dateGenerated;
                });
            done(g->merged);
            return;
        }
        const auto [pieceStart, pieceEnd] = g->pieces[g->next++];
        listWindow(
            pieceStart, pieceEnd,
            [g, from, to](const AlertList &piece) {
                g->merged.denied |= piece.denied;
                if (piece.error.isError() && !g->merged.error.isError())
                    g->merged.error = piece.error;
                for (const RelatedAlert &alert : piece.alerts) {
                    if (alert.dateGenerated >= from && alert.dateGenerated <= to
                        && !g->seen.contains(alert.sid)) {
                        g->seen.insert(alert.sid);
                        g->merged.alerts << alert;
                    }
                }
                if (g->step)
                    g->step();
            },
            context);
    };
    gather->step();
}

void RelatedSession::listWindow(const QDateTime &start, const QDateTime &end,
    std::function<void(const AlertList &)> done, QObject *context)
{
    if (m_denied) {
        AlertList denied;
        denied.denied = true;
        later(context, std::move(done), denied);
        return;
    }
    const QString key = QString::number(start.toSecsSinceEpoch()) + u'/'
        + QString::number(end.toSecsSinceEpoch());
    std::shared_ptr<Window> &window = m_windows[key];
    if (!window) {
        window = std::make_shared<Window>();
        window->start = start;
        window->end = end;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (window->usable(now)) {
        later(context, std::move(done), window->result);
        return;
    }
    window->waiting.append({ QPointer<QObject>(context), std::move(done) });
    if (window->listing)
        return;
    window->listing = true;
    window->fetcher = std::make_unique<ListFetcher>(m_client);
    ListFetcher *fetcher = window->fetcher.get();
    connect(fetcher, &ListFetcher::finished, this, [this, key](const QList<ListItem> &items) {
        AlertList result;
        for (const ListItem &item : items) {
            RelatedAlert alert;
            QString why;
            if (readAlert(item.raw, &alert, &why, false))
                result.alerts << alert;
        }
        windowListed(key, result);
    });
    connect(fetcher, &ListFetcher::failed, this, [this, key](const ApiError &error) {
        AlertList result;
        // Studio answered, so the credentials are good: a refusal here is Monitor's alone.
        if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::Auth) {
            result.denied = true;
            if (!std::exchange(m_denied, true))
                Q_EMIT monitorDeniedChanged(true);
        } else {
            result.error = error;
        }
        windowListed(key, result);
    });
    fetcher->start(m_client->alertsUrl(start, end, {}, m_pageSize));
}

void RelatedSession::windowListed(const QString &key, const AlertList &result)
{
    const std::shared_ptr<Window> window = m_windows.value(key);
    if (!window)
        return;
    window->listing = false;
    window->fetcher.release()->deleteLater(); // we are inside its signal
    window->listed = !result.error.isError() && !result.denied;
    window->listedAt = QDateTime::currentDateTimeUtc();
    window->result = result;
    const auto waiting = std::exchange(window->waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(result);
    }
}

std::optional<RelatedMessage> RelatedSession::knownMessage(const QString &sid) const
{
    const auto it = m_messages.constFind(sid);
    return it == m_messages.cend() ? std::nullopt : std::optional<RelatedMessage>(*it);
}

std::optional<RelatedCall> RelatedSession::knownCall(const QString &sid) const
{
    const auto it = m_calls.constFind(sid);
    return it == m_calls.cend() ? std::nullopt : std::optional<RelatedCall>(*it);
}

std::optional<RelatedAlert> RelatedSession::knownAlert(const QString &sid) const
{
    const auto it = m_alerts.constFind(sid);
    return it == m_alerts.cend() ? std::nullopt : std::optional<RelatedAlert>(*it);
}

void RelatedSession::remember(const RelatedMessage &message)
{
    if (finalMessage(message) || message.gone) {
        RelatedMessage kept = message;
        kept.pin = {};
        kept.widget.clear();
        m_messages.insert(message.sid, kept);
    }
}

void RelatedSession::remember(const RelatedCall &call)
{
    if (finalCall(call) || call.gone) {
        RelatedCall kept = call;
        kept.pin = {};
        kept.widget.clear();
        m_calls.insert(call.sid, kept);
    }
}

void RelatedSession::remember(const RelatedAlert &alert)
{
    if (alert.detailed) {
        RelatedAlert kept = alert;
        kept.pin = {};
        kept.probable = false;
        m_alerts.insert(alert.sid, kept);
    }
}

bool RelatedSession::hasWidgetUrls(const QString &flowSid, int revision) const
{
    return m_widgetUrls.contains(flowSid + u'/' + QString::number(revision));
}

QHash<QString, QString> RelatedSession::widgetUrls(const QString &flowSid, int revision) const
{
    return m_widgetUrls.value(flowSid + u'/' + QString::number(revision));
}

void RelatedSession::rememberWidgetUrls(
    const QString &flowSid, int revision, const QHash<QString, QString> &urls)
{
    m_widgetUrls.insert(flowSid + u'/' + QString::number(revision), urls);
}

QHash<QString, QString> widgetUrlsOf(const QByteArray &flowOrRevisionJson)
{
    QHash<QString, QString> urls;
    const QJsonObject body = QJsonDocument::fromJson(flowOrRevisionJson).object();
    const QJsonValue definition = body.value(u"definition"_s);
    const QJsonArray states
        = (definition.isObject() ? definition.toObject() : body).value(u"states"_s).toArray();
    for (const auto &state : states) {
        const QJsonObject s = state.toObject();
        const QString url = s.value(u"properties"_s).toObject().value(u"url"_s).toString();
        if (!url.trimmed().isEmpty())
            urls.insert(s.value(u"name"_s).toString(), url.trimmed());
    }
    return urls;
}

} // namespace flowscope
