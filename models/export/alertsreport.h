#pragma once

// The Debugger alerts of a range that belong to executions of some flows, each with the execution
// and the step it belongs to — Monitor has no filter but time, so: list the range's alerts once,
// list the flows' executions (from a day before, for those that started earlier), read the
// messages and calls that alerts naming nothing else name (whose number they were for), and read
// only those executions that may own an alert — the one it names; for one naming the flow, those
// of its time; for one naming a message or call, those of its time and that customer — through
// the same matcher as one execution's. An alert of another execution, flow or product is never
// counted; one no execution claims, or two claim equally, is left out. Counted by error code, or
// by widget.

#include "api/studioclient.h"
#include "related/relatedfetch.h"
#include "related/relatedsession.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

namespace flowscope {

class ExecutionCrawler;
struct CrawledPage;

struct AlertsRequest
{
    QStringList flows;
    QDateTime from; // alerts generated within [from, to)
    QDateTime to;
    QString level; // "error", "warning", …; empty: every level
    int concurrency = 8; // requests in flight for the executions read
};

struct AlertRow
{
    RelatedAlert alert; // pinned, probable marked
    QString flowSid;
    QString executionSid;
    QString widget; // the widget of the step it is pinned to; empty: none
};

// Which execution each alert belongs to, as executions claim them: a certain claim wins over a
// probable one (an alert naming only the flow, placed by its time and URL), and of two probable
// ones neither. Only alerts of the asked range and level are taken. The same rules whether the
// claims come from Twilio or from the archive.
class AlertClaims
{
public:
    explicit AlertClaims(const AlertsRequest &request = {})
        : m_request(request)
    { }

    // In the asked range, of the asked level.
    bool wanted(const RelatedAlert &alert) const;
    void claim(const AlertRow &row);
    // The claimed ones (not the ambiguous), newest first as Monitor lists them.
    QList<AlertRow> rows() const;

private:
    AlertsRequest m_request;
    QHash<QString, AlertRow> m_claimed; // by alert SID; an empty execution: ambiguous
};

struct AlertCount
{
    int errorCode = 0;
    QString widget; // by widget only
    qint64 count = 0;
    QStringList executions; // distinct, in the order first met
};

class AlertsReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsReport)

public:
    // The execution a day before `from` may still have been running: its alerts count.
    static constexpr qint64 kLookBackSeconds = 24 * 3600;

    AlertsReport(StudioClient *client, RelatedSession *session, QObject *parent = nullptr);
    ~AlertsReport() override;

    void start(const AlertsRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    // Newest first, as Monitor lists them.
    const QList<AlertRow> &rows() const { return m_rows; }
    // Most frequent first (ties by code, then widget).
    static QList<AlertCount> byCode(const QList<AlertRow> &rows);
    static QList<AlertCount> byWidget(const QList<AlertRow> &rows);

Q_SIGNALS:
    // How far: executions read of those that may own an alert.
    void progress(int done, int total);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    // The alerts could not be listed because this key may not read the Debugger.
    void denied();
    void finished(const flowscope::ApiError &error);

private:
    struct Candidate
    {
        QString flowSid;
        QString executionSid;
        QDateTime created;
        QDateTime updated;
        bool active = false;
        QString contact; // contact_channel_address
    };
    void alertsListed(const AlertList &listed);
    void crawlNextFlow();
    void executionsListed(const CrawledPage &page);
    void readNamedResources();
    void readResource(const QString &sid);
    void resourceRead(const QString &sid, const QStringList &addresses);
    void readCandidates();
    void pump();
    void candidateRead(const Candidate &candidate, const RelatedResources &related);
    void finish();
    void fail(const ApiError &error);

    StudioClient *m_client; // not owned
    RelatedSession *m_session; // not owned
    AlertsRequest m_request;
    QList<RelatedAlert> m_alerts; // the range's, of the level asked for
    int m_nextFlow = 0;
    std::unique_ptr<ExecutionCrawler> m_crawler;
    QList<Candidate> m_executions; // of the flows, whose window holds one of m_alerts
    std::deque<QString> m_resourceQueue; // Messages and Calls to read for their addresses
    int m_resourcesReading = 0;
    QHash<QString, QStringList> m_addresses; // their to and from; empty: could not be read
    QObject *m_requestScope = nullptr; // parent of the resource reads: deleted by cancel()
    std::deque<Candidate> m_queue;
    std::vector<std::unique_ptr<RelatedFetch>> m_reading;
    int m_total = 0;
    int m_done = 0;
    AlertClaims m_claims;
    QList<AlertRow> m_rows;
    bool m_running = false;
};

} // namespace flowscope
