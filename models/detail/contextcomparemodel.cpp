#include "contextcomparemodel.h"

#include "json/jsonpath.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined: return ContextCompareModel::tr("(absent)");
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return compactJson(value); // the number as JSON writes it
    case QJsonValue::Object:
        return ContextCompareModel::tr("{%n member(s)}", nullptr, int(value.toObject().size()));
    case QJsonValue::Array:
        return ContextCompareModel::tr("[%n item(s)]", nullptr, int(value.toArray().size()));
    }
    return {};
}

} // namespace

ContextCompareModel::ContextCompareModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ContextCompareModel::~ContextCompareModel() = default;

void ContextCompareModel::setTree(std::shared_ptr<const ContextCompareTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_rowInParent.assign(m_tree ? m_tree->nodes.size() : 0, 0);
    if (m_tree) {
        for (const ContextCompareTree::Node &node : m_tree->nodes) {
            for (size_t row = 0; row < node.children.size(); ++row)
                m_rowInParent[size_t(node.children[row])] = int(row);
        }
    }
    endResetModel();
}

int ContextCompareModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex ContextCompareModel::indexOfNode(int node, int column) const
{
    if (!m_tree || node <= 0)
        return {};
    return createIndex(m_rowInParent[size_t(node)], column, quintptr(node));
}

QModelIndex ContextCompareModel::indexOfPath(const QString &path) const
{
    if (!m_tree)
        return {};
    for (size_t n = 1; n < m_tree->nodes.size(); ++n) {
        if (m_tree->nodes[n].path == path)
            return indexOfNode(int(n), KeyColumn);
    }
    return {};
}

QModelIndex ContextCompareModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> &children = m_tree->nodes[size_t(nodeOf(parent))].children;
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex ContextCompareModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    return indexOfNode(m_tree->nodes[size_t(nodeOf(child))].parent, KeyColumn);
}

int ContextCompareModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || parent.column() > 0)
        return 0;
    return int(m_tree->nodes[size_t(nodeOf(parent))].children.size());
}

int ContextCompareModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ContextCompareModel::data(const QModelIndex &index, int role) const
{
    if (!m_tree || !index.isValid())
        return {};
    const ContextCompareTree::Node &node = m_tree->nodes[size_t(nodeOf(index))];
    const bool oneSided = node.a.isUndefined() != node.b.isUndefined();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            // Not by colour alone: a differing value says so in words.
            return node.differs && node.children.empty() ? node.key + u"  ≠"_s : node.key;
        case AColumn: return valueText(node.a);
        case BColumn: return valueText(node.b);
        }
        return {};
    case Qt::ToolTipRole:
        if (oneSided)
            return tr("%1 — only in %2").arg(node.path, node.a.isUndefined() ? u"B"_s : u"A"_s);
        return node.differs && node.children.empty() ? tr("%1 — differs").arg(node.path)
                                                     : node.path;
    case DiffersRole: return node.differs;
    case PathRole: return node.path;
    case OneSidedRole: return oneSided;
    default: return {};
    }
}

QVariant ContextCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Name");
    case AColumn: return tr("A");
    case BColumn: return tr("B");
    }
    return {};
}

} // namespace flowscope
