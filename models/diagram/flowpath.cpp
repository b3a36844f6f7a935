#include "flowpath.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// Studio's name for "the flow is over" in transitioned_to.
const QString kEnded = u"Ended"_s;

// The transition of `state` a step took: the same event to the same target first; then a split's
// condition by its name ("Condition Matches: agent" is the "match" transition whose condition is
// called agent — two conditions, or a condition and noMatch, may lead to one widget); then the
// same target; then an end stub with the same event. -1: none fits.
int matchTransition(const FlowState &state, const QString &event, const QString &to, bool toEnd)
{
    static const QString conditionMatches = u"Condition Matches: "_s;
    const QList<FlowTransition> &ts = state.transitions;
    const auto leadsThere
        = [&](const FlowTransition &t) { return toEnd ? t.next.isEmpty() : t.next == to; };
    for (qsizetype n = 0; n < ts.size(); ++n) {
        if (ts[n].event == event && leadsThere(ts[n]))
            return int(n);
    }
    if (event.startsWith(conditionMatches)) {
        const QStringView condition = QStringView(event).mid(conditionMatches.size());
        for (qsizetype n = 0; n < ts.size(); ++n) {
            if (ts[n].event == u"match"_s && ts[n].condition == condition && leadsThere(ts[n]))
                return int(n);
        }
    }
    if (!toEnd) {
        for (qsizetype n = 0; n < ts.size(); ++n) {
            if (ts[n].next == to)
                return int(n);
        }
    }
    return -1;
}

} // namespace

int FlowPath::boxOf(const FlowDefinition &definition, const QString &name)
{
    bool added = false;
    const int box = definition.boxOf(name, &m_looseBoxes, &added);
    if (added)
        m_notes << tr("\"%1\" is not a widget of this definition (renamed or removed since?); it "
                      "is drawn apart.")
                       .arg(name);
    return box;
}

FlowPath FlowPath::map(const FlowDefinition &definition, const QList<Step> &steps, bool active,
    const OutcomeRules &rules)
{
    FlowPath p;
    p.m_definitionBoxes = int(definition.states().size());
    p.m_stepBox.fill(-1, steps.size());

    QHash<QString, int> stepBySid;
    for (qsizetype k = 0; k < steps.size(); ++k)
        stepBySid.insert(steps[k].sid, int(k));

    const auto visit = [&p](int box) { p.m_visits[box].append(++p.m_visitCount); };
    int last = -1; // the last step of the flow itself
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const Step &step = steps[k];
        if (!step.parentStepSid.isEmpty()) {
            // A subflow's step: counted on the box whose step ran the subflow.
            const int parent = stepBySid.value(step.parentStepSid, -1);
            int box = -1;
            if (parent >= 0 && !steps[parent].transitionedTo.isEmpty()
                && steps[parent].transitionedTo != kEnded)
                box = p.boxOf(definition, steps[parent].transitionedTo);
            if (box < 0)
                box = p.boxOf(definition, tr("(subflow)"));
            p.m_stepBox[k] = box;
            ++p.m_subflowSteps[box];
            continue;
        }

        const int from = p.boxOf(definition, step.transitionedFrom);
        // The first widget (the trigger in a real flow), or one the previous step did not lead to.
        if (last < 0 || steps[last].transitionedTo != step.transitionedFrom)
            visit(from);
        last = int(k);
        p.m_stepBox[k] = from;

        const bool toEnd = step.transitionedTo.isEmpty()
            || (step.transitionedTo == kEnded && definition.indexOf(kEnded) < 0);
        const int to = toEnd ? -1 : p.boxOf(definition, step.transitionedTo);
        int transition = -1;
        if (!p.isLoose(from))
            transition
                = matchTransition(definition.states()[from], step.name, step.transitionedTo, toEnd);

        auto edge = std::find_if(p.m_edges.begin(), p.m_edges.end(), [&](const Edge &e) {
            return e.fromBox == from && e.toBox == to
                && (transition >= 0 ? e.transition == transition
                                    : (e.transition < 0 && e.event == step.name));
        });
        if (edge == p.m_edges.end()) {
            Edge e;
            e.fromBox = from;
            e.transition = transition;
            e.toBox = to;
            e.event = step.name;
            e.failure = rules.isFailureEvent(step.name);
            p.m_edges.append(e);
            edge = p.m_edges.end() - 1;
            if (transition < 0 && !p.isLoose(from))
                p.m_notes << tr("%1: the step on \"%2\" to \"%3\" is not a transition of this "
                                "definition; drawn as a loose edge.")
                                 .arg(step.transitionedFrom, step.name,
                                     toEnd ? kEnded : step.transitionedTo);
        }
        edge->steps.append(int(k));

        if (to >= 0) {
            visit(to);
            p.m_enteredLast = int(k);
        }
    }

    if (last >= 0) {
        const Step &end = steps[last];
        const bool over = end.transitionedTo.isEmpty()
            || (end.transitionedTo == kEnded && definition.indexOf(kEnded) < 0);
        if (over) {
            p.m_endBox = p.m_stepBox[last];
            p.m_enteredLast = -1;
        } else {
            // Still in the widget it went to: waiting there (active), or the steps stop short.
            p.m_endBox = p.boxOf(definition, end.transitionedTo);
            p.m_waiting = active;
        }
    }
    return p;
}

const FlowPath::Edge *FlowPath::edgeOf(int box, int transition) const
{
    for (const Edge &e : m_edges) {
        if (e.fromBox == box && e.transition == transition)
            return &e;
    }
    return nullptr;
}

QList<int> FlowPath::stepsAt(int box) const
{
    QList<int> out;
    for (qsizetype k = 0; k < m_stepBox.size(); ++k) {
        if (m_stepBox[k] == box)
            out << int(k);
    }
    if (out.isEmpty() && box == m_endBox && m_enteredLast >= 0)
        out << m_enteredLast;
    return out;
}

} // namespace flowscope
