#pragma once

// Executions gathered from several flows — stuck ones to end, or a customer's across every flow —
// newest first as they stream in: Flow (its name), Status, Execution SID, Contact, Started,
// Updated, Duration. Rows change in place when an answer of the API says the execution changed.

#include "executions/executionstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <utility>

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
    // Where a row stands among those of the same second: the flow's place in the request, then
    // the order its flow listed them. Rows added without one keep the order they came in.
    struct Order
    {
        int flow = 0;
        qint64 listed = 0;
        bool operator<(const Order &other) const
        {
            return std::pair(flow, listed) < std::pair(other.flow, other.listed);
        }
    };
    // Inserted where it belongs, newest first; a SID already there is not added again.
    void add(const Execution &execution);
    void add(const Execution &execution, Order order);
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
    QList<Order> m_order; // beside m_rows
    QSet<QString> m_sids; // those in m_rows
    qint64 m_added = 0; // for rows added without an order
    QHash<QString, QString> m_flowNames;
};

} // namespace flowscope
