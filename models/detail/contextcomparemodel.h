#pragma once

// Two executions' contexts as one tree (ContextCompareTree): a row per member or array element of
// either, its value in each — "(absent)" where one side lacks it — and whether it, or anything
// under it, differs (DiffersRole), so a view can fold the branches that do not.

#include "executionpair.h"

#include <QAbstractItemModel>

#include <memory>

namespace flowscope {

class ContextCompareModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextCompareModel)

public:
    enum Column { KeyColumn, AColumn, BColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        DiffersRole = Qt::UserRole, // bool: this value, or one under it, differs
        PathRole, // widgets.http_1.status_code
        OneSidedRole, // bool: only one side has it
    };
    Q_ENUM(Role)

    explicit ContextCompareModel(QObject *parent = nullptr);
    ~ContextCompareModel() override;

    void setTree(std::shared_ptr<const ContextCompareTree> tree);
    void clear() { setTree(nullptr); }
    const ContextCompareTree *tree() const { return m_tree.get(); }
    // The row of a path (an invalid index when there is none).
    QModelIndex indexOfPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int nodeOf(const QModelIndex &index) const; // 0 (the root) for an invalid index
    QModelIndex indexOfNode(int node, int column) const;

    std::shared_ptr<const ContextCompareTree> m_tree;
    std::vector<int> m_rowInParent; // node → its row under its parent
};

} // namespace flowscope
