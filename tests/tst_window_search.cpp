// The window, offscreen, against the in-process sandbox. Find customer in the window: across flows,
// a flow down and its Retry, a text search that says what it costs.

#include "support/windowtest.h"

class TestWindowSearch : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_search"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

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
        // Which range applies is plain: the tool bar's flow and range are the table's, greyed
        // out here and saying so; the search's own is on its tab.
        QVERIFY(!child<DateRangeBar>(m_window, "dateRange")->isEnabled());
        QVERIFY(!child<FlowPicker>(m_window, "flowPicker")->isEnabled());
        QVERIFY(child<DateRangeBar>(m_window, "dateRange")->toolTip().contains(u"Find customer"_s));
        QVERIFY(child<QAction>(m_window, "refreshAction")->isEnabled() == false);
        QVERIFY(child<QLineEdit>(m_window, "customerField")->isEnabled());
        QVERIFY(child<DateRangeBar>(child<SearchPanel>(m_window, "searchPanel"), "range")
                    ->toolTip()
                    .contains(u"own range"_s));
        child<QLineEdit>(m_window, "customerField")->setText(number);
        QMetaObject::invokeMethod(child<QLineEdit>(m_window, "customerField"), "returnPressed");
        QVERIFY(finished.wait(30000));
        SearchPanel *panel = child<SearchPanel>(m_window, "searchPanel");
        QVERIFY2(child<QLabel>(panel, "statusLabel")->text().contains(u"every flow searched"_s),
            qPrintable(child<QLabel>(panel, "statusLabel")->text()));
        // The truth: newest first across flows (a search's range is the moment it started); of
        // one second, by the flow's place in the flow list, then as the API lists them (newest
        // first) — however the flows' answers interleaved.
        QHash<QString, int> place;
        const FlowsModel *flows = child<FlowsModel>(m_window, "flowsModel");
        for (int r = 0; r < flows->rowCount(); ++r)
            place.insert(flows->flowAt(r).sid, r);
        struct Truth
        {
            qint64 created;
            int place;
            qint64 index;
            QString sid;
        };
        QList<Truth> truth;
        for (int g = 0; g < data().flowCount(); ++g) {
            for (qint64 i = data().lowerBound(g, since + 5); i < data().executionCount(g); ++i) {
                const sandbox::ExecutionRecord e = data().execution(g, i);
                if (sandboxtruth::numberOf(e.contactAddress) == number) {
                    truth.append(
                        { e.dateCreated, place.value(QString::fromLatin1(data().flow(g).sid)), i,
                            QString::fromLatin1(e.sid) });
                }
            }
        }
        std::sort(truth.begin(), truth.end(), [](const Truth &a, const Truth &b) {
            return std::tuple(-a.created, a.place, -a.index)
                < std::tuple(-b.created, b.place, -b.index);
        });
        QStringList shown;
        for (const Execution &e : panel->results()->executions())
            shown << e.sid;
        QStringList expected;
        for (const Truth &t : truth)
            expected << t.sid;
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
        QVERIFY(child<DateRangeBar>(m_window, "dateRange")->isEnabled());
        QVERIFY(child<FlowPicker>(m_window, "flowPicker")->isEnabled());
        QVERIFY(child<QAction>(m_window, "refreshAction")->isEnabled());
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
};

QTEST_MAIN(TestWindowSearch)
#include "tst_window_search.moc"
