// The window, offscreen, at 1024 × 700 — a small laptop's screen: it never widens itself when an
// execution, an End button or a message appears, and no text is cut: a label either fits, wraps,
// or is elided with the whole text in its tooltip; a button or a field's placeholder fits.

#include "support/windowtest.h"

#include <QAbstractButton>

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
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
