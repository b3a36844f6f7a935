#pragma once

// The executions table: fixed-height rows that load page by page as the user scrolls (the next
// page is asked for before the bottom is reached), a quick filter and sorting over the loaded
// rows (each saying so), a header menu for the columns, Ctrl+C as TSV, and a status line that
// explains every state with a Retry when a page fails.

#include "api/apierror.h"

#include <QPersistentModelIndex>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace flowscope {

class ExecutionsModel;
struct SavedView;
class OutcomeCache;

// Sorts and filters the loaded rows (the text filter, and "failed only"); adds the status icons
// the widget-free model cannot — a red one for an execution that failed.
class ExecutionsProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExecutionsProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setFailedOnly(bool failedOnly);
    bool failedOnly() const { return m_failedOnly; }
    // Only these executions (those that passed a box or an edge of the diagram); empty: all.
    void setOnly(const QSet<QString> &executionSids);
    bool hasOnly() const { return !m_only.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failedOnly = false;
    QSet<QString> m_only;
};

class ExecutionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionsView)

public:
    explicit ExecutionsView(ExecutionsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

    // Lists only these executions, saying why ("the 312 that passed split_menu"), until Show all
    // or another query; the first of them becomes current when the current row is not one.
    void showOnly(const QStringList &executionSids, const QString &why);
    void showAll();

    // Outcome columns: the rows on screen read theirs as they appear (and drop them when they
    // scroll away), Analyse reads every loaded row's, Failed only filters on them.
    void setOutcomeCache(OutcomeCache *cache);
    // Every loaded row's outcome (the button; again to cancel).
    void analyse();
    // The rows on screen now, as the outcome cache is told them (source rows, top to bottom).
    QList<int> visibleSourceRows() const;
    // Tells the outcome cache the rows on screen again, a moment from now.
    void refreshVisibleOutcomes();
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
    // What a saved view keeps of the table: the quick filter, failed only, the visible columns in
    // their order, the sort. applyView() sets them; failed only reads the loaded rows' outcomes.
    void readView(SavedView *view) const;
    void applyView(const SavedView &view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The SIDs of the active rows on screen (the live tail reads them again).
    void visibleActiveRowsChanged(const QStringList &sids);
    void currentExecutionChanged(int sourceRow);
    void activated(int sourceRow); // Enter or double-click: open the detail

private:
    // The view, built in steps.
    void buildTable();
    void sizeColumns();
    void connectTable();
    void buildFilterBar();
    void connectModel();
    void buildOutcomeControls();
    void buildNewRowsButton();
    void layOut();

    void updateStatus();
    void updateOverlay();
    void prefetch();
    void tellVisibleRows();
    void showHeaderMenu(const QPoint &position);
    void sortChanged(int column, Qt::SortOrder order);

    ExecutionsModel *m_model; // not owned
    ExecutionsProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_filterNote;
    QPushButton *m_loadAll;
    QPushButton *m_analyse;
    QCheckBox *m_failedOnly;
    QLabel *m_analysisNote;
    QLabel *m_onlyNote;
    QPushButton *m_showAll;
    QPushButton *m_newRows; // "12 new ▲": rows put on top while scrolled away
    QPersistentModelIndex m_topBeforeInsert;
    int m_unseenNewRows = 0;
    QTimer *m_visibleTimer; // rows on screen are told once scrolling pauses
    OutcomeCache *m_outcomes = nullptr; // not owned
    QLabel *m_sortNote;
    QPushButton *m_clearSort;
    QLabel *m_status;
    QPushButton *m_retry;
    QLabel *m_overlay;
    QString m_emptyText;
    QString m_retryNote;
    QMetaObject::Connection m_viewAnalysis; // a view's failed only: each page's outcomes read
};

} // namespace flowscope
