// The window, offscreen, against the in-process sandbox. Browsing: the demo ready to browse, a flow
// and a range, pages as you scroll, what cannot be sent, a failing page, filter, sort and copy,
// Follow, the settings and the keyboard.

#include "support/windowtest.h"

class TestWindowBrowse : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_browse"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

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

    // The Revision column: each row the revision it ran on, as Studio v2 lists it — flow 0 was
    // republished inside the range, so two revisions show — right after the duration.
    void theRevisionColumnSaysWhichRevisionEachRanOn()
    {
        const int f = browse(0, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        model()->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(model()->state(), ExecutionsModel::State::Complete, 20000);
        QVERIFY(model()->rowCount() > 200);
        QSet<int> seen;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const qint64 i = data().executionCount(f) - 1 - r;
            const QModelIndex cell = model()->index(r, ExecutionsModel::RevisionColumn);
            QCOMPARE(cell.data().toInt(), data().flowVersion(f, i));
            seen.insert(cell.data().toInt());
        }
        QCOMPARE(seen.size(), 2);
        const QHeaderView *header = table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(ExecutionsModel::RevisionColumn));
        QCOMPARE(header->visualIndex(ExecutionsModel::RevisionColumn),
            header->visualIndex(ExecutionsModel::DurationColumn) + 1);
        QCOMPARE(model()->headerData(ExecutionsModel::RevisionColumn, Qt::Horizontal).toString(),
            u"Revision"_s);
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
        QCOMPARE(head.mid(0, 8),
            (QStringList { u"Status"_s, u"Execution SID"_s, u"Contact"_s, u"Ended at"_s,
                u"Last event"_s, u"Steps"_s, u"Error"_s, u"Started"_s }));
        QCOMPARE(lines[3].split(u'\t')[1], third.sid);
        QCOMPARE(lines[3].split(u'\t')[head.indexOf(u"Started"_s)], third.createdText);
        QVERIFY(!lines[0].contains(u"Flow SID"_s)); // hidden by default
    }

    // Follow (F9) in the window: refused for a range in the past (said, nothing sent), on for
    // one that reaches now, paused while minimised, off when the flow changes.
    void followInTheWindow()
    {
        // A range well in the past (Yesterday reaches now in the first five minutes of a day).
        QVERIFY(browse(0, DateRangeBar::Preset::Last7Days) >= 0);
        const QDateTime now = QDateTime::currentDateTime();
        child<DateRangeBar>(m_window, "dateRange")
            ->setCustomRange(now.addDays(-3), now.addDays(-2));
        QVERIFY(waitSettled());
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
};

QTEST_MAIN(TestWindowBrowse)
#include "tst_window_browse.moc"
