#include "executionpair.h"

#include "api/listfetcher.h"
#include "detail/contextloader.h"
#include "json/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace flowscope {

QString divergedAt(const QList<Step> &a, const QList<Step> &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype k = 0; k < common; ++k) {
        if (a[k].transitionedFrom != b[k].transitionedFrom)
            return k > 0 ? a[k - 1].transitionedTo : u"Trigger"_s; // (their triggers differ)
        if (a[k].name != b[k].name || a[k].transitionedTo != b[k].transitionedTo)
            return a[k].transitionedFrom;
    }
    if (a.size() == b.size())
        return {};
    return common > 0 ? a[common - 1].transitionedTo : u"Trigger"_s;
}

QList<ContextDifference> contextDifferences(const QJsonObject &a, const QJsonObject &b)
{
    const QMap<QString, QJsonValue> left = leafPaths(a);
    const QMap<QString, QJsonValue> right = leafPaths(b);
    QList<ContextDifference> out;
    auto i = left.cbegin();
    auto j = right.cbegin();
    while (i != left.cend() || j != right.cend()) {
        if (j == right.cend() || (i != left.cend() && i.key() < j.key())) {
            out.append({ i.key(), i.value(), QJsonValue(QJsonValue::Undefined) });
            ++i;
        } else if (i == left.cend() || j.key() < i.key()) {
            out.append({ j.key(), QJsonValue(QJsonValue::Undefined), j.value() });
            ++j;
        } else {
            if (i.value() != j.value())
                out.append({ i.key(), i.value(), j.value() });
            ++i;
            ++j;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

ExecutionPairLoader::ExecutionPairLoader(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<ExecutionPair>();
}

ExecutionPairLoader::~ExecutionPairLoader() = default;

void ExecutionPairLoader::cancel()
{
    ++m_generation;
    m_replies.clear(); // aborted
    for (QObject *list : std::as_const(m_lists))
        list->deleteLater();
    m_lists.clear();
    m_pending = 0;
}

void ExecutionPairLoader::load(const QString &flowSid, const QString &a, const QString &b)
{
    cancel();
    m_pair = ExecutionPair();
    m_pair.flowSid = flowSid;
    m_pair.sides[0].sid = a;
    m_pair.sides[1].sid = b;
    m_pending = 6;
    const quint64 generation = m_generation;
    const auto get = [this, generation](int side, const QUrl &url,
                         const std::function<void(const QByteArray &)> &then) {
        ApiReply *reply = m_client->get(url);
        m_replies.emplace_back(reply);
        connect(reply, &ApiReply::retrying, this,
            [this](int, qint64 delayMs, const ApiError &why) { Q_EMIT retrying(delayMs, why); });
        connect(reply, &ApiReply::finished, this, [this, reply, side, generation, then] {
            if (generation != m_generation)
                return;
            if (reply->error().isError()) {
                fail(side, reply->error());
                return;
            }
            then(reply->body());
            arrived();
        });
    };
    for (int k = 0; k < 2; ++k) {
        PairSide &side = m_pair.sides[size_t(k)];
        get(k, m_client->executionV2Url(flowSid, side.sid), [&side](const QByteArray &body) {
            side.execution = QJsonDocument::fromJson(body).object();
        });
        get(k, m_client->executionContextUrl(flowSid, side.sid),
            [&side](const QByteArray &body) { side.context = ContextLoader::contextMember(body); });
        auto *steps = new ListFetcher(m_client, this);
        m_lists << steps;
        connect(steps, &ListFetcher::retrying, this, &ExecutionPairLoader::retrying);
        connect(steps, &ListFetcher::failed, this, [this, k, generation](const ApiError &e) {
            if (generation == m_generation)
                fail(k, e);
        });
        connect(steps, &ListFetcher::finished, this,
            [this, &side, generation](const QList<ListItem> &items) {
                if (generation != m_generation)
                    return;
                side.steps = stepsOf(items);
                arrived();
            });
        steps->start(m_client->stepsUrl(flowSid, side.sid));
    }
}

void ExecutionPairLoader::fail(int side, const ApiError &error)
{
    cancel();
    Q_EMIT failed(side, error);
}

void ExecutionPairLoader::arrived()
{
    if (--m_pending > 0)
        return;
    const ExecutionPair pair = m_pair;
    cancel(); // the replies go now, while the client they belong to is there
    Q_EMIT loaded(pair);
}

// ---------------------------------------------------------------------------------------------

namespace {

class TreeBuilder
{
public:
    explicit TreeBuilder(ContextCompareTree *tree)
        : m_tree(tree)
    { }

    // Adds a node for (a, b) under parent; returns whether anything at or under it differs.
    // As leafPaths() sees a context, a leaf is a scalar or an empty container: the node compares
    // the two sides' leaves (where either side is one), then the members either side holds.
    bool add(int parent, const QString &key, const QString &path, const QJsonValue &a,
        const QJsonValue &b)
    {
        const int at = int(m_tree->nodes.size());
        m_tree->nodes.push_back({ key, path, parent, {}, a, b, false });
        if (parent >= 0)
            m_tree->nodes[size_t(parent)].children.push_back(at);
        const QJsonValue leafA = leafOf(a);
        const QJsonValue leafB = leafOf(b);
        bool differs = false;
        if ((!leafA.isUndefined() || !leafB.isUndefined())
            && (leafA != leafB || leafA.isUndefined() != leafB.isUndefined())) {
            differs = true;
            ++m_tree->differingLeaves;
        }
        if (a.isObject() || b.isObject()) {
            const QJsonObject x = a.toObject();
            const QJsonObject y = b.toObject();
            QStringList keys = x.keys();
            for (const QString &k : y.keys()) {
                if (!x.contains(k))
                    keys << k;
            }
            std::sort(keys.begin(), keys.end());
            for (const QString &k : std::as_const(keys))
                differs |= add(at, k, memberPath(path, k), x.value(k), y.value(k));
        } else if (a.isArray() || b.isArray()) {
            const QJsonArray x = a.toArray();
            const QJsonArray y = b.toArray();
            for (qsizetype k = 0; k < std::max(x.size(), y.size()); ++k) {
                const QString index = u"[%1]"_s.arg(k);
                differs |= add(at, index, path + index,
                    k < x.size() ? x.at(k) : QJsonValue(QJsonValue::Undefined),
                    k < y.size() ? y.at(k) : QJsonValue(QJsonValue::Undefined));
            }
        }
        m_tree->nodes[size_t(at)].differs = differs;
        return differs;
    }

private:
    static QJsonValue leafOf(const QJsonValue &v)
    {
        if (v.isObject())
            return v.toObject().isEmpty() ? v : QJsonValue(QJsonValue::Undefined);
        if (v.isArray())
            return v.toArray().isEmpty() ? v : QJsonValue(QJsonValue::Undefined);
        return v;
    }

private:
    ContextCompareTree *m_tree;
};

} // namespace

std::shared_ptr<const ContextCompareTree> ContextCompareTree::build(
    const QJsonObject &a, const QJsonObject &b)
{
    auto tree = std::make_shared<ContextCompareTree>();
    TreeBuilder(tree.get()).add(-1, {}, {}, a, b);
    return tree;
}

} // namespace flowscope
