// The Diagram tab, offscreen, against the sandbox: an execution drawn on the revision it ran on
// (an old one on its old revision, saying so), boxes and edges counted against the definition,
// path items against the steps, click-to-step and step-to-box, the revision fetched once, the
// pictures saved; and every real flow in ../shared/studio-flows drawn.

#include "detail/detailpane.h"
#include "detail/stepsmodel.h"
#include "diagram/flowcanvas.h"
#include "diagram/flowtraffic.h"
#include "diagram/revisioncomparer.h"
#include "sandbox/sandboxserver.h"
#include "support/children.h"
#include "support/sandboxfixture.h"
#include "support/studioflows.h"
#include "support/testclient.h"
#include "util/textformat.h"

#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

constexpr qint64 kNow = 1795824000; // 2026-11-28T00:00:00Z

int stateCount(const QJsonObject &definition)
{
    return int(definition.value(u"states"_s).toArray().size());
}

int transitionCount(const QJsonObject &definition)
{
    int n = 0;
    for (const QJsonValue &s : definition.value(u"states"_s).toArray())
        n += int(s[u"transitions"_s].toArray().size());
    return n;
}

// What covers what on the canvas at its zoom, in words (empty: nothing). Counts are at screen
// size: compared in view coordinates, with the boxes' names once those are drawn (from 0.3 in);
// labels scale with the drawing: compared in scene coordinates with each other and the boxes,
// and with the counts under the view's transform.
QStringList coverings(const FlowCanvas &canvas)
{
    const auto covers = [](const QRectF &a, const QRectF &b) {
        return a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1));
    };
    QStringList found;
    const QTransform view = canvas.transform();
    const QList<QRectF> counts = canvas.shownCountRects();
    const QList<QRectF> labels = canvas.shownLabelRects();
    const QList<QRectF> names = canvas.boxNameRects();
    const QString at = u" at zoom %1"_s.arg(canvas.zoom());
    for (qsizetype a = 0; a < counts.size(); ++a) {
        for (qsizetype b = a + 1; b < counts.size(); ++b) {
            if (covers(counts[a], counts[b]))
                found << u"count %1 covers count %2"_s.arg(a).arg(b) + at;
        }
        if (canvas.zoom() >= 0.3) {
            for (qsizetype n = 0; n < names.size(); ++n) {
                if (covers(counts[a], view.mapRect(names[n])))
                    found << u"count %1 covers the name of box %2"_s.arg(a).arg(n) + at;
            }
        }
        for (qsizetype l = 0; l < labels.size(); ++l) {
            if (covers(counts[a], view.mapRect(labels[l])))
                found << u"count %1 covers label %2"_s.arg(a).arg(l) + at;
        }
    }
    for (qsizetype a = 0; a < labels.size(); ++a) {
        for (qsizetype b = a + 1; b < labels.size(); ++b) {
            if (covers(labels[a], labels[b]))
                found << u"label %1 covers label %2"_s.arg(a).arg(b) + at;
        }
        for (int box = 0; box < canvas.boxCount(); ++box) {
            if (covers(labels[a], canvas.boxRect(box)))
                found << u"label %1 covers box %2"_s.arg(a).arg(box) + at;
        }
    }
    return found;
}

} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;
    std::unique_ptr<DetailPane> m_pane;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }

    Execution executionOf(int f, qint64 i) const
    {
        const sandbox::ExecutionRecord e = data().execution(f, i);
        Execution x;
        x.sid = QString::fromLatin1(e.sid);
        x.flowSid = QString::fromLatin1(data().flow(f).sid);
        x.status = e.active ? ExecutionStatus::Active : ExecutionStatus::Ended;
        x.contactAddress = e.contactAddress;
        x.contactIsNull = false;
        x.created = QDateTime::fromSecsSinceEpoch(e.dateCreated, QTimeZone::utc());
        if (e.dateUpdated > 0)
            x.updated = QDateTime::fromSecsSinceEpoch(e.dateUpdated, QTimeZone::utc());
        return x;
    }

    // Selects the execution and waits for its diagram.
    bool show(int f, qint64 i)
    {
        QSignalSpy shown(m_pane.get(), &DetailPane::diagramShown);
        m_pane->setExecution(executionOf(f, i));
        return shown.wait(10000) && shown.last().first().toString() == executionOf(f, i).sid;
    }

    void start(const sandbox::SandboxOptions &options)
    {
        QVERIFY(m_sandbox.start(options));
        m_client = std::make_unique<StudioClient>();
        m_client->setSettings(localClientSettings(m_sandbox));
        m_pane = std::make_unique<DetailPane>(m_client.get());
        m_pane->resize(1000, 800);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        child<QTabWidget>(m_pane, "tabs")->setCurrentIndex(DetailPane::DiagramTab);
    }

private Q_SLOTS:
    void init()
    {
        sandbox::SandboxOptions options;
        options.data.seed = 21;
        options.data.flows = 3;
        options.data.executionsPerFlow = 3000;
        options.data.now = kNow;
        start(options);
    }
    void cleanup()
    {
        m_pane.reset();
        m_client.reset();
        m_sandbox.stop();
    }

    // Compare with revision…: an execution that ran on the revision before the republication,
    // compared with the latest — the newer drawn, its added widgets marked, the renamed widget's
    // old name a ghost where it stood, the moved one with a trace, every change listed beside
    // the canvas, each as the diff of the two definitions says; then with the first revisions
    // (a changed body, a widget moved only); then back to its own path. The revisions are read
    // once each.
    void comparingWithAnotherRevision()
    {
        const sandbox::FlowRecord &flow = data().flow(0);
        QVERIFY(flow.republishedAt > 0 && flow.version >= 3);
        qint64 old = 0;
        while (data().createdAt(0, old + 1) < flow.republishedAt)
            ++old;
        QCOMPARE(data().flowVersion(0, old), flow.version - 1);
        QVERIFY(show(0, old));
        const int ownBoxes = child<FlowCanvas>(m_pane, "canvas")->boxCount();

        RevisionComparer *comparer = m_pane->revisionComparer();
        QToolButton *button = child<QToolButton>(m_pane, "compareRevisionButton");
        QVERIFY(button->isEnabled());
        // The menu lists every revision, the execution's own not to be picked.
        QSignalSpy listed(comparer->source(), &RevisionCompare::revisionsListed);
        comparer->source()->listRevisions(QString::fromLatin1(flow.sid));
        QVERIFY(listed.count() == 1 || listed.wait(10000));
        const auto revisions = listed.last().at(1).value<QList<RevisionInfo>>();
        QCOMPARE(revisions.size(), flow.version);
        QCOMPARE(revisions.first().revision, flow.version);
        QCOMPARE(revisions.first().published.toSecsSinceEpoch(), flow.republishedAt);
        QMenu *menu = child<QMenu>(m_pane, "compareRevisionMenu");
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QCOMPARE(menu->actions().size(), flow.version);
        for (QAction *action : menu->actions())
            QCOMPARE(action->isEnabled(), action->data().toInt() != flow.version - 1);

        QSignalSpy shown(m_pane.get(), &DetailPane::comparisonShown);
        for (QAction *action : menu->actions()) {
            if (action->data().toInt() == flow.version)
                action->trigger();
        }
        QVERIFY(shown.wait(10000));
        FlowCanvas *canvas = child<FlowCanvas>(m_pane, "canvas");
        const QJsonObject older = data().definition(0, flow.version - 1);
        const QJsonObject newer = data().definition(0, flow.version);
        const QList<WidgetChange> changes = DefinitionDiff::compare(older, newer);
        QCOMPARE(canvas->boxCount(), stateCount(newer)); // the newer revision is drawn
        QVERIFY(canvas->boxCount() != ownBoxes);
        const QStringList names = [&] {
            QStringList out;
            for (const QJsonValue &s : newer[u"states"_s].toArray())
                out << s[u"name"_s].toString();
            return out;
        }();
        QStringList ghosts;
        int moved = 0;
        for (const WidgetChange &c : changes) {
            if (c.kind == WidgetChange::Kind::Removed) {
                ghosts << c.widget;
                continue;
            }
            QCOMPARE(canvas->boxMark(int(names.indexOf(c.widget))), WidgetChange::kindName(c.kind));
            moved += c.kind == WidgetChange::Kind::Moved
                    || std::any_of(c.paths.cbegin(), c.paths.cend(),
                        [](const PathChange &p) {
                            return p.path.startsWith(u"properties.offset"_s);
                        })
                ? 1
                : 0;
        }
        // The known changes of the republication: a renamed lookup, a widget added, one moved.
        QCOMPARE(ghosts, QStringList { u"http_1"_s });
        QCOMPARE(canvas->boxMark(int(names.indexOf(u"lookup_order"_s))), u"added"_s);
        QCOMPARE(canvas->boxMark(int(names.indexOf(u"notify_team"_s))), u"added"_s);
        QVERIFY(!canvas->boxMark(int(names.indexOf(u"send_error"_s))).isEmpty());
        QCOMPARE(canvas->boxMark(int(names.indexOf(u"Trigger"_s))), QString());
        QCOMPARE(canvas->ghostNames(), ghosts);
        QCOMPARE(canvas->traceCount(), moved);
        QVERIFY(moved >= 1);
        // The ghost where http_1 stood — lookup_order took its place, so just beside it, on no
        // box of the newer revision (its name can be read).
        QPointF stood;
        for (const QJsonValue &s : older[u"states"_s].toArray()) {
            if (s[u"name"_s].toString() == u"http_1"_s)
                stood = QPointF(s[u"properties"_s][u"offset"_s][u"x"_s].toDouble(),
                    s[u"properties"_s][u"offset"_s][u"y"_s].toDouble());
        }
        const QRectF ghost = canvas->ghostRect(u"http_1"_s);
        QVERIFY(!ghost.isNull());
        QVERIFY2(QLineF(ghost.topLeft(), stood).length() < 150,
            qPrintable(u"%1,%2"_s.arg(ghost.x()).arg(ghost.y())));
        for (int box = 0; box < canvas->boxCount(); ++box)
            QVERIFY(!canvas->boxRect(box).intersects(ghost));
        // Every change listed beside the canvas; a click on one centres on its box.
        QListWidget *list = child<QListWidget>(m_pane, "changeList");
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), changes.size());
        for (int row = 0; row < list->count(); ++row)
            QVERIFY2(list->item(row)->text().contains(changes[row].widget),
                qPrintable(list->item(row)->text()));
        const auto notify = std::find_if(changes.cbegin(), changes.cend(),
            [](const WidgetChange &c) { return c.widget == u"notify_team"_s; });
        list->setCurrentRow(int(notify - changes.cbegin()));
        QCOMPARE(canvas->selectedBox(), int(names.indexOf(u"notify_team"_s)));
        const QString note = child<QLabel>(m_pane, "diagramNote")->text();
        QVERIFY2(note.contains(u"Revision %1 → %2"_s.arg(flow.version - 1).arg(flow.version)),
            qPrintable(note));

        // With the first revisions: the older one drawn (the execution's), a body changed and a
        // widget moved only, nothing removed.
        const int before = comparer->source()->requestCount();
        comparer->compareWith(1);
        QVERIFY(shown.wait(10000));
        const QList<WidgetChange> early = DefinitionDiff::compare(data().definition(0, 1), older);
        QCOMPARE(list->count(), early.size());
        QVERIFY(canvas->ghostNames().isEmpty());
        QCOMPARE(canvas->boxCount(), stateCount(older));
        QStringList olderNames;
        for (const QJsonValue &s : older[u"states"_s].toArray())
            olderNames << s[u"name"_s].toString();
        QCOMPARE(canvas->boxMark(int(olderNames.indexOf(u"send_reply"_s))), u"changed"_s);
        QCOMPARE(canvas->boxMark(int(olderNames.indexOf(u"ask_details"_s))), u"moved"_s);
        QCOMPARE(canvas->traceCount(), 1);
        // Only revision 1 was read: the execution's own was kept from the first comparison.
        QCOMPARE(comparer->source()->requestCount(), before + 1);

        // Back to its own path.
        QSignalSpy drawn(m_pane.get(), &DetailPane::diagramShown);
        comparer->stop();
        QVERIFY(drawn.count() == 1 || drawn.wait(10000));
        QCOMPARE(canvas->boxCount(), ownBoxes);
        QVERIFY(canvas->ghostNames().isEmpty());
        QVERIFY(!list->isVisible());
        QVERIFY(canvas->numberCount() > 0);
    }

    // The canvas by keyboard alone: the arrows go from the start box to the nearest box that way
    // (each said: its description is its tooltip), Enter opens its step in the Steps tab with the
    // keyboard there; Shift+arrows pan instead.
    void theCanvasByKeyboard()
    {
        // An execution that went down past the trigger and the split.
        qint64 i = data().executionCount(0) - 1;
        QVERIFY(show(0, i));
        FlowCanvas *canvas = child<FlowCanvas>(m_pane, "canvas");
        canvas->setFocus();
        QCOMPARE(canvas->selectedBox(), -1);
        QTest::keyClick(canvas, Qt::Key_Down); // nothing selected: the start first
        const int start = canvas->selectedBox();
        QVERIFY(start >= 0);
        QVERIFY(canvas->boxBadge(start).split(u", "_s).contains(u"1"_s)); // step 1 left it
        QTest::keyClick(canvas, Qt::Key_Down);
        const int below = canvas->selectedBox();
        QVERIFY(below != start);
        // The nearest box whose centre is below the start's, within the cone.
        const QPointF from = canvas->boxRect(start).center();
        int expected = -1;
        double bestScore = 0;
        for (int b = 0; b < canvas->boxCount(); ++b) {
            const QPointF d = canvas->boxRect(b).center() - from;
            if (b == start || d.y() <= 0 || std::abs(d.x()) > 2 * d.y())
                continue;
            const double score = d.y() + 2 * std::abs(d.x());
            if (expected < 0 || score < bestScore) {
                expected = b;
                bestScore = score;
            }
        }
        QCOMPARE(below, expected);
        QVERIFY(canvas->accessibleDescription().contains(
            data()
                .definition(0, data().flowVersion(0, i))[u"states"_s][below][u"name"_s]
                .toString()));
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(canvas->selectedBox(), start);
        // Shift pans and leaves the selection.
        const int scrolled = canvas->verticalScrollBar()->value();
        QTest::keyClick(canvas, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(canvas->selectedBox(), start);
        QVERIFY(canvas->verticalScrollBar()->value() != scrolled);
        // Enter: the step that left it, in the Steps tab.
        QTest::keyClick(canvas, Qt::Key_Down);
        const int box = canvas->selectedBox();
        QVERIFY(!m_pane->path()->stepsAt(box).isEmpty());
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(child<QTabWidget>(m_pane, "tabs")->currentIndex(), int(DetailPane::StepsTab));
        QTableView *stepsView = child<QTableView>(m_pane, "stepsView");
        QCOMPARE(stepsView->currentIndex().row(), m_pane->path()->stepsAt(box).first());
        QVERIFY(stepsView->hasFocus());
    }

    void anOldExecutionDrawsItsOwnRevision()
    {
        const sandbox::FlowRecord &flow = data().flow(0);
        QVERIFY(flow.republishedAt > 0);
        const int revision = flow.version - 1;
        // An execution from before the flow was republished, that failed its lookup.
        qint64 old = -1;
        for (qint64 i = 0; i < data().executionCount(0) && old < 0; ++i) {
            if (data().createdAt(0, i) >= flow.republishedAt)
                break;
            for (const sandbox::StepRecord &s : data().steps(0, i)) {
                if (s.transitionedFrom == u"http_1"_s && s.name == u"failed"_s)
                    old = i;
            }
        }
        QVERIFY(old >= 0);
        QVERIFY(show(0, old));

        FlowCanvas *canvas = child<FlowCanvas>(m_pane, "canvas");
        const QJsonObject definition = data().definition(0, revision);
        QCOMPARE(canvas->boxCount(), stateCount(definition)); // nothing loose: its own revision
        QCOMPARE(canvas->edgeCount(), transitionCount(definition));
        const QString note = child<QLabel>(m_pane, "diagramNote")->text();
        QVERIFY2(note.contains(u"Revision %1 of %2"_s.arg(revision).arg(flow.version)),
            qPrintable(note));
        QVERIFY2(note.contains(u"changed since"_s), qPrintable(note));

        // The path against the steps: a number per widget entered, a bold edge per transition.
        const QList<sandbox::StepRecord> steps = data().steps(0, old);
        QSet<QString> taken;
        int entered = 1; // the trigger
        for (const sandbox::StepRecord &s : steps) {
            taken << s.transitionedFrom + u'>' + s.name + u'>' + s.transitionedTo;
            entered += s.transitionedTo == u"Ended"_s ? 0 : 1;
        }
        QCOMPARE(canvas->numberCount(), entered);
        QCOMPARE(canvas->pathEdgeCount(), taken.size());
        QVERIFY(m_pane->path()->looseBoxes().isEmpty());
        const QStringList names = [&] {
            QStringList out;
            for (const QJsonValue &s : definition[u"states"_s].toArray())
                out << s[u"name"_s].toString();
            return out;
        }();
        const int http = int(names.indexOf(u"http_1"_s));
        QVERIFY(m_pane->path()->visited(http));

        // Click the HTTP box: its step is selected in the Steps tab.
        const QPoint at = canvas->boxCentreInView(http).toPoint();
        QVERIFY(canvas->viewport()->rect().contains(at));
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at);
        QTableView *stepsView = child<QTableView>(m_pane, "stepsView");
        QVERIFY(stepsView->currentIndex().isValid());
        const Step clicked
            = child<StepsModel>(m_pane, "stepsModel")->stepAt(stepsView->currentIndex().row());
        QCOMPARE(clicked.transitionedFrom, u"http_1"_s);
        QCOMPARE(canvas->selectedBox(), http);

        // Select a step: the canvas centres on its box.
        canvas->zoomBy(2.0);
        stepsView->setCurrentIndex(child<StepsModel>(m_pane, "stepsModel")->index(0, 0));
        const int trigger = int(names.indexOf(u"Trigger"_s));
        QCOMPARE(canvas->selectedBox(), trigger);
        const QPointF centre = canvas->boxCentreInView(trigger);
        const QPointF middle = QRectF(canvas->viewport()->rect()).center();
        QVERIFY2((centre - middle).manhattanLength() < 40,
            qPrintable(u"%1,%2 vs %3,%4"_s.arg(centre.x())
                           .arg(centre.y())
                           .arg(middle.x())
                           .arg(middle.y())));
    }

    void aNewExecutionDrawsTheLatestRevisionAndTheCacheHolds()
    {
        const sandbox::FlowRecord &flow = data().flow(0);
        const qint64 last = data().executionCount(0) - 1;
        QVERIFY(show(0, last));
        QCOMPARE(child<FlowCanvas>(m_pane, "canvas")->boxCount(),
            stateCount(data().definition(0, flow.version)));
        const QString note = child<QLabel>(m_pane, "diagramNote")->text();
        QVERIFY2(note.contains(u"Revision %1 of %1"_s.arg(flow.version)), qPrintable(note));
        QVERIFY(!note.contains(u"changed since"_s));
        // Another execution of the same revision: only the execution is read again.
        const int before = child<DefinitionLoader>(m_pane, "definitionLoader")->requestCount();
        QVERIFY(show(0, last - 1));
        QCOMPARE(child<DefinitionLoader>(m_pane, "definitionLoader")->requestCount(), before + 1);
    }

    // The Steps tab's timeline: each step lasts until the next, the last until the execution's
    // end; the bars share one axis.
    void stepsLastUntilTheNextAndTheEnd()
    {
        qint64 i = 10;
        while (data().execution(1, i).active || data().execution(1, i).dateUpdated == 0
            || data().steps(1, i).size() < 3)
            ++i;
        QVERIFY(show(1, i));
        const QList<sandbox::StepRecord> truth = data().steps(1, i);
        StepsModel *steps = child<StepsModel>(m_pane, "stepsModel");
        QCOMPARE(steps->rowCount(), truth.size());
        const qint64 end = data().execution(1, i).dateUpdated;
        for (int k = 0; k < truth.size(); ++k) {
            const qint64 until = k + 1 < truth.size() ? truth[k + 1].dateCreated : end;
            QCOMPARE(steps->durationMs(k), (until - truth[k].dateCreated) * 1000);
            QCOMPARE(
                steps->data(steps->index(k, StepsModel::DurationColumn), StepsModel::OffsetRole)
                    .toLongLong(),
                (truth[k].dateCreated - truth[0].dateCreated) * 1000);
            QVERIFY(!steps->data(steps->index(k, StepsModel::DurationColumn)).toString().isEmpty());
        }
        QCOMPARE(steps->data(steps->index(0, StepsModel::DurationColumn), StepsModel::SpanRole)
                     .toLongLong(),
            std::max<qint64>(1, (end - truth[0].dateCreated) * 1000));
        // An active execution's last step (where it waits) lasts until now.
        qint64 a = 0;
        while (!data().execution(1, a).active)
            ++a;
        QVERIFY(show(1, a));
        const QList<sandbox::StepRecord> waiting = data().steps(1, a);
        const qint64 since
            = (QDateTime::currentSecsSinceEpoch() - waiting.last().dateCreated) * 1000;
        const qint64 lasted = steps->durationMs(int(waiting.size()) - 1);
        QVERIFY2(lasted >= since - 2000 && lasted <= since + 60'000,
            qPrintable(u"%1 vs %2"_s.arg(lasted).arg(since)));
        // One duration format everywhere: the Steps tab's and the table's are the same words.
        QCOMPARE(TextFormat::duration(3'000'000), u"50 min 00 s"_s);
        QCOMPARE(TextFormat::duration(350), QLocale().toString(0.35, 'f', 2) + u" s"_s);
        QCOMPARE(TextFormat::duration(2'350), QLocale().toString(2.4, 'f', 1) + u" s"_s);
        QCOMPARE(TextFormat::duration(4'000), u"4 s"_s);
        QCOMPARE(TextFormat::duration(-1), QString());
    }

    void readOnlyWhenLookedAt()
    {
        child<QTabWidget>(m_pane, "tabs")->setCurrentIndex(DetailPane::StepsTab);
        const int before = child<DefinitionLoader>(m_pane, "definitionLoader")->requestCount();
        QSignalSpy steps(child<StepsModel>(m_pane, "stepsModel"), &StepsModel::loaded);
        m_pane->setExecution(executionOf(2, 50));
        QVERIFY(steps.wait(10000));
        QCOMPARE(child<DefinitionLoader>(m_pane, "definitionLoader")->requestCount(), before);
        QSignalSpy shown(m_pane.get(), &DetailPane::diagramShown);
        child<QTabWidget>(m_pane, "tabs")->setCurrentIndex(DetailPane::DiagramTab);
        QVERIFY(shown.wait(10000));
        QCOMPARE(child<FlowCanvas>(m_pane, "canvas")->boxCount(),
            stateCount(data().definition(2, data().flow(2).version)));
    }

    // The revision an execution ran on cannot be had: the flow as it is now is drawn, the note
    // says so and why, and the widget renamed since is drawn apart with its visit, not dropped.
    void aRevisionThatCannotBeHadFallsBackToTheCurrentOne()
    {
        sandbox::FaultOptions faults;
        faults.failingRevisions = true;
        m_sandbox->setFaults(faults);
        const sandbox::FlowRecord &flow = data().flow(0);
        qint64 old = -1;
        for (qint64 i = 0; i < data().executionCount(0) && old < 0; ++i) {
            if (data().createdAt(0, i) >= flow.republishedAt)
                break;
            for (const sandbox::StepRecord &s : data().steps(0, i))
                old = s.transitionedFrom == u"http_1"_s ? i : old;
        }
        QVERIFY(old >= 0);
        QVERIFY(show(0, old));
        const QString note = child<QLabel>(m_pane, "diagramNote")->text();
        QVERIFY2(note.contains(u"could not be read"_s), qPrintable(note));
        QVERIFY2(note.contains(u"as it is now"_s), qPrintable(note));
        QVERIFY2(note.contains(u"500"_s) || note.contains(u"server"_s), qPrintable(note));
        QVERIFY2(note.contains(u"\"http_1\" is not a widget"_s), qPrintable(note));
        // Published when the current revision was made (the flow's last update), not when the
        // flow was first created.
        const QString published
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(flow.republishedAt, QTimeZone::utc())
                                     .toLocalTime()
                                     .date(),
                QLocale::ShortFormat);
        QVERIFY2(note.contains(u"published "_s + published), qPrintable(note));
        const QJsonObject current = data().definition(0, flow.version);
        QCOMPARE(m_pane->path()->looseBoxes(), QStringList({ u"http_1"_s }));
        QCOMPARE(child<FlowCanvas>(m_pane, "canvas")->boxCount(), stateCount(current) + 1);
        const int loose = stateCount(current);
        QVERIFY(m_pane->path()->visited(loose));
        QVERIFY(!child<FlowCanvas>(m_pane, "canvas")->boxBadge(loose).isEmpty());
    }

    void theNoteSaysWhatIsDrawn()
    {
        DiagramSource source;
        source.revision = 12;
        source.latestRevision = 12;
        source.fallback = true;
        source.fallbackReason = u"revision 7: not found"_s;
        QVERIFY(source.describe().contains(u"could not be read (revision 7: not found)"_s));
        QVERIFY(source.describe().contains(u"as it is now"_s));
        source.fallback = false;
        source.revision = 7;
        QVERIFY(source.describe().startsWith(u"Revision 7 of 12"_s));
        QVERIFY(source.describe().contains(u"changed since"_s));
    }

    void picturesForTheTicket()
    {
        QVERIFY(show(1, 40));
        QTemporaryDir dir;
        const QString svg = dir.filePath(u"diagram.svg"_s);
        const QString png = dir.filePath(u"diagram.png"_s);
        m_pane->saveDiagram(svg);
        m_pane->saveDiagram(png);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("<?xml"));
        for (const QJsonValue &s :
            data().definition(1, data().flow(1).version)[u"states"_s].toArray())
            QVERIFY2(text.contains(s[u"name"_s].toString().toUtf8()),
                qPrintable(s[u"name"_s].toString()));
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), child<FlowCanvas>(m_pane, "canvas")->renderImage().size());
        QVERIFY(reader.size().width() > 300 && reader.size().height() > 300);
        // A name that is neither: refused, nothing written.
        QString error;
        QVERIFY(!child<FlowCanvas>(m_pane, "canvas")
                     ->saveImage(dir.filePath(u"diagram.txt"_s), &error));
        QVERIFY(!QFile::exists(dir.filePath(u"diagram.txt"_s)));
    }

    void everySharedFlowIsDrawn()
    {
        const QStringList files = studioFlowFiles();
        if (files.isEmpty()) {
            if (studioFlowsRequired())
                QFAIL("no ../shared/studio-flows beside the checkout");
            QSKIP("no ../shared/studio-flows beside the checkout");
        }
        sandbox::SandboxOptions options;
        options.data.flows = 0;
        options.data.executionsPerFlow = 20;
        options.data.now = kNow;
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            options.data.flowFiles.append({ QFileInfo(path).completeBaseName(), file.readAll() });
        }
        cleanup();
        start(options);
        for (int f = 0; f < data().flowCount(); ++f) {
            const qint64 i = 7;
            QVERIFY2(show(f, i), qPrintable(files[f]));
            const QJsonObject definition = data().definition(f, 1);
            QCOMPARE(child<FlowCanvas>(m_pane, "canvas")->boxCount()
                    - int(m_pane->path()->looseBoxes().size()),
                stateCount(definition));
            QCOMPARE(
                child<FlowCanvas>(m_pane, "canvas")->edgeCount() - m_pane->path()->edges().size() +
                    [&] {
                        int onDefinition = 0;
                        for (const FlowPath::Edge &e : m_pane->path()->edges())
                            onDefinition += e.transition >= 0 ? 1 : 0;
                        return onDefinition;
                    }(),
                transitionCount(definition));
            QVERIFY(m_pane->path()->visitCount() >= 1);
            QVERIFY(!child<FlowCanvas>(m_pane, "canvas")->renderImage(0.25).isNull());

            // And where all its executions went, counted and drawn on the same definition.
            const std::optional<FlowDefinition> parsed
                = FlowDefinition::fromObject(definition, nullptr);
            QVERIFY(parsed);
            QList<FlowTraffic::Run> runs;
            int walked = 0;
            for (qint64 k = 0; k < data().executionCount(f); ++k) {
                FlowTraffic::Run run;
                run.executionSid = QString::fromLatin1(data().execution(f, k).sid);
                run.active = data().isActive(f, k);
                for (const sandbox::StepRecord &step : data().steps(f, k))
                    run.steps.append({ step.name, step.transitionedFrom, step.transitionedTo });
                walked += run.steps.isEmpty() ? 0 : 1;
                runs << run;
            }
            const FlowTraffic traffic = FlowTraffic::count(*parsed, runs);
            QCOMPARE(traffic.runCount(), int(data().executionCount(f)));
            int ends = 0;
            for (int b = 0; b < traffic.boxCount(); ++b) {
                QVERIFY(traffic.entered(b) <= traffic.runCount());
                ends += traffic.endedAt(b) + traffic.waitingAt(b);
            }
            QCOMPARE(ends, walked); // every walked execution ends (or waits) in exactly one box
            const int start = parsed->indexOf(data().steps(f, i).first().transitionedFrom);
            QVERIFY2(start >= 0 && traffic.entered(start) > 0, qPrintable(files[f]));
            QVERIFY2(traffic.looseBoxes().isEmpty(), qPrintable(traffic.looseBoxes().join(u' ')));
            child<FlowCanvas>(m_pane, "canvas")->setTraffic(*parsed, traffic);
            QCOMPARE(child<FlowCanvas>(m_pane, "canvas")->boxCount(), int(parsed->states().size()));
            QVERIFY(!child<FlowCanvas>(m_pane, "canvas")->renderImage(0.25).isNull());

            // However far out or close in, nothing covers anything: counts give way to each
            // other and to the boxes' names, labels to boxes, labels and counts. Something is
            // still said at every zoom: the counts, and close in the labels too.
            FlowCanvas *canvas = child<FlowCanvas>(m_pane, "canvas");
            canvas->fitAll();
            for (const double zoom : { canvas->zoom(), 0.13, 0.2, 0.3, 0.45, 0.6, 1.0 }) {
                canvas->zoomBy(zoom / canvas->zoom());
                const QStringList covered = coverings(*canvas);
                QVERIFY2(covered.isEmpty(),
                    qPrintable(files[f] + u": "_s + covered.mid(0, 5).join(u"; "_s)));
                QVERIFY2(!canvas->shownCountRects().isEmpty(), qPrintable(files[f]));
                if (zoom >= 0.5 && traffic.edges().size() > 0)
                    QVERIFY2(!canvas->shownLabelRects().isEmpty(), qPrintable(files[f]));
            }
        }
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
