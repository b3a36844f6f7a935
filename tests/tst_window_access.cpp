// The window, offscreen, as a screen reader meets it: every control of the main window, the
// detail pane (each tab), and the dialogs walked through QAccessible — the tree Orca reads over
// AT-SPI — and each one that can be focused or pressed must have a name and a description.

#include "support/windowtest.h"

#include "archive/archivedialog.h"
#include "detail/comparedialog.h"
#include "export/exportdialog.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QToolButton>

#include <functional>

namespace {

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::Link: return true;
    default: return false;
    }
}

// A standard button of a dialog's button box (OK, Cancel, Close): its name says all there is.
bool isStandardButton(const QObject *object)
{
    return object && qobject_cast<const QDialogButtonBox *>(object->parent());
}

// The controls without a name or a description under `root`, described for the failure message.
void unnamed(QAccessibleInterface *iface, QStringList *out, int depth = 0)
{
    if (!iface || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    QObject *object = iface->object();
    const bool noName = iface->text(QAccessible::Name).trimmed().isEmpty();
    const bool noDescription
        = iface->text(QAccessible::Description).trimmed().isEmpty() && !isStandardButton(object);
    if (isControl(iface->role()) && (noName || noDescription)) {
        out->append(u"%1 '%2' \"%3\" (role %4)%5"_s.arg(
            object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s,
            object ? object->objectName() : QString(), iface->text(QAccessible::Name),
            QString::number(int(iface->role())), noName ? u": no name"_s : u": no description"_s));
    }
    // Table and tree cells are named by their data: their children are not walked.
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree
        || iface->role() == QAccessible::List)
        return;
    for (int k = 0; k < iface->childCount(); ++k)
        unnamed(iface->child(k), out, depth + 1);
}

} // namespace

class TestWindowAccess : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_access"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

    void everyControlHasANameAndADescription()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last7Days) >= 0);
        selectSourceRow(0);
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        QTabWidget *tabs = child<QTabWidget>(pane, "tabs");
        QStringList missing;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            unnamed(QAccessible::queryAccessibleInterface(m_window.get()), &missing);
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    // Every button a mouse can press, the keyboard can too: by Tab (it takes focus, and the
    // style draws that focus), as an action in a menu (Alt, then the arrows), or by a shortcut.
    void everyButtonHasAKeyboardPath()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last7Days) >= 0);
        selectSourceRow(0);
        QSet<const QAction *> reachable;
        std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
            for (const QAction *action : actions) {
                reachable.insert(action);
                if (action->menu())
                    walk(action->menu()->actions());
            }
        };
        walk(m_window->menuBar()->actions());
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            if (!action->shortcut().isEmpty())
                reachable.insert(action);
        }
        DetailPane *pane = child<DetailPane>(m_window, "detailPane");
        QTabWidget *tabs = child<QTabWidget>(pane, "tabs");
        QStringList missing;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
                // A field's clear button: the field itself is the way (select all, delete).
                if (!button->isVisible() || (button->focusPolicy() & Qt::TabFocus)
                    || button->objectName() == u"qt_toolbar_ext_button"_s
                    || qobject_cast<QLineEdit *>(button->parentWidget()))
                    continue;
                const auto *tool = qobject_cast<QToolButton *>(button);
                if (tool && tool->defaultAction() && reachable.contains(tool->defaultAction()))
                    continue;
                missing << u"%1 '%2' \"%3\" (%4)"_s.arg(
                    QString::fromLatin1(button->metaObject()->className()), button->objectName(),
                    button->text().isEmpty() ? button->toolTip() : button->text(),
                    tabs->tabText(tab));
            }
        }
        // The dialogs have no menus: every button takes focus (a radio button of a group that
        // Tab does not stop at is reached from the checked one with the arrows, as Qt does it).
        const QModelIndex second = child<ExecutionsView>(m_window, "executionsView")
                                       ->proxy()
                                       ->mapFromSource(model()->index(1, 0));
        table()->selectionModel()->select(
            second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        for (QDialog *dialog : { static_cast<QDialog *>(m_window->exportRows()),
                 static_cast<QDialog *>(m_window->endSelected()),
                 static_cast<QDialog *>(m_window->findStuck()),
                 static_cast<QDialog *>(m_window->showArchive()),
                 static_cast<QDialog *>(m_window->compareSelected()) }) {
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
                const auto *radio = qobject_cast<QRadioButton *>(button);
                if (button->isVisible() && !(button->focusPolicy() & Qt::TabFocus)
                    && !(radio && radio->autoExclusive())
                    && !qobject_cast<QLineEdit *>(button->parentWidget())
                    && button->objectName() != u"qt_toolbar_ext_button"_s)
                    missing << u"%1: %2 \"%3\""_s.arg(dialog->windowTitle(),
                        QString::fromLatin1(button->metaObject()->className()),
                        button->text().isEmpty() ? button->toolTip() : button->text());
            }
            dialog->close();
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    // A keyboard user sees where the focus is: a button, a box and the table draw themselves
    // otherwise with the focus on them than without it (the style's focus frame).
    void focusIsVisible()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last7Days) >= 0);
        selectSourceRow(0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QWidget *elsewhere = child<DateRangeBar>(m_window, "dateRange");
        // A keyboard user: Tab was pressed, so the styles draw the focus from now on.
        elsewhere->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        for (const char *name : { "analyseButton", "failedOnlyBox", "filterBox" }) {
            QWidget *widget = child<QWidget>(m_window, name);
            elsewhere->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(!widget->hasFocus());
            const QImage without = widget->grab().toImage();
            widget->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(widget->hasFocus());
            const QImage with = widget->grab().toImage();
            QVERIFY2(with != without, name);
        }
    }

    // Each dialog the window opens, walked the same way.
    void everyDialogsControlsHaveNamesAndDescriptions()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last7Days) >= 0);
        selectSourceRow(0);
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
        QStringList missing;
        for (const auto &[name, dialog] : dialogs) {
            QVERIFY2(dialog, qPrintable(name));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QStringList found;
            unnamed(QAccessible::queryAccessibleInterface(dialog), &found);
            for (const QString &f : std::as_const(found))
                missing << name + u": "_s + f;
            dialog->close();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

QTEST_MAIN(TestWindowAccess)
#include "tst_window_access.moc"
