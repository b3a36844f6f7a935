#pragma once

// The Views menu: Save view… names the table's current query; each saved view of the profile is a
// submenu to open it, copy its flowscope://view link, rename or delete it, or open it at the
// start. The views live in the settings (ViewStore), per profile.

#include "links/savedview.h"

#include <QMenu>

#include <functional>

namespace flowscope {

class ViewsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewsMenu)

public:
    explicit ViewsMenu(QWidget *parent = nullptr);

    // Whose views (a profile's name, or the account SID when no profile is used), and the account
    // a link names. Empty: not signed in, nothing to list.
    void setProfile(const QString &profile, const QString &accountSid);
    QString profile() const { return m_profile; }
    // What Save view… and Copy link to this view read: the table's query now.
    void setCurrentView(std::function<SavedView()> current) { m_current = std::move(current); }
    // The name of the view opened last, offered again by Save view….
    void setOpenedName(const QString &name) { m_openedName = name; }

    // Save view… without the dialog (tests, and the dialog's own end): replaces one of that name.
    void saveCurrentAs(const QString &name);
    QAction *saveAction() const { return m_save; }
    QAction *copyLinkAction() const { return m_copyLink; }
    void rebuild();

Q_SIGNALS:
    void viewChosen(const SavedView &view);
    void message(const QString &text); // for the status bar

private:
    void askToSave();
    void rename(const QString &name);
    void remove(const QString &name);

    QString m_profile;
    QString m_accountSid;
    QString m_openedName;
    std::function<SavedView()> m_current;
    // Holds the two lasting actions: clear() deletes the actions the menu itself owns.
    QObject *m_actions;
    QAction *m_save;
    QAction *m_copyLink;
    QList<QMenu *> m_viewMenus; // one per view, children
};

} // namespace flowscope
