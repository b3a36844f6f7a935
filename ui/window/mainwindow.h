#pragma once

// FlowScope's main window: a toolbar (flow picker, date range, refresh), the executions table and
// the detail pane side by side, a message bar for what cannot be sent, and a status bar. Window
// layout, columns, the last flow (per account) and the date preset persist; secrets never do.

#include "api/studioclient.h"
#include "links/savedview.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QSplitter;

namespace flowscope {

class AccountManager;
class AlertsDialog;
class ArchiveController;
class ArchiveDialog;
class DateRangeBar;
class DetailPane;
class CompareDialog;
class EndDialog;
class StuckDialog;
class ExportDialog;
class SearchPanel;
class ExecutionsModel;
class ExecutionsView;
struct ExecutionRef;
class OutcomeCache;
class RelatedSession;
class FlowPicker;
class FlowsModel;
class ViewsMenu;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // accounts: profiles and sign-in (nullptr in demo mode: the account is the sandbox's).
    explicit MainWindow(
        StudioClient *client, AccountManager *accounts = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Demo mode: the first flow is selected as soon as the flows are in.
    void setDemoMode(bool demo);

    OutcomeCache *outcomes() const { return m_outcomes; }
    QAction *signInAction() const { return m_signIn; }

    void refresh(); // F5: the flows if they failed, the executions of the current query
    // The environment's credentials, else the profile named (or used last), else the sign-in
    // dialog; a profile whose secret cannot be read opens the dialog to enter it again.
    void signInAtStart(const QString &profileName = {});
    // Opens the sign-in dialog (prefilled from a profile, with a reason); false when cancelled.
    bool signIn(const QString &profileName = {}, const QString &reason = {});
    ExportDialog *exportRows(); // Ctrl+E: opens the export dialog (non-modal in tests' terms)
    QAction *exportAction() const { return m_export; }
    // Edit ▸ End executions…: the selected rows (the active ones); Edit ▸ Find stuck…
    EndDialog *endSelected();
    StuckDialog *findStuck();
    // Edit ▸ Compare two executions (Ctrl+Shift+M): the two selected rows side by side.
    CompareDialog *compareSelected();
    QAction *compareAction() const { return m_compareRows; }
    QAction *endSelectedAction() const { return m_endSelected; }
    QAction *findStuckAction() const { return m_findStuck; }
    // Ctrl+Shift+F, or the toolbar's field: the customer search (started when a contact is given).
    void findCustomer(const QString &contact = {});
    // The current flow's Debugger alerts over the range shown, counted (View ▸ Alerts…).
    void showAlerts();
    QAction *findCustomerAction() const { return m_findCustomer; }
    // File ▸ Archive…: the account's archive settings, Sync now and what it holds.
    ArchiveDialog *showArchive();
    ArchiveController *archive() const { return m_archive; }

    // Ctrl+G: shows the execution a pasted FN… SID or Console link names — selected in the table
    // when it is among the loaded rows, else fetched from the API into the detail pane.
    void openExecution(const QString &text);
    // A flowscope:// link (from another process, the desktop or a QFileOpenEvent): its execution
    // or its view, in the profile in use, or in the person's profile of the account it names.
    // Waits for the sign-in when it is under way. The window comes to the front.
    void openLink(const QString &link);

    // Saved views: the table's query now, and one shown (its flow, range, filters, columns, sort).
    SavedView currentView() const;
    void applyView(const SavedView &view);
    ViewsMenu *viewsMenu() const { return m_viewsMenu; }

protected:
    // The application's QFileOpenEvent: the link macOS hands over when one is clicked.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The window, built in steps.
    void createActions();
    void buildMenus();
    void buildFollow();
    void buildViewMenu();
    void buildToolbar();
    void buildMessageBar();
    void buildPanes();
    void buildStatusBar();
    void connectQuery();
    void connectSelection();
    void connectSearch();
    void connectDetail();

    void applyQuery();
    void showMessage(const QString &text); // empty hides the bar
    void flowsLoaded();
    void restoreSettings();
    void saveSettings() const;
    QString accountKey() const;
    void rebuildProfilesMenu();
    void editProfile(const QString &name); // the sign-in dialog on a saved profile
    void accountSwitched(const QString &description);
    void executionChanged(const QByteArray &executionJson);
    void openRef(const ExecutionRef &ref);
    QString viewProfile() const; // whose views: the profile in use, else the account SID
    void updateTitle(const QString &executionSid);

    StudioClient *m_client; // not owned
    AccountManager *m_accounts; // not owned; may be null
    FlowsModel *m_flows;
    ExecutionsModel *m_executions;
    FlowPicker *m_picker;
    DateRangeBar *m_range;
    ExecutionsView *m_view;
    RelatedSession *m_related; // child: what Twilio kept beside executions, shared
    OutcomeCache *m_outcomes; // child
    class ActivityChart *m_chart = nullptr; // child
    QAction *m_chartAction = nullptr;
    class LiveTail *m_tail = nullptr; // child
    QAction *m_follow = nullptr;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    QLabel *m_messageBar;
    QLabel *m_connection;
    QLabel *m_archiveStatus; // the archive's last sync, or what it is doing
    QLabel *m_sourceNote; // rows on screen that came from the archive
    ArchiveController *m_archive = nullptr; // child
    std::unique_ptr<class MemorySecretStore> m_demoSecrets; // the demo's archive key
    QMenu *m_profilesMenu = nullptr;
    bool m_signingIn = false;
    QString m_requestedProfile; // the profile signInAtStart() is trying
    QAction *m_refresh = nullptr;
    QAction *m_filterRows = nullptr;
    QAction *m_pickFlow = nullptr;
    QAction *m_copyRows = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_export = nullptr;
    QAction *m_openExecution = nullptr;
    QAction *m_endSelected = nullptr;
    QAction *m_compareRows = nullptr;
    QAction *m_findStuck = nullptr;
    QAction *m_findCustomer = nullptr;
    QAction *m_alerts = nullptr;
    AlertsDialog *m_alertsDialog = nullptr; // child, made when first asked for
    SearchPanel *m_search = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    QLineEdit *m_customerField = nullptr;
    ApiReplyPtr m_openReply; // the execution openExecution() is fetching
    bool m_demo = false;
    bool m_splitterSized = false; // the user's split restored, or the first one set
    ViewsMenu *m_viewsMenu = nullptr; // child
    QString m_pendingLink; // a link that waits for the sign-in, or for its profile's
};

} // namespace flowscope
