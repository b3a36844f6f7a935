#pragma once

// Where many executions went on one definition — "where do they drop?": each box with how many
// executions entered it and how many ended (or wait) there, each edge with how many took it,
// failure events marked. Every execution is mapped as FlowPath maps one, so a count here is a
// count of the paths the Diagram tab draws one at a time; an execution counts once per box and
// edge however often it loops through them. Steps on widgets the definition lacks (renamed or
// removed since those executions ran) are counted on loose boxes, never dropped.

#include "flowdefinition.h"
#include "outcome/outcome.h"
#include "outcome/outcomecache.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace flowscope {

class ExecutionsModel;

class FlowTraffic
{
    Q_DECLARE_TR_FUNCTIONS(FlowTraffic)

public:
    // One execution as its outcome was read.
    struct Run
    {
        QString executionSid;
        QList<StepFacts> steps; // oldest first
        bool active = false;
        bool failed = false;
    };

    struct Edge
    {
        int fromBox = -1;
        int transition = -1; // index into the from box's transitions; -1: not in the definition
        int toBox = -1; // -1: the flow ended there (a stub)
        QString event;
        bool failure = false; // a failure event
        QList<int> runs; // the executions that took it (indexes into runs())
    };

    static FlowTraffic count(
        const FlowDefinition &definition, const QList<Run> &runs, const OutcomeRules &rules = {});

    // The executions counted, in the order given.
    const QStringList &runs() const { return m_runs; }
    int runCount() const { return int(m_runs.size()); }

    // Boxes are the definition's states (0 … states-1), then the loose ones.
    int boxCount() const { return m_definitionBoxes + int(m_looseBoxes.size()); }
    int definitionBoxCount() const { return m_definitionBoxes; }
    const QStringList &looseBoxes() const { return m_looseBoxes; }
    bool isLoose(int box) const { return box >= m_definitionBoxes; }

    int entered(int box) const { return int(m_boxes.value(box).entered.size()); }
    int endedAt(int box) const { return m_boxes.value(box).ended; }
    int waitingAt(int box) const { return m_boxes.value(box).waiting; }
    int failedAt(int box) const
    {
        return m_boxes.value(box).failed;
    } // failed ones that ended there
    const QList<Edge> &edges() const { return m_edges; }
    const Edge *edgeOf(int box, int transition) const; // a definition transition, or nullptr
    int busiestEdge() const { return m_busiestEdge; } // the most executions an edge carries

    // The executions that entered a box, or took an edge (index into edges()).
    QStringList runsThroughBox(int box) const;
    QStringList runsAlongEdge(int edge) const;

    // What did not fit the definition, in words (one line for all the loose boxes).
    const QStringList &notes() const { return m_notes; }

private:
    struct Box
    {
        QList<int> entered;
        int ended = 0;
        int waiting = 0;
        int failed = 0;
    };
    int boxNamed(const FlowDefinition &definition, const QString &name);
    static qint64 transitionKey(int box, int transition)
    {
        return (qint64(box) << 32) | transition;
    }
    QStringList runsOf(const QList<int> &indexes) const;

    int m_definitionBoxes = 0;
    QStringList m_looseBoxes;
    QStringList m_runs;
    QList<Box> m_boxes;
    QList<Edge> m_edges;
    QHash<qint64, int> m_transitionEdge; // (box, transition) → index into m_edges
    int m_busiestEdge = 0;
    QStringList m_notes;
};

// The executions the Diagram tab counts when it shows them all: the loaded rows of one flow, and
// what the outcome cache knew of them (those with known steps are counted, on a worker thread).
struct TrafficRequest
{
    struct Row
    {
        QString executionSid;
        bool active = false;
    };
    QString flowSid;
    QList<Row> rows; // every loaded row, analysed or not
    OutcomeSnapshot outcomes;
    OutcomeRules rules;

    // The loaded rows of the table's flow and what the cache knows of them, taken on the GUI
    // thread (the snapshot costs nothing); counted later, on a worker.
    static TrafficRequest of(const ExecutionsModel &model, const OutcomeCache &cache);
    FlowTraffic count(const FlowDefinition &definition) const;
};

} // namespace flowscope
