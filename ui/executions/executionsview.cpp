#include "executionsview.h"

#include "common/copylinkactions.h"
#include "export/tabletext.h"

#include "executions/executionsmodel.h"
#include "links/savedview.h"
#include "outcome/outcomecache.h"
#include "rowdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

ExecutionsProxy::ExecutionsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ExecutionsModel::SortRole);
    setFilterRole(ExecutionsModel::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(0);
}

QVariant ExecutionsProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == ExecutionsModel::StatusColumn) {
        static const QIcon active(u":/icons/status-active.svg"_s);
        static const QIcon ended(u":/icons/status-ended.svg"_s);
        static const QIcon unknown(u":/icons/status-unknown.svg"_s);
        static const QIcon failed(u":/icons/status-failed.svg"_s);
        if (QSortFilterProxyModel::data(index, ExecutionsModel::OutcomeRole).toInt()
            == int(Outcome::Verdict::Failed))
            return failed;
        switch (ExecutionStatus(
            QSortFilterProxyModel::data(index, ExecutionsModel::StatusRole).toInt())) {
        case ExecutionStatus::Active: return active;
        case ExecutionStatus::Ended: return ended;
        case ExecutionStatus::Unknown: return unknown;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

void ExecutionsProxy::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly == failedOnly)
        return;
    m_failedOnly = failedOnly;
    invalidateRowsFilter();
}

void ExecutionsProxy::setOnly(const QSet<QString> &executionSids)
{
    if (m_only == executionSids)
        return;
    m_only = executionSids;
    invalidateRowsFilter();
}

bool ExecutionsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_only.isEmpty()
        && !m_only.contains(sourceModel()
                                ->index(sourceRow, 0, sourceParent)
                                .data(ExecutionsModel::SidRole)
                                .toString()))
        return false;
    if (m_failedOnly
        && sourceModel()->index(sourceRow, 0, sourceParent).data(ExecutionsModel::OutcomeRole)
            != int(Outcome::Verdict::Failed))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

ExecutionsView::ExecutionsView(ExecutionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ExecutionsProxy(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_filterNote(new QLabel(this))
    , m_loadAll(new QPushButton(this))
    , m_analyse(new QPushButton(tr("Analyse"), this))
    , m_failedOnly(new QCheckBox(tr("Failed only"), this))
    , m_analysisNote(new QLabel(this))
    , m_onlyNote(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
    , m_newRows(new QPushButton(this))
    , m_visibleTimer(new QTimer(this))
    , m_sortNote(new QLabel(this))
    , m_clearSort(new QPushButton(tr("Newest first"), this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_overlay(new QLabel(m_table->viewport()))
{
    m_proxy->setSourceModel(model);
    buildTable();
    connectTable();
    buildFilterBar();
    connectModel();
    buildOutcomeControls();
    buildNewRowsButton();
    layOut();
    sortChanged(-1, Qt::DescendingOrder);
    setEmptyText(tr("Pick a flow to see its executions."));
    // The names tests and tools find the parts by.
    m_filter->setObjectName(u"filterBox"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_loadAll->setObjectName(u"loadAllButton"_s);
    m_analyse->setObjectName(u"analyseButton"_s);
    m_failedOnly->setObjectName(u"failedOnlyBox"_s);
    m_newRows->setObjectName(u"newRowsButton"_s);
    m_showAll->setObjectName(u"showAllButton"_s);
    m_onlyNote->setObjectName(u"onlyNote"_s);
}

void ExecutionsView::buildTable()
{
    // The table: fixed row heights (never sized to contents), rows selected whole.
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RowDelegate(m_table)); // a frame in well under 16 ms
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Executions"));
    m_table->setToolTip(
        tr("Executions, newest first; more load as you scroll. Ctrl+C copies the selected rows."));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort the loaded rows; right-click to choose columns"));
    header->setSortIndicator(-1, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    sizeColumns();
    m_table->setColumnHidden(ExecutionsModel::FlowSidColumn, true);
}

// Wide enough for what they hold: a SID, a WhatsApp number, a time, a widget name.
void ExecutionsView::sizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const int sidWidth = fm.horizontalAdvance(u"FN0123456789abcdef0123456789abcdef"_s) + 16;
    header->resizeSection(ExecutionsModel::StatusColumn, fm.horizontalAdvance(u"Active"_s) + 48);
    header->resizeSection(ExecutionsModel::SidColumn, sidWidth);
    header->resizeSection(
        ExecutionsModel::ContactColumn, fm.horizontalAdvance(u"whatsapp:+447700900123"_s) + 16);
    header->resizeSection(
        ExecutionsModel::StartedColumn, fm.horizontalAdvance(u"2026-11-28 23:59:59"_s) + 16);
    header->resizeSection(
        ExecutionsModel::UpdatedColumn, fm.horizontalAdvance(u"2026-11-28 23:59:59"_s) + 16);
    header->resizeSection(
        ExecutionsModel::DurationColumn, fm.horizontalAdvance(u"12 min 59 s"_s) + 16);
    header->resizeSection(ExecutionsModel::ContactSidColumn, sidWidth);
    header->resizeSection(ExecutionsModel::FlowSidColumn, sidWidth);
    header->resizeSection(
        ExecutionsModel::EndedAtColumn, fm.horizontalAdvance(u"send_and_wait_1 (waiting)"_s) + 16);
    header->resizeSection(
        ExecutionsModel::LastEventColumn, fm.horizontalAdvance(u"deliveryFailure"_s) + 16);
    header->resizeSection(
        ExecutionsModel::ErrorColumn, fm.horizontalAdvance(u"Error 81016"_s) + 16);
    header->resizeSection(ExecutionsModel::RevisionColumn,
        fm.horizontalAdvance(ExecutionsModel::columnTitle(ExecutionsModel::RevisionColumn)) + 32);
    header->setStretchLastSection(true);
    // Where it ended comes right after who it was: the "what happened" columns together.
    for (const int c : { ExecutionsModel::EndedAtColumn, ExecutionsModel::LastEventColumn,
             ExecutionsModel::StepsColumn, ExecutionsModel::ErrorColumn })
        header->moveSection(header->visualIndex(c),
            header->visualIndex(ExecutionsModel::ContactColumn) + 1
                + (c - ExecutionsModel::EndedAtColumn));
    // The revision it ran on beside how long it took: "it worked before the publish".
    header->moveSection(header->visualIndex(ExecutionsModel::RevisionColumn),
        header->visualIndex(ExecutionsModel::DurationColumn) + 1);
}

void ExecutionsView::connectTable()
{
    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QWidget::customContextMenuRequested, this, &ExecutionsView::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ExecutionsView::sortChanged);

    auto *copy = new QAction(tr("Copy rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ExecutionsView::copySelection);
    m_table->addAction(copy);
    addCopyLinkActions(
        m_table,
        [this] {
            const int row = currentSourceRow();
            return row >= 0 ? m_model->executionAt(row) : Execution();
        },
        [this] { return m_model->accountSid(); });
    m_table->installEventFilter(this);
    connect(m_table, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex &index) { Q_EMIT activated(m_proxy->mapToSource(index).row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            Q_EMIT currentExecutionChanged(
                current.isValid() ? m_proxy->mapToSource(current).row() : -1);
        });

    // Scrolling seldom waits: the next page is asked for well before the bottom.
    connect(
        m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &ExecutionsView::prefetch);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ExecutionsView::prefetch);
}

void ExecutionsView::buildFilterBar()
{
    // Quick filter over the loaded rows, and loading them all.
    m_filter->setPlaceholderText(tr("Filter by SID or contact…"));
    m_filter->setMinimumWidth(
        m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 36);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter loaded rows"));
    m_filter->setToolTip(tr("Shows only the loaded rows whose SID or contact contains this text "
                            "(Ctrl+F). Use Load all to filter every execution of the range."));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
        updateOverlay();
    });
    m_filterNote->setAccessibleName(tr("Filter scope"));
    m_loadAll->setAccessibleName(tr("Load all"));
    m_loadAll->setToolTip(
        tr("Load every execution of the range, page by page (cancel at any time)"));
    connect(m_loadAll, &QPushButton::clicked, this, [this] {
        if (m_model->isLoadingAll())
            m_model->cancelLoadAll();
        else
            m_model->loadAll();
        updateStatus();
    });
    m_sortNote->setAccessibleName(tr("Sort order"));
    m_clearSort->setAccessibleName(tr("Back to newest first"));
    m_clearSort->setToolTip(tr("Back to the API's order: newest first"));
    m_clearSort->setFlat(true);
    connect(m_clearSort, &QPushButton::clicked, this,
        [this] { m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder); });

    m_status->setAccessibleName(tr("Loading status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // an error's whole text, wrapped: the window never widens for it
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setToolTip(tr("Request the page that failed again; the rows loaded so far stay"));
    connect(m_retry, &QPushButton::clicked, m_model, &ExecutionsModel::retry);

    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->setAccessibleName(tr("Table message"));
    QFont big = m_overlay->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_overlay->setFont(big);
    m_overlay->setForegroundRole(QPalette::PlaceholderText);
    m_table->viewport()->installEventFilter(this);
}

void ExecutionsView::connectModel()
{
    connect(m_model, &ExecutionsModel::stateChanged, this, [this] {
        m_retryNote.clear();
        updateStatus();
        updateOverlay();
    });
    connect(m_model, &ExecutionsModel::pageLoaded, this, [this] {
        updateStatus();
        updateOverlay();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        updateOverlay();
    });
    connect(
        m_model, &ExecutionsModel::retrying, this, [this](qint64 delayMs, const ApiError &reason) {
            m_retryNote = tr("%1 Retrying in %2 s…")
                              .arg(reason.userMessage())
                              .arg(double(delayMs) / 1000.0, 0, 'f', 1);
            updateStatus();
        });
}

void ExecutionsView::buildOutcomeControls()
{
    // Outcomes: rows on screen read theirs once scrolling pauses; Analyse reads them all.
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(120);
    connect(m_visibleTimer, &QTimer::timeout, this, &ExecutionsView::tellVisibleRows);
    const auto visibleChanged = [this] { m_visibleTimer->start(); };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, visibleChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, visibleChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, visibleChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, visibleChanged);
    m_analyse->setAccessibleName(tr("Analyse"));
    m_analyse->setToolTip(tr("Read every loaded row's steps for its outcome: where it ended, the "
                             "last event, and whether it failed (cancel at any time)"));
    m_analyse->hide();
    connect(m_analyse, &QPushButton::clicked, this, &ExecutionsView::analyse);
    m_failedOnly->setAccessibleName(tr("Failed only"));
    m_failedOnly->setToolTip(tr("Show only the loaded rows whose outcome is known to be failed "
                                "(a failure event, or an HTTP status of 400 or more)"));
    m_failedOnly->hide();
    connect(m_failedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFailedOnly(on);
        updateStatus();
        updateOverlay();
    });
    m_analysisNote->setAccessibleName(tr("Analysis"));
    m_analysisNote->hide();
    // Only the executions that passed a box or an edge of the diagram, until Show all.
    m_onlyNote->setAccessibleName(tr("Rows shown"));
    m_onlyNote->hide();
    m_showAll->setAccessibleName(tr("Show all loaded rows"));
    m_showAll->setToolTip(tr("Show every loaded row again"));
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, &ExecutionsView::showAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExecutionsView::showAll);
}

void ExecutionsView::buildNewRowsButton()
{
    // Rows put on top (the live tail) never move what is on screen while scrolled away: the row
    // at the top stays there, and "12 new ▲" brings you to the new ones.
    m_newRows->setAccessibleName(tr("New executions"));
    m_newRows->setToolTip(tr("Go to the newest executions, put on top while you were away"));
    m_newRows->hide();
    connect(m_newRows, &QPushButton::clicked, this, [this] {
        m_table->scrollToTop();
        m_unseenNewRows = 0;
        m_newRows->hide();
    });
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first) {
            const int top = m_table->rowAt(0);
            m_topBeforeInsert = first == 0 && top > 0
                ? QPersistentModelIndex(m_proxy->index(top, 0))
                : QPersistentModelIndex();
        });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) {
            if (!m_topBeforeInsert.isValid())
                return;
            m_table->scrollTo(m_topBeforeInsert, QAbstractItemView::PositionAtTop);
            m_topBeforeInsert = QPersistentModelIndex();
            m_unseenNewRows += last - first + 1;
            m_newRows->setText(tr("%n new ▲", nullptr, m_unseenNewRows));
            m_newRows->show();
        });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_newRows->isVisible()) {
            m_unseenNewRows = 0;
            m_newRows->hide();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_unseenNewRows = 0;
        m_newRows->hide();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_visibleTimer->start(); });
}

void ExecutionsView::layOut()
{
    auto *top = new QHBoxLayout;
    // The notes wrap where the row is narrow (beside the detail pane at 1024 px).
    for (QLabel *note : { m_filterNote, m_onlyNote, m_analysisNote })
        note->setWordWrap(true);
    top->addWidget(m_filter, 2);
    top->addWidget(m_failedOnly);
    top->addWidget(m_filterNote, 1);
    top->addWidget(m_onlyNote);
    top->addWidget(m_showAll);
    top->addWidget(m_loadAll);
    top->addWidget(m_analyse);
    top->addWidget(m_analysisNote);
    top->addWidget(m_newRows);
    top->addStretch();
    top->addWidget(m_sortNote);
    top->addWidget(m_clearSort);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

void ExecutionsView::setOutcomeCache(OutcomeCache *cache)
{
    m_outcomes = cache;
    m_model->setOutcomeCache(cache);
    m_analyse->setVisible(cache != nullptr);
    m_failedOnly->setVisible(cache != nullptr);
    if (!cache)
        return;
    connect(cache, &OutcomeCache::analysisProgress, this, [this](qsizetype done, qsizetype total) {
        const QLocale locale;
        m_analysisNote->setText(
            tr("Analysing %1 of %2…").arg(locale.toString(done), locale.toString(total)));
        m_analysisNote->setVisible(true);
        m_analyse->setText(tr("Cancel analysis"));
    });
    connect(cache, &OutcomeCache::analysisFinished, this, [this](bool cancelled) {
        m_analyse->setText(tr("Analyse"));
        m_analysisNote->setText(cancelled ? tr("Analysis cancelled") : tr("Analysed"));
        updateStatus();
    });
    // Failed only re-filters as outcomes arrive (the proxy filters dynamically); the notes follow.
    connect(cache, &OutcomeCache::outcomeChanged, this, [this] {
        if (m_proxy->failedOnly())
            updateOverlay();
    });
    connect(m_model, &QAbstractItemModel::modelReset, cache, [cache] {
        cache->cancelAnalysis(); // another query: its rows are not these
    });
    m_visibleTimer->start();
}

void ExecutionsView::showOnly(const QStringList &executionSids, const QString &why)
{
    if (executionSids.isEmpty()) {
        showAll();
        return;
    }
    const int current = currentSourceRow();
    const QSet<QString> only(executionSids.cbegin(), executionSids.cend());
    m_proxy->setOnly(only);
    m_onlyNote->setText(why);
    m_onlyNote->show();
    m_showAll->show();
    if (current < 0 || !only.contains(m_model->executionAt(current).sid)) {
        if (m_proxy->rowCount() > 0)
            selectSourceRow(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
    }
    updateStatus();
    updateOverlay();
}

void ExecutionsView::showAll()
{
    if (!m_proxy->hasOnly() && m_onlyNote->isHidden())
        return;
    m_proxy->setOnly({});
    m_onlyNote->hide();
    m_showAll->hide();
    updateStatus();
    updateOverlay();
}

void ExecutionsView::analyse()
{
    if (!m_outcomes)
        return;
    if (m_outcomes->isAnalysing()) {
        m_outcomes->cancelAnalysis();
        return;
    }
    QList<OutcomeTarget> targets;
    targets.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        targets.append(m_model->outcomeTargetAt(row));
    }
    m_outcomes->analyse(targets);
}

QList<int> ExecutionsView::visibleSourceRows() const
{
    QList<int> rows;
    const int first = m_table->rowAt(0);
    if (first < 0)
        return rows;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    for (int row = first; row <= last; ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

void ExecutionsView::refreshVisibleOutcomes()
{
    m_visibleTimer->start();
}

void ExecutionsView::tellVisibleRows()
{
    if (!m_outcomes)
        return;
    QList<OutcomeTarget> targets;
    QStringList active;
    for (const int row : visibleSourceRows()) {
        targets.append(m_model->outcomeTargetAt(row));
        if (targets.last().active)
            active << targets.last().executionSid;
    }
    Q_EMIT visibleActiveRowsChanged(active);
    m_outcomes->showing(targets);
}

int ExecutionsView::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool ExecutionsView::selectSourceRow(int row)
{
    const QModelIndex at = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (!at.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at, QAbstractItemView::PositionAtCenter);
    return true;
}

void ExecutionsView::clearCurrent()
{
    m_table->selectionModel()->clear();
}

QList<int> ExecutionsView::selectedSourceRows() const
{
    QList<int> viewRows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        viewRows << index.row();
    std::sort(viewRows.begin(), viewRows.end());
    QList<int> rows;
    rows.reserve(viewRows.size());
    for (const int row : viewRows)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

QString ExecutionsView::selectionAsTsv() const
{
    // Visible columns, in the order the user arranged them.
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QStringList head;
    for (const int c : columns)
        head << m_model->headerData(c, Qt::Horizontal).toString();
    QList<QStringList> rows;
    for (const int row : selectedSourceRows()) {
        QStringList cells;
        for (const int c : columns) {
            // Times in UTC ISO 8601, as the API gives them: unambiguous wherever they are pasted.
            if (c == ExecutionsModel::StartedColumn || c == ExecutionsModel::UpdatedColumn) {
                const Execution e = m_model->executionAt(row);
                cells << (c == ExecutionsModel::StartedColumn ? e.createdText : e.updatedText);
            } else {
                cells << m_model->index(row, c).data().toString();
            }
        }
        rows << cells;
    }
    return tabSeparatedText(head, rows);
}

void ExecutionsView::copySelection()
{
    if (m_table->selectionModel()->selectedRows().isEmpty())
        return;
    QApplication::clipboard()->setText(selectionAsTsv());
}

void ExecutionsView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateOverlay();
}

void ExecutionsView::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

QByteArray ExecutionsView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ExecutionsView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    // A restored sort applies to no rows yet; start in the API's order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
}

void ExecutionsView::readView(SavedView *view) const
{
    static_assert(ExecutionsModel::ColumnCount == 13, "viewColumnKeys() names each column");
    const QHeaderView *header = m_table->horizontalHeader();
    view->filter = m_filter->text().trimmed();
    view->failedOnly = m_failedOnly->isChecked();
    view->columns.clear();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical < viewColumnKeys().size())
            view->columns << viewColumnKeys().at(logical);
    }
    const int sorted = header->sortIndicatorSection();
    const bool sorting
        = sorted >= 0 && sorted < viewColumnKeys().size() && m_clearSort->isVisible();
    view->sortColumn = sorting ? viewColumnKeys().at(sorted) : QString();
    view->sortDescending = sorting && header->sortIndicatorOrder() == Qt::DescendingOrder;
}

void ExecutionsView::applyView(const SavedView &view)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!view.columns.isEmpty()) {
        for (int logical = 0; logical < header->count(); ++logical) {
            header->setSectionHidden(logical,
                logical < viewColumnKeys().size()
                    && !view.columns.contains(viewColumnKeys().at(logical)));
        }
        for (int k = 0; k < view.columns.size(); ++k) {
            const int logical = int(viewColumnKeys().indexOf(view.columns[k]));
            if (logical >= 0)
                header->moveSection(header->visualIndex(logical), k);
        }
    }
    const int sortColumn = int(viewColumnKeys().indexOf(view.sortColumn));
    if (sortColumn >= 0) {
        m_table->sortByColumn(
            sortColumn, view.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else {
        header->setSortIndicator(-1, Qt::DescendingOrder); // newest first, as the API lists them
    }
    m_filter->setText(view.filter);
    m_failedOnly->setChecked(view.failedOnly);
    // Failed only keeps the rows whose outcome is known to be failed: read the loaded rows',
    // and each page's as it comes, until the filter is turned off or another view opens.
    disconnect(m_viewAnalysis);
    if (view.failedOnly && m_outcomes) {
        m_failedOnly->show();
        m_viewAnalysis = connect(
            m_model, &ExecutionsModel::stateChanged, this, [this](ExecutionsModel::State state) {
                if (!m_failedOnly->isChecked()) {
                    disconnect(m_viewAnalysis);
                    return;
                }
                if (state != ExecutionsModel::State::Loading && !m_outcomes->isAnalysing())
                    analyse();
            });
        if (m_model->rowCount() > 0 && !m_outcomes->isAnalysing())
            analyse();
    }
}

void ExecutionsView::prefetch()
{
    const int lastVisible = m_table->rowAt(m_table->viewport()->height() - 1);
    const int visibleRows = std::max(1,
        m_table->viewport()->height()
            / std::max(1, m_table->verticalHeader()->defaultSectionSize()));
    const int remaining
        = (lastVisible < 0 ? m_proxy->rowCount() : m_proxy->rowCount() - 1 - lastVisible);
    // Two screens ahead: with ~1 s per page, a steady scroll never reaches the end.
    if (remaining <= 2 * visibleRows && m_model->canFetchMore())
        m_model->fetchMore();
}

bool ExecutionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_overlay->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && currentSourceRow() >= 0) {
            Q_EMIT activated(currentSourceRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExecutionsView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool shown) {
            // Never hide the last visible column.
            const QHeaderView *h = m_table->horizontalHeader();
            if (!shown && h->count() - h->hiddenSectionCount() <= 1)
                return;
            m_table->setColumnHidden(c, !shown);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void ExecutionsView::sortChanged(int column, Qt::SortOrder order)
{
    if (column < 0) {
        m_proxy->sort(-1); // the source order: newest first, as the API lists them
        m_sortNote->setText(tr("Newest first"));
        m_clearSort->hide();
    } else {
        m_sortNote->setText(
            tr("Loaded rows sorted by %1 (%2)")
                .arg(m_model->headerData(column, Qt::Horizontal).toString(),
                    order == Qt::AscendingOrder ? tr("ascending") : tr("descending")));
        m_clearSort->show();
    }
    m_sortNote->setToolTip(column < 0 ? tr("Executions as the API lists them")
                                      : tr("Sorting applies to the rows loaded so far; more rows "
                                           "are slotted in as they arrive"));
}

void ExecutionsView::updateStatus()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const bool filtering
        = !m_filter->text().trimmed().isEmpty() || m_proxy->failedOnly() || m_proxy->hasOnly();
    m_filterNote->setText(filtering
            ? tr("%1 of %2 loaded rows match")
                  .arg(locale.toString(m_proxy->rowCount()), locale.toString(loaded))
            : tr("Filters the %1 loaded rows").arg(locale.toString(loaded)));
    m_loadAll->setText(m_model->isLoadingAll() ? tr("Cancel loading") : tr("Load all"));
    m_loadAll->setVisible(m_model->hasQuery() && (m_model->hasMore() || m_model->isLoadingAll()));
    m_retry->setVisible(false);

    QString text;
    switch (m_model->state()) {
    case ExecutionsModel::State::Idle:
        text = m_model->hasQuery() ? tr("%1 loaded · more available").arg(locale.toString(loaded))
                                   : QString();
        break;
    case ExecutionsModel::State::Loading:
        text = loaded == 0 ? tr("Loading…")
                           : tr("%1 loaded · loading…").arg(locale.toString(loaded));
        if (!m_retryNote.isEmpty())
            text += u' ' + m_retryNote;
        break;
    case ExecutionsModel::State::Complete:
        text = loaded == 1 ? tr("The one execution in this range is loaded")
                           : tr("All %1 executions loaded").arg(locale.toString(loaded));
        break;
    case ExecutionsModel::State::Error: {
        const ApiError &error = m_model->error();
        text = loaded > 0 ? tr("%1 loaded · ⚠ %2").arg(locale.toString(loaded), error.userMessage())
                          : tr("⚠ %1").arg(error.userMessage());
        m_retry->setVisible(m_model->canRetry());
        break;
    }
    }
    m_status->setText(text);
    m_status->setToolTip(
        m_model->state() == ExecutionsModel::State::Error ? m_model->error().detail : QString());
}

void ExecutionsView::updateOverlay()
{
    QString text;
    if (!m_model->hasQuery() && m_model->state() != ExecutionsModel::State::Error) {
        text = m_emptyText;
    } else if (m_model->rowCount() == 0) {
        switch (m_model->state()) {
        case ExecutionsModel::State::Loading: text = tr("Loading executions…"); break;
        case ExecutionsModel::State::Complete: text = tr("No executions in this range."); break;
        case ExecutionsModel::State::Error: text = m_model->error().userMessage(); break;
        case ExecutionsModel::State::Idle: break;
        }
    } else if (m_proxy->rowCount() == 0 && m_proxy->hasOnly()) {
        text = tr("None of the executions that passed there matches the filter.");
    } else if (m_proxy->rowCount() == 0 && m_proxy->failedOnly()) {
        text = tr("No loaded row is known to have failed. Analyse reads every loaded row's "
                  "outcome.");
    } else if (m_proxy->rowCount() == 0 && !m_filter->text().trimmed().isEmpty()) {
        text = tr("No loaded row matches the filter.");
    }
    m_overlay->setText(text);
    m_overlay->setVisible(!text.isEmpty());
    m_overlay->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
}

} // namespace flowscope
