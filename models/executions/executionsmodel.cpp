#include "executionsmodel.h"

#include "api/studioclient.h"
#include "outcome/outcomecache.h"
#include "related/errorcodes.h"
#include "util/textformat.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace flowscope {

Q_LOGGING_CATEGORY(lcModel, "flowscope.model", QtWarningMsg)

namespace {

ExecutionsModel::Known knownOf(const Outcome *outcome)
{
    if (!outcome)
        return ExecutionsModel::Known::No;
    return outcome->failed() ? ExecutionsModel::Known::Failed : ExecutionsModel::Known::Ok;
}

} // namespace

ExecutionsModel::ExecutionsModel(StudioClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_pages(client)
{
    // Another account or origin: nothing of the old one may stay on screen.
    connect(m_client, &StudioClient::settingsChanged, this, &ExecutionsModel::clear);
    connect(&m_pages, &ExecutionPages::pageRead, this, &ExecutionsModel::pageRead);
    connect(&m_pages.pager(), &Pager::failed, this, &ExecutionsModel::fail);
    connect(&m_pages.pager(), &Pager::retrying, this, &ExecutionsModel::retrying);
    connect(&m_pages.pager(), &Pager::finished, this, [this] {
        if (m_olderPart)
            return; // what is older than Twilio keeps follows
        m_hasMore = false;
        m_loadAll = false;
    });
}

void ExecutionsModel::setOlderExecutions(OlderExecutions *older)
{
    if (m_older)
        m_older->disconnect(this);
    m_older = older;
    if (older)
        connect(older, &OlderExecutions::pageRead, this, &ExecutionsModel::olderPageRead);
}

QString ExecutionsModel::sourceNote() const
{
    if (!m_older || (m_olderRows == 0 && !m_offline && !readingOlder()))
        return {};
    if (m_offline)
        return tr("Twilio cannot be reached: rows from %1").arg(m_older->describe());
    if (m_olderRows == qint64(m_store.size()))
        return tr("Rows from %1").arg(m_older->describe());
    return tr("%n row(s) older than Twilio keeps, from %1", nullptr, int(m_olderRows))
        .arg(m_older->describe());
}

void ExecutionsModel::startOlder(const ExecutionQuery &query)
{
    m_olderPart.reset();
    m_walk = m_older->begin(query);
    m_olderBusy = false;
    m_hasMore = true;
    Q_EMIT sourceChanged();
}

ExecutionsModel::~ExecutionsModel() = default;

QString ExecutionsModel::columnName(Column column)
{
    switch (column) {
    case StatusColumn: return u"status"_s;
    case SidColumn: return u"sid"_s;
    case ContactColumn: return u"contact_channel_address"_s;
    case StartedColumn: return u"date_created"_s;
    case UpdatedColumn: return u"date_updated"_s;
    case DurationColumn: return u"duration_seconds"_s;
    case ContactSidColumn: return u"contact_sid"_s;
    case FlowSidColumn: return u"flow_sid"_s;
    case EndedAtColumn: return u"ended_at"_s;
    case LastEventColumn: return u"last_event"_s;
    case StepsColumn: return u"step_count"_s;
    case ErrorColumn: return u"error_code"_s;
    case RevisionColumn: return u"flow_version"_s;
    case ColumnCount: break;
    }
    return {};
}

QString ExecutionsModel::columnTitle(Column column)
{
    switch (column) {
    case StatusColumn: return tr("Status");
    case SidColumn: return tr("Execution SID");
    case ContactColumn: return tr("Contact");
    case StartedColumn: return tr("Started");
    case UpdatedColumn: return tr("Updated");
    case DurationColumn: return tr("Duration");
    case ContactSidColumn: return tr("Contact SID");
    case FlowSidColumn: return tr("Flow SID");
    case EndedAtColumn: return tr("Ended at");
    case LastEventColumn: return tr("Last event");
    case StepsColumn: return tr("Steps");
    case ErrorColumn: return tr("Error");
    case RevisionColumn: return tr("Revision");
    case ColumnCount: break;
    }
    return {};
}

QString ExecutionsModel::statusText(ExecutionStatus status, const QString &asGiven)
{
    switch (status) {
    case ExecutionStatus::Active: return tr("Active");
    case ExecutionStatus::Ended: return tr("Ended");
    case ExecutionStatus::Unknown: break;
    }
    return asGiven;
}

void ExecutionsModel::reset(const ExecutionQuery &query)
{
    beginResetModel();
    ++m_generation;
    m_pages.reset(); // drops the request or the parse under way: an older page never lands
    m_pages.setReading({ query.flowSid, false, {} });
    if (m_older && m_walk != 0)
        m_older->end(m_walk);
    const bool noted = m_olderRows > 0 || m_offline || m_walk != 0;
    m_walk = 0;
    m_olderBusy = false;
    m_olderPart.reset();
    m_olderRows = 0;
    m_offline = false;
    m_store.clear();
    m_store.setFlowSid(query.flowSid);
    m_order.clear();
    m_rowOf.clear();
    m_known.clear();
    m_query = query;
    m_error = {};
    m_hasMore = false;
    m_loadAll = false;
    endResetModel();
    if (noted)
        Q_EMIT sourceChanged();
}

void ExecutionsModel::setQuery(const ExecutionQuery &query)
{
    reset(query);
    const ApiError invalid = query.validate();
    if (invalid.isError()) {
        fail(invalid);
        return;
    }
    // What Twilio no longer has is read from the older executions' store.
    const QDateTime kept = m_older ? m_older->keptSince() : QDateTime();
    if (kept.isValid() && (!query.from.isValid() || query.from < kept)) {
        ExecutionQuery older = query;
        if (!older.to.isValid() || older.to > kept)
            older.to = kept;
        if (query.to.isValid() && query.to <= kept) {
            startOlder(older);
            setState(State::Idle);
            fetchMore();
            return;
        }
        ExecutionQuery recent = query;
        recent.from = kept;
        m_olderPart = older;
        m_pages.reset(recent);
    } else {
        m_pages.reset(query);
    }
    m_hasMore = true;
    setState(State::Idle);
    fetchMore();
}

void ExecutionsModel::clear()
{
    reset({});
    setState(State::Idle);
}

void ExecutionsModel::refresh()
{
    if (hasQuery())
        setQuery(m_query);
}

QString ExecutionsModel::accountSid() const
{
    return m_client->settings().credentials.accountSid;
}

int ExecutionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

void ExecutionsModel::setOutcomeCache(OutcomeCache *cache)
{
    if (m_outcomes)
        m_outcomes->disconnect(this);
    m_outcomes = cache;
    if (cache) {
        connect(cache, &OutcomeCache::outcomeChanged, this, [this](const QString &sid) {
            const qsizetype at = m_store.indexOf(sid);
            if (at < 0)
                return;
            m_known[size_t(at)] = knownOf(m_outcomes->find(sid));
            const int row = logical(at);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(cache, &OutcomeCache::cleared, this, [this] {
            m_known.assign(m_known.size(), Known::No);
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
    m_known.clear();
    markKnown(0);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Outcome *ExecutionsModel::outcomeAt(int row) const
{
    return row >= 0 && row < rowCount() ? outcomeOfPhysical(physical(row)) : nullptr;
}

const Outcome *ExecutionsModel::outcomeOfPhysical(qsizetype physicalRow) const
{
    return m_outcomes ? m_outcomes->find(m_store.sid(physicalRow)) : nullptr;
}

void ExecutionsModel::markKnown(qsizetype first)
{
    m_known.resize(size_t(m_store.size()), Known::No);
    if (!m_outcomes || m_outcomes->size() == 0)
        return; // nothing analysed: no SID to look up
    for (qsizetype at = first; at < m_store.size(); ++at)
        m_known[size_t(at)] = knownOf(m_outcomes->find(m_store.sid(at)));
}

OutcomeTarget ExecutionsModel::outcomeTargetAt(int row) const
{
    const qsizetype at = physical(row);
    const ExecutionRow &r = m_store.row(at);
    const auto time = [](qint64 ms) {
        return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    return { m_store.flowSid(at), m_store.sid(at), r.status == ExecutionStatus::Active, false,
        time(r.createdMs), time(r.updatedMs) };
}

int ExecutionsModel::prependNewest(const ParsedPage &page)
{
    // Rows already loaded that changed (an active one that ended): updated where they are.
    for (qsizetype k = 0; k < qsizetype(page.rows.size()); ++k) {
        const qsizetype at = m_store.indexOf(sidOf(page, k));
        if (at < 0)
            continue;
        const ExecutionRow &was = m_store.row(at);
        const ExecutionRow &now = page.rows[size_t(k)];
        if (was.status == now.status && was.updatedMs == now.updatedMs)
            continue;
        m_store.update(at, page, k);
        const int row = logical(at);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    const std::vector<qsizetype> fresh = m_store.newRows(page);
    if (fresh.empty())
        return 0;
    const qsizetype n = qsizetype(fresh.size());
    const qsizetype first = m_store.size();
    if (m_order.empty()) { // the first rows put on top: the identity so far, made explicit
        m_order.resize(size_t(first));
        m_rowOf.resize(size_t(first));
        for (qsizetype k = 0; k < first; ++k)
            m_order[size_t(k)] = m_rowOf[size_t(k)] = quint32(k);
    }
    beginInsertRows({}, 0, int(n) - 1);
    m_store.append(page, fresh);
    markKnown(first);
    for (quint32 &row : m_rowOf)
        row += quint32(n);
    m_order.insert(m_order.begin(), size_t(n), 0);
    for (qsizetype k = 0; k < n; ++k) {
        m_order[size_t(k)] = quint32(first + k); // in the page's order: newest first
        m_rowOf.push_back(quint32(k));
    }
    endInsertRows();
    return int(n);
}

int ExecutionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExecutionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = physical(index.row());
    const ExecutionRow &r = m_store.row(row);
    const auto created = [&r] {
        return r.createdMs == kNoTime ? QDateTime()
                                      : QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC);
    };
    const auto updated = [&r] {
        return r.updatedMs == kNoTime ? QDateTime()
                                      : QDateTime::fromMSecsSinceEpoch(r.updatedMs, Qt::UTC);
    };
    const auto duration = [&r]() -> qint64 {
        if (r.status != ExecutionStatus::Ended || r.createdMs == kNoTime || r.updatedMs == kNoTime)
            return -1;
        return std::max<qint64>(0, (r.updatedMs - r.createdMs) / 1000);
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn: {
            const OddFields *odd
                = r.status == ExecutionStatus::Unknown ? m_store.odd(row) : nullptr;
            return statusText(r.status, odd ? odd->status : QString());
        }
        case SidColumn: return m_store.sid(row);
        case ContactColumn: return m_store.contactAddress(row);
        case StartedColumn: return TextFormat::localTime(created());
        case UpdatedColumn: return TextFormat::localTime(updated());
        case DurationColumn: {
            const qint64 seconds = duration();
            return TextFormat::duration(seconds < 0 ? -1 : seconds * 1000);
        }
        case ContactSidColumn: return m_store.contactSid(row);
        case FlowSidColumn: return m_store.flowSid(row);
        case RevisionColumn: return r.flowVersion > 0 ? QVariant(r.flowVersion) : QVariant();
        case EndedAtColumn:
        case LastEventColumn:
        case StepsColumn: {
            const Outcome *outcome = outcomeOfPhysical(row);
            if (!outcome || !outcome->hasSteps())
                return outcome ? QVariant(tr("?")) : QVariant();
            if (index.column() == StepsColumn)
                return outcome->stepCount;
            if (index.column() == LastEventColumn)
                return outcome->lastEvent;
            return outcome->waiting ? tr("%1 (waiting)").arg(outcome->endedAt) : outcome->endedAt;
        }
        case ErrorColumn: {
            const Outcome *outcome = outcomeOfPhysical(row);
            if (!outcome)
                return {};
            if (outcome->relatedKnown && outcome->errorCode)
                return outcome->errorCode;
            // A failure Twilio gave no code for says what failed, here and not only in a
            // tooltip: "http_1 answered 503".
            if (outcome->failed())
                return outcome->reason;
            return outcome->isKnown() && !outcome->relatedKnown ? QVariant(tr("?")) : QVariant();
        }
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StartedColumn:
        case UpdatedColumn: {
            const Execution e = m_store.execution(row);
            const QString text = index.column() == StartedColumn ? e.createdText : e.updatedText;
            return text.isEmpty() ? tr("Not set") : tr("%1 UTC").arg(text);
        }
        case ContactColumn: return m_store.contactAddress(row);
        case ErrorColumn: {
            const Outcome *outcome = outcomeOfPhysical(row);
            if (!outcome || !outcome->relatedKnown)
                return outcome && outcome->isKnown()
                    ? QVariant(tr("What Twilio said about it could not all be read"))
                    : QVariant();
            if (!outcome->errorCode)
                return tr("No Twilio error");
            const QString retry = ErrorCodes::retryText(outcome->errorCode);
            return retry.isEmpty()
                ? ErrorCodes::describe(outcome->errorCode)
                : tr("%1 — %2").arg(ErrorCodes::describe(outcome->errorCode), retry);
        }
        case StatusColumn:
        case EndedAtColumn:
        case LastEventColumn:
        case StepsColumn: {
            const Outcome *outcome = outcomeOfPhysical(row);
            const QString shown = data(index, Qt::DisplayRole).toString();
            if (!outcome)
                return index.column() == StatusColumn ? QVariant(shown) : QVariant();
            if (outcome->failed())
                return tr("%1 — failed: %2").arg(shown, outcome->reason);
            if (!outcome->isKnown())
                return tr("%1 — outcome unknown: %2").arg(shown, outcome->reason);
            return shown;
        }
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == StepsColumn
            || index.column() == ErrorColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SidRole: return m_store.sid(row);
    case StatusRole: return int(r.status);
    case ContactRole: return m_store.contactAddress(row);
    case CreatedRole: return created();
    case UpdatedRole: return updated();
    case DurationRole: return duration();
    case ContactSidRole: return m_store.contactSid(row);
    case FlowSidRole: return m_store.flowSid(row);
    case FilterRole: return QString(m_store.sid(row) + u'\n' + m_store.contactAddress(row));
    case OutcomeRole: {
        const Outcome *outcome = outcomeOfPhysical(row);
        return outcome ? int(outcome->verdict) : -1;
    }
    case OutcomeReasonRole: {
        const Outcome *outcome = outcomeOfPhysical(row);
        return outcome ? outcome->reason : QString();
    }
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return int(r.status);
        case StartedColumn: return r.createdMs;
        case UpdatedColumn: return r.updatedMs;
        case DurationColumn: return duration();
        case RevisionColumn: return r.flowVersion;
        case StepsColumn: {
            const Outcome *outcome = outcomeOfPhysical(row);
            return outcome ? outcome->stepCount : -2;
        }
        case ErrorColumn: {
            const Outcome *outcome = outcomeOfPhysical(row);
            return outcome && outcome->relatedKnown ? outcome->errorCode : -1;
        }
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ExecutionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        return section >= 0 && section < ColumnCount ? columnTitle(Column(section)) : QVariant();
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartedColumn:
            return tr("When the execution started, in local time (hover a cell for UTC)");
        case UpdatedColumn:
            return tr("When the execution last changed, in local time (hover a cell for UTC)");
        case DurationColumn: return tr("From start to end, for executions that ended");
        case EndedAtColumn:
            return tr("The widget it ended on (or waits in), from its steps: read for the rows on "
                      "screen, or all loaded rows with Analyse");
        case LastEventColumn: return tr("The event of its last step");
        case StepsColumn: return tr("How many steps it took");
        case ErrorColumn:
            return tr("The first error Twilio recorded for it: a Debugger alert of a failed step, "
                      "or a message that was not delivered (hover for its meaning); for a failure "
                      "without a code, what failed");
        case ContactColumn:
            return tr(
                "The phone number, WhatsApp, client or SIP address that triggered the execution");
        default: return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return {};
}

bool ExecutionsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_hasMore || m_state == State::Error)
        return false;
    return readingOlder() ? !m_olderBusy && m_older : m_pages.canFetch();
}

void ExecutionsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_error = {};
    setState(State::Loading);
    if (readingOlder()) {
        m_olderBusy = true;
        m_older->next(m_walk);
        return;
    }
    m_pages.fetchNext();
}

void ExecutionsModel::retry()
{
    if (!canRetry())
        return;
    m_error = {};
    setState(State::Loading);
    m_pages.retry();
}

void ExecutionsModel::loadAll()
{
    if (!m_hasMore)
        return;
    m_loadAll = true;
    fetchMore();
}

void ExecutionsModel::cancelLoadAll()
{
    m_loadAll = false;
}

void ExecutionsModel::pageRead(const ReadPage &read)
{
    const ParsedPage &page = read.page;
    QElapsedTimer clock;
    clock.start();
    const auto done = qScopeGuard([&clock] {
        qCDebug(lcModel) << "page insert handler:" << clock.nsecsElapsed() / 1000 << "us";
    });
    const int added = insert(page);
    if (!m_pages.accept(page.nextPageUrl))
        return; // refused: the model failed
    if (m_pages.pager().state() == Pager::State::Done) {
        if (m_olderPart) // Twilio's part is done: on with what is older than it keeps
            startOlder(*m_olderPart);
        else
            m_hasMore = false;
    }
    pageDone(added);
}

void ExecutionsModel::pageDone(int added)
{
    setState(m_hasMore ? State::Idle : State::Complete);
    Q_EMIT pageLoaded(added, rowCount());
    if (!m_hasMore) {
        m_loadAll = false;
        Q_EMIT completed(m_store.size());
    } else if (m_loadAll) {
        fetchMore();
    }
}

int ExecutionsModel::insert(const ParsedPage &page)
{
    const std::vector<qsizetype> fresh = m_store.newRows(page);
    if (fresh.empty())
        return 0;
    const int first = int(m_store.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_store.append(page, fresh);
    markKnown(first);
    if (!m_order.empty()) { // older rows go at the end, whatever was put on top
        for (qsizetype k = 0; k < qsizetype(fresh.size()); ++k) {
            m_order.push_back(quint32(first + k));
            m_rowOf.push_back(quint32(first + k));
        }
    }
    endInsertRows();
    return int(fresh.size());
}

void ExecutionsModel::olderPageRead(quint64 walk, const ParsedPage &page,
    const QList<OlderOutcome> &outcomes, bool last, const QString &error)
{
    if (walk != m_walk || walk == 0)
        return; // a walk of an older query
    m_olderBusy = false;
    if (!error.isEmpty()) {
        fail(ApiError::of(ApiError::Kind::LocalIo, error));
        return;
    }
    // What became of them is known before the rows show: nothing is asked of Twilio for them.
    if (m_outcomes) {
        for (const OlderOutcome &known : outcomes)
            m_outcomes->know(known.executionSid, known.outcome, known.steps, known.active);
    }
    const int added = insert(page);
    m_olderRows += added;
    if (added > 0)
        Q_EMIT sourceChanged();
    if (last) {
        m_older->end(m_walk);
        m_hasMore = false;
    }
    pageDone(added);
}

void ExecutionsModel::fail(const ApiError &error)
{
    // Twilio out of reach before a row came: the whole range from the older executions' store.
    const bool unreachable
        = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (unreachable && m_older && !readingOlder() && m_store.size() == 0 && hasQuery()) {
        m_pages.reset();
        startOlder(m_query);
        m_offline = true;
        Q_EMIT sourceChanged();
        setState(State::Idle);
        fetchMore();
        return;
    }
    m_error = error;
    m_loadAll = false;
    setState(State::Error);
    Q_EMIT errorOccurred(error);
}

void ExecutionsModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Execution ExecutionsModel::executionAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_store.execution(physical(row));
}

int ExecutionsModel::rowOfSid(const QString &sid) const
{
    const qsizetype at = m_store.indexOf(sid);
    return at < 0 ? -1 : logical(at);
}

bool ExecutionsModel::updateExecution(const QByteArray &executionJson)
{
    const ParsedPage page = parseExecutionObject(executionJson, m_query.flowSid);
    if (!page.error.isEmpty())
        return false;
    ExecutionStore probe;
    probe.append(page, { 0 });
    const int row = rowOfSid(probe.sid(0));
    if (row < 0)
        return false;
    m_store.update(physical(row), page, 0);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

} // namespace flowscope
