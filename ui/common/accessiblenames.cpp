#include "accessiblenames.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// What a widget is called: its accessible name, else its placeholder or tooltip.
QString nameOf(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        if (!edit->placeholderText().isEmpty())
            return edit->placeholderText();
    return widget->toolTip();
}

} // namespace

void nameForScreenReaders(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isClearButtonEnabled())
            continue;
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(QCoreApplication::translate("AccessibleNames", "Clear %1")
                                              .arg(nameOf(edit))
                                              .trimmed());
            if (button->accessibleDescription().isEmpty())
                button->setAccessibleDescription(
                    QCoreApplication::translate("AccessibleNames", "Empties the field"));
        }
    }
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        if (more && more->accessibleName().isEmpty())
            more->setAccessibleName(QCoreApplication::translate("AccessibleNames", "More %1")
                                        .arg(nameOf(bar))
                                        .trimmed());
        if (more && more->accessibleDescription().isEmpty())
            more->setAccessibleDescription(QCoreApplication::translate(
                "AccessibleNames", "The tools the window is too narrow to show"));
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (view->accessibleDescription().isEmpty())
            view->setAccessibleDescription(view->toolTip());
    }
}

} // namespace flowscope
