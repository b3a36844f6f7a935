#include "resultstable.h"

#include "executions/rowdelegate.h"
#include "search/resultsmodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace flowscope {

QSortFilterProxyModel *setUpResultsTable(QTableView *view, ResultsModel *results)
{
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(results);
    proxy->setSortRole(ResultsModel::SortRole);
    view->setModel(proxy);
    view->setItemDelegate(new RowDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder); // as they came
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = view->fontMetrics();
    view->setColumnWidth(
        ResultsModel::FlowColumn, fm.horizontalAdvance(u"Order Status SMS Bot"_s) + 16);
    view->setColumnWidth(ResultsModel::StatusColumn, fm.horizontalAdvance(u"Active"_s) + 24);
    view->setColumnWidth(ResultsModel::SidColumn,
        fm.horizontalAdvance(u"FN0123456789abcdef0123456789abcdef"_s) + 16);
    view->setColumnWidth(
        ResultsModel::ContactColumn, fm.horizontalAdvance(u"whatsapp:+447700900123"_s) + 16);
    for (const int column : { int(ResultsModel::StartedColumn), int(ResultsModel::UpdatedColumn) })
        view->setColumnWidth(column, fm.horizontalAdvance(u"2026-11-28 23:59:59"_s) + 16);
    return proxy;
}

QList<Execution> selectedResults(const QTableView *view, const ResultsModel *results)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<Execution> out;
    for (const int row : rows)
        out << results->executionAt(proxy->mapToSource(proxy->index(row, 0)).row());
    return out;
}

} // namespace flowscope
