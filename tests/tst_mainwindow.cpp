// The window, offscreen, against the in-process sandbox: what a support engineer does all day.

#include "accounts/accounts.h"
#include "accounts/signindialog.h"
#include "bulk/enddialog.h"
#include "bulk/endjob.h"
#include "bulk/stuckdialog.h"
#include "detail/detailpane.h"
#include "detail/jsontreemodel.h"
#include "detail/jsontreewidget.h"
#include "detail/stepsmodel.h"
#include "diagram/flowcanvas.h"
#include "executions/activitychart.h"
#include "executions/daterangebar.h"
#include "executions/executionsmodel.h"
#include "executions/executionsview.h"
#include "executions/flowpicker.h"
#include "executions/flowsmodel.h"
#include "executions/livetail.h"
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "outcome/outcomecache.h"
#include "sandbox/sandboxserver.h"
#include "search/resultsmodel.h"
#include "search/searchpanel.h"
#include "support/children.h"
#include "support/csvreader.h"
#include "support/sandboxfixture.h"
#include "support/sandboxtruth.h"
#include "support/spreadsheetreader.h"
#include "support/testclient.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;
    std::unique_ptr<MainWindow> m_window;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }
    ExecutionsModel *model() const { return child<ExecutionsModel>(m_window, "executionsModel"); }
    QTableView *table() const { return child<ExecutionsView>(m_window, "executionsView")->table(); }

    void open(bool demo = true)
    {
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_window->setDemoMode(demo);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Flow f of the sandbox, by its name as a person would type it.
    void pickFlow(int f)
    {
        QLineEdit *edit = child<FlowPicker>(m_window, "flowPicker")->lineEdit();
        edit->setText(data().flow(f).friendlyName);
        child<FlowPicker>(m_window, "flowPicker")->commit();
        QCOMPARE(
            child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1(), data().flow(f).sid);
    }

    bool waitSettled()
    {
        return QTest::qWaitFor(
            [this] { return model()->state() != ExecutionsModel::State::Loading; }, 20000);
    }

    // The window signed in to the sandbox (not in demo mode), its four flows listed.
    bool openWithFlows()
    {
        open(false);
        return !QTest::currentTestFailed()
            && QTest::qWaitFor(
                [this] { return child<FlowsModel>(m_window, "flowsModel")->rowCount() == 4; },
                10000);
    }

    // The window on the flow the picker lists at `pick`, over `preset`, its first page in.
    // Returns that flow's index in the sandbox's data, or -1 when it did not get there.
    int browse(int pick, DateRangeBar::Preset preset)
    {
        if (!openWithFlows())
            return -1;
        child<DateRangeBar>(m_window, "dateRange")->setPreset(preset);
        pickFlow(pick);
        if (QTest::currentTestFailed() || !waitSettled())
            return -1;
        return data().flowIndex(child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1());
    }

    // A saved profile `name` for `server`, its secret in `keychain`.
    static void saveProfile(
        const sandbox::SandboxServer &server, const QString &name, MemorySecretStore *keychain)
    {
        Profile p;
        p.name = name;
        p.accountSid = QString::fromLatin1(server.accountSid());
        p.baseUrl = server.url().toString();
        ProfileStore().save(p);
        keychain->write(p.secretKey(), QString::fromLatin1(server.authToken()), [](auto, auto) {});
    }

    // The rows on screen read their outcomes by themselves (a setting, on by default): off, for
    // the tests that count every request the sandbox receives.
    static void readNoOutcomesOnScreen()
    {
        QSettings().setValue(u"view/outcomesOnScreen"_s, false);
    }

    int rowOfExecution(qint64 i, int f) const
    {
        return model()->rowOfSid(QString::fromLatin1(data().execution(f, i).sid));
    }

    void selectSourceRow(int row)
    {
        const QModelIndex at = child<ExecutionsView>(m_window, "executionsView")
                                   ->proxy()
                                   ->mapFromSource(model()->index(row, 0));
        table()->setCurrentIndex(at);
        table()->selectionModel()->select(
            at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FlowScopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }

    void init()
    {
        QSettings().clear();
        sandbox::SandboxOptions options;
        options.data.seed = 13;
        options.data.flows = 4;
        options.data.executionsPerFlow = 20000; // a few hundred a day: pages to scroll through
        options.data.bigContextBytes = 400'000;
        QVERIFY(m_sandbox.start(options));
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings = localClientSettings(m_sandbox);
        settings.retry.maxAttempts = 2;
        m_client->setSettings(settings);
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_sandbox.stop();
    }

    // Row r's outcome as the table shows it equals the sandbox's own account of execution i.
    void checkOutcomeRow(int f, int row)
    {
        const QString sid = model()->index(row, ExecutionsModel::SidColumn).data().toString();
        const qint64 i = data().executionIndex(f, sid.toLatin1());
        QVERIFY(i >= 0);
        const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
        const Outcome *outcome = model()->outcomeAt(row);
        QVERIFY(outcome);
        QCOMPARE(outcome->failed(), truth.failed);
        const QString endedAt
            = model()->index(row, ExecutionsModel::EndedAtColumn).data().toString();
        QCOMPARE(endedAt, data().isActive(f, i) ? truth.endedAt + u" (waiting)"_s : truth.endedAt);
        QCOMPARE(model()->index(row, ExecutionsModel::LastEventColumn).data().toString(),
            truth.lastEvent);
        QCOMPARE(model()->index(row, ExecutionsModel::StepsColumn).data().toInt(), truth.steps);
    }

    // The rows on screen read their outcomes as they appear, and only they; what was asked for
    // rows scrolled away is dropped.
    void outcomesOfTheRowsOnScreen()
    {
        const int f = browse(0, DateRangeBar::Preset::Last7Days);
        QVERIFY(f >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        QVERIFY(!table()->isColumnHidden(ExecutionsModel::EndedAtColumn));
        const QList<int> visible = view->visibleSourceRows();
        QVERIFY(visible.size() > 5);
        QVERIFY(visible.size() < model()->rowCount());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(visible.cbegin(), visible.cend(),
                    [this](int row) { return model()->outcomeAt(row) != nullptr; });
            },
            15000));
        for (const int row : visible)
            checkOutcomeRow(f, row);
        const int last = model()->rowCount() - 1;
        QVERIFY(!visible.contains(last));
        QVERIFY(!model()->outcomeAt(last)); // never on screen: never asked for
        QCOMPARE(m_window->outcomes()->size(), qsizetype(visible.size()));

        // Slow answers; scroll to the middle, then on before they come.
        sandbox::FaultOptions slow;
        slow.latencyMs = 3000;
        m_sandbox->setFaults(slow);
        OutcomeFetcher *fetcher = m_window->outcomes()->fetcher();
        table()->verticalScrollBar()->setValue(table()->verticalScrollBar()->maximum() / 2);
        QList<int> middle;
        QVERIFY(QTest::qWaitFor(
            [&] {
                middle = view->visibleSourceRows();
                return !middle.isEmpty()
                    && fetcher->contains(model()
                                             ->index(middle.first(), ExecutionsModel::SidColumn)
                                             .data()
                                             .toString());
            },
            5000));
        table()->scrollToBottom();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<int> now = view->visibleSourceRows();
                return !now.isEmpty() && now.first() > middle.last()
                    && fetcher->contains(
                        model()->index(now.last(), ExecutionsModel::SidColumn).data().toString());
            },
            5000));
        for (const int row : middle) {
            const QString sid = model()->index(row, ExecutionsModel::SidColumn).data().toString();
            QVERIFY2(!fetcher->contains(sid), qPrintable(sid)); // dropped: scrolled away
        }
        QVERIFY(fetcher->pending() <= view->visibleSourceRows().size());
    }

    // Analyse reads every loaded row's outcome (those whose steps fail are unknown, never ok);
    // Failed only then shows exactly the failed ones.
    void analyseAndFailedOnly()
    {
        const int f = browse(2, DateRangeBar::Preset::Last24Hours);
        QVERIFY(f >= 0);
        sandbox::FaultOptions faults;
        faults.failingStepsOneIn = 9;
        m_sandbox->setFaults(faults);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        OutcomeCache *cache = m_window->outcomes();
        QSignalSpy finished(cache, &OutcomeCache::analysisFinished);
        QVERIFY(child<QPushButton>(view, "analyseButton")->isVisible());
        QTest::mouseClick(child<QPushButton>(view, "analyseButton"), Qt::LeftButton);
        QVERIFY(cache->isAnalysing() || !finished.isEmpty());
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(finished.last().at(0).toBool(), false);
        int failed = 0;
        int unknown = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString sid = model()->index(row, ExecutionsModel::SidColumn).data().toString();
            const qint64 i = data().executionIndex(f, sid.toLatin1());
            const Outcome *outcome = model()->outcomeAt(row);
            QVERIFY(outcome);
            if (i % 9 == 0) {
                QCOMPARE(outcome->verdict, Outcome::Verdict::Unknown);
                QCOMPARE(
                    model()->index(row, ExecutionsModel::EndedAtColumn).data().toString(), u"?"_s);
                ++unknown;
                continue;
            }
            checkOutcomeRow(f, row);
            failed += outcome->failed() ? 1 : 0;
        }
        QVERIFY(unknown > 0);
        QVERIFY(failed > 0);
        child<QCheckBox>(view, "failedOnlyBox")->setChecked(true);
        QCOMPARE(view->proxy()->rowCount(), failed);
        for (int row = 0; row < view->proxy()->rowCount(); ++row) {
            const QModelIndex status = view->proxy()->index(row, ExecutionsModel::StatusColumn);
            QCOMPARE(
                status.data(ExecutionsModel::OutcomeRole).toInt(), int(Outcome::Verdict::Failed));
            QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"failed"_s));
        }
        child<QCheckBox>(view, "failedOnlyBox")->setChecked(false);
        QCOMPARE(view->proxy()->rowCount(), model()->rowCount());
    }

    // After Analyse, the Diagram tab shows where the loaded executions went: every box's and
    // edge's count equals a count made here over the sandbox's own steps; a click on a box, and
    // on an edge, lists exactly the executions that passed there, until Show all.
    void whereTheAnalysedExecutionsWent()
    {
        const int f = browse(0, DateRangeBar::Preset::Last24Hours);
        QVERIFY(f >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        QSignalSpy analysed(m_window->outcomes(), &OutcomeCache::analysisFinished);
        view->analyse();
        QVERIFY(analysed.wait(30000) || !analysed.isEmpty());
        selectSourceRow(0);
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        child<QTabWidget>(pane, "tabs")->setCurrentIndex(DetailPane::DiagramTab);
        QSignalSpy shown(pane, &DetailPane::trafficShown);
        QTest::mouseClick(child<QToolButton>(pane, "trafficButton"), Qt::LeftButton);
        QVERIFY(pane->showsTraffic());
        QVERIFY(shown.wait(10000));
        const FlowTraffic &traffic = *pane->traffic();
        QCOMPARE(traffic.runCount(), model()->rowCount());

        // The count made here: per widget the executions that entered it, per (from, event, to)
        // the executions that took it, per widget those that ended there.
        QHash<QString, QSet<QString>> entered;
        QHash<QString, QSet<QString>> took;
        QHash<QString, int> ended;
        int failed = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString sid = model()->executionAt(row).sid;
            const qint64 i = data().executionIndex(f, sid.toLatin1());
            const QList<sandbox::StepRecord> steps = data().steps(f, i);
            if (!steps.isEmpty())
                entered[steps.first().transitionedFrom].insert(sid);
            for (const sandbox::StepRecord &step : steps) {
                if (step.transitionedTo != u"Ended"_s)
                    entered[step.transitionedTo].insert(sid);
                took[step.transitionedFrom + u'/' + step.name + u'/' + step.transitionedTo].insert(
                    sid);
            }
            const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
            ended[truth.endedAt] += 1;
            failed += truth.failed ? 1 : 0;
        }
        const std::optional<FlowDefinition> definition
            = FlowDefinition::fromObject(data().definition(f, data().flow(f).version), nullptr);
        QVERIFY(definition);
        QVERIFY(traffic.looseBoxes().isEmpty()); // the last day ran the current revision
        const auto nameOf
            = [&](int box) { return box < 0 ? u"Ended"_s : definition->states()[box].name; };
        const QLocale locale;
        int failedCounted = 0;
        for (int b = 0; b < traffic.boxCount(); ++b) {
            const QString name = nameOf(b);
            QCOMPARE(traffic.entered(b), int(entered.value(name).size()));
            QCOMPARE(traffic.endedAt(b) + traffic.waitingAt(b), ended.value(name));
            QCOMPARE(child<FlowCanvas>(pane, "canvas")->boxBadge(b),
                traffic.entered(b) > 0 ? locale.toString(traffic.entered(b)) : QString());
            failedCounted += traffic.failedAt(b);
        }
        QCOMPARE(failedCounted, failed);
        QVERIFY(failed > 0);
        int edgesTaken = 0;
        for (const FlowTraffic::Edge &e : traffic.edges()) {
            const QString key = nameOf(e.fromBox) + u'/' + e.event + u'/' + nameOf(e.toBox);
            QCOMPARE(int(e.runs.size()), int(took.value(key).size()));
            QCOMPARE(e.failure, m_window->outcomes()->rules().isFailureEvent(e.event));
            ++edgesTaken;
        }
        QCOMPARE(edgesTaken, int(took.size()));
        QCOMPARE(child<FlowCanvas>(pane, "canvas")->pathEdgeCount(), edgesTaken);
        // Zoomed out past the labels, the edges' counts stay, at screen size; zoomed in, the
        // labels carry them.
        int countedEdges = 0;
        for (const FlowTraffic::Edge &e : traffic.edges())
            countedEdges += e.toBox >= 0 ? 1 : 0;
        const double opened = child<FlowCanvas>(pane, "canvas")->zoom();
        child<FlowCanvas>(pane, "canvas")->zoomBy(0.3 / opened);
        QCOMPARE(child<FlowCanvas>(pane, "canvas")->visibleEdgeCounts(), countedEdges);
        child<FlowCanvas>(pane, "canvas")->zoomBy(1.0 / child<FlowCanvas>(pane, "canvas")->zoom());
        QCOMPARE(child<FlowCanvas>(pane, "canvas")->visibleEdgeCounts(), 0);
        child<FlowCanvas>(pane, "canvas")
            ->zoomBy(opened / child<FlowCanvas>(pane, "canvas")->zoom());
        child<FlowCanvas>(pane, "canvas")->fitToPath();
        // It opens on where they all start.
        const QPoint trigger = child<FlowCanvas>(pane, "canvas")
                                   ->boxCentreInView(definition->indexOf(u"Trigger"_s))
                                   .toPoint();
        QVERIFY(child<FlowCanvas>(pane, "canvas")->viewport()->rect().contains(trigger));

        // A click on the HTTP widget: the table lists the executions that reached it.
        const int http = definition->indexOf(u"lookup_order"_s);
        QVERIFY(http >= 0);
        QVERIFY(traffic.entered(http) > 0);
        QVERIFY(traffic.entered(http) < model()->rowCount());
        FlowCanvas *canvas = child<FlowCanvas>(pane, "canvas");
        canvas->selectBox(http, true);
        QTest::mouseClick(
            canvas->viewport(), Qt::LeftButton, {}, canvas->boxCentreInView(http).toPoint());
        QCOMPARE(view->proxy()->rowCount(), traffic.entered(http));
        for (int row = 0; row < view->proxy()->rowCount(); ++row) {
            const QString sid
                = view->proxy()->index(row, 0).data(ExecutionsModel::SidRole).toString();
            QVERIFY2(entered.value(u"lookup_order"_s).contains(sid), qPrintable(sid));
        }
        QVERIFY(child<QLabel>(view, "onlyNote")->isVisible());
        QVERIFY2(child<QLabel>(view, "onlyNote")->text().contains(u"lookup_order"_s),
            qPrintable(child<QLabel>(view, "onlyNote")->text()));
        // The first of them is current; the diagram still shows them all.
        QVERIFY(view->currentSourceRow() >= 0);
        QVERIFY(entered.value(u"lookup_order"_s)
                    .contains(child<DetailPane>(m_window, "detailPane")->execution().sid));
        QVERIFY(pane->showsTraffic());
        QCOMPARE(child<FlowCanvas>(pane, "canvas")->boxBadge(http),
            locale.toString(traffic.entered(http)));

        // A click on the lookup's failure edge: those that took it.
        const FlowTraffic::Edge *failure = nullptr;
        int edge = -1;
        for (qsizetype e = 0; e < traffic.edges().size(); ++e) {
            if (traffic.edges()[e].fromBox == http && traffic.edges()[e].failure) {
                failure = &traffic.edges()[e];
                edge = int(e);
            }
        }
        QVERIFY(failure);
        canvas->centreOnEdge(edge);
        QTest::mouseClick(
            canvas->viewport(), Qt::LeftButton, {}, canvas->edgePointInView(edge).toPoint());
        QCOMPARE(view->proxy()->rowCount(), int(failure->runs.size()));
        const QString key
            = nameOf(failure->fromBox) + u'/' + failure->event + u'/' + nameOf(failure->toBox);
        for (int row = 0; row < view->proxy()->rowCount(); ++row) {
            const QString sid
                = view->proxy()->index(row, 0).data(ExecutionsModel::SidRole).toString();
            QVERIFY2(took.value(key).contains(sid), qPrintable(sid));
        }

        // Show all: every loaded row again. Turned off: the selected execution's own path.
        QTest::mouseClick(child<QPushButton>(view, "showAllButton"), Qt::LeftButton);
        QCOMPARE(view->proxy()->rowCount(), model()->rowCount());
        QVERIFY(!child<QLabel>(view, "onlyNote")->isVisible());
        QSignalSpy path(pane, &DetailPane::diagramShown);
        QTest::mouseClick(child<QToolButton>(pane, "trafficButton"), Qt::LeftButton);
        QVERIFY(!pane->showsTraffic());
        QVERIFY(path.wait(10000));
        QCOMPARE(path.last().first().toString(), pane->execution().sid);
        QVERIFY(pane->path().has_value());
    }

    // The chart counts the loaded rows per local bucket (checked against a count made here with
    // QDateTime's own local time), says that it counts loaded rows, shows failures once known,
    // and a click or a drag across buckets narrows the range to them. Hidden from the View menu,
    // and remembered.
    void activityChartCountsTheLoadedRows()
    {
        const int f = browse(1, DateRangeBar::Preset::Last7Days);
        QVERIFY(f >= 0);
        ActivityChart *chart = child<ActivityChart>(m_window, "activityChart");
        QVERIFY(chart->isVisible());
        chart->recount();
        const Activity &activity = chart->activity();
        QCOMPARE(activity.buckets.size(), BucketSize::Day);
        QCOMPARE(activity.counted, qint64(model()->rowCount()));
        QVERIFY(model()->hasMore());
        QVERIFY2(child<QLabel>(chart, "note")->text().contains(u"Load all for the whole range"_s),
            qPrintable(child<QLabel>(chart, "note")->text()));
        QHash<qint64, qint64> perLocalDay; // local midnight (ms) -> rows
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QDateTime local = model()->executionAt(row).created.toLocalTime();
            perLocalDay[QDateTime(local.date(), QTime(0, 0)).toMSecsSinceEpoch()] += 1;
        }
        qint64 sum = 0;
        for (qsizetype k = 0; k < activity.buckets.count(); ++k) {
            QCOMPARE(
                activity.counts[size_t(k)].total(), perLocalDay.value(activity.buckets.startOf(k)));
            sum += activity.counts[size_t(k)].total();
        }
        QCOMPARE(sum, qint64(model()->rowCount()));
        QVERIFY(!chart->bucketText(activity.buckets.count() - 1).isEmpty());

        // Analysed: failures are counted apart, as many as the outcomes say.
        QSignalSpy analysed(m_window->outcomes(), &OutcomeCache::analysisFinished);
        child<ExecutionsView>(m_window, "executionsView")->analyse();
        QVERIFY(analysed.wait(30000) || !analysed.isEmpty());
        chart->recount();
        qint64 failed = 0;
        for (int row = 0; row < model()->rowCount(); ++row)
            failed += model()->outcomeAt(row) && model()->outcomeAt(row)->failed() ? 1 : 0;
        qint64 chartFailed = 0;
        for (const ActivityBucket &c : chart->activity().counts)
            chartFailed += c.failed;
        QVERIFY(failed > 0);
        QCOMPARE(chartFailed, failed);
        QVERIFY(child<QLabel>(chart, "note")->text().contains(u"analysed"_s));

        // Dragging across the last two buckets narrows the range to them.
        const qsizetype n = chart->activity().buckets.count();
        const qint64 start = chart->activity().buckets.startOf(n - 2);
        const qint64 end = chart->activity().buckets.endOf(n - 1);
        chart->chooseBuckets(n - 1, n - 2);
        QCOMPARE(
            child<DateRangeBar>(m_window, "dateRange")->preset(), DateRangeBar::Preset::Custom);
        QVERIFY(waitSettled());
        QCOMPARE(model()->query().from.toMSecsSinceEpoch(), start);
        QCOMPARE(model()->query().to.toMSecsSinceEpoch(), end);
        // A real click on a bar: the bucket under the mouse.
        chart->recount();
        QVERIFY(chart->activity().buckets.count() > 0);
        const QRectF plot = child<QChartView>(chart, "chartView")->chart()->plotArea();
        const QPoint middle
            = child<QChartView>(chart, "chartView")
                  ->mapFromScene(
                      child<QChartView>(chart, "chartView")->chart()->mapToScene(plot.center()));
        const qsizetype under = chart->bucketAt(middle);
        QVERIFY(under >= 0);
        QSignalSpy chosen(chart, &ActivityChart::rangeChosen);
        QTest::mouseClick(
            child<QChartView>(chart, "chartView")->viewport(), Qt::LeftButton, {}, middle);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(0).toDateTime().toMSecsSinceEpoch(),
            chart->activity().buckets.startOf(under));

        // View ▸ Activity chart hides it, and a new window remembers.
        child<QAction>(m_window, "activityChartAction")->trigger();
        QVERIFY(!chart->isVisible());
        m_window.reset();
        open(false);
        QVERIFY(!child<ActivityChart>(m_window, "activityChart")->isVisible());
        QVERIFY(!child<QAction>(m_window, "activityChartAction")->isChecked());
    }

    // Follow (F9) in the window: refused for a range in the past (said, nothing sent), on for
    // one that reaches now, paused while minimised, off when the flow changes.
    void followInTheWindow()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Yesterday) >= 0);
        QAction *follow = child<QAction>(m_window, "followAction");
        QCOMPARE(follow->shortcut(), QKeySequence(Qt::Key_F9));
        follow->trigger();
        QVERIFY(!follow->isChecked());
        QVERIFY(!child<LiveTail>(m_window, "liveTail")->isRunning());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"reaches now"_s),
            qPrintable(m_window->statusBar()->currentMessage()));

        child<DateRangeBar>(m_window, "dateRange")->setPreset(DateRangeBar::Preset::LastHour);
        QVERIFY(waitSettled());
        QSignalSpy polled(child<LiveTail>(m_window, "liveTail"), &LiveTail::polled);
        follow->trigger();
        QVERIFY(follow->isChecked());
        QVERIFY(child<LiveTail>(m_window, "liveTail")->isRunning());
        QVERIFY(polled.wait(10000));
        // F5 reads the range again and goes on following.
        child<QAction>(m_window, "refreshAction")->trigger();
        QVERIFY(waitSettled());
        QVERIFY(QTest::qWaitFor([follow] { return follow->isChecked(); }, 5000));
        QVERIFY(child<LiveTail>(m_window, "liveTail")->isRunning());
        m_window->showMinimized();
        QVERIFY(QTest::qWaitFor(
            [this] { return child<LiveTail>(m_window, "liveTail")->isPaused(); }, 5000));
        m_window->showNormal();
        QVERIFY(QTest::qWaitFor(
            [this] { return !child<LiveTail>(m_window, "liveTail")->isPaused(); }, 5000));
        pickFlow(1); // another query: it stops
        QVERIFY(QTest::qWaitFor([follow] { return !follow->isChecked(); }, 5000));
        QVERIFY(!child<LiveTail>(m_window, "liveTail")->isRunning());
    }

    void demoOpensReadyToBrowse()
    {
        open(true);
        QCOMPARE(m_window->windowTitle(), u"FlowScope — demo account"_s);
        QAbstractItemModelTester tester(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first flow by name is selected, and its newest executions show.
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<FlowPicker>(m_window, "flowPicker")->currentSid().isEmpty(), 10000);
        QCOMPARE(child<FlowPicker>(m_window, "flowPicker")->currentSid(),
            child<FlowsModel>(m_window, "flowsModel")->flowAt(0).sid);
        QVERIFY(waitSettled());
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(child<DateRangeBar>(m_window, "dateRange")->preset(),
            DateRangeBar::Preset::Last24Hours);
    }

    void pickAFlowThenScrollForMore()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        const int f = browse(2, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        QCOMPARE(model()->rowCount(), 200);
        QCOMPARE(model()->executionAt(0).sid.toLatin1(),
            data().execution(f, data().executionCount(f) - 1).sid);
        QVERIFY(child<QLabel>(child<ExecutionsView>(m_window, "executionsView"), "statusLabel")
                    ->text()
                    .contains(u"more available"_s));

        // Scrolling down asks for the next page once, before the very bottom.
        const qint64 before = m_sandbox->requestCount();
        QTRY_VERIFY(table()->verticalScrollBar()->maximum() > 0); // laid out
        table()->verticalScrollBar()->setValue(table()->verticalScrollBar()->maximum());
        QVERIFY(waitSettled());
        QTRY_COMPARE(model()->rowCount(), 400);
        QCOMPARE(m_sandbox->requestCount(), before + 1);
        QStringList sids;
        for (int r = 0; r < model()->rowCount(); ++r)
            sids << model()->executionAt(r).sid;
        QCOMPARE(QSet<QString>(sids.begin(), sids.end()).size(), 400); // no duplicates
        QCOMPARE(sids.last().toLatin1(), data().execution(f, data().executionCount(f) - 400).sid);
    }

    void changingTheRangeDropsStalePages()
    {
        QVERIFY(openWithFlows());
        child<DateRangeBar>(m_window, "dateRange")->setPreset(DateRangeBar::Preset::Last30Days);
        sandbox::FaultOptions slow;
        slow.latencyMs = 200;
        m_sandbox->setFaults(slow);
        // The moment the month's page has been written to the window's socket, narrow to
        // yesterday: an answered page of the old range is on its way in.
        bool narrowed = false;
        const QMetaObject::Connection narrow
            = connect(&m_sandbox.server(), &sandbox::SandboxServer::requestHandled, this,
                [&](const QByteArray &, const QByteArray &target) {
                    if (!narrowed && target.contains("/Executions")) {
                        narrowed = true;
                        child<DateRangeBar>(m_window, "dateRange")
                            ->setPreset(DateRangeBar::Preset::Yesterday);
                    }
                });
        pickFlow(1);
        QCOMPARE(model()->state(), ExecutionsModel::State::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(narrowed, 10000);
        disconnect(narrow);
        QVERIFY(waitSettled());
        // A request after it has come back: the month's page had every chance to land.
        QVERIFY(roundTrip(*m_client, m_client->flowsUrl()));
        const QDateTime from = child<DateRangeBar>(m_window, "dateRange")->from();
        const QDateTime to = child<DateRangeBar>(m_window, "dateRange")->to();
        QVERIFY(model()->rowCount() > 0);
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QDateTime created = model()->executionAt(r).created;
            QVERIFY2(created >= from && created < to, qPrintable(created.toString(Qt::ISODate)));
        }
    }

    // Ctrl+G with an FN… SID from a ticket: a loaded row is selected, nothing is fetched.
    void openingALoadedExecutionSelectsItsRow()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        const int f = browse(1, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        const qint64 i = data().executionCount(f) - 40;
        const int row = rowOfExecution(i, f);
        QVERIFY(row >= 0);
        const qint64 before = m_sandbox->requestCount();
        QSignalSpy shown(child<DetailPane>(m_window, "detailPane"), &DetailPane::contextShown);
        // As pasted: surrounding words and upper-case hex are fine.
        m_window->openExecution(u"customer says the bot hung up, see "_s
            + QString::fromLatin1(data().execution(f, i).sid).toUpper().replace(0, 2, u"FN"_s)
            + u" thanks"_s);
        QCOMPARE(child<ExecutionsView>(m_window, "executionsView")->currentSourceRow(), row);
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid.toLatin1(),
            data().execution(f, i).sid);
        QVERIFY(shown.wait(10000));
        // The context and steps of the selected row, nothing to find the row itself.
        QVERIFY(m_sandbox->requestCount() - before <= 2);
        QVERIFY(child<QLabel>(m_window, "messageBar")->isHidden());
    }

    // A Console link to an execution of another flow, or one outside the loaded range, is
    // fetched and shown in the detail pane with its context; the table keeps its query.
    void openingAnExecutionThatIsNotLoadedFetchesIt()
    {
        const int current = browse(0, DateRangeBar::Preset::Last24Hours);
        QVERIFY(current >= 0);
        const int other = (current + 1) % 4;
        const int rowsBefore = model()->rowCount();

        // Another flow, by the link the Console shows.
        const qint64 i = 7;
        const sandbox::ExecutionRecord &record = data().execution(other, i);
        QSignalSpy shown(child<DetailPane>(m_window, "detailPane"), &DetailPane::contextShown);
        m_window->openExecution(DetailPane::consoleUrl(
            QString::fromLatin1(data().flow(other).sid), QString::fromLatin1(record.sid)));
        QVERIFY(shown.wait(10000));
        const Execution &e = child<DetailPane>(m_window, "detailPane")->execution();
        QCOMPARE(e.sid.toLatin1(), record.sid);
        QCOMPARE(e.flowSid.toLatin1(), data().flow(other).sid);
        QCOMPARE(e.contactAddress, record.contactAddress);
        QCOMPARE(e.created.toSecsSinceEpoch(), record.dateCreated);
        QCOMPARE(child<ExecutionsView>(m_window, "executionsView")->currentSourceRow(), -1);
        QCOMPARE(model()->query().flowSid.toLatin1(), data().flow(current).sid);
        QCOMPARE(model()->rowCount(), rowsBefore);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"not among the loaded rows"_s));
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->contextJson().toUtf8(),
            QJsonDocument(data().context(other, i)).toJson(QJsonDocument::Compact));

        // The current flow's oldest execution, weeks outside the range, by its bare SID.
        const sandbox::ExecutionRecord &oldest = data().execution(current, 0);
        QVERIFY(model()->rowOfSid(QString::fromLatin1(oldest.sid)) < 0);
        shown.clear();
        m_window->openExecution(QString::fromLatin1(oldest.sid));
        QVERIFY(shown.wait(10000));
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid.toLatin1(), oldest.sid);

        // Ending one that is not in the table: the pane takes the API's answer.
        qint64 active = data().executionCount(other) - 1;
        while (active >= 0 && !data().execution(other, active).active)
            --active;
        QVERIFY(active >= 0);
        shown.clear();
        m_window->openExecution(u"%1 %2"_s.arg(QString::fromLatin1(data().flow(other).sid),
            QString::fromLatin1(data().execution(other, active).sid)));
        QVERIFY(shown.wait(10000));
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        QCOMPARE(pane->execution().status, ExecutionStatus::Active);
        pane->setConfirmation([](const QString &) { return true; });
        pane->endExecution();
        QTRY_COMPARE(pane->execution().status, ExecutionStatus::Ended);
        QCOMPARE(pane->execution().sid.toLatin1(), data().execution(other, active).sid);
        QCOMPARE(model()->rowCount(), rowsBefore);

        // Selecting a row afterwards shows that row again.
        selectSourceRow(0);
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid,
            model()->executionAt(0).sid);
    }

    // A row chosen while an opened execution is still on its way wins: the late answer is dropped.
    void choosingARowWhileAnExecutionOpensKeepsTheRow()
    {
        const int f = browse(0, DateRangeBar::Preset::Last24Hours);
        QVERIFY(f >= 0);
        QVERIFY(model()->rowCount() > 0);
        sandbox::FaultOptions slow;
        slow.latencyMs = 300;
        m_sandbox->setFaults(slow);
        const int other = (f + 1) % 4;
        const QByteArray otherSid = data().execution(other, 3).sid;
        QSignalSpy shown(child<DetailPane>(m_window, "detailPane"), &DetailPane::contextShown);
        m_window->openExecution(QString::fromLatin1(data().flow(other).sid + '/' + otherSid));
        selectSourceRow(0);
        const QString chosen = model()->executionAt(0).sid;
        // Asked first, the opened execution's answer would come first and take the pane (and
        // the context shown would be its own); dropped, the row's context is what arrives.
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.last().first().toString(), chosen);
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid, chosen);
        QCOMPARE(child<ExecutionsView>(m_window, "executionsView")->currentSourceRow(), 0);
    }

    void openingAnUnknownOrMalformedExecutionSaysWhy()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        QVERIFY(openWithFlows());
        // Nothing that names an execution, and a bare SID without a flow: refused unsent.
        const qint64 before = m_sandbox->requestCount();
        m_window->openExecution(u"FN123"_s);
        QVERIFY(
            child<QLabel>(m_window, "messageBar")->text().contains(u"No execution SID found"_s));
        const QString unknown = u"FN"_s + QString(32, u'0');
        m_window->openExecution(unknown);
        QVERIFY(child<QLabel>(m_window, "messageBar")->text().contains(u"pick the flow first"_s));
        QCOMPARE(m_sandbox->requestCount(), before);

        pickFlow(2);
        QVERIFY(waitSettled());
        // Through Ctrl+G's dialog, the SID on the clipboard already filled in.
        QGuiApplication::clipboard()->setText(unknown);
        QString offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->textValue();
            dialog->accept();
        });
        child<QAction>(m_window, "openExecutionAction")->trigger();
        QCOMPARE(offered, unknown);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_window, "messageBar")
                                     ->text()
                                     .contains(u"has no execution "_s + unknown),
            10000);
        QVERIFY(child<QLabel>(m_window, "messageBar")->text().contains(u"30 days"_s));
        QVERIFY(!child<DetailPane>(m_window, "detailPane")->execution().isValid());
    }

    void selectingARowShowsItsContextAndSteps()
    {
        const int f = browse(0, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        const qint64 i = data().executionCount(f) - 5;
        const int row = rowOfExecution(i, f);
        QVERIFY(row >= 0);
        QSignalSpy shown(child<DetailPane>(m_window, "detailPane"), &DetailPane::contextShown);
        selectSourceRow(row);
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.first().first().toString().toLatin1(), data().execution(f, i).sid);

        // The tree shows the keys the sandbox put in that context.
        JsonTreeModel *tree
            = child<JsonTreeWidget>(child<DetailPane>(m_window, "detailPane"), "contextTree")
                  ->model();
        const QJsonObject truth = data().context(f, i);
        QStringList keys;
        for (int r = 0; r < tree->rowCount(); ++r)
            keys << tree->index(r, 0).data().toString();
        QStringList expected = truth.keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);

        // Copy as Studio variable: find a value deep inside, copy its Liquid path.
        const QJsonObject widgets = truth.value(u"widgets"_s).toObject();
        // The HTTP widget's name in the revision this execution ran on.
        const QString http = widgets.contains(u"http_1"_s) ? u"http_1"_s : u"lookup_order"_s;
        QVERIFY(widgets.contains(http));
        const QString sku = widgets.value(http)
                                .toObject()
                                .value(u"parsed"_s)
                                .toObject()
                                .value(u"items"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"sku"_s)
                                .toString();
        JsonTreeWidget *widget
            = child<JsonTreeWidget>(child<DetailPane>(m_window, "detailPane"), "contextTree");
        child<QLineEdit>(widget, "searchBox")->setText(sku);
        widget->findNext(); // first in document order: the raw body text that contains it
        QCOMPARE(widget->view()->currentIndex().data(JsonTreeModel::PathRole).toString(),
            u"widgets.%1.body"_s.arg(http));
        widget->findNext(); // Enter again: the next match
        QVERIFY(widget->view()->currentIndex().isValid());
        widget->copyStudioVariable();
        QCOMPARE(
            QApplication::clipboard()->text(), u"{{widgets.%1.parsed.items[0].sku}}"_s.arg(http));
        widget->copyValue();
        QCOMPARE(QApplication::clipboard()->text(), sku);

        // Steps: the sandbox's, oldest first; selecting one shows its context.
        child<QTabWidget>(child<DetailPane>(m_window, "detailPane"), "tabs")
            ->setCurrentIndex(DetailPane::StepsTab);
        StepsModel *steps
            = child<StepsModel>(child<DetailPane>(m_window, "detailPane"), "stepsModel");
        QTRY_COMPARE(steps->state(), StepsModel::State::Ready);
        const QList<sandbox::StepRecord> truthSteps = data().steps(f, i);
        QCOMPARE(steps->rowCount(), truthSteps.size());
        for (int r = 0; r < steps->rowCount(); ++r) {
            QCOMPARE(steps->stepAt(r).name, truthSteps[r].name);
            QCOMPARE(steps->data(steps->index(r, StepsModel::TransitionColumn)).toString(),
                truthSteps[r].transitionedFrom + u" → "_s + truthSteps[r].transitionedTo);
        }
        child<QTableView>(child<DetailPane>(m_window, "detailPane"), "stepsView")
            ->setCurrentIndex(steps->index(0, 0));
        JsonTreeModel *stepTree
            = child<JsonTreeWidget>(child<DetailPane>(m_window, "detailPane"), "stepContextTree")
                  ->model();
        QTRY_VERIFY(stepTree->rowCount() > 0);

        // Raw: the context, pretty-printed, as JSON.
        child<QTabWidget>(child<DetailPane>(m_window, "detailPane"), "tabs")
            ->setCurrentIndex(DetailPane::RawTab);
        const QString raw
            = child<QPlainTextEdit>(child<DetailPane>(m_window, "detailPane"), "rawView")
                  ->toPlainText();
        QCOMPARE(QJsonDocument::fromJson(raw.toUtf8()).object(), truth);
        QVERIFY(raw.contains(u"\n  \""_s));

        // The Console link points at this execution.
        QVERIFY(child<QLabel>(child<DetailPane>(m_window, "detailPane"), "consoleLink")
                    ->text()
                    .contains(DetailPane::consoleUrl(QString::fromLatin1(data().flow(f).sid),
                        QString::fromLatin1(data().execution(f, i).sid))));
    }

    void switchingRowsQuicklyShowsOnlyTheLastOne()
    {
        QVERIFY(openWithFlows());
        pickFlow(3);
        QVERIFY(waitSettled());
        QVERIFY(model()->rowCount() > 5);
        sandbox::FaultOptions slow;
        slow.latencyMs = 150;
        m_sandbox->setFaults(slow);
        QSignalSpy shown(child<DetailPane>(m_window, "detailPane"), &DetailPane::contextShown);
        for (int r = 0; r < 5; ++r)
            selectSourceRow(r);
        QVERIFY(shown.wait(5000));
        QVERIFY(!shown.wait(500)); // the four older selections never arrive
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toString(), model()->executionAt(4).sid);
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid,
            model()->executionAt(4).sid);
    }

    void anInvalidSidOrRangeSendsNothing()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        QVERIFY(openWithFlows());
        const qint64 before = m_sandbox->requestCount();
        child<FlowPicker>(m_window, "flowPicker")->lineEdit()->setText(u"FW1234"_s);
        child<FlowPicker>(m_window, "flowPicker")->commit();
        QVERIFY(child<QLabel>(m_window, "messageBar")->isVisible());
        QVERIFY(child<QLabel>(m_window, "messageBar")->text().contains(u"not a flow SID"_s));
        QVERIFY(child<FlowPicker>(m_window, "flowPicker")->currentSid().isEmpty());

        pickFlow(0);
        QVERIFY(waitSettled());
        QVERIFY(!child<QLabel>(m_window, "messageBar")->isVisible());
        const qint64 afterPick = m_sandbox->requestCount();
        QVERIFY(afterPick > before);
        const QDateTime now = QDateTime::currentDateTime();
        child<DateRangeBar>(m_window, "dateRange")->setCustomRange(now, now.addSecs(-3600));
        QVERIFY(child<QLabel>(m_window, "messageBar")->isVisible());
        QVERIFY(child<QLabel>(m_window, "messageBar")->text().contains(u"before its end"_s));
        // A request after it comes back alone: the window sent nothing for the bad range.
        QVERIFY(roundTrip(*m_client, m_client->flowsUrl()));
        QCOMPARE(m_sandbox->requestCount(), afterPick + 1);
    }

    void aPastedSidIsAccepted()
    {
        QVERIFY(openWithFlows());
        child<FlowPicker>(m_window, "flowPicker")
            ->lineEdit()
            ->setText(QString::fromLatin1(data().flow(1).sid));
        child<FlowPicker>(m_window, "flowPicker")->commit();
        QCOMPARE(
            child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1(), data().flow(1).sid);
        QCOMPARE(child<FlowPicker>(m_window, "flowPicker")->lineEdit()->text(),
            data().flow(1).friendlyName);
        QVERIFY(waitSettled());
        QCOMPARE(model()->query().flowSid.toLatin1(), data().flow(1).sid);
    }

    void aFailingPageShowsRetryAndKeepsTheRows()
    {
        QVERIFY(browse(2, DateRangeBar::Preset::Last30Days) >= 0);
        QCOMPARE(model()->rowCount(), 200);
        sandbox::FaultOptions down;
        down.failRate = 1.0;
        m_sandbox->setFaults(down);
        model()->fetchMore();
        QVERIFY(waitSettled());
        QCOMPARE(model()->state(), ExecutionsModel::State::Error);
        QCOMPARE(model()->rowCount(), 200);
        QPushButton *retry
            = child<QPushButton>(child<ExecutionsView>(m_window, "executionsView"), "retryButton");
        QVERIFY(retry->isVisible());
        QVERIFY(child<QLabel>(child<ExecutionsView>(m_window, "executionsView"), "statusLabel")
                    ->text()
                    .contains(u"503"_s));
        m_sandbox->setFaults({});
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(waitSettled());
        QCOMPARE(model()->rowCount(), 400);
        QVERIFY(!retry->isVisible());
    }

    void filterSortAndCopy()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last30Days) >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        const Execution third = model()->executionAt(2);

        // Quick filter: by SID, over loaded rows, and it says so.
        child<QLineEdit>(view, "filterBox")->setText(third.sid.mid(5, 10));
        QCOMPARE(view->proxy()->rowCount(), 1);
        QVERIFY(view->findChild<QLabel *>() != nullptr);
        child<QLineEdit>(view, "filterBox")->clear();
        QCOMPARE(view->proxy()->rowCount(), model()->rowCount());

        // Sorting by contact sorts the loaded rows.
        table()->horizontalHeader()->setSortIndicator(
            ExecutionsModel::ContactColumn, Qt::AscendingOrder);
        for (int r = 1; r < view->proxy()->rowCount(); ++r)
            QVERIFY(view->proxy()->index(r - 1, ExecutionsModel::ContactColumn).data().toString()
                <= view->proxy()->index(r, ExecutionsModel::ContactColumn).data().toString());
        table()->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
        QCOMPARE(view->proxy()->index(0, ExecutionsModel::SidColumn).data().toString(),
            model()->executionAt(0).sid);

        // Ctrl+C: TSV with a header, times in UTC.
        table()->selectionModel()->select(
            QItemSelection(view->proxy()->index(0, 0), view->proxy()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table()->setFocus();
        QTest::keySequence(table(), QKeySequence::Copy);
        const QStringList lines
            = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // What happened to whom first: the outcome's columns come right after the contact.
        const QStringList head = lines[0].split(u'\t');
        QCOMPARE(head.mid(0, 7),
            (QStringList { u"Status"_s, u"Execution SID"_s, u"Contact"_s, u"Ended at"_s,
                u"Last event"_s, u"Steps"_s, u"Started"_s }));
        QCOMPARE(lines[3].split(u'\t')[1], third.sid);
        QCOMPARE(lines[3].split(u'\t')[head.indexOf(u"Started"_s)], third.createdText);
        QVERIFY(!lines[0].contains(u"Flow SID"_s)); // hidden by default
    }

    void endingAnActiveExecution()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        QVERIFY(browse(1, DateRangeBar::Preset::Last30Days) >= 0);
        model()->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(model()->state(), ExecutionsModel::State::Complete, 20000);
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r) {
            if (model()->executionAt(r).status == ExecutionStatus::Active)
                row = r;
        }
        QVERIFY(row >= 0);
        selectSourceRow(row);
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        QVERIFY(child<QPushButton>(pane, "endButton")->isVisible());
        QString asked;
        pane->setConfirmation([&asked](const QString &question) {
            asked = question;
            return false; // "Cancel" first: nothing happens
        });
        const qint64 before = m_sandbox->requestCount();
        pane->endExecution();
        QVERIFY(asked.contains(model()->executionAt(row).sid));
        QCOMPARE(m_sandbox->requestCount(), before);
        pane->setConfirmation([](const QString &) { return true; });
        pane->endExecution();
        QTRY_COMPARE(model()->executionAt(row).status, ExecutionStatus::Ended);
        QTRY_VERIFY(!child<QPushButton>(pane, "endButton")->isVisible());
        QCOMPARE(pane->execution().status, ExecutionStatus::Ended);
    }

    // End executions… on a selection: ended ones are skipped and said so, more than ten need their
    // number typed, each active one gets one POST, the rows turn Ended, the audit says it all.
    void endingTheSelectedRows()
    {
        const int f = browse(1, DateRangeBar::Preset::Last24Hours);
        QVERIFY(f >= 0);
        model()->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(model()->state(), ExecutionsModel::State::Complete, 20000);
        // Every row selected: some active, most ended.
        table()->selectAll();
        QList<int> active;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->executionAt(r).status == ExecutionStatus::Active)
                active << r;
        }
        QVERIFY(active.size() >= 1);
        QVERIFY(active.size() < model()->rowCount());
        EndDialog *dialog = m_window->endSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->targetCount(), active.size());
        const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(u"have ended already and are skipped"_s), qPrintable(summary));
        QVERIFY2(summary.contains(data().flow(f).friendlyName), qPrintable(summary));
        if (active.size() > 10) {
            QVERIFY(!child<QPushButton>(dialog, "endButton")->isEnabled());
            child<QLineEdit>(dialog, "confirmationEdit")
                ->setText(QString::number(active.size() - 1));
            QVERIFY(!child<QPushButton>(dialog, "endButton")->isEnabled());
            child<QLineEdit>(dialog, "confirmationEdit")->setText(QString::number(active.size()));
        }
        QVERIFY(child<QPushButton>(dialog, "endButton")->isEnabled());
        QSignalSpy finished(dialog, &EndDialog::endingFinished);
        dialog->startEnding();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog->job()->count(EndOutcome::Result::Ended), int(active.size()));
        QVERIFY(child<QLabel>(dialog, "resultLabel")->text().startsWith(u"✓"_s));
        for (const int r : active) {
            const Execution e = model()->executionAt(r);
            QCOMPARE(e.status, ExecutionStatus::Ended); // the row changed from the API's answer
            QCOMPARE(m_sandbox->postsReceived(e.sid.toLatin1()), 1);
        }
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (!active.contains(r))
                QCOMPARE(m_sandbox->postsReceived(model()->executionAt(r).sid.toLatin1()), 0);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        dialog->setAuditPathChooser([path] { return path; });
        QVERIFY(child<QPushButton>(dialog, "saveAuditButton")->isVisible());
        dialog->saveAudit();
        QFile audit(path);
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(audit.readAll());
        QCOMPARE(rows.size(), active.size() + 1);
        QCOMPARE(rows[1][4], u"ended"_s);
        dialog->close();
    }

    // More than ten: the End button waits for their number to be typed.
    void endingMoreThanTenAsksForTheirNumber()
    {
        QList<Execution> twelve;
        for (int k = 0; k < 12; ++k) {
            Execution e;
            e.sid = u"FN%1"_s.arg(k, 32, 10, QLatin1Char('0'));
            e.flowSid = u"FW0123456789abcdef0123456789abcdef"_s;
            e.status = k == 11 ? ExecutionStatus::Ended : ExecutionStatus::Active;
            e.created = QDateTime::currentDateTimeUtc().addSecs(-3600 * k);
            twelve << e;
        }
        StudioClient client;
        EndDialog dialog(&client, twelve, {});
        QCOMPARE(dialog.targetCount(), 11); // the ended one is skipped
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")
                    ->text()
                    .contains(u"1 selected execution(s) have ended"_s)
            || child<QLabel>(&dialog, "summaryLabel")->text().contains(u"have ended already"_s));
        QVERIFY(!child<QPushButton>(&dialog, "endButton")->isEnabled());
        child<QLineEdit>(&dialog, "confirmationEdit")->setText(u"12"_s);
        QVERIFY(!child<QPushButton>(&dialog, "endButton")->isEnabled());
        child<QLineEdit>(&dialog, "confirmationEdit")->setText(u"11"_s);
        QVERIFY(child<QPushButton>(&dialog, "endButton")->isEnabled());
    }

    // Find stuck…: only active executions older than the hours given, from the flows ticked;
    // ending some of them there changes them there and in the table.
    void findingStuckExecutionsAndEndingThem()
    {
        const int f = browse(2, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        StuckDialog *dialog = m_window->findStuck();
        QVERIFY(dialog);
        int ticked = 0;
        for (int k = 0; k < child<QListWidget>(dialog, "flowList")->count(); ++k)
            ticked += child<QListWidget>(dialog, "flowList")->item(k)->checkState() == Qt::Checked;
        QCOMPARE(ticked, 1); // the current flow
        child<QDoubleSpinBox>(dialog, "hoursBox")->setValue(2);
        dialog->contactEdit()->setText(u"hello"_s);
        dialog->find();
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(u"Nothing was sent"_s));
        dialog->contactEdit()->clear();
        QSignalSpy found(dialog, &StuckDialog::searchFinished);
        dialog->find();
        QVERIFY(found.wait(20000));
        const qint64 before = QDateTime::currentSecsSinceEpoch() - 2 * 3600;
        QStringList truth;
        for (qint64 i = data().lowerBound(f, before) - 1; i >= 0; --i) {
            if (data().execution(f, i).active)
                truth << QString::fromLatin1(data().execution(f, i).sid);
        }
        QStringList shown;
        for (const Execution &e : dialog->results()->executions())
            shown << e.sid;
        QCOMPARE(shown, truth); // newest first
        QVERIFY(child<QPushButton>(dialog, "endButton")->isEnabled());
        // The two newest, selected.
        child<QTableView>(dialog, "resultsView")
            ->selectionModel()
            ->select(QItemSelection(child<QTableView>(dialog, "resultsView")->model()->index(0, 0),
                         child<QTableView>(dialog, "resultsView")->model()->index(1, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        EndDialog *ending = dialog->endSelected();
        QVERIFY(ending);
        QCOMPARE(ending->targetCount(), 2);
        QSignalSpy finished(ending, &EndDialog::endingFinished);
        ending->startEnding();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->results()->executionAt(0).status, ExecutionStatus::Ended);
        QCOMPARE(dialog->results()->executionAt(1).status, ExecutionStatus::Ended);
        QCOMPARE(dialog->results()->executionAt(2).status, ExecutionStatus::Active);
        const int row = model()->rowOfSid(truth[0]);
        if (row >= 0) // loaded in the table too: it changed there
            QCOMPARE(model()->executionAt(row).status, ExecutionStatus::Ended);
        ending->close();
        dialog->close();
    }

    // The customer search: every flow's executions of one number, newest first; a result of
    // another flow opens in the detail pane; the table keeps where it was.
    void findingACustomerAcrossFlows()
    {
        const int f = browse(0, DateRangeBar::Preset::Last7Days);
        QVERIFY(f >= 0);
        const int tableRow = 3;
        selectSourceRow(tableRow);
        const QString tableSid = model()->executionAt(tableRow).sid;
        // A number in several flows within the last 7 days.
        const qint64 since = QDateTime::currentSecsSinceEpoch() - 7 * 86400;
        QHash<QString, QSet<int>> flowsOf;
        QSet<QString> withActive;
        for (int g = 0; g < data().flowCount(); ++g) {
            for (qint64 i = data().lowerBound(g, since + 60); i < data().executionCount(g); ++i) {
                const sandbox::ExecutionRecord e = data().execution(g, i);
                const QString n = sandboxtruth::numberOf(e.contactAddress);
                if (n.isEmpty())
                    continue;
                flowsOf[n].insert(g);
                if (e.active)
                    withActive.insert(n);
            }
        }
        QString number; // in several flows, with an active execution to end
        for (auto it = flowsOf.cbegin(); it != flowsOf.cend() && number.isEmpty(); ++it) {
            if (it.value().size() >= 3 && withActive.contains(it.key()))
                number = it.key();
        }
        QVERIFY(!number.isEmpty());
        QSignalSpy finished(
            child<SearchPanel>(m_window, "searchPanel"), &SearchPanel::searchFinished);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QCOMPARE(child<QTabWidget>(m_window, "leftTabs")->currentWidget(),
            child<SearchPanel>(m_window, "searchPanel"));
        child<QLineEdit>(m_window, "customerField")->setText(number);
        QMetaObject::invokeMethod(child<QLineEdit>(m_window, "customerField"), "returnPressed");
        QVERIFY(finished.wait(30000));
        SearchPanel *panel = child<SearchPanel>(m_window, "searchPanel");
        QVERIFY2(child<QLabel>(panel, "statusLabel")->text().contains(u"every flow searched"_s),
            qPrintable(child<QLabel>(panel, "statusLabel")->text()));
        // The truth: newest first across flows (a search's range is the moment it started).
        QList<std::pair<qint64, QString>> truth;
        for (int g = 0; g < data().flowCount(); ++g) {
            for (qint64 i = data().lowerBound(g, since + 5); i < data().executionCount(g); ++i) {
                const sandbox::ExecutionRecord e = data().execution(g, i);
                if (sandboxtruth::numberOf(e.contactAddress) == number)
                    truth.append({ e.dateCreated, QString::fromLatin1(e.sid) });
            }
        }
        std::stable_sort(truth.begin(), truth.end(),
            [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList shown;
        for (const Execution &e : panel->results()->executions())
            shown << e.sid;
        QStringList expected;
        for (const auto &t : truth)
            expected << t.second;
        // The range began a few seconds before the truth's: allow what started in between.
        QVERIFY2(shown.mid(0, expected.size()) == expected || shown == expected,
            qPrintable(u"%1 shown, %2 expected"_s.arg(shown.size()).arg(expected.size())));
        // A result of another flow opens in the detail pane, with its context.
        int other = -1;
        for (int r = 0; r < panel->results()->rowCount() && other < 0; ++r) {
            if (panel->results()->executionAt(r).flowSid.toLatin1() != data().flow(f).sid)
                other = r;
        }
        QVERIFY(other >= 0);
        child<QTableView>(panel, "resultsView")
            ->setCurrentIndex(child<QTableView>(panel, "resultsView")->model()->index(other, 0));
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid,
            panel->results()->executionAt(other).sid);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<DetailPane>(m_window, "detailPane")->contextJson().isEmpty(), 10000);
        // Ctrl+C copies the selected results.
        child<QTableView>(panel, "resultsView")
            ->selectionModel()
            ->select(child<QTableView>(panel, "resultsView")->model()->index(other, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY2(panel->selectionAsTsv().contains(panel->results()->executionAt(other).sid),
            qPrintable(panel->selectionAsTsv()));
        // End executions… on the selected results ends the active ones among them.
        int active = -1;
        for (int r = 0; r < panel->results()->rowCount() && active < 0; ++r) {
            if (panel->results()->executionAt(r).status == ExecutionStatus::Active)
                active = r;
        }
        QVERIFY(active >= 0);
        {
            child<QTableView>(panel, "resultsView")
                ->selectionModel()
                ->select(child<QTableView>(panel, "resultsView")->model()->index(active, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QVERIFY(child<QPushButton>(panel, "endButton")->isEnabled());
            child<QPushButton>(panel, "endButton")->click();
            auto *ending = m_window->findChild<EndDialog *>();
            QVERIFY(ending);
            QCOMPARE(ending->targetCount(), 1);
            QSignalSpy ended(ending, &EndDialog::endingFinished);
            ending->startEnding();
            QVERIFY(ended.wait(10000));
            QCOMPARE(panel->results()->executionAt(active).status, ExecutionStatus::Ended);
            ending->close();
        }
        // Back to the flow's table: where it was.
        child<QTabWidget>(m_window, "leftTabs")->setCurrentIndex(0);
        QCOMPARE(child<ExecutionsView>(m_window, "executionsView")->currentSourceRow(), tableRow);
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid, tableSid);
    }

    void aCustomerSearchWithAFlowDownAndItsRetry()
    {
        QVERIFY(openWithFlows());
        sandbox::FaultOptions down;
        down.failingFlows.insert(data().flow(2).sid);
        m_sandbox->setFaults(down);
        SearchPanel *panel = child<SearchPanel>(m_window, "searchPanel");
        QSignalSpy finished(panel, &SearchPanel::searchFinished);
        m_window->findCustomer(data().execution(0, data().executionCount(0) - 1).contactAddress);
        QVERIFY(finished.wait(30000));
        QVERIFY2(child<QLabel>(panel, "statusLabel")->text().contains(u"not a complete search"_s),
            qPrintable(child<QLabel>(panel, "statusLabel")->text()));
        QCOMPARE(panel->retryButtons().size(), 1);
        QCOMPARE(panel->retryButtons().first()->objectName().toLatin1(), data().flow(2).sid);
        m_sandbox->setFaults({});
        const int before = panel->results()->rowCount();
        QTest::mouseClick(panel->retryButtons().first(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(child<QLabel>(panel, "statusLabel")->text().contains(u"every flow searched"_s),
            qPrintable(child<QLabel>(panel, "statusLabel")->text()));
        QVERIFY(panel->results()->rowCount() >= before);
        QTRY_COMPARE(panel->retryButtons().size(), 0);
    }

    void aTextSearchSaysWhatItCostsFirst()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        QVERIFY(openWithFlows());
        SearchPanel *panel = child<SearchPanel>(m_window, "searchPanel");
        m_window->findCustomer();
        child<DateRangeBar>(panel, "range")->setPreset(DateRangeBar::Preset::LastHour);
        child<QCheckBox>(panel, "textBox")->setChecked(true);
        child<QLineEdit>(panel, "textEdit")->setText(u"order"_s);
        QString asked;
        panel->setConfirmation([&asked](const QString &question) {
            asked = question;
            return false;
        });
        const qint64 before = m_sandbox->requestCount();
        QSignalSpy finished(panel, &SearchPanel::searchFinished);
        panel->search();
        // Counted, asked, declined: the search ends with nothing read. (Waits for the panel to
        // say so, however long counting takes on this machine.)
        QVERIFY(finished.wait(60000));
        QVERIFY2(child<QLabel>(panel, "statusLabel")->text().contains(u"Not searched"_s),
            qPrintable(u"status: %1; asked: %2"_s.arg(
                child<QLabel>(panel, "statusLabel")->text(), asked)));
        QVERIFY2(asked.contains(u"one request each"_s), qPrintable(asked));
        QVERIFY(m_sandbox->requestCount() - before <= 4 * 4); // the count's pages, no context
        panel->setConfirmation([](const QString &) { return true; });
        finished.clear();
        panel->search();
        QVERIFY(finished.wait(30000));
        QVERIFY(panel->results()->rowCount() > 0);
        QVERIFY(m_sandbox->requestCount() - before > 16); // contexts were read
    }

    void settingsPersistWithoutSecrets()
    {
        QVERIFY(browse(2, DateRangeBar::Preset::Last7Days) >= 0);
        table()->setColumnHidden(ExecutionsModel::ContactSidColumn, true);
        m_window->close();
        m_window.reset();

        open(false);
        QTRY_COMPARE_WITH_TIMEOUT(
            child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1(), data().flow(2).sid,
            10000);
        QCOMPARE(
            child<DateRangeBar>(m_window, "dateRange")->preset(), DateRangeBar::Preset::Last7Days);
        QVERIFY(table()->isColumnHidden(ExecutionsModel::ContactSidColumn));

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains(m_sandbox->authToken()));
        QVERIFY(!stored.contains(
            QByteArray(m_sandbox->accountSid() + ':' + m_sandbox->authToken()).toBase64()));
    }

    void keyboardAndAccessibility()
    {
        QVERIFY(openWithFlows());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(child<FlowPicker>(m_window, "flowPicker")->lineEdit()->hasFocus());
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_VERIFY(child<QLineEdit>(child<ExecutionsView>(m_window, "executionsView"), "filterBox")
                        ->hasFocus());
        QCOMPARE(child<QAction>(m_window, "refreshAction")->shortcut(),
            QKeySequence(QKeySequence::Refresh));
        const QList<QWidget *> controls = {
            static_cast<QWidget *>(child<FlowPicker>(m_window, "flowPicker")->lineEdit()),
            child<QComboBox>(child<DateRangeBar>(m_window, "dateRange"), "presets"),
            child<QDateTimeEdit>(child<DateRangeBar>(m_window, "dateRange"), "fromEdit"),
            child<QDateTimeEdit>(child<DateRangeBar>(m_window, "dateRange"), "toEdit"),
            child<QLineEdit>(child<ExecutionsView>(m_window, "executionsView"), "filterBox"),
            child<ExecutionsView>(m_window, "executionsView")->table(),
            child<QPushButton>(child<ExecutionsView>(m_window, "executionsView"), "retryButton"),
            child<QPushButton>(child<ExecutionsView>(m_window, "executionsView"), "loadAllButton"),
            child<QPushButton>(child<DetailPane>(m_window, "detailPane"), "endButton"),
            child<JsonTreeWidget>(child<DetailPane>(m_window, "detailPane"), "contextTree")->view(),
            child<QLineEdit>(
                child<JsonTreeWidget>(child<DetailPane>(m_window, "detailPane"), "contextTree"),
                "searchBox"),
            child<QTableView>(child<DetailPane>(m_window, "detailPane"), "stepsView"),
        };
        for (QWidget *w : controls) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->accessibleName()));
        }
    }

    // A fresh home has no Documents folder: the export is proposed where it can be written.
    void theExportFolderExists()
    {
        QTemporaryDir home;
        const QString documents = home.filePath(u"Documents"_s);
        QVERIFY(!QFileInfo::exists(documents));
        QCOMPARE(ExportDialog::defaultFolder({}, documents, home.path()), documents);
        QVERIFY(QFileInfo(documents).isDir()); // made
        const QString gone = home.filePath(u"was-here"_s);
        QCOMPARE(ExportDialog::defaultFolder(gone, documents, home.path()), documents);
        QCOMPARE(ExportDialog::defaultFolder(home.path(), documents, u"/"_s), home.path());
        // Documents cannot be made (a file is in the way): home.
        QFile blocker(home.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QCOMPARE(ExportDialog::defaultFolder({}, home.filePath(u"file/Documents"_s), home.path()),
            home.path());

        // The dialog proposes a path in an existing folder, and exporting there works.
        QVERIFY(browse(0, DateRangeBar::Preset::Last30Days) >= 0);
        QSettings().remove(u"export/folder"_s);
        ExportDialog *dialog = m_window->exportRows();
        QVERIFY(dialog);
        QVERIFY2(QFileInfo(QFileInfo(child<QLineEdit>(dialog, "pathEdit")->text()).absolutePath())
                     .isDir(),
            qPrintable(child<QLineEdit>(dialog, "pathEdit")->text()));
        QVERIFY(child<QCheckBox>(dialog, "excelCompatible")->text().contains(u"byte order mark"_s));
        QVERIFY(!child<QCheckBox>(dialog, "excelCompatible")
                     ->text()
                     .contains(u"CRLF"_s)); // it does not toggle them
        dialog->close();
    }

    void exportingASelection()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last30Days) >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        table()->selectionModel()->select(
            QItemSelection(view->proxy()->index(3, 0), view->proxy()->index(5, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"selection.csv"_s);

        ExportDialog *dialog = m_window->exportRows();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "pathEdit")->setText(path);
        child<QLineEdit>(dialog, "contextPaths")->setText(u"flow.variables.lang"_s);
        // The outcome's columns are unticked by default; ticked, the export writes what is known
        // (the rows are on screen: their outcomes are read).
        for (int k = 0; k < child<QListWidget>(dialog, "columnList")->count(); ++k) {
            QListWidgetItem *item = child<QListWidget>(dialog, "columnList")->item(k);
            QCOMPARE(item->checkState() == Qt::Checked,
                !RowRenderer::outcomeColumns().contains(item->data(Qt::UserRole).toString())
                    && item->data(Qt::UserRole).toString() != u"flow_sid"_s);
            if (RowRenderer::outcomeColumns().contains(item->data(Qt::UserRole).toString()))
                item->setCheckState(Qt::Checked);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<int> rows = view->selectedSourceRows();
                return std::all_of(rows.cbegin(), rows.cend(),
                    [this](int row) { return model()->outcomeAt(row) != nullptr; });
            },
            15000));
        QVERIFY(child<QCheckBox>(dialog, "excelCompatible")
                    ->isChecked()); // on by default in the window
        QVERIFY(child<QCheckBox>(dialog, "formulaGuard")->isChecked());
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(3));
        QVERIFY(dialog->result()->text().contains(u"Exported 3 executions"_s));
        QVERIFY(child<QPushButton>(dialog, "openFolderButton")->isVisible());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = readCsv(bytes.mid(3));
        QCOMPARE(rows.size(), 4);
        // Visible columns in view order by default, under their API names, then the path.
        // (The outcome's columns, ticked as the table shows them, come last, with failed.)
        QCOMPARE(rows[0],
            (QStringList { u"status"_s, u"sid"_s, u"contact_channel_address"_s, u"date_created"_s,
                u"date_updated"_s, u"duration_seconds"_s, u"contact_sid"_s,
                u"flow.variables.lang"_s, u"ended_at"_s, u"last_event"_s, u"step_count"_s,
                u"failed"_s }));
        const int f
            = data().flowIndex(child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1());
        for (int k = 1; k <= 3; ++k) {
            const Execution e = model()->executionAt(
                view->proxy()->mapToSource(view->proxy()->index(k + 2, 0)).row());
            QCOMPARE(rows[k][1], e.sid);
            const sandboxtruth::OutcomeTruth truth
                = sandboxtruth::outcomeOf(data(), f, data().executionIndex(f, e.sid.toLatin1()));
            QCOMPARE(rows[k].mid(8),
                (QStringList { truth.endedAt, truth.lastEvent, QString::number(truth.steps),
                    truth.failed ? u"true"_s : u"false"_s }));
            QCOMPARE(rows[k][3], e.createdText); // UTC, as the API gave it
            const qint64 i = data().executionIndex(f, e.sid.toLatin1());
            QCOMPARE(rows[k][7],
                data()
                    .context(f, i)
                    .value(u"flow"_s)
                    .toObject()
                    .value(u"variables"_s)
                    .toObject()
                    .value(u"lang"_s)
                    .toString());
        }
        dialog->close();
    }

    void exportingAWorkbook()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last30Days) >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        table()->selectionModel()->select(
            QItemSelection(view->proxy()->index(0, 0), view->proxy()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTemporaryDir dir;
        ExportDialog *dialog = m_window->exportRows();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "pathEdit")->setText(dir.filePath(u"tickets.csv"_s));
        // The format follows a typed extension, and the extension follows the format.
        QCOMPARE(dialog->chosenFormat(), ExportFormat::Csv);
        child<QComboBox>(dialog, "formatChoice")
            ->setCurrentIndex(child<QComboBox>(dialog, "formatChoice")->findData(u"xlsx"_s));
        QCOMPARE(child<QLineEdit>(dialog, "pathEdit")->text(), dir.filePath(u"tickets.xlsx"_s));
        QVERIFY(!child<QCheckBox>(dialog, "excelCompatible")->isVisible()); // about CSV only
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(2));

        if (!spreadsheet::libreOffice().isEmpty()) {
            QString error;
            const auto sheets
                = spreadsheet::readWithLibreOffice(dir.filePath(u"tickets.xlsx"_s), &error);
            QVERIFY2(sheets, qPrintable(error));
            const auto &rows = sheets->first().rows;
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows[0][1].value, u"sid"_s);
            for (int k = 1; k <= 2; ++k) {
                const Execution e = model()->executionAt(
                    view->proxy()->mapToSource(view->proxy()->index(k - 1, 0)).row());
                QCOMPARE(rows[k][1], (spreadsheet::Cell { u"string"_s, e.sid }));
                QCOMPARE(rows[k][3].type, u"date"_s); // a time, not text
                QCOMPARE(rows[k][3].value, e.createdText.chopped(1));
            }
        } else if (qEnvironmentVariable("CI") == u"true"_s) {
            QFAIL("LibreOffice is installed by packaging/install-deps.sh");
        }
        // The choice is remembered.
        dialog->close();
        ExportDialog *again = m_window->exportRows();
        QCOMPARE(again->chosenFormat(), ExportFormat::Xlsx);
        QVERIFY(child<QLineEdit>(again, "pathEdit")->text().endsWith(u".xlsx"_s));
        again->close();
    }

    void exportingTheWholeRange()
    {
        QVERIFY(browse(3, DateRangeBar::Preset::Last7Days) >= 0);
        QVERIFY(model()->hasMore()); // only the first page is loaded
        QTemporaryDir dir;
        const QString path = dir.filePath(u"range.csv"_s);
        ExportDialog *dialog = m_window->exportRows();
        dialog->setScope(ExportDialog::Scope::Query);
        child<QLineEdit>(dialog, "pathEdit")->setText(path);
        child<QCheckBox>(dialog, "excelCompatible")->setChecked(false);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const int f
            = data().flowIndex(child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1());
        const ExecutionQuery q = model()->query();
        QVERIFY(!q.to.isValid()); // "Last 7 days" runs up to now
        const qint64 expected
            = data().executionCount(f) - data().lowerBound(f, q.from.toSecsSinceEpoch());
        QCOMPARE(finished.first().at(1).toLongLong(), expected);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(rows.size() - 1, expected);
        QCOMPARE(rows[1][1].toLatin1(), data().execution(f, data().executionCount(f) - 1).sid);
        // The setting sticks: next time the box starts unticked.
        dialog->close();
        ExportDialog *again = m_window->exportRows();
        QVERIFY(!child<QCheckBox>(again, "excelCompatible")->isChecked());
        again->close();
    }

    void profilesSwitchAccountsCleanly()
    {
        sandbox::SandboxOptions other;
        other.data.seed = 99;
        other.data.flows = 2;
        other.data.executionsPerFlow = 500;
        sandbox::SandboxServer second(other);
        QVERIFY(second.start());
        MemorySecretStore keychain;
        StudioClient client;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        saveProfile(m_sandbox.server(), u"alpha"_s, &keychain);
        saveProfile(second, u"beta"_s, &keychain);

        MainWindow window(&client, &accounts);
        window.show();
        window.signInAtStart(u"alpha"_s);
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 4, 10000);
        QVERIFY(child<QLabel>(&window, "connectionLabel")->text().contains(u"profile 'alpha'"_s));
        child<FlowPicker>(&window, "flowPicker")->choose(QString::fromLatin1(data().flow(0).sid));
        QTRY_VERIFY(child<ExecutionsModel>(&window, "executionsModel")->rowCount() > 0);

        // The Profiles menu lists both, alpha checked; picking beta switches.
        QAction *beta = nullptr;
        for (QAction *action : child<QMenu>(&window, "profilesMenu")->actions()) {
            if (action->text() == u"alpha"_s)
                QVERIFY(action->isChecked());
            if (action->text() == u"beta"_s)
                beta = action;
        }
        QVERIFY(beta);
        beta->trigger();
        // At once: nothing of alpha is left on screen.
        QCOMPARE(child<ExecutionsModel>(&window, "executionsModel")->rowCount(), 0);
        QVERIFY(child<FlowPicker>(&window, "flowPicker")->currentSid().isEmpty());
        QVERIFY(child<QLabel>(&window, "connectionLabel")->text().contains(u"profile 'beta'"_s));
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 2, 10000);
        QCOMPARE(child<FlowsModel>(&window, "flowsModel")->flowAt(0).sid.left(2), u"FW"_s);
        QVERIFY(child<FlowsModel>(&window, "flowsModel")
                    ->rowOfSid(QString::fromLatin1(data().flow(0).sid))
            < 0);
        QCOMPARE(client.settings().credentials.secret.toLatin1(), second.authToken());
    }

    // Edit and Remove work on any profile in the menu, not only the one in use; renaming one
    // leaves one profile and its secret under the new name.
    void editAndRemoveAnyProfile()
    {
        sandbox::SandboxOptions other;
        other.data.seed = 5;
        other.data.flows = 2;
        sandbox::SandboxServer second(other);
        QVERIFY(second.start());
        MemorySecretStore keychain;
        StudioClient client;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        saveProfile(m_sandbox.server(), u"alpha"_s, &keychain);
        saveProfile(second, u"beta"_s, &keychain);
        MainWindow window(&client, &accounts);
        window.show();
        window.signInAtStart(u"alpha"_s);
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 4, 10000);

        const auto submenu = [&window](const QString &title) -> QMenu * {
            for (QAction *action : child<QMenu>(&window, "profilesMenu")->actions()) {
                if (action->menu() && action->text().remove(u'&') == title)
                    return action->menu();
            }
            return nullptr;
        };
        const auto entry = [](QMenu *menu, const QString &name) -> QAction * {
            for (QAction *action : menu ? menu->actions() : QList<QAction *>()) {
                if (action->text() == name)
                    return action;
            }
            return nullptr;
        };
        QVERIFY(entry(submenu(u"Edit profile"_s), u"alpha"_s));
        QAction *editBeta = entry(submenu(u"Edit profile"_s), u"beta"_s); // not the one in use
        QVERIFY(editBeta);
        QTimer::singleShot(0, this, [this] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(child<QLineEdit>(dialog, "profileName")->text(), u"beta"_s);
            child<QLineEdit>(dialog, "profileName")
                ->setText(u"gamma"_s); // a rename, the secret kept
            dialog->accept();
        });
        editBeta->trigger();
        QStringList names;
        for (const Profile &p : ProfileStore().profiles())
            names << p.name;
        names.sort();
        QCOMPARE(names, (QStringList { u"alpha"_s, u"gamma"_s }));
        QCOMPARE(keychain.count(), 2);
        QVERIFY(child<QLabel>(&window, "connectionLabel")
                    ->text()
                    .contains(u"profile 'alpha'"_s)); // still alpha
        QVERIFY(!entry(submenu(u"Edit profile"_s), u"beta"_s));

        // gamma signs in with beta's secret, moved to its name.
        QAction *gamma = nullptr;
        for (QAction *action : child<QMenu>(&window, "profilesMenu")->actions()) {
            if (action->text() == u"gamma"_s)
                gamma = action;
        }
        QVERIFY(gamma);
        gamma->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 2, 10000);
        QCOMPARE(client.settings().credentials.secret.toLatin1(), second.authToken());

        // Remove alpha, which is not in use now.
        QAction *removeAlpha = entry(submenu(u"Remove profile"_s), u"alpha"_s);
        QVERIFY(removeAlpha);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        removeAlpha->trigger();
        QCOMPARE(ProfileStore().profiles().size(), 1);
        QCOMPARE(ProfileStore().profiles().first().name, u"gamma"_s);
        QCOMPARE(keychain.count(), 1);
        QVERIFY(child<QLabel>(&window, "connectionLabel")->text().contains(u"profile 'gamma'"_s));
    }

    void aProfileWithoutItsSecretAsksForIt()
    {
        MemorySecretStore keychain; // empty: the secret is not there
        StudioClient client;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        Profile alpha;
        alpha.name = u"alpha"_s;
        alpha.accountSid = QString::fromLatin1(m_sandbox->accountSid());
        alpha.baseUrl = m_sandbox->url().toString();
        ProfileStore().save(alpha);
        MainWindow window(&client, &accounts);
        window.show();
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = true;
            QCOMPARE(child<QLineEdit>(dialog, "profileName")->text(), u"alpha"_s);
            QCOMPARE(dialog->accountSid()->text(), alpha.accountSid);
            dialog->authToken()->setText(QString::fromLatin1(m_sandbox->authToken()));
            QVERIFY(child<QPushButton>(dialog, "signInButton")->isEnabled());
            dialog->accept();
        });
        window.signInAtStart(u"alpha"_s);
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 4, 10000);
        QCOMPARE(keychain.count(), 1); // remembered now
        QVERIFY(child<QLabel>(&window, "messageBar")->isHidden());
    }

    void signInDialog()
    {
        SignInDialog dialog;
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());
        dialog.accountSid()->setText(u"AC123"_s);
        dialog.authToken()->setText(u"x"_s);
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());
        // It says why, in words about the field, and sends nothing.
        const QString problem = child<QLabel>(&dialog, "problemLabel")->text();
        QVERIFY2(problem.contains(u"AC123"_s) || problem.contains(u"Account SID"_s),
            qPrintable(problem));
        QVERIFY2(problem.contains(u"32"_s), qPrintable(problem)); // what a SID looks like
        QVERIFY(dialog.result()->text().isEmpty());
        dialog.accountSid()->setText(QString::fromLatin1(m_sandbox->accountSid()));
        dialog.authToken()->setText(u"wrong-token"_s);
        child<QLineEdit>(&dialog, "baseUrl")->setText(m_sandbox->url().toString());
        QVERIFY(child<QPushButton>(&dialog, "signInButton")->isEnabled());
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result()->text().startsWith(u"✗"_s), 10000);
        QVERIFY(dialog.result()->text().contains(u"401"_s));
        QVERIFY(!dialog.result()->text().contains(u"wrong-token"_s));

        child<QRadioButton>(&dialog, "useApiKey")->setChecked(true);
        dialog.apiKeySid()->setText(QString::fromLatin1(m_sandbox->apiKeySid()));
        dialog.apiSecret()->setText(QString::fromLatin1(m_sandbox->apiSecret()));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result()->text().startsWith(u"✓"_s), 10000);
        const auto settings = dialog.settings();
        QVERIFY(settings.has_value());
        QVERIFY(settings->credentials.isApiKey());
        QCOMPARE(settings->origin.url(), m_sandbox->url());

        child<QLineEdit>(&dialog, "baseUrl")->setText(u"http://example.com"_s);
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")
                     ->isEnabled()); // plain http only on loopback
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
