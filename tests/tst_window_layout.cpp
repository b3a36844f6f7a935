// The window, offscreen, at 1024 × 700 — a small laptop's screen: it never widens itself when an
// execution, an End button or a message appears, and no text is cut: a label either fits, wraps,
// or is elided with the whole text in its tooltip; a button or a field's placeholder fits.

#include "support/sandboxtruth.h"
#include "support/windowtest.h"

#include "common/theme.h"

#include <QAbstractButton>
#include <QChartView>
#include <QValueAxis>

#include <cmath>

class TestWindowLayout : public WindowTest
{
    Q_OBJECT

    // What is cut among the visible labels, buttons and fields, in words (empty: nothing).
    QStringList cutTexts() const
    {
        QStringList cut;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(m_window.get()) || label->wordWrap() || label->text().isEmpty()
                || label->textFormat() == Qt::RichText || label->text().contains(u'<'))
                continue;
            const bool elidedWithTip = label->property("elided").toBool()
                && label->toolTip().contains(label->property("fullText").toString());
            const int needs = label->fontMetrics().horizontalAdvance(label->text());
            // A sentence that cannot wrap widens the window as soon as it is long enough, with
            // other fonts if not with these: a line of more than 60 characters must wrap.
            if (!label->property("elided").isValid() && label->text().size() > 60)
                cut << u"label '%1' does not wrap"_s.arg(label->text());
            if (!elidedWithTip && label->contentsRect().width() < needs)
                cut << u"label '%1' (%2 of %3 px)"_s.arg(label->text())
                           .arg(label->contentsRect().width())
                           .arg(needs);
        }
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(m_window.get()) || button->text().isEmpty())
                continue;
            if (button->width() < button->sizeHint().width())
                cut << u"button '%1' (%2 of %3 px)"_s.arg(button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width());
        }
        for (QLineEdit *field : m_window->findChildren<QLineEdit *>()) {
            if (!field->isVisibleTo(m_window.get()) || field->placeholderText().isEmpty()
                || !field->text().isEmpty()) // the placeholder shows when it is empty
                continue;
            const int needs = field->fontMetrics().horizontalAdvance(field->placeholderText());
            if (field->width() - 12 < needs)
                cut << u"placeholder '%1' (%2 of %3 px)"_s.arg(field->placeholderText())
                           .arg(field->width() - 12)
                           .arg(needs);
        }
        return cut;
    }

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_layout"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

    void atASmallLaptopsSize()
    {
        const int f = browse(0, DateRangeBar::Preset::Last7Days);
        QVERIFY(f >= 0);
        m_window->resize(1024, 700);
        QTRY_COMPARE(m_window->width(), 1024);
        // The chart's line says what it counts: a long sentence.
        const auto *note = child<QLabel>(child<ActivityChart>(m_window, "activityChart"), "note");
        QTRY_VERIFY_WITH_TIMEOUT(note->text().size() > 60, 10000);
        QVERIFY2(cutTexts().isEmpty(), qPrintable(cutTexts().join(u"\n"_s)));
        // An active execution: its detail, its End button.
        int active = -1;
        for (int r = 0; r < model()->rowCount() && active < 0; ++r) {
            if (model()->executionAt(r).status == ExecutionStatus::Active)
                active = r;
        }
        QVERIFY(active >= 0);
        selectSourceRow(active);
        QSignalSpy shown(child<DetailPane>(m_window, "detailPane"), &DetailPane::contextShown);
        QVERIFY(shown.wait(10000));
        QVERIFY(child<QPushButton>(m_window, "endButton")->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(m_window->width(), 1024);
        QVERIFY2(cutTexts().isEmpty(), qPrintable(cutTexts().join(u"\n"_s)));
        // A message: the next page fails, its bar offers Retry.
        sandbox::FaultOptions faults;
        faults.failRate = 1.0;
        m_sandbox->setFaults(faults);
        QMetaObject::invokeMethod(model(), "fetchMore", Q_ARG(QModelIndex, QModelIndex()));
        QTRY_VERIFY_WITH_TIMEOUT(model()->state() == ExecutionsModel::State::Error, 30000);
        QCoreApplication::processEvents();
        QCOMPARE(m_window->width(), 1024);
        QVERIFY2(cutTexts().isEmpty(), qPrintable(cutTexts().join(u"\n"_s)));
    }

    // At the window's own first size, 1400 px wide, with no split of the user's: the execution
    // gets two fifths, its SID is whole, and the Steps tab shows each step's from → to whole,
    // beside its time, then its event and what Twilio said.
    void atItsDefaultSize()
    {
        const int f = browse(0, DateRangeBar::Preset::Last7Days);
        QVERIFY(f >= 0);
        QCOMPARE(m_window->width(), 1400);
        auto *pane = child<DetailPane>(m_window, "detailPane");
        QVERIFY2(pane->width() >= 1400 * 2 / 5 - 40, qPrintable(QString::number(pane->width())));
        QSignalSpy shown(pane, &DetailPane::contextShown);
        selectSourceRow(0);
        QVERIFY(shown.wait(10000));
        QVERIFY2(cutTexts().isEmpty(), qPrintable(cutTexts().join(u"\n"_s)));
        for (QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Execution SID"_s)
                QVERIFY2(!label->property("elided").toBool(), qPrintable(label->text()));
        }
        auto *steps = child<StepsModel>(pane, "stepsModel");
        QTRY_COMPARE(steps->state(), StepsModel::State::Ready);
        QVERIFY(steps->rowCount() > 1);
        auto *view = child<QTableView>(pane, "stepsView");
        child<QTabWidget>(pane, "tabs")->setCurrentIndex(1); // Steps
        QTRY_VERIFY(view->isVisible());
        const QHeaderView *header = view->horizontalHeader();
        QCOMPARE(header->visualIndex(StepsModel::TransitionColumn), 1); // after the time
        // From → to, the event and what Twilio said, all within the pane.
        for (const int column :
            { StepsModel::TransitionColumn, StepsModel::EventColumn, StepsModel::NoteColumn }) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= view->viewport()->width(),
                qPrintable(u"column %1 ends at %2 of %3 px"_s.arg(column).arg(right).arg(
                    view->viewport()->width())));
        }
        for (int r = 0; r < steps->rowCount(); ++r) {
            const QString text = steps->index(r, StepsModel::TransitionColumn).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) + 8
                    <= header->sectionSize(StepsModel::TransitionColumn),
                qPrintable(text));
        }
    }

    // A failed row says why in the table: the Error column holds the code, or for a failure
    // Twilio gave no code for, what failed — not only a tooltip.
    // A dark theme: the diagram and the chart take their colours from the palette — dark boxes
    // on a dark background with light names, the chart's background and labels — and go back.
    void darkThemeColoursComeFromThePalette()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last7Days) >= 0);
        selectSourceRow(0);
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        QSignalSpy drawn(pane, &DetailPane::diagramShown);
        child<QTabWidget>(pane, "tabs")->setCurrentIndex(DetailPane::DiagramTab);
        QVERIFY(pane->path() || drawn.wait(15000));
        FlowCanvas *canvas = child<FlowCanvas>(pane, "canvas");
        ActivityChart *chart = child<ActivityChart>(m_window, "activityChart");
        const QPalette light = m_window->palette();
        // Lightness of the picture: the share of dark and of light pixels.
        const auto shares = [canvas] {
            const QImage image = canvas->renderImage();
            qint64 dark = 0;
            qint64 bright = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2) {
                    const int l = QColor(image.pixel(x, y)).lightness();
                    dark += l < 80 ? 1 : 0;
                    bright += l > 180 ? 1 : 0;
                }
            }
            const double all = double(image.width() / 2) * double(image.height() / 2);
            return std::pair(double(dark) / all, double(bright) / all);
        };
        QVERIFY(shares().second > 0.6); // light: mostly light
        // Inside a box, right of its name, between its two lines: the box's own colour.
        const auto insideBox = [canvas] {
            const QRectF box = canvas->boxRect(0);
            const QPointF at
                = QPointF(box.right() - 12, box.center().y()) - canvas->pictureRect().topLeft();
            return QColor(canvas->renderImage().pixel(at.toPoint())).lightness();
        };
        QVERIFY(insideBox() > 200);

        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        m_window->setPalette(dark);
        QCoreApplication::processEvents();
        QVERIFY(canvas->backgroundColour().lightness() < 60);
        const auto [darkShare, brightShare] = shares();
        QVERIFY2(darkShare > 0.6, qPrintable(QString::number(darkShare)));
        QVERIFY(brightShare > 0.001); // the names, light on dark
        QVERIFY2(insideBox() < 60, qPrintable(QString::number(insideBox())));
        QChart *drawnChart = child<QChartView>(chart, "chartView")->chart();
        QCOMPARE(drawnChart->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(drawnChart->legend()->labelColor(), dark.color(QPalette::Text));
        for (QAbstractAxis *axis : drawnChart->axes())
            QCOMPARE(axis->labelsColor(), dark.color(QPalette::Text));

        m_window->setPalette(light);
        QCoreApplication::processEvents();
        QVERIFY(canvas->backgroundColour().lightness() > 200);
        QCOMPARE(drawnChart->backgroundBrush().color(), light.color(QPalette::Base));

        // View > Theme > Dark: the application's palette, at once and remembered; System back.
        child<QAction>(m_window, "theme_dark")->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(
            QApplication::palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        QVERIFY(canvas->backgroundColour().lightness() < 60);
        QVERIFY(insideBox() < 60);
        QCOMPARE(drawnChart->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        QCOMPARE(QSettings().value(u"view/theme"_s).toString(), u"dark"_s);
        child<QAction>(m_window, "theme_system")->trigger();
        QCoreApplication::processEvents();
        QVERIFY(canvas->backgroundColour().lightness() > 200);
        QCOMPARE(QSettings().value(u"view/theme"_s).toString(), u"system"_s);
    }

    void aFailedRowSaysWhy()
    {
        // A flow whose newest executions hold a failure Twilio gave no code for (a failure
        // event, or an HTTP status with no alert): the sandbox's truth says which.
        int pick = -1;
        for (int f = 0; f < data().flowCount() && pick < 0; ++f) {
            for (qint64 i = data().executionCount(f) - 1; i >= data().executionCount(f) - 150;
                 --i) {
                const sandboxtruth::OutcomeTruth t = sandboxtruth::outcomeOf(data(), f, i);
                if (t.failed && t.errorCode == 0)
                    pick = f;
            }
        }
        QVERIFY(pick >= 0);
        // The picker lists flows by name: find the row of that flow.
        QVERIFY(openWithFlows());
        const FlowsModel *flows = child<FlowsModel>(m_window, "flowsModel");
        child<DateRangeBar>(m_window, "dateRange")->setPreset(DateRangeBar::Preset::Last30Days);
        pickFlow(pick);
        QVERIFY(waitSettled());
        QVERIFY(flows->rowCount() > 0);
        child<ExecutionsView>(m_window, "executionsView")->analyse();
        int withoutCode = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (int r = 0; r < model()->rowCount(); ++r) {
                    const Outcome *o = model()->outcomeAt(r);
                    if (o && o->failed() && o->relatedKnown && o->errorCode == 0) {
                        withoutCode = r;
                        return true;
                    }
                }
                return false;
            },
            30000));
        const QString why
            = model()->index(withoutCode, ExecutionsModel::ErrorColumn).data().toString();
        QVERIFY2(!why.isEmpty(), "the Error column of a failed row is empty");
        QCOMPARE(why, model()->outcomeAt(withoutCode)->reason);
    }

    // The chart's axis has no repeated ticks (three whole numbers), and its line states the
    // range asked — its end as asked, not the end of the last hour bar.
    void theChartSaysWhatWasAsked()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last24Hours) >= 0);
        // A range that ends at 37 past an hour: the last bar ends at the full hour.
        QDateTime to = QDateTime::currentDateTime().addSecs(-2 * 3600);
        to.setTime(QTime(to.time().hour(), 37));
        child<DateRangeBar>(m_window, "dateRange")->setCustomRange(to.addSecs(-20 * 3600), to);
        QVERIFY(waitSettled());
        auto *chart = child<ActivityChart>(m_window, "activityChart");
        const auto *note = child<QLabel>(chart, "note");
        const QString end = QLocale().toString(to, u"d MMM HH:mm"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            note->text().contains(u"— "_s + end), qPrintable(note->text() + u" / "_s + end), 10000);
        const auto *y = qobject_cast<QValueAxis *>(
            chart->findChild<QChartView *>()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->tickCount(), 3);
        QVERIFY(y->max() >= 2 && std::fmod(y->max(), 2.0) == 0.0); // 0, max/2, max: whole
    }

    // A range refused as invalid says that the table and the chart still show the last valid one;
    // Escape in the flow picker gives back the flow's name.
    void refusedInputLeavesItClear()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last24Hours) >= 0);
        const int rows = model()->rowCount();
        const QDateTime now = QDateTime::currentDateTime();
        child<DateRangeBar>(m_window, "dateRange")->setCustomRange(now, now.addSecs(-3600));
        const QString message = child<QLabel>(m_window, "messageBar")->text();
        QVERIFY2(message.contains(u"must be before its end"_s)
                && message.contains(u"The table and the chart still show"_s),
            qPrintable(message));
        QCOMPARE(model()->rowCount(), rows);

        FlowPicker *picker = child<FlowPicker>(m_window, "flowPicker");
        const QString name = picker->lineEdit()->text();
        QVERIFY(!name.isEmpty());
        picker->lineEdit()->setFocus();
        picker->lineEdit()->setText(u"zzq"_s);
        QTest::keyClick(picker->lineEdit(), Qt::Key_Escape);
        QTRY_COMPARE(picker->lineEdit()->text(), name);
    }

    // The Edit menu shows Ctrl+C on Copy; the key stays with what has the focus.
    void copyShowsItsKey()
    {
        open(true);
        const auto *copy = m_window->findChild<QAction *>(u"copyRowsAction"_s);
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(copy->shortcutContext(), Qt::WidgetShortcut); // not taken from a text field
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
