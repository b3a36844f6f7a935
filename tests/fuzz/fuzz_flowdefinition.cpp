// The flow definition parser and the path mapping on any text. Invariants: text that is refused
// says why; every widget read has a name, a finite position and is found by its name (the first
// of a name); a `next` is dangling exactly when no widget has that name; a walk along the
// transitions (with a widget the definition lacks thrown in) maps every step to a box, numbers
// every box entered, and puts every step of the flow on exactly one edge.

#include "diagram/flowdefinition.h"
#include "diagram/flowpath.h"
#include "fuzz.h"

#include <cmath>

using namespace flowscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<FlowDefinition> d = FlowDefinition::parse(json, &error);
    if (!d) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QList<FlowState> &states = d->states();
    for (const FlowState &s : states) {
        FUZZ_CHECK(!s.name.isEmpty() && !s.type.isEmpty());
        FUZZ_CHECK(std::isfinite(s.offset.x()) && std::isfinite(s.offset.y()));
        const int at = d->indexOf(s.name);
        FUZZ_CHECK(at >= 0 && states[at].name == s.name);
        for (const FlowTransition &t : s.transitions)
            FUZZ_CHECK(t.dangling == (!t.next.isEmpty() && d->indexOf(t.next) < 0));
    }

    // A walk from the first widget, taking transition (step % count), up to 64 steps.
    QList<Step> steps;
    int at = states.isEmpty() ? -1 : 0;
    for (int k = 0; at >= 0 && k < 64; ++k) {
        const FlowState &s = states[at];
        Step step;
        step.sid = QString::number(k);
        step.transitionedFrom = k == 5 ? QStringLiteral("\u2603 not a widget") : s.name;
        if (s.transitions.isEmpty()) {
            step.name = QStringLiteral("ended");
            step.transitionedTo = QStringLiteral("Ended");
            steps << step;
            break;
        }
        const FlowTransition &t = s.transitions[k % s.transitions.size()];
        step.name = t.event;
        step.transitionedTo = t.next.isEmpty() ? QStringLiteral("Ended") : t.next;
        steps << step;
        if (t.next.isEmpty())
            break;
        at = d->indexOf(t.next);
        if (at < 0) // dangling: the step says where it went, the box is loose
            break;
    }
    const FlowPath path = FlowPath::map(*d, steps, true);
    FUZZ_CHECK(path.definitionBoxCount() == states.size());
    qsizetype onEdges = 0;
    for (const FlowPath::Edge &e : path.edges()) {
        FUZZ_CHECK(e.fromBox >= 0 && e.fromBox < path.boxCount());
        FUZZ_CHECK(e.toBox >= -1 && e.toBox < path.boxCount());
        FUZZ_CHECK(e.transition < 0
            || (!path.isLoose(e.fromBox) && e.transition < states[e.fromBox].transitions.size()));
        onEdges += e.steps.size();
    }
    FUZZ_CHECK(onEdges == steps.size());
    int numbers = 0;
    for (int box = 0; box < path.boxCount(); ++box)
        numbers += int(path.visitsOf(box).size());
    FUZZ_CHECK(numbers == path.visitCount());
    for (qsizetype k = 0; k < steps.size(); ++k)
        FUZZ_CHECK(path.boxOfStep(int(k)) >= 0 && path.boxOfStep(int(k)) < path.boxCount());
    FUZZ_CHECK(steps.isEmpty() == (path.endBox() < 0));
    return 0;
}
