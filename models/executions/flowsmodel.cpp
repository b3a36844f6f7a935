#include "flowsmodel.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

FlowsModel::FlowsModel(StudioClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_fetcher(client)
{
    connect(m_client, &StudioClient::settingsChanged, this, &FlowsModel::clear);
    connect(&m_fetcher, &ListFetcher::failed, this, [this](const ApiError &error) {
        m_error = error;
        setState(State::Error);
        Q_EMIT errorOccurred(error);
    });
    connect(&m_fetcher, &ListFetcher::finished, this, [this](const QList<ListItem> &items) {
        QList<Flow> flows;
        flows.reserve(items.size());
        for (const ListItem &listed : items) {
            const QJsonObject &item = listed.object;
            Flow flow;
            flow.sid = item.value(u"sid"_s).toString();
            flow.friendlyName = item.value(u"friendly_name"_s).toString();
            flow.status = item.value(u"status"_s).toString();
            flow.version = item.value(u"version"_s).toInt();
            flow.created
                = QDateTime::fromString(item.value(u"date_created"_s).toString(), Qt::ISODate);
            flow.updated
                = QDateTime::fromString(item.value(u"date_updated"_s).toString(), Qt::ISODate);
            flows.append(flow);
        }
        std::stable_sort(flows.begin(), flows.end(), [](const Flow &a, const Flow &b) {
            const int byName = a.friendlyName.localeAwareCompare(b.friendlyName);
            return byName != 0 ? byName < 0 : a.sid < b.sid;
        });
        beginResetModel();
        m_flows = std::move(flows);
        endResetModel();
        setState(State::Ready);
        Q_EMIT loaded(int(m_flows.size()));
    });
}

void FlowsModel::load()
{
    if (m_state == State::Loading || m_state == State::Ready)
        return;
    refresh();
}

void FlowsModel::refresh()
{
    m_error = {};
    setState(State::Loading);
    m_fetcher.start(m_client->flowsUrl());
}

void FlowsModel::clear()
{
    m_fetcher.cancel();
    beginResetModel();
    m_flows.clear();
    endResetModel();
    m_error = {};
    setState(State::Idle);
}

void FlowsModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int FlowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

int FlowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<QString, QString> FlowsModel::names() const
{
    QHash<QString, QString> names;
    for (const Flow &flow : m_flows)
        names.insert(flow.sid, flow.friendlyName);
    return names;
}

int FlowsModel::rowOfSid(const QString &sid) const
{
    for (qsizetype k = 0; k < m_flows.size(); ++k) {
        if (m_flows[k].sid.compare(sid, Qt::CaseInsensitive) == 0)
            return int(k);
    }
    return -1;
}

QVariant FlowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flow &flow = m_flows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return flow.friendlyName;
        case StatusColumn:
            return flow.status == u"published"_s
                ? tr("Published")
                : (flow.status == u"draft"_s ? tr("Draft") : flow.status);
        case VersionColumn: return tr("v%1").arg(flow.version);
        case SidColumn: return flow.sid;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n%2 · version %3\n%4")
            .arg(flow.friendlyName, flow.status)
            .arg(flow.version)
            .arg(flow.sid);
    case SidRole: return flow.sid;
    case NameRole: return flow.friendlyName;
    case StatusRole: return flow.status;
    case VersionRole: return flow.version;
    case SearchRole: return QString(flow.friendlyName + u'\n' + flow.sid);
    }
    return {};
}

QVariant FlowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Flow");
    case StatusColumn: return tr("Status");
    case VersionColumn: return tr("Version");
    case SidColumn: return tr("SID");
    }
    return {};
}

} // namespace flowscope
