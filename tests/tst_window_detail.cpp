// The window, offscreen, against the in-process sandbox. One execution: opened by SID or link,
// loaded or not; its context, steps and raw JSON; quick selections never show a stale one.

#include "support/windowtest.h"

#include <QUrlQuery>

class TestWindowDetail : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_detail"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

    // Ctrl+G with an FN… SID from a ticket: a loaded row is selected, nothing is fetched.
    void openingALoadedExecutionSelectsItsRow()
    {
        readNoOutcomesOnScreen(); // this test counts the requests it causes
        const int f = browse(1, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        const qint64 i = data().executionCount(f) - 40;
        const int row = rowOfExecution(i, f);
        QVERIFY(row >= 0);
        QStringList asked;
        const auto recording = connect(&m_sandbox.server(), &sandbox::SandboxServer::requestHandled,
            this, [&asked](const QByteArray &, const QByteArray &target, int) {
                asked << QString::fromLatin1(target);
            });
        QSignalSpy shown(child<DetailPane>(m_window, "detailPane"), &DetailPane::contextShown);
        // As pasted: surrounding words and upper-case hex are fine.
        m_window->openExecution(u"customer says the bot hung up, see "_s
            + QString::fromLatin1(data().execution(f, i).sid).toUpper().replace(0, 2, u"FN"_s)
            + u" thanks"_s);
        QCOMPARE(child<ExecutionsView>(m_window, "executionsView")->currentSourceRow(), row);
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid.toLatin1(),
            data().execution(f, i).sid);
        QVERIFY(shown.wait(10000));
        disconnect(recording);
        // What the selected row shows (its context, steps, what Twilio said about it), nothing to
        // find the row itself: no list of executions.
        const QString execution = QString::fromLatin1(data().execution(f, i).sid);
        for (const QString &target : std::as_const(asked)) {
            const QString path = target.section(u'?', 0, 0);
            QVERIFY2(!path.endsWith(u"/Executions"_s), qPrintable(target));
            QVERIFY2(path.contains(execution) || path.startsWith(u"/2010-04-01/"_s)
                    || path.startsWith(u"/v1/Alerts"_s),
                qPrintable(target));
        }
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

    // What Twilio said, pinned to the step it belongs to: the step's mark, the panel with the
    // alert's response body as a tree, the error code's badge on the box of the failed step, the
    // row's Error column.
    void whatTwilioSaidIsPinnedToItsStep()
    {
        const int f = browse(0, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        // The newest loaded execution whose HTTP request failed (an 81016 alert with a JSON body).
        int row = -1;
        sandbox::AlertRecord alert;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r) {
            const qint64 i = data().executionIndex(f, model()->executionAt(r).sid.toLatin1());
            for (const sandbox::AlertRecord &a : data().alertsOf(f, i)) {
                if (a.errorCode == 81016) {
                    row = r;
                    alert = a;
                }
            }
        }
        QVERIFY2(row >= 0, "a loaded execution with a failed HTTP request");
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        QSignalSpy related(pane, &DetailPane::relatedShown);
        selectSourceRow(row);
        QVERIFY(related.wait(15000));
        const qint64 i = data().executionIndex(f, model()->executionAt(row).sid.toLatin1());

        child<QTabWidget>(pane, "tabs")->setCurrentIndex(DetailPane::StepsTab);
        StepsModel *steps = child<StepsModel>(pane, "stepsModel");
        const QModelIndex note = steps->index(alert.step, StepsModel::NoteColumn);
        QVERIFY2(note.data().toString().contains(u"81016"_s), qPrintable(note.data().toString()));
        QVERIFY(note.data(StepsModel::NoteErrorRole).toBool());
        QVERIFY(note.data(Qt::ToolTipRole).toString().contains(u"81016"_s));
        QVERIFY(
            steps->index(0, StepsModel::NoteColumn).data().toString() != note.data().toString());

        // Selecting the step: the panel comes first, with the response body as a tree.
        child<QTableView>(pane, "stepsView")->setCurrentIndex(steps->index(alert.step, 0));
        QCOMPARE(
            child<QTabWidget>(pane, "stepTabs")->currentIndex(), int(DetailPane::TwilioSaidTab));
        RelatedPanel *panel = child<RelatedPanel>(pane, "relatedPanel");
        QCOMPARE(panel->shownStep(), alert.step);
        QVERIFY(panel->cardCount() >= 1);
        // The alert's text and URL read as words: its form's message and fields decoded, the
        // URL where it went and then each parameter decoded, nothing left escaped.
        const QString cards = panel->cardTexts().join(u'\n');
        QVERIFY2(cards.contains(u"Said: Outbound HTTP Request Failed"_s), qPrintable(cards));
        QVERIFY2(cards.contains(u"httpResponse: "_s), qPrintable(cards));
        const QUrl called(alert.requestUrl);
        QVERIFY2(cards.contains(called.adjusted(QUrl::RemoveQuery).toDisplayString()),
            qPrintable(cards));
        QVERIFY(QUrlQuery(called).hasQueryItem(u"q"_s));
        for (const auto &[name, value] : QUrlQuery(called).queryItems(QUrl::FullyDecoded))
            QVERIFY2(cards.contains(name + u" = "_s + value), qPrintable(cards));
        QVERIFY2(!cards.contains(u"&amp;"_s) && !cards.contains(u'%'), qPrintable(cards));
        QTRY_VERIFY(!panel->bodyTrees().isEmpty());
        JsonTreeModel *body = panel->bodyTrees().first()->model();
        QStringList keys;
        for (int r = 0; r < body->rowCount(); ++r)
            keys << body->index(r, 0).data().toString();
        const QJsonObject truthBody = QJsonDocument::fromJson(alert.responseBody.toUtf8()).object();
        QVERIFY(!truthBody.isEmpty());
        QStringList expected = truthBody.keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);

        // The diagram: the error code on the box of the step that failed, and on no other.
        QSignalSpy drawn(pane, &DetailPane::diagramShown);
        child<QTabWidget>(pane, "tabs")->setCurrentIndex(DetailPane::DiagramTab);
        QVERIFY(pane->path() || drawn.wait(15000));
        FlowCanvas *canvas = child<FlowCanvas>(pane, "canvas");
        const int box = pane->path()->boxOfStep(alert.step);
        QVERIFY(box >= 0);
        QVERIFY2(canvas->boxAlarm(box).contains(u"81016"_s), qPrintable(canvas->boxAlarm(box)));
        for (int b = 0; b < canvas->boxCount(); ++b) {
            if (b != box)
                QVERIFY(!canvas->boxAlarm(b).contains(u"81016"_s));
        }

        // The row's Error column: the execution's first error code.
        const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
        QTRY_COMPARE_WITH_TIMEOUT(model()->index(row, ExecutionsModel::ErrorColumn).data().toInt(),
            truth.errorCode, 15000);
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
};

QTEST_MAIN(TestWindowDetail)
#include "tst_window_detail.moc"
