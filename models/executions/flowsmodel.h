#pragma once

// Every Studio flow of the account (all pages), sorted by friendly name, for the flow picker.

#include "api/apierror.h"
#include "api/listfetcher.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace flowscope {

struct Flow
{
    QString sid;
    QString friendlyName;
    QString status; // "draft" or "published" as the API says
    int version = 0;
    QDateTime created;
    QDateTime updated;
};

class FlowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowsModel)

public:
    enum Column { NameColumn, StatusColumn, VersionColumn, SidColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SidRole = Qt::UserRole, NameRole, StatusRole, VersionRole, SearchRole };
    Q_ENUM(Role)
    enum class State { Idle, Loading, Error, Ready };
    Q_ENUM(State)

    explicit FlowsModel(StudioClient *client, QObject *parent = nullptr);

    // Loads the flows once; refresh() loads them again.
    void load();
    void refresh();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Flow flowAt(int row) const { return row >= 0 && row < m_flows.size() ? m_flows[row] : Flow(); }
    int rowOfSid(const QString &sid) const;
    QHash<QString, QString> names() const; // flow SID → friendly name
    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void stateChanged(flowscope::FlowsModel::State state);
    void loaded(int count);
    void errorOccurred(const flowscope::ApiError &error);

private:
    void setState(State state);

    StudioClient *m_client; // not owned
    ListFetcher m_fetcher;
    QList<Flow> m_flows;
    State m_state = State::Idle;
    ApiError m_error;
};

} // namespace flowscope
