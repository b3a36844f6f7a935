#pragma once

// A table of results gathered from several flows (the customer search's, Find stuck's): the
// ResultsModel behind a sort proxy, painted by RowDelegate, fixed rows, columns sized for what
// they hold; and the selected executions, in view order.

#include "executions/executionstore.h"

class QSortFilterProxyModel;
class QTableView;

namespace flowscope {

class ResultsModel;

QSortFilterProxyModel *setUpResultsTable(QTableView *view, ResultsModel *results);
QList<Execution> selectedResults(const QTableView *view, const ResultsModel *results);

} // namespace flowscope
