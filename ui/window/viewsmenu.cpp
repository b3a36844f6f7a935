#include "viewsmenu.h"

#include "links/flowscopelink.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace flowscope {

ViewsMenu::ViewsMenu(QWidget *parent)
    : QMenu(tr("Vie&ws"), parent)
    , m_actions(new QObject(this))
    , m_save(new QAction(tr("&Save view…"), m_actions))
    , m_copyLink(new QAction(tr("Copy &link to this view"), m_actions))
{
    setObjectName(u"viewsMenu"_s);
    setToolTipsVisible(true);
    m_save->setObjectName(u"saveViewAction"_s);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_save->setToolTip(tr("Name the flow, range, filters, columns and sort shown, to open them "
                          "again or send them as a link (Ctrl+D)"));
    // Their context is m_actions, not the menu: a QMenu that loses an action (clear()) drops every
    // connection from that action to itself.
    connect(m_save, &QAction::triggered, m_actions, [this] { askToSave(); });
    m_copyLink->setObjectName(u"copyViewLinkAction"_s);
    m_copyLink->setToolTip(tr("Copy a flowscope://view link to what the table shows now"));
    connect(m_copyLink, &QAction::triggered, m_actions, [this] {
        if (!m_current)
            return;
        const QString link = FlowScopeLink::toView(m_current(), m_accountSid);
        QApplication::clipboard()->setText(link);
        Q_EMIT message(tr("Copied a link to this view"));
    });
    rebuild();
}

void ViewsMenu::setProfile(const QString &profile, const QString &accountSid)
{
    m_profile = profile;
    m_accountSid = accountSid;
    m_openedName.clear();
    rebuild();
}

void ViewsMenu::rebuild()
{
    // Later: rebuild() may run from an action of one of them.
    for (QMenu *menu : std::as_const(m_viewMenus))
        menu->deleteLater();
    m_viewMenus.clear();
    clear();
    addAction(m_save);
    addAction(m_copyLink);
    const bool signedIn = !m_profile.isEmpty();
    m_save->setEnabled(signedIn);
    m_copyLink->setEnabled(signedIn);
    addSeparator();
    const ViewStore store(m_profile);
    const QList<SavedView> views = signedIn ? store.views() : QList<SavedView>();
    if (views.isEmpty()) {
        QAction *none = addAction(tr("No saved views yet"));
        none->setEnabled(false);
        return;
    }
    const QString start = store.startView();
    for (const SavedView &view : views) {
        // "&" in a name is a name, not a mnemonic.
        QMenu *menu = addMenu(QString(view.name).replace(u'&', u"&&"_s));
        m_viewMenus << menu;
        menu->setObjectName(u"view:"_s + view.name);
        menu->setToolTipsVisible(true);
        QAction *open = menu->addAction(tr("&Open"), this, [this, view] {
            m_openedName = view.name;
            Q_EMIT viewChosen(view);
        });
        open->setToolTip(tr("Show this view's flow, range, filters and columns"));
        menu->addAction(tr("Copy &link"), this, [this, view] {
            QApplication::clipboard()->setText(FlowScopeLink::toView(view, m_accountSid));
            Q_EMIT message(tr("Copied a link to the view '%1'").arg(view.name));
        });
        menu->addAction(tr("&Rename…"), this, [this, name = view.name] { rename(name); });
        menu->addAction(tr("&Delete"), this, [this, name = view.name] { remove(name); });
        QAction *atStart = menu->addAction(tr("Open at &start"));
        atStart->setCheckable(true);
        atStart->setChecked(view.name == start);
        atStart->setToolTip(tr("Open this view when FlowScope starts with this profile"));
        connect(atStart, &QAction::toggled, this, [this, name = view.name](bool on) {
            ViewStore(m_profile).setStartView(on ? name : QString());
            rebuild();
        });
    }
}

void ViewsMenu::askToSave()
{
    if (!m_current || m_profile.isEmpty())
        return;
    if (m_current().flowSid.isEmpty()) {
        Q_EMIT message(tr("Pick a flow first: a view is a flow's executions."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save view"),
        tr("Name of the view (flow, range, filters, columns and sort as shown):"),
        QLineEdit::Normal, m_openedName, &ok)
                             .trimmed();
    if (!ok)
        return;
    QString why;
    if (!SavedView::isValidName(name, &why)) {
        QMessageBox::warning(parentWidget(), tr("Save view"), why);
        return;
    }
    if (ViewStore(m_profile).find(name) && name != m_openedName
        && QMessageBox::question(
               parentWidget(), tr("Save view"), tr("Replace the view '%1'?").arg(name))
            != QMessageBox::Yes)
        return;
    saveCurrentAs(name);
}

void ViewsMenu::saveCurrentAs(const QString &name)
{
    SavedView view = m_current();
    view.name = name.trimmed();
    ViewStore(m_profile).save(view);
    m_openedName = view.name;
    rebuild();
    Q_EMIT message(tr("Saved the view '%1'").arg(view.name));
}

void ViewsMenu::rename(const QString &name)
{
    bool ok = false;
    const QString to = QInputDialog::getText(parentWidget(), tr("Rename view"),
        tr("New name of the view '%1':").arg(name), QLineEdit::Normal, name, &ok);
    if (!ok)
        return;
    QString why;
    if (!ViewStore(m_profile).rename(name, to, &why)) {
        QMessageBox::warning(parentWidget(), tr("Rename view"), why);
        return;
    }
    if (m_openedName == name)
        m_openedName = to.trimmed();
    rebuild();
}

void ViewsMenu::remove(const QString &name)
{
    if (QMessageBox::question(
            parentWidget(), tr("Delete view"), tr("Delete the view '%1'?").arg(name))
        != QMessageBox::Yes)
        return;
    ViewStore(m_profile).remove(name);
    if (m_openedName == name)
        m_openedName.clear();
    rebuild();
}

} // namespace flowscope
