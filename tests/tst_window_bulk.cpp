// The window, offscreen, against the in-process sandbox. Ending executions from the window: one,
// the selected rows, more than ten, the stuck ones.

#include "support/windowtest.h"

class TestWindowBulk : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_bulk"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

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
};

QTEST_MAIN(TestWindowBulk)
#include "tst_window_bulk.moc"
