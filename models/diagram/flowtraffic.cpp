#include "flowtraffic.h"

#include "executions/executionsmodel.h"

#include "flowpath.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

int FlowTraffic::boxNamed(const FlowDefinition &definition, const QString &name)
{
    bool added = false;
    const int box = definition.boxOf(name, &m_looseBoxes, &added);
    if (added)
        m_boxes.append(Box());
    return box;
}

FlowTraffic FlowTraffic::count(
    const FlowDefinition &definition, const QList<Run> &runs, const OutcomeRules &rules)
{
    FlowTraffic t;
    t.m_definitionBoxes = int(definition.states().size());
    t.m_boxes.resize(t.m_definitionBoxes);
    t.m_runs.reserve(runs.size());
    QHash<QString, int> edgeIndex; // "from/transition/to[/event]" → index into m_edges
    int looseEdgeRuns = 0;

    // One way through the flow, on this traffic's numbering: the boxes it enters, the edges it
    // takes, where it ends. Thousands of executions take the same few ways; each is mapped once.
    struct Way
    {
        QList<int> boxes;
        QList<int> edges;
        int end = -1;
        bool waiting = false;
        bool loose = false; // took a transition the definition lacks
    };
    const auto mapWay = [&](const Run &run) {
        QList<Step> steps;
        steps.reserve(run.steps.size());
        for (const StepFacts &s : run.steps) {
            Step step;
            step.name = s.event;
            step.transitionedFrom = s.from;
            step.transitionedTo = s.to;
            steps << step;
        }
        // The execution's path exactly as the Diagram tab draws it, its loose boxes renumbered
        // into the list all executions share.
        const FlowPath path = FlowPath::map(definition, steps, run.active, rules);
        const auto boxHere = [&](int box) {
            if (box < 0 || !path.isLoose(box))
                return box;
            return t.boxNamed(definition, path.looseBoxes()[box - path.definitionBoxCount()]);
        };
        Way way;
        for (int b = 0; b < path.boxCount(); ++b) {
            if (path.visited(b))
                way.boxes << boxHere(b);
        }
        for (const FlowPath::Edge &e : path.edges()) {
            const int from = boxHere(e.fromBox);
            const int to = boxHere(e.toBox);
            QString key = QString::number(from) + u'/' + QString::number(e.transition) + u'/'
                + QString::number(to);
            if (e.transition < 0) {
                key += u'/' + e.event;
                way.loose = true;
            }
            auto it = edgeIndex.constFind(key);
            if (it != edgeIndex.cend() && e.event < t.m_edges[*it].event)
                t.m_edges[*it].event = e.event; // one name for it, whichever run came first
            if (it == edgeIndex.cend()) {
                Edge edge;
                edge.fromBox = from;
                edge.transition = e.transition;
                edge.toBox = to;
                edge.event = e.event;
                edge.failure = e.failure;
                it = edgeIndex.insert(key, int(t.m_edges.size()));
                t.m_edges.append(edge);
            }
            way.edges << *it;
        }
        way.end = boxHere(path.endBox());
        way.waiting = path.waiting();
        return way;
    };
    QHash<QString, Way> ways; // the steps as one string → the way they make

    for (qsizetype r = 0; r < runs.size(); ++r) {
        const Run &run = runs[r];
        t.m_runs << run.executionSid;
        QString key = run.active ? u"A"_s : u"E"_s;
        for (const StepFacts &s : run.steps)
            key += s.from + u'\x1f' + s.event + u'\x1f' + s.to + u'\x1e';
        auto way = ways.constFind(key);
        if (way == ways.cend())
            way = ways.insert(key, mapWay(run));
        for (int b : way->boxes)
            t.m_boxes[b].entered.append(int(r));
        for (int e : way->edges)
            t.m_edges[e].runs.append(int(r));
        looseEdgeRuns += way->loose ? 1 : 0;
        if (way->end >= 0) {
            Box &box = t.m_boxes[way->end];
            if (way->waiting)
                ++box.waiting;
            else
                ++box.ended;
            if (run.failed)
                ++box.failed;
        }
    }

    for (qsizetype e = 0; e < t.m_edges.size(); ++e) {
        const Edge &edge = t.m_edges[e];
        t.m_busiestEdge = std::max(t.m_busiestEdge, int(edge.runs.size()));
        if (edge.transition >= 0)
            t.m_transitionEdge.insert(transitionKey(edge.fromBox, edge.transition), int(e));
    }
    if (!t.m_looseBoxes.isEmpty()) {
        t.m_notes << tr("%n widget(s) that executions passed through are not in this definition "
                        "(renamed or removed since they ran?): %1 — drawn apart.",
            nullptr, int(t.m_looseBoxes.size()))
                         .arg(t.m_looseBoxes.join(u", "_s));
    }
    if (looseEdgeRuns > 0)
        t.m_notes << tr("%n execution(s) took a transition this definition does not have; drawn "
                        "dashed.",
            nullptr, looseEdgeRuns);
    return t;
}

const FlowTraffic::Edge *FlowTraffic::edgeOf(int box, int transition) const
{
    const int e = m_transitionEdge.value(transitionKey(box, transition), -1);
    return e < 0 ? nullptr : &m_edges[e];
}

QStringList FlowTraffic::runsOf(const QList<int> &indexes) const
{
    QStringList out;
    out.reserve(indexes.size());
    for (int r : indexes)
        out << m_runs[r];
    return out;
}

QStringList FlowTraffic::runsThroughBox(int box) const
{
    return box >= 0 && box < m_boxes.size() ? runsOf(m_boxes[box].entered) : QStringList();
}

QStringList FlowTraffic::runsAlongEdge(int edge) const
{
    return edge >= 0 && edge < m_edges.size() ? runsOf(m_edges[edge].runs) : QStringList();
}

TrafficRequest TrafficRequest::of(const ExecutionsModel &model, const OutcomeCache &cache)
{
    TrafficRequest request;
    request.flowSid = model.query().flowSid;
    request.rows.reserve(model.rowCount());
    for (int at = 0; at < model.rowCount(); ++at) {
        const OutcomeTarget row = model.outcomeTargetAt(at);
        request.rows.append({ row.executionSid, row.active });
    }
    request.outcomes = cache.snapshot(); // read on the worker that counts
    request.rules = cache.rules();
    return request;
}

FlowTraffic TrafficRequest::count(const FlowDefinition &definition) const
{
    QList<FlowTraffic::Run> runs;
    runs.reserve(rows.size());
    for (const Row &row : rows) {
        const Outcome *outcome = outcomes.find(row.executionSid);
        if (outcome && outcome->hasSteps())
            runs.append({ row.executionSid, outcomes.stepsOf(row.executionSid), row.active,
                outcome->failed() });
    }
    return FlowTraffic::count(definition, runs, rules);
}

} // namespace flowscope
