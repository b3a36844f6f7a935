#pragma once

// Executions gathered from several flows — stuck ones to end, or a customer's across every flow —
// newest first as they stream in: Flow (its name), Status, Execution SID, Contact, Started,
// Updated, Duration. Rows change in place when an answer of the API says the execution changed.

#include "executions/executionstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace flowscope {

class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    enum Column {
        FlowColumn,
        StatusColumn,
        SidColumn,
        ContactColumn,
        StartedColumn,
        UpdatedColumn,
        DurationColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { StatusRole = Qt::UserRole, CreatedRole, SortRole };
    Q_ENUM(Role)

    explicit ResultsModel(QObject *parent = nullptr);

    void setFlowNames(const QHash<QString, QString> &names); // flow SID → friendly name
    void clear();
    // Inserted where it belongs, newest first; a SID already there is not added again.
    void add(const Execution &execution);
    // The API's answer about one of them (the JSON of an execution): its row changes.
    bool update(const QByteArray &executionJson);

    Execution executionAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows[row] : Execution();
    }
    const QList<Execution> &executions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Execution> m_rows;
    QSet<QString> m_sids; // those in m_rows
    QHash<QString, QString> m_flowNames;
};

} // namespace flowscope
