#pragma once

// The executions table: fixed-height rows that load page by page as the user scrolls (the next
// page is asked for before the bottom is reached), a quick filter and sorting over the loaded
// rows (each saying so), a header menu for the columns, Ctrl+C as TSV, and a status line that
// explains every state with a Retry when a page fails.

#include "apierror.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace flowscope {

class ExecutionsModel;

// Sorts and filters the loaded rows; adds the status icons the widget-free model cannot.
class ExecutionsProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExecutionsProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

class ExecutionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionsView)

public:
    explicit ExecutionsView(ExecutionsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterBox() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *loadAllButton() const { return m_loadAll; }
    ExecutionsProxy *proxy() const { return m_proxy; }

    int currentSourceRow() const; // -1 when none
    // Makes the row current and selected and scrolls to it; false when the filter hides it.
    bool selectSourceRow(int row);
    void clearCurrent(); // no current row, nothing selected
    QList<int> selectedSourceRows() const; // in view order
    // The selected rows as TSV with a header of the visible columns, in view order.
    QString selectionAsTsv() const;
    void copySelection();
    void setEmptyText(const QString &text); // "Pick a flow" and the like
    void focusFilter();
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void currentExecutionChanged(int sourceRow);
    void activated(int sourceRow); // Enter or double-click: open the detail

private:
    void updateStatus();
    void updateOverlay();
    void prefetch();
    void showHeaderMenu(const QPoint &position);
    void sortChanged(int column, Qt::SortOrder order);

    ExecutionsModel *m_model; // not owned
    ExecutionsProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_filterNote;
    QPushButton *m_loadAll;
    QLabel *m_sortNote;
    QPushButton *m_clearSort;
    QLabel *m_status;
    QPushButton *m_retry;
    QLabel *m_overlay;
    QString m_emptyText;
    QString m_retryNote;
};

} // namespace flowscope
