#pragma once

// Two executions of one flow side by side — what `flowscope compare` writes and the window's
// Compare shows: each one's execution (v2, which says the revision it ran on), context and steps,
// read together; the widget where their paths parted; every context value that differs or is on
// one side only, by its Studio variable path; and the two contexts as one tree whose branches say
// whether anything under them differs.

#include "api/studioclient.h"
#include "detail/step.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <array>
#include <memory>
#include <vector>

namespace flowscope {

// The widget where two paths parted: the first widget both reached and left differently (by
// another event, or to another widget), or — when one path is the other's beginning — the last
// widget they reached together. Empty when the paths are the same.
QString divergedAt(const QList<Step> &a, const QList<Step> &b);

struct ContextDifference
{
    QString path; // widgets.http_1.status_code
    QJsonValue a; // Undefined: not in a's context
    QJsonValue b;
};

// Every leaf path whose value differs or exists on one side only, in path order.
QList<ContextDifference> contextDifferences(const QJsonObject &a, const QJsonObject &b);

struct PairSide
{
    QString sid;
    QJsonObject execution; // the v2 execution resource
    QByteArray context; // the context object's JSON text
    QList<Step> steps;

    int flowVersion() const { return execution.value(u"flow_version").toInt(); }
    bool active() const { return execution.value(u"status").toString() == u"active"; }
};

struct ExecutionPair
{
    QString flowSid;
    std::array<PairSide, 2> sides;
};

// Reads both executions at once: each one's execution, context and steps; `loaded` once all six
// are in, or `failed` at the first that cannot be read (the rest are dropped).
class ExecutionPairLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionPairLoader)

public:
    explicit ExecutionPairLoader(StudioClient *client, QObject *parent = nullptr);
    ~ExecutionPairLoader() override;

    void load(const QString &flowSid, const QString &a, const QString &b);
    void cancel();

Q_SIGNALS:
    void loaded(const flowscope::ExecutionPair &pair);
    void failed(int side, const flowscope::ApiError &error); // side 0 (a) or 1 (b)
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);

private:
    void arrived();
    void fail(int side, const ApiError &error);

    StudioClient *m_client; // not owned
    ExecutionPair m_pair;
    int m_pending = 0;
    quint64 m_generation = 0; // a newer load() or cancel() drops the answers of older ones
    std::vector<ApiReplyPtr> m_replies;
    QList<QObject *> m_lists; // the steps' fetchers, children
};

// The two contexts as one tree: a node per member or array element of either, leaves holding
// each side's value (Undefined where that side lacks it), branches saying whether anything
// under them differs. Built off the GUI thread; ContextCompareModel shows it.
struct ContextCompareTree
{
    struct Node
    {
        QString key; // member name, or "[3]"
        QString path; // Studio variable path
        int parent = -1;
        std::vector<int> children;
        QJsonValue a; // leaves: the values; branches: the containers (for their size)
        QJsonValue b;
        bool differs = false;
    };
    std::vector<Node> nodes; // nodes[0] is the root (the contexts themselves)
    int differingLeaves = 0;

    static std::shared_ptr<const ContextCompareTree> build(
        const QJsonObject &a, const QJsonObject &b);
};

} // namespace flowscope

Q_DECLARE_METATYPE(flowscope::ExecutionPair)
