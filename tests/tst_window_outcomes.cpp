// The window, offscreen, against the in-process sandbox. Why a flow is failing: outcomes of the
// rows on screen, Analyse and Failed only, where the analysed executions went, the activity chart.

#include "support/windowtest.h"

#include <QStandardItemModel>
#include <QToolButton>

#include "diagram/revisioncomparer.h"

#include <numeric>

class TestWindowOutcomes : public WindowTest
{
    Q_OBJECT

private:
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

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_outcomes"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

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
        // Zoomed out past the labels, the edges' counts stay, at screen size, where they have
        // room: far out some wait (they would cover another count), just short of the labels
        // all are there; zoomed in, the labels carry them.
        int countedEdges = 0;
        for (const FlowTraffic::Edge &e : traffic.edges())
            countedEdges += e.toBox >= 0 ? 1 : 0;
        const double opened = child<FlowCanvas>(pane, "canvas")->zoom();
        child<FlowCanvas>(pane, "canvas")->zoomBy(0.15 / opened);
        const int far = child<FlowCanvas>(pane, "canvas")->visibleEdgeCounts();
        QVERIFY2(far > 0 && far <= countedEdges, qPrintable(QString::number(far)));
        child<FlowCanvas>(pane, "canvas")->zoomBy(0.45 / child<FlowCanvas>(pane, "canvas")->zoom());
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
    // View ▸ Alerts…: the flow's Debugger alerts over the range, counted by error code as the
    // sandbox's own records count them; choosing a row lists its executions in the table.
    void alertsOfTheFlow()
    {
        const int f = browse(0, DateRangeBar::Preset::Last24Hours);
        QVERIFY(f >= 0);
        // Six hours: alerts enough, and few executions to read for them (under a sanitizer too).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        child<DateRangeBar>(m_window, "dateRange")->setCustomRange(now.addSecs(-6 * 3600), now);
        QVERIFY(waitSettled());
        m_window->showAlerts();
        AlertsDialog *dialog = child<AlertsDialog>(m_window, "alertsDialog");
        QSignalSpy counted(dialog, &AlertsDialog::counted);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(counted.wait(60000));
        qInfo("counted in %lld ms", clock.elapsed());
        const ExecutionQuery &query = model()->query();
        // In milliseconds, as the range is: an alert of the range's first second but before its
        // first millisecond (a range starting at 15:55:07.345) is not in it; truncated to
        // seconds, such an alert was counted here and not by the window.
        const qint64 fromMs = query.from.toMSecsSinceEpoch();
        const qint64 toMs = std::min(
            query.to.isValid() ? query.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(),
            QDateTime::currentMSecsSinceEpoch());
        const qint64 from = fromMs / 1000;
        const qint64 to = toMs / 1000;
        QHash<int, qint64> perCode;
        QHash<int, QSet<QString>> executionsOf;
        // An alert comes within its execution's hour: the executions of the range and before.
        for (qint64 i = data().lowerBound(f, from - 2 * 3600); i < data().lowerBound(f, to + 1);
             ++i) {
            for (const sandbox::AlertRecord &a : data().alertsOf(f, i)) {
                if (a.dateGenerated * 1000 >= fromMs && a.dateGenerated * 1000 < toMs) {
                    ++perCode[a.errorCode];
                    executionsOf[a.errorCode].insert(
                        QString::fromLatin1(data().execution(f, i).sid));
                }
            }
        }
        QVERIFY2(!perCode.isEmpty(), "the day holds alerts of the flow");
        QStandardItemModel *byCode = dialog->byCode();
        QCOMPARE(byCode->rowCount(), perCode.size());
        for (int r = 0; r < byCode->rowCount(); ++r) {
            const int code = byCode->item(r, 0)->text().toInt();
            QCOMPARE(byCode->item(r, 2)->data(Qt::UserRole).toLongLong(), perCode.value(code));
            QCOMPARE(byCode->item(r, 3)->data(Qt::UserRole).toLongLong(),
                qint64(executionsOf.value(code).size()));
            QVERIFY(!byCode->item(r, 1)->text().isEmpty()); // its meaning in words
        }
        QVERIFY(dialog->byWidget()->rowCount() > 0);

        // Choosing the first row lists its executions, those of them that are loaded.
        const QList<QTableView *> tables = dialog->findChildren<QTableView *>();
        QTableView *codes = *std::find_if(tables.cbegin(), tables.cend(),
            [byCode](const QTableView *t) { return t->model() == byCode; });
        const int code = byCode->item(0, 0)->text().toInt();
        Q_EMIT codes->activated(byCode->index(0, 0));
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        QVERIFY(child<QLabel>(view, "onlyNote")->isVisible());
        QVERIFY(view->proxy()->rowCount() > 0);
        for (int r = 0; r < view->proxy()->rowCount(); ++r) {
            const int source = view->proxy()->mapToSource(view->proxy()->index(r, 0)).row();
            QVERIFY(executionsOf.value(code).contains(model()->executionAt(source).sid));
        }
    }

    // By revision: the loaded rows stacked by the revision each ran on (flow 0 was republished in
    // the range: two sets, newest first), a marker at the publish, and its hover text with what
    // the publish changed and the executions of the same length of time before and after it.
    void activityChartByRevision()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        const int f = browse(0, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        model()->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(model()->state(), ExecutionsModel::State::Complete, 20000);
        ActivityChart *chart = child<ActivityChart>(m_window, "activityChart");
        QVERIFY(child<QToolButton>(chart, "byRevisionButton")->isVisible());
        // The Diagram tab has listed the revisions and compared the last two already: the chart
        // reads them from the same store, asking Twilio for nothing.
        const sandbox::FlowRecord &republished = data().flow(f);
        RevisionCompare *diagram
            = child<DetailPane>(m_window, "detailPane")->revisionComparer()->source();
        QSignalSpy listed(diagram, &RevisionCompare::revisionsListed);
        diagram->listRevisions(QString::fromLatin1(republished.sid));
        QVERIFY(listed.wait(10000));
        QSignalSpy compared(diagram, &RevisionCompare::compared);
        diagram->compare(
            QString::fromLatin1(republished.sid), republished.version - 1, republished.version);
        QVERIFY(compared.wait(10000));
        const qint64 requests = m_sandbox->requestCount();
        QSignalSpy markers(chart, &ActivityChart::markersChanged);
        child<QToolButton>(chart, "byRevisionButton")->click();
        QVERIFY(chart->byRevision());
        const sandbox::FlowRecord &flow = data().flow(f);
        QCOMPARE(chart->revisionSetLabels(),
            (QStringList {
                u"Revision %1"_s.arg(flow.version), u"Revision %1"_s.arg(flow.version - 1) }));
        // Each set counts the loaded rows of its revision, bucket by bucket.
        QHash<int, qint64> perRevision;
        for (int row = 0; row < model()->rowCount(); ++row)
            perRevision[data().flowVersion(
                f, data().executionIndex(f, model()->executionAt(row).sid.toLatin1()))]
                += 1;
        for (auto it = perRevision.cbegin(); it != perRevision.cend(); ++it) {
            const std::vector<qint64> counts = chart->activity().byRevision.value(it.key());
            QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), qint64(0)), it.value());
        }
        // One marker, at the republication; then what it changed.
        QTRY_COMPARE_WITH_TIMEOUT(chart->markerRevisions(), QList<int> { flow.version }, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !chart->markerText(flow.version).contains(u"Reading what it changed"_s), 10000);
        const QString text = chart->markerText(flow.version);
        QVERIFY2(
            text.contains(
                u"Revision %1 → %2: 2 added, 1 removed"_s.arg(flow.version - 1).arg(flow.version)),
            qPrintable(text));
        QVERIFY2(text.contains(u"added notify_team"_s), qPrintable(text));
        QCOMPARE(m_sandbox->requestCount(), requests);
        // Before and after: the same length of time on each side of the publish.
        const qint64 at = flow.republishedAt * 1000;
        const qint64 from = model()->query().from.toMSecsSinceEpoch();
        const qint64 span = std::min(at - from, QDateTime::currentMSecsSinceEpoch() - at);
        QVERIFY(span > 86400'000);
        qint64 before = 0;
        qint64 after = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const qint64 t = model()->executionAt(row).created.toMSecsSinceEpoch();
            before += t >= at - span && t < at ? 1 : 0;
            after += t >= at && t < at + span ? 1 : 0;
        }
        QVERIFY2(text.contains(u"before: %1 execution"_s.arg(before)), qPrintable(text));
        QVERIFY2(text.contains(u"after: %1 execution"_s.arg(after)), qPrintable(text));
        // Off again: by status.
        chart->setByRevision(false);
        QVERIFY(!child<QToolButton>(chart, "byRevisionButton")->isChecked());
    }

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

        // A page more: its rows are added to what was counted — the same as counting them all.
        QVERIFY(model()->hasMore());
        const int before = model()->rowCount();
        QMetaObject::invokeMethod(model(), "fetchMore", Q_ARG(QModelIndex, QModelIndex()));
        QTRY_VERIFY_WITH_TIMEOUT(
            model()->rowCount() > before && model()->state() != ExecutionsModel::State::Loading,
            30000);
        chart->recount();
        const ExecutionQuery &q = model()->query();
        QVERIFY(q.from.isValid() && !q.to.isValid()); // a range that ends now: counted to now
        const Activity whole = countActivity(*model(), q.from.toMSecsSinceEpoch(),
            QDateTime::currentMSecsSinceEpoch(), QTimeZone::systemTimeZone());
        QCOMPARE(chart->activity().counted, qint64(model()->rowCount()));
        QCOMPARE(chart->activity().analysed, whole.analysed);
        QCOMPARE(chart->activity().counts.size(), whole.counts.size());
        for (size_t k = 0; k < whole.counts.size(); ++k) {
            QCOMPARE(chart->activity().counts[k].total(), whole.counts[k].total());
            QCOMPARE(chart->activity().counts[k].failed, whole.counts[k].failed);
        }

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
};

QTEST_MAIN(TestWindowOutcomes)
#include "tst_window_outcomes.moc"
