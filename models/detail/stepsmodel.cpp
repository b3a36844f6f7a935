#include "stepsmodel.h"

#include "util/textformat.h"

#include <QLocale>

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

StepsModel::StepsModel(StudioClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_fetcher(client)
{
    connect(m_client, &StudioClient::settingsChanged, this, &StepsModel::clear);
    connect(&m_fetcher, &ListFetcher::failed, this, [this](const ApiError &error) {
        m_error = error;
        setState(State::Error);
        Q_EMIT errorOccurred(error);
    });
    connect(&m_fetcher, &ListFetcher::finished, this, &StepsModel::show);
}

void StepsModel::show(const QList<ListItem> &items)
{
    QList<Step> steps = stepsOf(items);
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
    setState(State::Ready);
    Q_EMIT loaded(int(m_steps.size()));
}

void StepsModel::setListed(
    const QString &flowSid, const QString &executionSid, const QList<ListItem> &items)
{
    clear();
    m_flowSid = flowSid;
    m_executionSid = executionSid;
    show(items);
}

void StepsModel::setExecution(const QString &flowSid, const QString &executionSid)
{
    clear();
    m_flowSid = flowSid;
    m_executionSid = executionSid;
    setState(State::Loading);
    // v2: its steps name their parent step, so a subflow's steps sit under the step that ran it.
    m_fetcher.start(m_client->stepsV2Url(flowSid, executionSid));
}

void StepsModel::clear()
{
    m_fetcher.cancel();
    beginResetModel();
    m_steps.clear();
    m_notes.clear();
    endResetModel();
    m_flowSid.clear();
    m_executionSid.clear();
    m_error = {};
    setState(State::Idle);
}

void StepsModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StepsModel::setEnd(const QDateTime &end)
{
    m_end = end;
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, DurationColumn), index(rowCount() - 1, DurationColumn));
}

void StepsModel::setNotes(const QHash<int, Note> &notes)
{
    m_notes = notes;
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 StepsModel::durationMs(int row) const
{
    if (row < 0 || row >= m_steps.size() || !m_steps[row].created.isValid())
        return -1;
    const QDateTime until = row + 1 < m_steps.size() ? m_steps[row + 1].created : m_end;
    if (!until.isValid())
        return -1;
    return std::max<qint64>(0, m_steps[row].created.msecsTo(until));
}

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_steps[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return step.created.isValid() ? step.created.toLocalTime().toString(u"HH:mm:ss"_s)
                                          : QString();
        case DurationColumn: return TextFormat::duration(durationMs(index.row()));
        case EventColumn:
            // A subflow's steps, under the step that ran it.
            return step.parentStepSid.isEmpty() ? step.name : u"    ↳ "_s + step.name;
        case NoteColumn: return m_notes.value(index.row()).text;
        case TransitionColumn: return tr("%1 → %2").arg(step.transitionedFrom, step.transitionedTo);
        case TypeColumn: return step.type;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DurationColumn)
            return tr("How long this step lasted: until the next step, the last one until the "
                      "execution ended (or now, while it runs)");
        if (index.column() == NoteColumn)
            return m_notes.value(index.row()).tip;
        if (index.column() == TimeColumn)
            return step.created.isValid()
                ? tr("%1 UTC").arg(step.created.toUTC().toString(Qt::ISODate))
                : QString();
        return data(index, Qt::DisplayRole);
    case SidRole: return step.sid;
    case CreatedRole: return step.created;
    case OffsetRole:
        return m_steps.first().created.isValid() && step.created.isValid()
            ? m_steps.first().created.msecsTo(step.created)
            : qint64(-1);
    case DurationRole: return durationMs(index.row());
    case SpanRole: {
        const QDateTime first = m_steps.first().created;
        const QDateTime last = m_end.isValid() ? m_end : m_steps.last().created;
        return first.isValid() && last.isValid() ? std::max<qint64>(1, first.msecsTo(last))
                                                 : qint64(-1);
    }
    case SubflowRole: return !step.parentStepSid.isEmpty();
    case NoteErrorRole: return m_notes.value(index.row()).error;
    }
    return {};
}

QVariant StepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case DurationColumn: return tr("Lasted");
    case EventColumn: return tr("Event");
    case NoteColumn: return tr("Twilio said");
    case TransitionColumn: return tr("From → To");
    case TypeColumn: return tr("Widget type");
    }
    return {};
}

} // namespace flowscope
