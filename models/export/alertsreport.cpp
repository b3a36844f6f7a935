#include "alertsreport.h"

#include "executioncrawler.h"
#include "related/alertmatch.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// An alert that could be one of these flows' executions': what it names decides which.
struct Open
{
    qint64 at = 0; // seconds
    QString flow; // it names this flow of ours; empty: no flow
};

} // namespace

AlertsReport::AlertsReport(StudioClient *client, RelatedSession *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{ }

AlertsReport::~AlertsReport() = default;

void AlertsReport::cancel()
{
    m_running = false;
    m_crawler.reset();
    if (QObject *scope = std::exchange(m_requestScope, nullptr)) {
        for (ApiReply *reply : scope->findChildren<ApiReply *>(Qt::FindDirectChildrenOnly))
            reply->abort();
        scope->deleteLater();
    }
    m_resourceQueue.clear();
    m_resourcesReading = 0;
    for (auto &fetch : m_reading)
        fetch.release()->deleteLater(); // possibly inside one of its signals
    m_reading.clear();
    m_queue.clear();
}

void AlertsReport::fail(const ApiError &error)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT finished(error);
}

void AlertsReport::start(const AlertsRequest &request)
{
    cancel();
    m_request = request;
    m_alerts.clear();
    m_executions.clear();
    m_claims = AlertClaims(request);
    m_rows.clear();
    m_addresses.clear();
    m_nextFlow = 0;
    m_total = 0;
    m_done = 0;
    m_running = true;
    // Monitor reads both ends inclusively: the last second is left out afterwards.
    m_session->listAlerts(m_request.from, m_request.to, true, this,
        [this](const AlertList &listed) { alertsListed(listed); });
}

bool AlertClaims::wanted(const RelatedAlert &alert) const
{
    return alert.dateGenerated >= m_request.from && alert.dateGenerated < m_request.to
        && (m_request.level.isEmpty()
            || alert.logLevel.compare(m_request.level, Qt::CaseInsensitive) == 0);
}

void AlertsReport::alertsListed(const AlertList &listed)
{
    if (!m_running)
        return;
    if (listed.denied) {
        Q_EMIT denied();
        fail(ApiError::of(ApiError::Kind::Forbidden, tr("this key cannot read the Debugger")));
        return;
    }
    if (listed.error.isError()) {
        fail(listed.error);
        return;
    }
    for (const RelatedAlert &alert : listed.alerts) {
        if (!m_claims.wanted(alert))
            continue;
        m_alerts << alert;
    }
    crawlNextFlow();
}

// The flows' executions of the range (and of the day before it, still running then), one flow
// after the other; only their times are kept.
void AlertsReport::crawlNextFlow()
{
    if (!m_running)
        return;
    if (m_nextFlow >= m_request.flows.size() || m_alerts.isEmpty()) {
        m_crawler.reset();
        readNamedResources();
        return;
    }
    CrawlOptions options;
    options.query.flowSid = m_request.flows[m_nextFlow++];
    options.query.from = m_request.from.addSecs(-kLookBackSeconds);
    options.query.to = m_request.to.addSecs(ExecutionFacts::kSlackSeconds);
    options.query.pageSize = 1000;
    m_crawler = std::make_unique<ExecutionCrawler>(m_client, options);
    connect(m_crawler.get(), &ExecutionCrawler::pageReady, this, &AlertsReport::executionsListed);
    connect(m_crawler.get(), &ExecutionCrawler::retrying, this, &AlertsReport::retrying);
    connect(m_crawler.get(), &ExecutionCrawler::finished, this, [this](const ApiError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        // Not from inside the crawler's own signal: it is replaced there.
        QMetaObject::invokeMethod(this, &AlertsReport::crawlNextFlow, Qt::QueuedConnection);
    });
    m_crawler->start();
}

void AlertsReport::executionsListed(const CrawledPage &page)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype row = 0; row < page.rowCount; ++row) {
        const ExecutionRow &r = page.page.rows[size_t(row)];
        Candidate c;
        c.flowSid = m_request.flows[m_nextFlow - 1];
        c.executionSid = sidOf(page.page, row);
        c.created = QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC);
        c.active = r.status == ExecutionStatus::Active;
        c.updated = c.active || r.updatedMs == kNoTime
            ? now
            : QDateTime::fromMSecsSinceEpoch(r.updatedMs, Qt::UTC);
        c.contact = executionOf(page.page, row, c.flowSid).contactAddress;
        m_executions << c;
    }
}

// An alert that names only a message or call (a delivery failure, say) is one of these flows'
// only if that message or call was their customer's: read it once for its numbers.
void AlertsReport::readNamedResources()
{
    if (!m_running)
        return;
    QSet<QString> resources;
    for (const RelatedAlert &alert : std::as_const(m_alerts)) {
        const AlertNames names = alertNames(alert);
        if (names.executions.isEmpty() && names.flows.isEmpty())
            resources.unite(names.resources);
    }
    m_resourceQueue.assign(resources.cbegin(), resources.cend());
    std::sort(m_resourceQueue.begin(), m_resourceQueue.end());
    if (!m_requestScope)
        m_requestScope = new QObject(this);
    if (m_resourceQueue.empty()) {
        readCandidates();
        return;
    }
    while (m_resourcesReading < std::max(1, m_request.concurrency) && !m_resourceQueue.empty()) {
        const QString sid = m_resourceQueue.front();
        m_resourceQueue.pop_front();
        readResource(sid);
    }
}

void AlertsReport::readResource(const QString &sid)
{
    const bool call = sid.startsWith(u"CA"_s);
    if (call ? m_session->knownCall(sid).has_value() : m_session->knownMessage(sid).has_value()) {
        const QStringList addresses = call
            ? QStringList { m_session->knownCall(sid)->to, m_session->knownCall(sid)->from }
            : QStringList { m_session->knownMessage(sid)->to, m_session->knownMessage(sid)->from };
        ++m_resourcesReading;
        QMetaObject::invokeMethod(
            this, [this, sid, addresses] { resourceRead(sid, addresses); }, Qt::QueuedConnection);
        return;
    }
    ++m_resourcesReading;
    ApiReply *reply = m_client->get(call ? m_client->callUrl(sid) : m_client->messageUrl(sid));
    reply->setParent(m_requestScope);
    connect(reply, &ApiReply::finished, m_requestScope, [this, reply, sid, call] {
        reply->deleteLater();
        QStringList addresses;
        QString why;
        if (call) {
            RelatedCall c;
            if (!reply->error().isError() && readCall(reply->body(), &c, &why)) {
                addresses = { c.to, c.from };
                m_session->remember(c);
            }
        } else {
            RelatedMessage m;
            if (!reply->error().isError() && readMessage(reply->body(), &m, &why)) {
                addresses = { m.to, m.from };
                m_session->remember(m);
            }
        }
        resourceRead(sid, addresses);
    });
}

void AlertsReport::resourceRead(const QString &sid, const QStringList &addresses)
{
    if (!m_running)
        return;
    --m_resourcesReading;
    m_addresses.insert(sid, addresses);
    if (!m_resourceQueue.empty()) {
        const QString next = m_resourceQueue.front();
        m_resourceQueue.pop_front();
        readResource(next);
    } else if (m_resourcesReading == 0) {
        readCandidates();
    }
}

// The executions that may own an alert: the one an alert names; those of a flow an alert names
// whose window holds it; and for one that names only a Message or Call (or nothing of ours but
// that), those whose window holds it. The rest is never read.
void AlertsReport::readCandidates()
{
    QHash<QString, qsizetype> bySid;
    for (qsizetype k = 0; k < m_executions.size(); ++k)
        bySid.insert(m_executions[k].executionSid, k);
    const QSet<QString> flows(m_request.flows.cbegin(), m_request.flows.cend());
    QSet<qsizetype> chosen;
    std::vector<qint64> openTimes; // alerts that any execution of these flows may own
    QHash<QString, std::vector<qint64>> flowTimes; // alerts naming one of these flows
    QHash<QString, std::vector<qint64>> contactTimes; // alerts about this customer's message
    for (const RelatedAlert &alert : std::as_const(m_alerts)) {
        const AlertNames names = alertNames(alert);
        const qint64 at = alert.dateGenerated.toSecsSinceEpoch();
        if (!names.executions.isEmpty()) {
            for (const QString &sid : names.executions) {
                if (const auto it = bySid.constFind(sid); it != bySid.cend())
                    chosen.insert(*it);
            }
            continue; // another flow's execution, or one of ours: never by time
        }
        bool ours = names.flows.isEmpty();
        for (const QString &flow : names.flows) {
            if (flows.contains(flow)) {
                flowTimes[flow].push_back(at);
                ours = false; // placed by its flow's executions below
            }
        }
        if (!ours || names.resources.isEmpty())
            continue;
        // Whose message or call: that customer's executions, or (not readable) anyone's.
        QSet<QString> contacts;
        bool unknown = false;
        for (const QString &sid : names.resources) {
            const QStringList addresses = m_addresses.value(sid);
            unknown = unknown || addresses.isEmpty();
            for (const QString &address : addresses) {
                if (!address.isEmpty())
                    contacts.insert(address);
            }
        }
        if (unknown)
            openTimes.push_back(at);
        for (const QString &contact : std::as_const(contacts))
            contactTimes[contact].push_back(at);
    }
    std::sort(openTimes.begin(), openTimes.end());
    for (auto &times : flowTimes)
        std::sort(times.begin(), times.end());
    for (auto &times : contactTimes)
        std::sort(times.begin(), times.end());
    const auto holds = [](const std::vector<qint64> &times, qint64 from, qint64 to) {
        const auto it = std::lower_bound(times.begin(), times.end(), from);
        return it != times.end() && *it <= to;
    };
    const auto holdsIn = [&holds](const QHash<QString, std::vector<qint64>> &byKey,
                             const QString &key, qint64 from, qint64 to) {
        const auto it = byKey.constFind(key);
        return it != byKey.cend() && holds(*it, from, to);
    };
    for (qsizetype k = 0; k < m_executions.size(); ++k) {
        const Candidate &c = m_executions[k];
        const qint64 from = c.created.toSecsSinceEpoch() - ExecutionFacts::kSlackSeconds;
        const qint64 to = c.updated.toSecsSinceEpoch() + ExecutionFacts::kSlackSeconds;
        if (holds(openTimes, from, to) || holdsIn(flowTimes, c.flowSid, from, to)
            || holdsIn(contactTimes, c.contact, from, to))
            chosen.insert(k);
    }
    QList<qsizetype> order(chosen.cbegin(), chosen.cend());
    std::sort(order.begin(), order.end());
    for (const qsizetype k : std::as_const(order))
        m_queue.push_back(m_executions[k]);
    m_total = int(m_queue.size());
    Q_EMIT progress(0, m_total);
    if (m_queue.empty())
        finish();
    else
        pump();
}

void AlertsReport::pump()
{
    while (m_running && !m_queue.empty()
        && int(m_reading.size()) < std::max(1, m_request.concurrency)) {
        const Candidate candidate = m_queue.front();
        m_queue.pop_front();
        RelatedOptions options;
        options.maxParallel = 1;
        options.resources = false; // their SIDs are enough to match alerts
        options.alertDetails = false;
        options.bucketAlerts = true; // the pieces this report listed already
        options.readExecution = false;
        auto fetch = std::make_unique<RelatedFetch>(m_client, m_session, options);
        RelatedFetch *started = fetch.get();
        const auto release = [this, started] {
            const auto it = std::find_if(m_reading.begin(), m_reading.end(),
                [started](const auto &f) { return f.get() == started; });
            if (it != m_reading.end()) {
                it->release()->deleteLater();
                m_reading.erase(it);
            }
        };
        connect(started, &RelatedFetch::finished, this,
            [this, candidate, release](const RelatedResources &related) {
                release();
                candidateRead(candidate, related);
            });
        connect(started, &RelatedFetch::failed, this, [this, release](const ApiError &error) {
            release();
            // An execution gone meanwhile owns nothing any more; anything else is a failure.
            if (error.kind == ApiError::Kind::NotFound)
                candidateRead({}, {});
            else
                fail(error);
        });
        m_reading.push_back(std::move(fetch));
        started->start(RelatedInput::about(candidate));
    }
}

void AlertsReport::candidateRead(const Candidate &candidate, const RelatedResources &related)
{
    if (!m_running)
        return;
    for (const RelatedAlert &alert : related.alerts) {
        AlertRow row;
        row.alert = alert;
        row.flowSid = candidate.flowSid;
        row.executionSid = candidate.executionSid;
        if (alert.pin.step >= 0 && alert.pin.step < related.steps.size())
            row.widget = related.steps[alert.pin.step].transitionedFrom;
        m_claims.claim(row);
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (!m_queue.empty() || !m_reading.empty())
        pump();
    else
        finish();
}

void AlertsReport::finish()
{
    m_rows = m_claims.rows();
    m_running = false;
    Q_EMIT finished({});
}

void AlertClaims::claim(const AlertRow &row)
{
    const RelatedAlert &alert = row.alert;
    if (!wanted(alert))
        return;
    const auto it = m_claimed.constFind(alert.sid);
    if (it != m_claimed.cend()) {
        if (it->alert.probable && !alert.probable)
            m_claimed.remove(alert.sid);
        else if (it->alert.probable && alert.probable) {
            m_claimed[alert.sid].executionSid.clear(); // ambiguous
            return;
        } else {
            return;
        }
    }
    m_claimed.insert(alert.sid, row);
}

QList<AlertRow> AlertClaims::rows() const
{
    QList<AlertRow> rows;
    for (const AlertRow &row : m_claimed) {
        if (!row.executionSid.isEmpty())
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const AlertRow &a, const AlertRow &b) {
        return a.alert.dateGenerated != b.alert.dateGenerated
            ? a.alert.dateGenerated > b.alert.dateGenerated
            : a.alert.sid > b.alert.sid;
    });
    return rows;
}

QList<AlertCount> AlertsReport::byCode(const QList<AlertRow> &rows)
{
    QList<AlertCount> counts;
    QHash<int, qsizetype> at;
    for (const AlertRow &row : rows) {
        auto it = at.constFind(row.alert.errorCode);
        if (it == at.cend()) {
            it = at.insert(row.alert.errorCode, counts.size());
            counts.append({ row.alert.errorCode, {}, 0, {} });
        }
        AlertCount &c = counts[*it];
        ++c.count;
        if (!c.executions.contains(row.executionSid))
            c.executions << row.executionSid;
    }
    std::stable_sort(counts.begin(), counts.end(), [](const AlertCount &a, const AlertCount &b) {
        return a.count != b.count ? a.count > b.count : a.errorCode < b.errorCode;
    });
    return counts;
}

QList<AlertCount> AlertsReport::byWidget(const QList<AlertRow> &rows)
{
    QList<AlertCount> counts;
    QHash<QString, qsizetype> at;
    for (const AlertRow &row : rows) {
        const QString key = row.widget + u'\n' + QString::number(row.alert.errorCode);
        auto it = at.constFind(key);
        if (it == at.cend()) {
            it = at.insert(key, counts.size());
            counts.append({ row.alert.errorCode, row.widget, 0, {} });
        }
        AlertCount &c = counts[*it];
        ++c.count;
        if (!c.executions.contains(row.executionSid))
            c.executions << row.executionSid;
    }
    std::stable_sort(counts.begin(), counts.end(), [](const AlertCount &a, const AlertCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.widget != b.widget ? a.widget < b.widget : a.errorCode < b.errorCode;
    });
    return counts;
}

} // namespace flowscope
