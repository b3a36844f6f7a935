#include "accessiblenames.h"

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

void nameQtButtons(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isClearButtonEnabled())
            continue;
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(QCoreApplication::translate("AccessibleNames", "Clear %1")
                                              .arg(nameOf(edit))
                                              .trimmed());
        }
    }
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        if (more && more->accessibleName().isEmpty())
            more->setAccessibleName(QCoreApplication::translate("AccessibleNames", "More %1")
                                        .arg(nameOf(bar))
                                        .trimmed());
    }
}

} // namespace flowscope
