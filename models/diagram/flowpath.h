#pragma once

// Where one execution went on its flow's diagram: its steps (in the order they happened) mapped
// onto the definition's boxes and edges. A box visited twice carries both numbers; a step naming a
// widget the definition lacks gets a loose box, explained in `notes`, never dropped; a subflow's
// steps (those with a parent step) are counted on the box that ran the subflow.

#include "detail/step.h"
#include "flowdefinition.h"
#include "outcome/outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace flowscope {

class FlowPath
{
    Q_DECLARE_TR_FUNCTIONS(FlowPath)

public:
    // An edge the execution took: a transition of the definition, or a loose one (transition -1)
    // when the definition has none that matches the step.
    struct Edge
    {
        int fromBox = -1;
        int transition = -1; // index into the from box's transitions; -1: not in the definition
        int toBox = -1; // -1: the flow ended there (a stub)
        QString event;
        bool failure = false;
        QList<int> steps; // the steps that took it, in order
    };

    // `steps` oldest first; `active`: the execution still runs (its last box is where it waits).
    static FlowPath map(const FlowDefinition &definition, const QList<Step> &steps, bool active,
        const OutcomeRules &rules = {});

    // Boxes are the definition's states (0 … states-1), then the loose ones.
    int boxCount() const { return m_definitionBoxes + int(m_looseBoxes.size()); }
    int definitionBoxCount() const { return m_definitionBoxes; }
    const QStringList &looseBoxes() const { return m_looseBoxes; }
    bool isLoose(int box) const { return box >= m_definitionBoxes; }

    // Visit numbers of a box, 1-based in step order; empty: never visited.
    QList<int> visitsOf(int box) const { return m_visits.value(box); }
    bool visited(int box) const { return m_visits.contains(box); }
    int visitCount() const { return m_visitCount; }
    const QList<Edge> &edges() const { return m_edges; }
    // The edge of a definition transition the path took, or nullptr.
    const Edge *edgeOf(int box, int transition) const;

    // The box each step belongs to (the widget it left; a subflow's steps: the box that ran it).
    int boxOfStep(int step) const { return m_stepBox.value(step, -1); }
    // The steps that left a box, in order (a box entered last and still waiting: the step that
    // entered it).
    QList<int> stepsAt(int box) const;
    int subflowStepsAt(int box) const { return m_subflowSteps.value(box); }

    int endBox() const { return m_endBox; } // where it ended, or waits; -1: no steps
    bool waiting() const { return m_waiting; }
    const QStringList &notes() const { return m_notes; }

private:
    int boxOf(const FlowDefinition &definition, const QString &name);

    int m_definitionBoxes = 0;
    QStringList m_looseBoxes;
    QHash<int, QList<int>> m_visits;
    int m_visitCount = 0;
    QList<Edge> m_edges;
    QList<int> m_stepBox;
    QHash<int, int> m_subflowSteps;
    int m_endBox = -1;
    int m_enteredLast = -1; // the step that entered the end box
    bool m_waiting = false;
    QStringList m_notes;
};

} // namespace flowscope
