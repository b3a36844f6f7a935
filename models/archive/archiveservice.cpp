#include "archiveservice.h"

#include "api/studioclient.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace flowscope {

namespace {

// What the sync read of an execution: its outcome and the steps it was read from.
OlderOutcome olderOutcomeOf(const ArchivedExecution &row)
{
    OlderOutcome known;
    known.executionSid = row.sid;
    known.outcome = Archive::outcomeFrom(row.outcome);
    known.active = row.isActive();
    if (const auto items = row.stepItems())
        known.steps = stepFactsOf(*items);
    return known;
}

} // namespace

// Everything that touches the store or the sync's client, on the store's thread.
class ArchiveService::Worker final : public QObject
{
public:
    std::unique_ptr<Archive> archive;
    StudioClient *client = nullptr; // the sync's, a child
    ArchiveSync *sync = nullptr; // a child while one runs
    QHash<quint64, ArchiveRange> walks;

    QDateTime lastSync(ArchiveError *error) const
    {
        qint64 newest = kNoTime;
        for (const ArchivedFlow &flow : archive->flows(error))
            newest = std::max(newest, flow.lastSyncMs);
        return newest == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(newest, Qt::UTC);
    }
};

ArchiveService::ArchiveService(QObject *parent)
    : OlderExecutions(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("archive"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ArchiveService::~ArchiveService()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            delete worker->sync; // a page in flight is dropped; what was written stays
            worker->sync = nullptr;
            worker->archive.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ArchiveService::onStore(std::function<void(Worker &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(*worker); });
}

void ArchiveService::open(
    const ArchiveLocation &location, const QByteArray &key, const QString &accountSid, bool create)
{
    m_open = false;
    m_name = location.display();
    onStore([this, location, key, accountSid, create](Worker &worker) {
        delete worker.sync;
        worker.sync = nullptr;
        worker.walks.clear();
        ArchiveError error;
        worker.archive = Archive::open(location, key, accountSid, create, &error);
        QDateTime last;
        if (worker.archive)
            last = worker.lastSync(&error);
        QMetaObject::invokeMethod(this, [this, error, last, ok = bool(worker.archive)] {
            m_open = ok && !error.isError();
            m_lastSync = last;
            Q_EMIT opened(error);
        });
    });
}

bool ArchiveService::sync(
    const ClientSettings &settings, const ArchiveSyncOptions &options, int keepForDays)
{
    if (!m_open || m_syncing)
        return false;
    m_syncing = true;
    m_lastCounts = {};
    onStore([this, settings, options, keepForDays](Worker &worker) {
        if (!worker.client)
            worker.client = new StudioClient(&worker);
        worker.client->setSettings(settings);
        worker.sync = new ArchiveSync(worker.client, worker.archive.get(), options, &worker);
        ArchiveSync *sync = worker.sync;
        connect(sync, &ArchiveSync::progress, sync, [this](const ArchiveSyncCounts &counts) {
            QMetaObject::invokeMethod(this, [this, counts] {
                m_lastCounts = counts;
                Q_EMIT syncProgress(counts);
            });
        });
        connect(sync, &ArchiveSync::finished, sync,
            [this, &worker, sync, keepForDays](const ApiError &failure) {
                ApiError error = failure;
                ArchiveError archiveError;
                if (!error.isError() && keepForDays > 0) {
                    const qint64 before
                        = QDateTime::currentDateTimeUtc().addDays(-keepForDays).toMSecsSinceEpoch();
                    worker.archive->purgeOlderThan(before, &archiveError);
                }
                const QDateTime last = worker.lastSync(&archiveError);
                if (!error.isError() && archiveError.isError())
                    error = ApiError::of(ApiError::Kind::LocalIo, archiveError.message);
                const ArchiveSyncCounts counts = sync->counts();
                worker.sync = nullptr;
                sync->deleteLater();
                QMetaObject::invokeMethod(this, [this, error, last, counts] {
                    m_syncing = false;
                    m_lastCounts = counts;
                    if (last.isValid())
                        m_lastSync = last;
                    Q_EMIT syncFinished(error);
                });
            });
        sync->start();
    });
    return true;
}

void ArchiveService::cancelSync()
{
    onStore([](Worker &worker) {
        if (worker.sync)
            worker.sync->cancel();
    });
}

void ArchiveService::readStatus()
{
    onStore([this](Worker &worker) {
        ArchiveError error;
        const QList<ArchivedFlow> flows
            = worker.archive ? worker.archive->flows(&error) : QList<ArchivedFlow>();
        QMetaObject::invokeMethod(this, [this, flows, error] { Q_EMIT statusRead(flows, error); });
    });
}

quint64 ArchiveService::find(const SearchRequest &request)
{
    const quint64 ticket = ++m_nextTicket;
    onStore([this, ticket, request](Worker &worker) {
        ArchiveError error;
        ArchiveMatches matches;
        if (worker.archive)
            matches = findInArchive(*worker.archive, request, &error);
        if (matches.tooShort) {
            error.kind = ArchiveError::Kind::Refused;
            error.message = tr("the archive was not searched: its index needs at least three "
                               "characters of text");
        }
        QMetaObject::invokeMethod(this, [this, ticket, rows = std::move(matches.rows), error] {
            Q_EMIT found(ticket, rows, error);
        });
    });
    return ticket;
}

quint64 ArchiveService::readExecution(const QString &sid)
{
    const quint64 ticket = ++m_nextTicket;
    onStore([this, ticket, sid](Worker &worker) {
        ArchiveError error;
        std::optional<ArchivedExecution> row;
        if (worker.archive)
            row = worker.archive->execution(sid, &error);
        QMetaObject::invokeMethod(
            this, [this, ticket, row, error] { Q_EMIT executionRead(ticket, row, error); });
    });
    return ticket;
}

quint64 ArchiveService::readRevision(const QString &flowSid, const QDateTime &at)
{
    const quint64 ticket = ++m_nextTicket;
    const qint64 ms = at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    onStore([this, ticket, flowSid, ms](Worker &worker) {
        ArchiveError error;
        std::optional<QByteArray> body;
        if (worker.archive)
            body = worker.archive->revisionAt(flowSid, ms, &error);
        QMetaObject::invokeMethod(
            this, [this, ticket, body, error] { Q_EMIT revisionRead(ticket, body, error); });
    });
    return ticket;
}

quint64 ArchiveService::begin(const ExecutionQuery &query)
{
    const quint64 walk = ++m_nextWalk;
    ArchiveRange range;
    range.flowSid = query.flowSid;
    range.fromMs = query.from.isValid() ? query.from.toMSecsSinceEpoch() : kNoTime;
    range.toMs = query.to.isValid() ? query.to.toMSecsSinceEpoch() : kNoTime;
    range.limit
        = std::clamp(query.pageSize, ExecutionQuery::kMinPageSize, ExecutionQuery::kMaxPageSize);
    onStore([walk, range](Worker &worker) { worker.walks.insert(walk, range); });
    return walk;
}

void ArchiveService::next(quint64 walk)
{
    onStore([this, walk](Worker &worker) {
        ParsedPage page;
        QList<OlderOutcome> outcomes;
        QString error;
        bool last = true;
        const auto it = worker.walks.find(walk);
        if (it != worker.walks.end() && worker.archive) {
            ArchiveError failure;
            // One row more than the page tells whether another page follows.
            ArchiveRange range = *it;
            ++range.limit;
            QList<ArchivedExecution> rows = worker.archive->range(range, &failure);
            if (failure.isError()) {
                error = failure.message;
            } else {
                last = rows.size() <= it->limit;
                if (!last)
                    rows.removeLast();
                if (!rows.isEmpty())
                    it->continueAfter(rows.last());
                for (const ArchivedExecution &row : std::as_const(rows)) {
                    if (!row.outcome.isEmpty())
                        outcomes << olderOutcomeOf(row);
                }
                page = parsedPageOf(rows, range.flowSid, false);
                error = page.error;
            }
        } else if (!worker.archive) {
            error = tr("the archive is not open");
        }
        QMetaObject::invokeMethod(this,
            [this, walk, page = std::move(page), outcomes = std::move(outcomes), last, error] {
                Q_EMIT pageRead(walk, page, outcomes, last, error);
            });
    });
}

void ArchiveService::end(quint64 walk)
{
    onStore([walk](Worker &worker) { worker.walks.remove(walk); });
}

QDateTime ArchiveService::keptSince() const
{
    if (!m_open)
        return {};
    return m_keptSince.isValid()
        ? m_keptSince
        : QDateTime::currentDateTimeUtc().addDays(-ExecutionQuery::kStudioKeepsDays);
}

QString ArchiveService::describe() const
{
    return tr("the archive, %1").arg(syncedText());
}

QString ArchiveService::syncedText() const
{
    if (!m_lastSync.isValid())
        return tr("not synced yet");
    const qint64 minutes = m_lastSync.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 1)
        return tr("synced just now");
    if (minutes < 120)
        return tr("synced %n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("synced %n h ago", nullptr, int(minutes / 60));
    return tr("synced %1").arg(QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat));
}

} // namespace flowscope
