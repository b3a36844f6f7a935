#pragma once

// A JSON document as a searchable tree — Key | Value | Type — with the copy actions support work
// needs: the value, the JSON, and the Liquid path a Studio author pastes into a widget.

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTreeView;
class QModelIndex;

namespace flowscope {

class JsonDocument;
class JsonTreeModel;

class JsonTreeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeWidget)

public:
    static constexpr int kExpandLimit = 2000; // nodes "Expand all" opens at most

    explicit JsonTreeWidget(QWidget *parent = nullptr);
    ~JsonTreeWidget() override;

    void setDocument(std::shared_ptr<JsonDocument> document);
    // A message instead of a tree: loading, an error, nothing selected.
    void showMessage(const QString &message);
    void clear();

    JsonTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // The actions of the context menu, on the current item.
    void copyValue();
    void copyJson();
    void copyStudioVariable();
    void expandAll(); // breadth-first, at most kExpandLimit nodes
    void findNext();

Q_SIGNALS:
    void copied(const QString &what); // for a status bar

private:
    void showContextMenu(const QPoint &position);
    void continueExpanding();

    JsonTreeModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_search;
    QLabel *m_message;
    QLabel *m_searchResult;
    QList<QPersistentModelIndex> m_expandQueue;
    int m_expanded = 0;
};

} // namespace flowscope
