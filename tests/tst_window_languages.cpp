// The window in German and Japanese, offscreen: its menus, its dates and Qt's own buttons in the
// language, and no text cut in the main window at 1024 × 700 (each detail tab) or in any dialog —
// German has the longest words of the five, Japanese the widest characters.

#include "support/windowtest.h"

#include "archive/archivedialog.h"
#include "common/elidedlabel.h"
#include "detail/comparedialog.h"
#include "util/languages.h"
#include "util/textformat.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QMenuBar>

namespace {

// The texts under `root` that do not fit the room they were given: a label or button narrower
// than its text, a wrapped label shorter than its lines. An elided label (its text whole in the
// tooltip) is meant to be cut.
QStringList cutTexts(QWidget *root)
{
    QStringList out;
    const auto describe = [](const QWidget *w, const QString &text, int has, int needs) {
        return u"%1 '%2' \"%3\": %4 px for %5"_s.arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60),
            QString::number(has), QString::number(needs));
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || qobject_cast<ElidedLabel *>(label))
            continue;
        if (label->wordWrap() && label->hasHeightForWidth()) {
            const int needs = label->heightForWidth(label->width());
            if (label->height() + 1 < needs)
                out << describe(label, label->text(), label->height(), needs) + u" (height)"_s;
        } else if (label->width() + 1 < label->sizeHint().width()) {
            out << describe(label, label->text(), label->width(), label->sizeHint().width());
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() + 1 < button->sizeHint().width())
            out << describe(button, button->text(), button->width(), button->sizeHint().width());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (box->isVisible() && box->width() + 1 < box->minimumSizeHint().width())
            out << describe(box, box->title(), box->width(), box->minimumSizeHint().width());
    }
    return out;
}

// The same once the layouts have settled: a label's height follows its new text a moment later
// (a posted layout request), so a cut is one that lasts.
QStringList lastingCutTexts(QWidget *root)
{
    QStringList cut;
    const bool settled = QTest::qWaitFor(
        [&] {
            cut = cutTexts(root);
            return cut.isEmpty();
        },
        2000);
    Q_UNUSED(settled) // what is still cut is the answer
    return cut;
}

} // namespace

class TestWindowLanguages : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_languages"_s); }
    void init() { startSandbox(); }
    void cleanup()
    {
        tearDown();
        qunsetenv("FLOWSCOPE_LANGUAGE");
        flowscope::languages::install(); // back to English
    }

    void speaksTheLanguageAndCutsNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("Japanese") << u"ja"_s;
    }

    void speaksTheLanguageAndCutsNothing()
    {
        QFETCH(QString, language);
        qputenv("FLOWSCOPE_LANGUAGE", language.toLatin1());
        QCOMPARE(flowscope::languages::install(), language);
        // The window's own words go through the translation, and it is not English.
        const QString file = QCoreApplication::translate("flowscope::MainWindow", "&File");
        QVERIFY(file != u"&File"_s);
        QVERIFY(browse(0, DateRangeBar::Preset::Last7Days) >= 0);
        QStringList menus;
        for (const QAction *action : m_window->menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(file), qPrintable(menus.join(u", "_s)));
        QVERIFY(!menus.contains(u"&File"_s) && !menus.contains(u"&View"_s));

        m_window->resize(1024, 700);
        selectSourceRow(0);
        QTRY_VERIFY(m_window->width() == 1024);
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        QTabWidget *tabs = child<QTabWidget>(pane, "tabs");
        QStringList cut;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (const QString &c : lastingCutTexts(m_window.get()))
                cut << tabs->tabText(tab) + u": "_s + c;
        }
        cut.removeDuplicates();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

        const QModelIndex second = child<ExecutionsView>(m_window, "executionsView")
                                       ->proxy()
                                       ->mapFromSource(model()->index(1, 0));
        table()->selectionModel()->select(
            second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<std::pair<QString, QDialog *>> dialogs {
            { u"export"_s, static_cast<QDialog *>(m_window->exportRows()) },
            { u"end"_s, static_cast<QDialog *>(m_window->endSelected()) },
            { u"stuck"_s, static_cast<QDialog *>(m_window->findStuck()) },
            { u"archive"_s, static_cast<QDialog *>(m_window->showArchive()) },
            { u"compare"_s, static_cast<QDialog *>(m_window->compareSelected()) },
        };
        for (const auto &[name, dialog] : dialogs) {
            QVERIFY2(dialog, qPrintable(name));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QCoreApplication::processEvents();
            for (const QString &c : lastingCutTexts(dialog))
                cut << name + u": "_s + c;
            // Qt's own buttons speak the language too (Qt's translations).
            for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
                if (QPushButton *cancel = box->button(QDialogButtonBox::Cancel))
                    QVERIFY2(!cancel->text().contains(u"Cancel"_s), qPrintable(name));
                if (QPushButton *close = box->button(QDialogButtonBox::Close))
                    QVERIFY2(!close->text().contains(u"Close"_s), qPrintable(name));
            }
            dialog->close();
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    // Times in the window are the locale's: German day.month.year, Japanese year/month/day,
    // with seconds; ISO 8601 under the C locale the other suites run in.
    void timesFollowTheLocale()
    {
        const QDateTime t(QDate(2026, 11, 1), QTime(9, 5, 7), Qt::UTC);
        const QString local = t.toLocalTime().toString(u"HH:mm:ss"_s);
        QCOMPARE(flowscope::TextFormat::localTime(t),
            t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = flowscope::TextFormat::localTime(t);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        const QString japanese = flowscope::TextFormat::localTime(t);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString american = flowscope::TextFormat::localTime(t);
        QLocale::setDefault(before);
        const QDate day = t.toLocalTime().date();
        QCOMPARE(german, day.toString(u"dd.MM.yyyy"_s) + u' ' + local);
        QCOMPARE(japanese,
            day.toString(u"yyyy/MM/dd"_s) + u' ' + t.toLocalTime().toString(u"H:mm:ss"_s));
        QVERIFY2(american.startsWith(day.toString(u"M/d/yyyy"_s)), qPrintable(american));
        QVERIFY2(american.contains(u":07"_s), qPrintable(american)); // seconds kept
    }
};

QTEST_MAIN(TestWindowLanguages)
#include "tst_window_languages.moc"
