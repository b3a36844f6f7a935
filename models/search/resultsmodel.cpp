#include "resultsmodel.h"

#include "util/textformat.h"

#include "executions/executionsmodel.h"

using namespace Qt::StringLiterals;

namespace flowscope {

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ResultsModel::setFlowNames(const QHash<QString, QString> &names)
{
    m_flowNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FlowColumn), index(rowCount() - 1, FlowColumn));
}

void ResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_sids.clear();
    m_added = 0;
    endResetModel();
}

void ResultsModel::add(const Execution &execution)
{
    add(execution, { 0, ++m_added });
}

void ResultsModel::add(const Execution &execution, Order order)
{
    if (m_sids.contains(execution.sid))
        return;
    m_sids.insert(execution.sid);
    // Newest first; of the same second, by the order given, so that the rows stand the same
    // however the flows' answers interleaved (as the command line writes them to a file).
    int lo = 0;
    int hi = int(m_rows.size());
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const bool before = m_rows[mid].created > execution.created
            || (m_rows[mid].created == execution.created && !(order < m_order[mid]));
        if (before)
            lo = mid + 1;
        else
            hi = mid;
    }
    beginInsertRows({}, lo, lo);
    m_rows.insert(lo, execution);
    m_order.insert(lo, order);
    endInsertRows();
}

bool ResultsModel::update(const QByteArray &executionJson)
{
    const ParsedPage page = parseExecutionObject(executionJson, QString());
    if (!page.error.isEmpty())
        return false;
    const QString sid = sidOf(page, 0);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].sid != sid)
            continue;
        m_rows[row] = executionOf(page, 0, m_rows[row].flowSid);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    return false;
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Execution &e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FlowColumn: return m_flowNames.value(e.flowSid, e.flowSid);
        case StatusColumn: return ExecutionsModel::statusText(e.status, e.statusText);
        case SidColumn: return e.sid;
        case ContactColumn: return e.contactAddress;
        case StartedColumn: return TextFormat::localTime(e.created);
        case UpdatedColumn: return TextFormat::localTime(e.updated);
        case DurationColumn:
            return TextFormat::duration(e.durationSeconds() < 0 ? -1 : e.durationSeconds() * 1000);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FlowColumn)
            return e.flowSid;
        if (index.column() == StartedColumn)
            return tr("%1 UTC").arg(e.createdText);
        if (index.column() == UpdatedColumn)
            return e.updatedText.isEmpty() ? tr("Not set") : tr("%1 UTC").arg(e.updatedText);
        return data(index, Qt::DisplayRole);
    case StatusRole: return int(e.status);
    case CreatedRole: return e.created;
    case SortRole:
        switch (index.column()) {
        case StartedColumn: return e.created;
        case UpdatedColumn: return e.updated;
        case DurationColumn: return e.durationSeconds();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The columns the table has too are titled as there.
    static const ExecutionsModel::Column same[]
        = { ExecutionsModel::ColumnCount, ExecutionsModel::StatusColumn, ExecutionsModel::SidColumn,
              ExecutionsModel::ContactColumn, ExecutionsModel::StartedColumn,
              ExecutionsModel::UpdatedColumn, ExecutionsModel::DurationColumn };
    if (section == FlowColumn)
        return tr("Flow");
    if (section > FlowColumn && section < ColumnCount)
        return ExecutionsModel::columnTitle(same[section]);
    return {};
}

} // namespace flowscope
