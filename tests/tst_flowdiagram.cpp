// The flow definition parser and the path mapping: every real flow in ../shared/studio-flows
// reads with every widget, offset and transition it has; broken definitions give a clear message
// or a listed problem, never a crash; steps map onto boxes and edges (repeats, subflows, a split's
// condition, a renamed widget drawn apart); many executions' paths counted per box and edge.

#include "diagram/flowdefinition.h"
#include "diagram/flowpath.h"
#include "diagram/flowtraffic.h"
#include "support/studioflows.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

Step step(const QString &from, const QString &event, const QString &to, const QString &parent = {},
    const QString &sid = {})
{
    Step s;
    s.transitionedFrom = from;
    s.name = event;
    s.transitionedTo = to;
    s.parentStepSid = parent;
    s.sid = sid;
    return s;
}

// A small SMS flow: a split, an HTTP call that can fail, a reply that loops back to the question.
const char *const kSmallFlow = R"({
  "description": "small",
  "initial_state": "Trigger",
  "states": [
    {"name": "Trigger", "type": "trigger", "properties": {"offset": {"x": 0, "y": 0}},
     "transitions": [{"event": "incomingMessage", "next": "split_1"}, {"event": "incomingCall"}]},
    {"name": "split_1", "type": "split-based-on", "properties": {"offset": {"x": 10, "y": 200}},
     "transitions": [{"event": "noMatch", "next": "ask"},
                     {"event": "match", "next": "http_1",
                      "conditions": [{"friendly_name": "order", "type": "equal_to"}]}]},
    {"name": "ask", "type": "send-and-wait-for-reply", "properties": {"offset": {"x": -300, "y": 400}},
     "transitions": [{"event": "incomingMessage", "next": "split_1"}, {"event": "timeout"},
                     {"event": "deliveryFailure"}]},
    {"name": "http_1", "type": "make-http-request", "properties": {"offset": {"x": 300, "y": 400}},
     "transitions": [{"event": "success", "next": "reply"}, {"event": "failed", "next": "sorry"}]},
    {"name": "reply", "type": "send-message", "properties": {"offset": {"x": 300, "y": 600}},
     "transitions": [{"event": "sent"}, {"event": "failed"}]},
    {"name": "sorry", "type": "send-message", "properties": {"offset": {"x": 600, "y": 600}},
     "transitions": [{"event": "sent"}, {"event": "failed"}]},
    {"name": "sub", "type": "run-subflow", "properties": {"offset": {"x": 900, "y": 600}},
     "transitions": [{"event": "completed"}, {"event": "failed"}]}
  ]
})";

FlowDefinition smallFlow()
{
    QString error;
    const std::optional<FlowDefinition> d = FlowDefinition::parse(kSmallFlow, &error);
    if (!d)
        qFatal("the test's own flow does not parse: %s", qPrintable(error));
    return *d;
}

} // namespace

class TestFlowDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySharedFlowReads_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = studioFlowFiles();
        if (files.isEmpty()) {
            const char *why = "no ../shared/studio-flows beside the checkout (or "
                              "FLOWSCOPE_STUDIO_FLOWS): the real flows are the test data";
            if (studioFlowsRequired())
                QFAIL(why);
            QSKIP(why);
        }
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void everySharedFlowReads()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QString error;
        const std::optional<FlowDefinition> d = FlowDefinition::parse(text, &error);
        QVERIFY2(d, qPrintable(error));

        // Compared with the file as a plain JSON reading sees it: nothing lost, nothing moved.
        const QJsonArray states = QJsonDocument::fromJson(text).object()[u"states"_s].toArray();
        QCOMPARE(d->states().size(), states.size());
        int transitions = 0;
        for (qsizetype n = 0; n < states.size(); ++n) {
            const QJsonObject s = states[n].toObject();
            const FlowState &read = d->states()[n];
            QCOMPARE(read.name, s[u"name"_s].toString());
            QCOMPARE(read.type, s[u"type"_s].toString());
            const QJsonObject offset = s[u"properties"_s][u"offset"_s].toObject();
            QCOMPARE(read.offset, QPointF(offset[u"x"_s].toDouble(), offset[u"y"_s].toDouble()));
            QVERIFY(!read.placed);
            QCOMPARE(read.transitions.size(), s[u"transitions"_s].toArray().size());
            transitions += int(read.transitions.size());
            QCOMPARE(d->indexOf(read.name), int(n));
        }
        QCOMPARE(d->transitionCount(), transitions);
        QVERIFY(d->indexOf(d->initialState()) >= 0);

        // The one known oddity: a transition to a widget that does not exist.
        const bool standby = path.endsWith(u"04-vaccine-standby-list-sms.json"_s);
        const bool dangling = std::any_of(d->states().cbegin(), d->states().cend(), [](auto &s) {
            return std::any_of(s.transitions.cbegin(), s.transitions.cend(),
                [](const FlowTransition &t) { return t.dangling; });
        });
        QCOMPARE(dangling, standby);
        if (standby) {
            QVERIFY2(d->problems().join(u' ').contains(u"SaveToAirtable"_s),
                qPrintable(d->problems().join(u'\n')));
        }
    }

    void brokenDefinitions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("reads");
        QTest::addColumn<QString>("says"); // in the error, or in a problem

        QTest::newRow("empty") << QByteArray() << false << u"empty"_s;
        QTest::newRow("not JSON") << QByteArray("<html>Sign in</html>") << false << u"HTML"_s;
        QTest::newRow("cut off") << QByteArray(R"({"states":[{"name":"Trigger")") << false
                                 << u"cut off"_s;
        QTest::newRow("an array") << QByteArray("[1,2]") << false << u"not a JSON object"_s;
        QTest::newRow("no states")
            << QByteArray(R"({"description":"x"})") << false << u"no \"states\""_s;
        QTest::newRow("states not a list")
            << QByteArray(R"({"states":{"name":"Trigger"}})") << false << u"not a list"_s;
        QTest::newRow("missing offsets")
            << QByteArray(R"({"states":[{"name":"Trigger","type":"trigger","transitions":[]},
                {"name":"a","type":"say-play","properties":{"offset":{"x":"12","y":"34"}}},
                {"name":"b","type":"say-play","properties":{"offset":{"x":null}}}]})")
            << true << u"no position"_s;
        QTest::newRow("duplicate names") << QByteArray(
            R"({"states":[{"name":"a","type":"trigger"},{"name":"a","type":"say-play"}]})")
                                         << true << u"Two widgets are named \"a\""_s;
        QTest::newRow("next to a missing state")
            << QByteArray(R"({"states":[{"name":"Trigger","type":"trigger",
                "transitions":[{"event":"incomingCall","next":"nowhere"}]}]})")
            << true << u"\"nowhere\", which is not a widget"_s;
        QTest::newRow("name where next belongs")
            << QByteArray(R"({"states":[{"name":"Trigger","type":"trigger",
                "transitions":[{"event":"incomingCall","name":"b"}]},{"name":"b","type":"say-play"}]})")
            << true << u"instead of \"next\""_s;
        QTest::newRow("entries of every type")
            << QByteArray(R"({"states":[1,null,"x",[],{"type":"say-play"},{"name":"Trigger",
                "transitions":"none","properties":{"offset":[1,2]}}]})")
            << true << u"is not an object"_s;
        QTest::newRow("an initial state that is not there")
            << QByteArray(
                   R"({"initial_state":"Start","states":[{"name":"Trigger","type":"trigger"}]})")
            << true << u"\"Start\" is not a widget"_s;
    }

    void brokenDefinitions()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, reads);
        QFETCH(QString, says);
        QString error;
        const std::optional<FlowDefinition> d = FlowDefinition::parse(json, &error);
        QCOMPARE(bool(d), reads);
        if (!reads) {
            QVERIFY2(error.contains(says), qPrintable(error));
            QVERIFY(error.endsWith(u'.'));
            return;
        }
        QVERIFY2(d->problems().join(u'\n').contains(says), qPrintable(d->problems().join(u'\n')));
        // Whatever was odd, every box has a finite position and unique lookup by name.
        for (const FlowState &s : d->states()) {
            QVERIFY(!s.name.isEmpty());
            QVERIFY(qIsFinite(s.offset.x()) && qIsFinite(s.offset.y()));
            QVERIFY(d->indexOf(s.name) >= 0);
        }
    }

    void placedBoxesDoNotOverlap()
    {
        QString error;
        const auto d = FlowDefinition::parse(R"({"states":[
            {"name":"Trigger","type":"trigger","properties":{"offset":{"x":100,"y":50}}},
            {"name":"a","type":"say-play"},{"name":"b","type":"say-play"}]})",
            &error);
        QVERIFY(d);
        QVERIFY(d->states()[1].placed && d->states()[2].placed);
        QVERIFY(d->states()[1].offset.y() > 50);
        QVERIFY(d->states()[2].offset.x() > d->states()[1].offset.x());
        QCOMPARE(d->states()[0].offset, QPointF(100, 50));
    }

    void pathOfAnEndedExecution()
    {
        const FlowDefinition d = smallFlow();
        // The customer did not match, was asked, answered, matched, and the lookup failed.
        const QList<Step> steps {
            step(u"Trigger"_s, u"incomingMessage"_s, u"split_1"_s),
            step(u"split_1"_s, u"noMatch"_s, u"ask"_s),
            step(u"ask"_s, u"incomingMessage"_s, u"split_1"_s),
            step(u"split_1"_s, u"Condition Matches: order"_s, u"http_1"_s),
            step(u"http_1"_s, u"failed"_s, u"sorry"_s),
            step(u"sorry"_s, u"sent"_s, u"Ended"_s),
        };
        const FlowPath p = FlowPath::map(d, steps, false);
        QCOMPARE(p.boxCount(), 7);
        QVERIFY(p.looseBoxes().isEmpty());
        QVERIFY2(p.notes().isEmpty(), qPrintable(p.notes().join(u'\n')));
        QCOMPARE(p.visitsOf(d.indexOf(u"Trigger"_s)), QList<int>({ 1 }));
        QCOMPARE(p.visitsOf(d.indexOf(u"split_1"_s)), QList<int>({ 2, 4 })); // twice
        QCOMPARE(p.visitsOf(d.indexOf(u"ask"_s)), QList<int>({ 3 }));
        QCOMPARE(p.visitsOf(d.indexOf(u"http_1"_s)), QList<int>({ 5 }));
        QCOMPARE(p.visitsOf(d.indexOf(u"sorry"_s)), QList<int>({ 6 }));
        QVERIFY(!p.visited(d.indexOf(u"reply"_s)));
        QCOMPARE(p.visitCount(), 6);

        QCOMPARE(p.edges().size(), 6);
        const int split = d.indexOf(u"split_1"_s);
        const FlowPath::Edge *match = p.edgeOf(split, 1);
        QVERIFY(match); // "Condition Matches: order" is the split's "match" transition
        QCOMPARE(match->toBox, d.indexOf(u"http_1"_s));
        QCOMPARE(match->steps, QList<int>({ 3 }));
        const FlowPath::Edge *failed = p.edgeOf(d.indexOf(u"http_1"_s), 1);
        QVERIFY(failed && failed->failure);
        QVERIFY(!p.edgeOf(split, 0)->failure);
        const FlowPath::Edge *end = p.edgeOf(d.indexOf(u"sorry"_s), 0);
        QVERIFY(end);
        QCOMPARE(end->toBox, -1); // the stub: the flow ended there
        QCOMPARE(p.endBox(), d.indexOf(u"sorry"_s));
        QVERIFY(!p.waiting());

        QCOMPARE(p.boxOfStep(0), d.indexOf(u"Trigger"_s));
        QCOMPARE(p.stepsAt(split), QList<int>({ 1, 3 }));
    }

    void pathOfAWaitingExecution()
    {
        const FlowDefinition d = smallFlow();
        const QList<Step> steps {
            step(u"Trigger"_s, u"incomingMessage"_s, u"split_1"_s),
            step(u"split_1"_s, u"noMatch"_s, u"ask"_s),
        };
        const FlowPath p = FlowPath::map(d, steps, true);
        QCOMPARE(p.endBox(), d.indexOf(u"ask"_s));
        QVERIFY(p.waiting());
        QCOMPARE(p.stepsAt(d.indexOf(u"ask"_s)), QList<int>({ 1 })); // the step that entered it
        QCOMPARE(p.visitsOf(d.indexOf(u"ask"_s)), QList<int>({ 3 }));
    }

    void aRenamedWidgetIsDrawnApart()
    {
        // An execution of an older revision, where the HTTP widget was called "lookup".
        const FlowDefinition d = smallFlow();
        const QList<Step> steps {
            step(u"Trigger"_s, u"incomingMessage"_s, u"split_1"_s),
            step(u"split_1"_s, u"Condition Matches: order"_s, u"lookup"_s),
            step(u"lookup"_s, u"success"_s, u"reply"_s),
            step(u"reply"_s, u"sent"_s, u"Ended"_s),
        };
        const FlowPath p = FlowPath::map(d, steps, false);
        QCOMPARE(p.looseBoxes(), QStringList({ u"lookup"_s }));
        QCOMPARE(p.boxCount(), 8);
        const int lookup = 7;
        QVERIFY(p.isLoose(lookup));
        QCOMPARE(p.visitsOf(lookup), QList<int>({ 3 }));
        QCOMPARE(p.visitsOf(d.indexOf(u"reply"_s)), QList<int>({ 4 }));
        QVERIFY2(p.notes().join(u'\n').contains(u"\"lookup\" is not a widget"_s),
            qPrintable(p.notes().join(u'\n')));
        // Both edges touching it are loose: the definition has no such transitions.
        int loose = 0;
        for (const FlowPath::Edge &e : p.edges())
            loose += e.transition < 0 ? 1 : 0;
        QCOMPARE(loose, 2);
        QCOMPARE(p.endBox(), d.indexOf(u"reply"_s));
    }

    void subflowStepsCountOnTheirBox()
    {
        const FlowDefinition d = smallFlow();
        const QList<Step> steps {
            step(u"Trigger"_s, u"incomingMessage"_s, u"sub"_s, {}, u"FT1"_s),
            step(u"Trigger"_s, u"incomingParent"_s, u"say"_s, u"FT1"_s, u"FT2"_s),
            step(u"say"_s, u"audioComplete"_s, u"Ended"_s, u"FT1"_s, u"FT3"_s),
            step(u"sub"_s, u"completed"_s, u"Ended"_s, {}, u"FT4"_s),
        };
        const FlowPath p = FlowPath::map(d, steps, false);
        const int sub = d.indexOf(u"sub"_s);
        QCOMPARE(p.subflowStepsAt(sub), 2);
        QCOMPARE(p.boxOfStep(1), sub);
        QCOMPARE(p.boxOfStep(2), sub);
        QVERIFY(p.looseBoxes().isEmpty()); // the subflow's own widgets are not boxes here
        QCOMPARE(p.visitsOf(sub), QList<int>({ 2 }));
        QCOMPARE(p.endBox(), sub);
        // The trigger's message edge does not exist in the definition (it leads to split_1).
        QCOMPARE(p.edges().size(), 2);
    }

    // Four executions on the small flow: each counts once per box and edge it passed (a loop
    // too), where it ended or waits, failures at their end, a renamed widget apart.
    void trafficOfManyExecutions()
    {
        const FlowDefinition d = smallFlow();
        const auto facts = [](const QString &from, const QString &event, const QString &to) {
            return StepFacts { event, from, to };
        };
        const QList<FlowTraffic::Run> runs {
            // Asked twice, then gave up: ended at ask.
            { u"FNa"_s,
                { facts(u"Trigger"_s, u"incomingMessage"_s, u"split_1"_s),
                    facts(u"split_1"_s, u"noMatch"_s, u"ask"_s),
                    facts(u"ask"_s, u"incomingMessage"_s, u"split_1"_s),
                    facts(u"split_1"_s, u"noMatch"_s, u"ask"_s),
                    facts(u"ask"_s, u"timeout"_s, u"Ended"_s) },
                false, true },
            // Matched, the lookup failed, sorry was sent.
            { u"FNb"_s,
                { facts(u"Trigger"_s, u"incomingMessage"_s, u"split_1"_s),
                    facts(u"split_1"_s, u"Condition Matches: order"_s, u"http_1"_s),
                    facts(u"http_1"_s, u"failed"_s, u"sorry"_s),
                    facts(u"sorry"_s, u"sent"_s, u"Ended"_s) },
                false, true },
            // Still waiting for a reply.
            { u"FNc"_s,
                { facts(u"Trigger"_s, u"incomingMessage"_s, u"split_1"_s),
                    facts(u"split_1"_s, u"noMatch"_s, u"ask"_s) },
                true, false },
            // An older revision, where the HTTP widget was "lookup".
            { u"FNd"_s,
                { facts(u"Trigger"_s, u"incomingMessage"_s, u"split_1"_s),
                    facts(u"split_1"_s, u"Condition Matches: order"_s, u"lookup"_s),
                    facts(u"lookup"_s, u"success"_s, u"reply"_s),
                    facts(u"reply"_s, u"sent"_s, u"Ended"_s) },
                false, false },
        };
        const FlowTraffic t = FlowTraffic::count(d, runs);
        QCOMPARE(t.runCount(), 4);
        const auto box = [&](const char *name) { return d.indexOf(QString::fromLatin1(name)); };
        QCOMPARE(t.entered(box("Trigger")), 4);
        QCOMPARE(t.entered(box("split_1")), 4);
        QCOMPARE(t.entered(box("ask")), 2); // a twice, c once: two executions
        QCOMPARE(t.entered(box("http_1")), 1);
        QCOMPARE(t.entered(box("sorry")), 1);
        QCOMPARE(t.entered(box("reply")), 1);
        QCOMPARE(t.entered(box("sub")), 0);
        QCOMPARE(t.looseBoxes(), QStringList({ u"lookup"_s }));
        const int lookup = t.definitionBoxCount();
        QCOMPARE(t.entered(lookup), 1);
        QCOMPARE(t.runsThroughBox(box("ask")), QStringList({ u"FNa"_s, u"FNc"_s }));

        QCOMPARE(t.endedAt(box("ask")), 1);
        QCOMPARE(t.waitingAt(box("ask")), 1);
        QCOMPARE(t.failedAt(box("ask")), 1);
        QCOMPARE(t.endedAt(box("sorry")), 1);
        QCOMPARE(t.failedAt(box("sorry")), 1);
        QCOMPARE(t.endedAt(box("reply")), 1);
        QCOMPARE(t.failedAt(box("reply")), 0);

        const FlowTraffic::Edge *noMatch = t.edgeOf(box("split_1"), 0);
        QVERIFY(noMatch);
        QCOMPARE(noMatch->runs, QList<int>({ 0, 2 })); // a took it twice: once here
        const FlowTraffic::Edge *match = t.edgeOf(box("split_1"), 1);
        QVERIFY(match);
        QCOMPARE(match->runs, QList<int>({ 1 })); // d's match led to "lookup": a loose edge
        QVERIFY(t.edgeOf(box("http_1"), 1)->failure);
        QVERIFY(!t.edgeOf(box("http_1"), 0));
        QCOMPARE(t.edgeOf(box("ask"), 1)->toBox, -1); // timeout: the stub
        QCOMPARE(t.busiestEdge(), 4); // the trigger's message
        int loose = 0;
        for (qsizetype e = 0; e < t.edges().size(); ++e) {
            if (t.edges()[e].transition >= 0)
                continue;
            ++loose;
            QCOMPARE(t.runsAlongEdge(int(e)), QStringList({ u"FNd"_s }));
        }
        QCOMPARE(loose, 2); // split_1 → lookup, lookup → reply
        const QString notes = t.notes().join(u'\n');
        QVERIFY2(notes.contains(u"lookup"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"took a transition"_s), qPrintable(notes));

        // Nothing analysed: the definition with no counts.
        const FlowTraffic none = FlowTraffic::count(d, {});
        QCOMPARE(none.runCount(), 0);
        QCOMPARE(none.entered(box("Trigger")), 0);
        QVERIFY(none.edges().isEmpty());
    }

    // A split whose conditions (and its noMatch) lead to one widget: each step is counted on the
    // transition it took, by its condition's name, not on the first one to that widget; an edge's
    // name does not depend on which execution came first.
    void conditionsToOneWidgetAreTold()
    {
        QString error;
        const auto d = FlowDefinition::parse(R"({"states":[
            {"name":"Trigger","type":"trigger","transitions":[{"event":"incomingMessage","next":"split"}]},
            {"name":"split","type":"split-based-on","transitions":[
                {"event":"noMatch","next":"agent"},
                {"event":"match","next":"agent","conditions":[{"friendly_name":"help"}]},
                {"event":"match","next":"agent","conditions":[{"friendly_name":"human"}]}]},
            {"name":"agent","type":"send-to-flex","transitions":[]}]})",
            &error);
        QVERIFY2(d, qPrintable(error));
        const auto run = [](const QString &sid, const QString &event) {
            return FlowTraffic::Run { sid,
                { StepFacts { u"incomingMessage"_s, u"Trigger"_s, u"split"_s },
                    StepFacts { event, u"split"_s, u"agent"_s } },
                true, false };
        };
        const QList<FlowTraffic::Run> runs { run(u"FNa"_s, u"Condition Matches: human"_s),
            run(u"FNb"_s, u"Condition Matches: help"_s), run(u"FNc"_s, u"noMatch"_s),
            run(u"FNd"_s, u"Condition Matches: human"_s) };
        const FlowTraffic t = FlowTraffic::count(*d, runs);
        const int split = d->indexOf(u"split"_s);
        QCOMPARE(t.edgeOf(split, 0)->runs.size(), 1); // noMatch: c
        QCOMPARE(t.edgeOf(split, 1)->runs.size(), 1); // help: b
        QCOMPARE(t.edgeOf(split, 2)->runs.size(), 2); // human: a and d
        QCOMPARE(t.edgeOf(split, 2)->event, u"Condition Matches: human"_s);
        // Two names on one edge (a step the definition's conditions do not name, to the same
        // widget): the same name whichever came first.
        const QList<FlowTraffic::Run> odd { run(u"FNe"_s, u"Condition Matches: other"_s),
            run(u"FNf"_s, u"noMatch"_s) };
        const QList<FlowTraffic::Run> reversed { odd[1], odd[0] };
        QCOMPARE(FlowTraffic::count(*d, odd).edgeOf(split, 0)->event,
            FlowTraffic::count(*d, reversed).edgeOf(split, 0)->event);
    }

    void noSteps()
    {
        const FlowPath p = FlowPath::map(smallFlow(), {}, true);
        QCOMPARE(p.endBox(), -1);
        QCOMPARE(p.visitCount(), 0);
        QVERIFY(p.edges().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlowDiagram)
#include "tst_flowdiagram.moc"
