#include "jsontreewidget.h"

#include "detail/jsontreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

JsonTreeWidget::JsonTreeWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_searchResult(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Find a key or value…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in context"));
    m_search->setToolTip(tr("Finds keys and values anywhere in the document, opening the tree to "
                            "each match (Enter: next match)"));
    m_searchResult->setAccessibleName(tr("Search result"));
    connect(m_search, &QLineEdit::returnPressed, this, &JsonTreeWidget::findNext);
    connect(m_search, &QLineEdit::textChanged, m_searchResult, &QLabel::clear);

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // a node's height never depends on its content
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Context tree"));
    m_view->setToolTip(
        tr("Right-click a node to copy its value, its JSON, or its Studio variable"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(
        JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(JsonTreeModel::KeyColumn, 220);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_view, &QWidget::customContextMenuRequested, this, &JsonTreeWidget::showContextMenu);

    const auto addShortcut = [this](const QKeySequence &keys, void (JsonTreeWidget::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addShortcut(QKeySequence::Copy, &JsonTreeWidget::copyValue);
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &JsonTreeWidget::copyStudioVariable);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Context status"));
    m_message->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchResult);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_view, 1);
    // The names tests and tools find the parts by.
    m_search->setObjectName(u"searchBox"_s);
}

JsonTreeWidget::~JsonTreeWidget() = default;

void JsonTreeWidget::setDocument(std::shared_ptr<JsonDocument> document)
{
    m_expandQueue.clear();
    m_searchResult->clear();
    m_model->setDocument(std::move(document));
    m_message->hide();
    m_view->show();
}

void JsonTreeWidget::showMessage(const QString &message)
{
    m_expandQueue.clear();
    m_model->clear();
    m_view->hide();
    m_message->setText(message);
    m_message->show();
}

void JsonTreeWidget::clear()
{
    showMessage(QString());
}

void JsonTreeWidget::copyValue()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    QApplication::clipboard()->setText(index.data(JsonTreeModel::ValueTextRole).toString());
    Q_EMIT copied(tr("value"));
}

void JsonTreeWidget::copyJson()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    QApplication::clipboard()->setText(index.data(JsonTreeModel::JsonRole).toString());
    Q_EMIT copied(tr("JSON"));
}

void JsonTreeWidget::copyStudioVariable()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    QApplication::clipboard()->setText(index.data(JsonTreeModel::StudioVariableRole).toString());
    Q_EMIT copied(tr("Studio variable"));
}

void JsonTreeWidget::findNext()
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return;
    const QModelIndex hit = m_model->find(text, m_view->currentIndex().siblingAtColumn(0));
    if (!hit.isValid()) {
        m_searchResult->setText(tr("No match"));
        return;
    }
    m_searchResult->clear();
    for (QModelIndex up = hit.parent(); up.isValid(); up = up.parent())
        m_view->expand(up);
    m_view->setCurrentIndex(hit);
    m_view->scrollTo(hit, QAbstractItemView::PositionAtCenter);
}

void JsonTreeWidget::expandAll()
{
    m_expandQueue.clear();
    m_expanded = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_expandQueue.append(m_model->index(r, 0));
    continueExpanding();
}

void JsonTreeWidget::continueExpanding()
{
    // Breadth-first, a bounded number of nodes, yielding to the event loop between batches so a
    // large document neither freezes the window nor opens a million rows.
    int budget = int(std::min<qsizetype>(m_expandQueue.size(), 200));
    while (budget-- > 0 && !m_expandQueue.isEmpty() && m_expanded < kExpandLimit) {
        const QModelIndex index = m_expandQueue.takeFirst();
        if (!index.isValid() || !m_model->hasChildren(index))
            continue;
        if (m_model->rowCount(index) == 0) {
            // Its children come from the event loop: look again on the next round.
            if (m_model->canFetchMore(index))
                m_model->fetchMore(index);
            m_expandQueue.append(index);
            continue;
        }
        m_view->expand(index);
        ++m_expanded;
        for (int r = 0; r < m_model->rowCount(index); ++r)
            m_expandQueue.append(m_model->index(r, 0, index));
    }
    if (m_expanded >= kExpandLimit) {
        m_searchResult->setText(tr("Opened the first %1 nodes").arg(kExpandLimit));
        m_expandQueue.clear();
        return;
    }
    if (!m_expandQueue.isEmpty())
        QTimer::singleShot(0, this, &JsonTreeWidget::continueExpanding);
}

void JsonTreeWidget::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    QAction *value = menu.addAction(tr("Copy value"), this, &JsonTreeWidget::copyValue);
    QAction *json = menu.addAction(tr("Copy JSON"), this, &JsonTreeWidget::copyJson);
    QAction *variable
        = menu.addAction(tr("Copy as Studio variable"), this, &JsonTreeWidget::copyStudioVariable);
    variable->setToolTip(tr("The Liquid path to paste into a Studio widget, such as "
                            "{{widgets.http_1.parsed.items[0].id}}"));
    menu.addSeparator();
    menu.addAction(
        tr("Expand all (first %1 nodes)").arg(kExpandLimit), this, &JsonTreeWidget::expandAll);
    menu.addAction(tr("Collapse all"), m_view, &QTreeView::collapseAll);
    for (QAction *a : { value, json, variable })
        a->setEnabled(index.isValid());
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace flowscope
