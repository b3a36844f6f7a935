#include "mainwindow.h"

#include "executions/activitychart.h"
#include "executions/livetail.h"
#include "outcome/outcomecache.h"
#include "related/relatedsession.h"

#include "accounts/accounts.h"
#include "accounts/signindialog.h"
#include "api/studioclient.h"
#include "archive/archivecontroller.h"
#include "archive/archivedialog.h"
#include "archive/archiveservice.h"
#include "bulk/enddialog.h"
#include "bulk/stuckdialog.h"
#include "common/accessiblenames.h"
#include "common/theme.h"
#include "detail/comparedialog.h"
#include "detail/detailpane.h"
#include "detail/jsontreewidget.h"
#include "diagram/revisioncompare.h"
#include "diagram/revisioncomparer.h"
#include "executions/daterangebar.h"
#include "executions/executionref.h"
#include "executions/executionsmodel.h"
#include "executions/executionsview.h"
#include "executions/flowpicker.h"
#include "executions/flowsmodel.h"
#include "export/exportdialog.h"
#include "links/flowscopelink.h"
#include "related/alertsdialog.h"
#include "search/resultsmodel.h"
#include "search/searchpanel.h"
#include "viewsmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
constexpr int kPageSize = 200; // a screenful and more per request; small enough to arrive fast
}

MainWindow::MainWindow(StudioClient *client, AccountManager *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_accounts(accounts)
    , m_flows(new FlowsModel(client, this))
    , m_executions(new ExecutionsModel(client, this))
    , m_picker(new FlowPicker(m_flows, this))
    , m_range(new DateRangeBar(this))
    , m_view(new ExecutionsView(m_executions, this))
    , m_related(new RelatedSession(client, this))
    , m_outcomes(new OutcomeCache(client, this))
    , m_detail(new DetailPane(client, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_messageBar(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_archiveStatus(new QLabel(this))
    , m_sourceNote(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("FlowScope"));
    setWindowIcon(QIcon(u":/icons/flowscope.svg"_s));
    m_view->setOutcomeCache(m_outcomes);
    // What Twilio kept beside each execution: the outcomes' error codes and the detail's panel
    // read it through one session (alerts listed once for both).
    m_outcomes->setRelated(m_related);
    m_detail->setRelatedSession(m_related);
    connect(m_related, &RelatedSession::monitorDeniedChanged, this, [this](bool denied) {
        if (denied)
            showMessage(tr("This key cannot read the Debugger (Twilio Monitor): alerts are left "
                           "out; messages, calls and everything else are read."));
    });
    createActions();
    buildMenus();
    buildFollow();
    buildViewMenu();
    buildToolbar();
    buildMessageBar();
    buildPanes();
    buildStatusBar();
    connectQuery();
    connectSelection();
    connectSearch();
    connectDetail();
    resize(1400, 860);
    nameForScreenReaders(this); // Qt's own clear and » buttons, the views' descriptions
    restoreSettings();
    if (!m_client->settings().credentials.username.isEmpty())
        accountSwitched(tr("the built-in sandbox"));
    // The names tests and tools find the parts by.
    m_flows->setObjectName(u"flowsModel"_s);
    m_executions->setObjectName(u"executionsModel"_s);
    m_picker->setObjectName(u"flowPicker"_s);
    m_range->setObjectName(u"dateRange"_s);
    m_view->setObjectName(u"executionsView"_s);
    m_detail->setObjectName(u"detailPane"_s);
    m_chart->setObjectName(u"activityChart"_s);
    m_chartAction->setObjectName(u"activityChartAction"_s);
    m_tail->setObjectName(u"liveTail"_s);
    m_follow->setObjectName(u"followAction"_s);
    m_messageBar->setObjectName(u"messageBar"_s);
    m_refresh->setObjectName(u"refreshAction"_s);
    m_connection->setObjectName(u"connectionLabel"_s);
    if (m_profilesMenu)
        m_profilesMenu->setObjectName(u"profilesMenu"_s);
    m_search->setObjectName(u"searchPanel"_s);
    m_leftTabs->setObjectName(u"leftTabs"_s);
    m_customerField->setObjectName(u"customerField"_s);
    m_openExecution->setObjectName(u"openExecutionAction"_s);
    QCoreApplication::instance()->installEventFilter(this); // links macOS opens FlowScope with
}

void MainWindow::createActions()
{
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load the executions again from the first page (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    m_filterRows = new QAction(tr("&Filter loaded rows"), this);
    m_filterRows->setShortcut(QKeySequence::Find);
    connect(m_filterRows, &QAction::triggered, m_view, &ExecutionsView::focusFilter);
    m_pickFlow = new QAction(tr("Pick &flow"), this);
    m_pickFlow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_pickFlow, &QAction::triggered, this, [this] {
        m_picker->lineEdit()->setFocus();
        m_picker->lineEdit()->selectAll();
    });
    m_export
        = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(
        tr("Export the selected rows, the loaded rows or the whole range to a workbook or a CSV "
           "file (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportRows);
    m_openExecution = new QAction(tr("&Open execution…"), this);
    m_openExecution->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_openExecution->setToolTip(
        tr("Show an execution by its FN… SID or a Twilio Console link, loaded or not (Ctrl+G)"));
    connect(m_openExecution, &QAction::triggered, this, [this] {
        // A SID or link on the clipboard is what the person is about to paste.
        const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Open execution"),
            tr("Execution SID (FN…) of the current flow, or a Twilio Console link:"),
            QLineEdit::Normal,
            parseExecutionRef(clipboard, m_picker->currentSid(), nullptr) ? clipboard.left(500)
                                                                          : QString(),
            &ok);
        if (ok)
            openExecution(text);
    });
    m_signIn = new QAction(tr("&Sign in…"), this);
    m_signIn->setToolTip(
        tr("Use other Twilio credentials; everything of the current account is cleared"));
    connect(m_signIn, &QAction::triggered, this, [this] { signIn(); });
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_copyRows = new QAction(tr("&Copy selected rows"), this);
    m_copyRows->setToolTip(
        tr("The selected rows as tab-separated text with a header (Ctrl+C in the table)"));
    // The menu shows Ctrl+C; the key itself stays with whatever has the focus (the table copies
    // rows, a field its text, the context tree its value).
    m_copyRows->setShortcut(QKeySequence::Copy);
    m_copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_copyRows->setObjectName(u"copyRowsAction"_s);
    connect(m_copyRows, &QAction::triggered, m_view, &ExecutionsView::copySelection);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openExecution);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(tr("&Archive…"), this, [this] { showArchive(); });
    file->addSeparator();
    file->addAction(m_signIn);
    file->addSeparator();
    file->addAction(m_quit);
    if (m_accounts) {
        m_profilesMenu = menuBar()->addMenu(tr("&Profiles"));
        m_profilesMenu->setToolTip(tr("Switch between saved Twilio accounts"));
        connect(
            m_accounts, &AccountManager::profilesChanged, this, &MainWindow::rebuildProfilesMenu);
        connect(m_accounts, &AccountManager::switched, this, &MainWindow::accountSwitched);
        connect(m_accounts, &AccountManager::failed, this, [this](const QString &message) {
            showMessage(message);
            // A profile that could not sign in: ask for its secret, once.
            if (!m_signingIn && m_client->settings().credentials.username.isEmpty())
                signIn(std::exchange(m_requestedProfile, {}), message);
        });
        connect(m_accounts, &AccountManager::keychainUnavailable, this, &MainWindow::showMessage);
        rebuildProfilesMenu();
    }
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyRows);
    edit->addAction(m_filterRows);
    edit->addSeparator();
    m_endSelected = edit->addAction(tr("&End executions…"), this, &MainWindow::endSelected);
    m_endSelected->setToolTip(tr("End the selected active executions, after a confirmation"));
    m_compareRows
        = edit->addAction(tr("Co&mpare two executions"), this, [this] { compareSelected(); });
    m_compareRows->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_compareRows->setToolTip(tr("The two selected executions side by side: both paths on the "
                                 "diagram, where they parted, and their contexts' differences"));
    addAction(m_compareRows);
    m_view->table()->addAction(m_compareRows); // in the rows' right-click menu too
    m_findCustomer = edit->addAction(tr("Find &customer…"), this, [this] { findCustomer(); });
    m_findCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findCustomer->setToolTip(tr("A customer's executions across every flow"));
    addAction(m_findCustomer);
    m_findStuck = edit->addAction(tr("Find &stuck…"), this, &MainWindow::findStuck);
    m_findStuck->setToolTip(
        tr("The active executions that started hours ago and block their customers"));
}

// Follow (F9): the newest executions put on top as they come, while the range reaches now.
void MainWindow::buildFollow()
{
    m_tail = new LiveTail(m_client, m_executions, this);
    m_tail->setIntervalMs(QSettings().value(u"follow/intervalSeconds"_s, 10).toInt() * 1000);
    m_follow = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("F&ollow"), this);
    m_follow->setCheckable(true);
    m_follow->setShortcut(Qt::Key_F9);
    m_follow->setToolTip(tr("Follow: read the newest executions every %1 s and put them on top "
                            "(F9); for ranges that reach now")
                             .arg(m_tail->intervalMs() / 1000));
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        if (!on) {
            m_tail->stop();
            return;
        }
        if (!m_tail->start()) {
            const QSignalBlocker quiet(m_follow);
            m_follow->setChecked(false);
            statusBar()->showMessage(tr("Follow needs a flow and a range that reaches now (such "
                                        "as Last hour or Any time)."),
                8000);
            return;
        }
        statusBar()->showMessage(tr("Following: the newest executions appear on top every %1 s.")
                                     .arg(m_tail->intervalMs() / 1000),
            5000);
    });
    connect(m_tail, &LiveTail::stopped, this, [this] {
        const QSignalBlocker quiet(m_follow);
        m_follow->setChecked(false);
    });
    connect(m_tail, &LiveTail::failed, this, [this](const ApiError &error) {
        statusBar()->showMessage(tr("Follow: ⚠ %1 It tries again in %2 s.")
                                     .arg(error.userMessage())
                                     .arg(m_tail->intervalMs() / 1000),
            8000);
    });
    connect(m_tail, &LiveTail::rowsAdded, this, [this](int count) {
        statusBar()->showMessage(tr("%n new execution(s)", nullptr, count), 4000);
    });

    m_view->setOutcomeCache(m_outcomes);
    connect(
        m_view, &ExecutionsView::visibleActiveRowsChanged, this, [this](const QStringList &sids) {
            if (m_tail)
                m_tail->setWatched(sids);
        });
}

void MainWindow::buildViewMenu()
{
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refresh);
    viewMenu->addAction(m_pickFlow);
    viewMenu->addAction(m_follow);
    QAction *onScreen = viewMenu->addAction(tr("&Outcomes of the rows on screen"));
    onScreen->setCheckable(true);
    onScreen->setToolTip(tr("Read the steps of the rows on screen by themselves for their "
                            "outcome (Analyse reads all loaded rows either way)"));
    onScreen->setChecked(QSettings().value(u"view/outcomesOnScreen"_s, true).toBool());
    m_outcomes->setReadOnScreen(onScreen->isChecked());
    connect(onScreen, &QAction::toggled, this, [this](bool read) {
        m_outcomes->setReadOnScreen(read);
        QSettings().setValue(u"view/outcomesOnScreen"_s, read);
        m_view->refreshVisibleOutcomes();
    });
    QAction *undelivered = viewMenu->addAction(tr("Count &undelivered messages as failures"));
    undelivered->setObjectName(u"undeliveredAction"_s);
    undelivered->setCheckable(true);
    undelivered->setToolTip(tr("An execution whose message did not reach the customer failed, "
                               "though Studio's step says \"sent\": the bot went silent"));
    undelivered->setChecked(QSettings().value(u"outcomes/undeliveredIsFailure"_s, true).toBool());
    const auto applyUndelivered = [this](bool on) {
        OutcomeRules rules = m_outcomes->rules();
        rules.undeliveredIsFailure = on;
        m_outcomes->setRules(rules); // outcomes of other rules are read again
        m_view->refreshVisibleOutcomes();
    };
    if (!undelivered->isChecked())
        applyUndelivered(false);
    connect(undelivered, &QAction::toggled, this, [applyUndelivered](bool on) {
        QSettings().setValue(u"outcomes/undeliveredIsFailure"_s, on);
        applyUndelivered(on);
    });
    m_alerts = viewMenu->addAction(tr("&Alerts…"), this, &MainWindow::showAlerts);
    m_alerts->setObjectName(u"alertsAction"_s);
    m_alerts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_alerts->setToolTip(tr("The flow's Debugger alerts over the range shown, by error code and "
                            "by widget (Ctrl+Shift+A)"));
    m_chartAction = viewMenu->addAction(tr("&Activity chart"));
    m_chartAction->setCheckable(true);
    m_chartAction->setToolTip(tr("Executions per 5 minutes, hour or day, above the table"));
    // The system's look, or FlowScope's own light or dark one (remembered).
    QMenu *themes = viewMenu->addMenu(tr("&Theme"));
    themes->setObjectName(u"themeMenu"_s);
    auto *themeGroup = new QActionGroup(this);
    const Theme saved = themeFromKey(QSettings().value(u"view/theme"_s).toString());
    if (saved != Theme::System)
        applyTheme(saved);
    for (const auto &[theme, text] : { std::pair(Theme::System, tr("&System")),
             std::pair(Theme::Light, tr("&Light")), std::pair(Theme::Dark, tr("&Dark")) }) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == saved);
        action->setObjectName(u"theme_"_s + themeKey(theme));
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [value = theme] {
            QSettings().setValue(u"view/theme"_s, themeKey(value));
            applyTheme(value);
        });
    }
    addAction(m_filterRows);
    addAction(m_pickFlow);

    m_viewsMenu = new ViewsMenu(this);
    menuBar()->addMenu(m_viewsMenu);
    addAction(m_viewsMenu->saveAction());
    m_viewsMenu->setCurrentView([this] { return currentView(); });
    connect(m_viewsMenu, &ViewsMenu::viewChosen, this, &MainWindow::applyView);
    connect(m_viewsMenu, &ViewsMenu::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::buildToolbar()
{
    auto *toolbar = addToolBar(tr("Query"));
    toolbar->setObjectName(u"QueryToolBar"_s);
    toolbar->setMovable(false);
    toolbar->addWidget(m_picker);
    // The saved views beside the flows: a view is a flow's query.
    auto *views = new QToolButton(this);
    views->setObjectName(u"viewsButton"_s);
    views->setText(tr("Views"));
    views->setMenu(m_viewsMenu);
    views->setPopupMode(QToolButton::InstantPopup);
    views->setAccessibleName(tr("Saved views"));
    views->setToolTip(tr("Open a saved view, or save what the table shows (Ctrl+D)"));
    toolbar->addWidget(views);
    toolbar->addSeparator();
    toolbar->addWidget(m_range);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_export);
    toolbar->addAction(m_follow);
    toolbar->addSeparator();
    m_customerField = new QLineEdit(this);
    m_customerField->setPlaceholderText(tr("Find customer…"));
    m_customerField->setClearButtonEnabled(true);
    m_customerField->setAccessibleName(tr("Find customer"));
    m_customerField->setToolTip(
        tr("A phone number or address: every flow's executions of this customer (Ctrl+Shift+F)"));
    m_customerField->setMaximumWidth(
        m_customerField->fontMetrics().horizontalAdvance(u"+44 7700 900123 0000"_s));
    // Its placeholder whole, with room for the clear button: the tool bar moves what does not
    // fit behind its » rather than squeezing this.
    m_customerField->setMinimumWidth(std::min(m_customerField->maximumWidth(),
        m_customerField->fontMetrics().horizontalAdvance(m_customerField->placeholderText()) + 36));
    toolbar->addWidget(m_customerField);
    connect(m_customerField, &QLineEdit::returnPressed, this,
        [this] { findCustomer(m_customerField->text()); });
}

// What cannot be sent, said where it happens.
void MainWindow::buildMessageBar()
{
    m_messageBar->setWordWrap(true);
    m_messageBar->setAccessibleName(tr("Message"));
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setContentsMargins(8, 4, 8, 4);
    QPalette warn = m_messageBar->palette();
    warn.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd6));
    warn.setColor(QPalette::WindowText, QColor(0x6b, 0x45, 0x00));
    m_messageBar->setPalette(warn);
    m_messageBar->hide();
}

void MainWindow::buildPanes()
{
    // The flow's table and the customer search, side by side as tabs: each keeps where it was.
    m_search = new SearchPanel(m_client, m_flows, this);
    m_leftTabs = new QTabWidget(this);
    // The activity chart above the table (View ▸ Activity chart, remembered).
    m_chart = new ActivityChart(m_executions, this);
    // By revision: the flow's revisions listed, and what each publish changed (read once each).
    auto *chartRevisions = new RevisionCompare(m_client, m_chart);
    chartRevisions->shareCacheWith(*m_detail->revisionComparer()->source());
    m_chart->setRevisionSource(chartRevisions);
    connect(m_chart, &ActivityChart::rangeChosen, this,
        [this](const QDateTime &from, const QDateTime &to) {
            m_range->setCustomRange(from.toLocalTime(), to.toLocalTime());
        });
    auto *executionsPage = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(executionsPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(2);
    pageLayout->addWidget(m_chart);
    pageLayout->addWidget(m_view, 1);
    m_leftTabs->addTab(executionsPage, tr("Executions"));
    m_chartAction->setChecked(QSettings().value(u"view/activityChart"_s, true).toBool());
    m_chart->setVisible(m_chartAction->isChecked());
    connect(m_chartAction, &QAction::toggled, this, [this](bool shown) {
        m_chart->setVisible(shown);
        QSettings().setValue(u"view/activityChart"_s, shown);
    });
    m_leftTabs->addTab(m_search, tr("Find customer"));
    m_leftTabs->setAccessibleName(tr("Executions or customer search"));
    m_leftTabs->setTabToolTip(0, tr("A flow's executions over the range in the tool bar"));
    m_leftTabs->setTabToolTip(1, tr("A customer's executions across every flow"));
    m_leftTabs->setDocumentMode(true);
    m_splitter->addWidget(m_leftTabs);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    statusBar()->setSizeGripEnabled(true);
    m_connection->setAccessibleName(tr("Signed in as"));
    m_connection->setToolTip(
        tr("Which Twilio account FlowScope reads, and where its credentials come from"));
    statusBar()->addPermanentWidget(m_sourceNote);
    statusBar()->addPermanentWidget(m_archiveStatus);
    statusBar()->addPermanentWidget(m_connection);
    m_sourceNote->setObjectName(u"sourceNote"_s);
    m_archiveStatus->setObjectName(u"archiveStatus"_s);
    m_sourceNote->setAccessibleName(tr("Where the rows come from"));
    m_archiveStatus->setAccessibleName(tr("Archive"));
    m_sourceNote->hide();
    m_archiveStatus->hide();

    SecretStore *keys = nullptr;
    if (m_accounts) {
        keys = m_accounts->secretStore();
    } else {
        m_demoSecrets = std::make_unique<MemorySecretStore>();
        keys = m_demoSecrets.get();
    }
    m_archive = new ArchiveController(m_client, m_executions, keys, this);
    const auto showArchiveState = [this] {
        const bool on = m_archive->settings().enabled;
        m_archiveStatus->setText(m_archive->statusText());
        m_archiveStatus->setToolTip(m_archive->lastError());
        m_archiveStatus->setVisible(on);
    };
    connect(m_archive, &ArchiveController::changed, this, showArchiveState);
    connect(m_archive, &ArchiveController::serviceChanged, this, [this](ArchiveService *service) {
        m_search->setArchive(service);
        m_detail->setArchive(service);
    });
    connect(m_archive, &ArchiveController::failed, this, &MainWindow::showMessage);
    // Minutes go by: "synced 12 min ago" is kept true.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, showArchiveState);
    connect(clock, &QTimer::timeout, this,
        [this] { m_sourceNote->setText(m_executions->sourceNote()); });
    clock->start(60'000);
    connect(m_executions, &ExecutionsModel::sourceChanged, this, [this] {
        const QString note = m_executions->sourceNote();
        m_sourceNote->setText(note);
        m_sourceNote->setVisible(!note.isEmpty());
    });
}

ArchiveDialog *MainWindow::showArchive()
{
    auto *dialog = new ArchiveDialog(m_archive, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    nameForScreenReaders(dialog);
    dialog->show();
    return dialog;
}

// Query: a flow and a range make a query; an invalid one is explained and not sent.
void MainWindow::connectQuery()
{
    connect(m_picker, &FlowPicker::flowChosen, this, [this](const QString &sid) {
        if (!sid.isEmpty())
            QSettings().setValue(accountKey() + u"/lastFlow"_s, sid);
        applyQuery();
    });
    connect(m_picker, &FlowPicker::invalidInput, this, &MainWindow::showMessage);
    connect(m_range, &DateRangeBar::rangeChanged, this, [this] {
        QSettings().setValue(u"query/preset"_s, DateRangeBar::presetKey(m_range->preset()));
        applyQuery();
    });
    // A refused range leaves the table and the chart as they were: say which range they show.
    connect(m_range, &DateRangeBar::invalidRange, this, [this](const QString &why) {
        const ExecutionQuery &shown = m_executions->query();
        if (!m_executions->hasQuery()) {
            showMessage(why);
            return;
        }
        const auto when = [](const QDateTime &t, const QString &open) {
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : open;
        };
        showMessage(why + u' '
            + tr("The table and the chart still show %1 — %2.")
                  .arg(when(shown.from, tr("the start")), when(shown.to, tr("now"))));
    });
    connect(m_flows, &FlowsModel::loaded, this, &MainWindow::flowsLoaded);
    connect(m_flows, &FlowsModel::errorOccurred, this, [this](const ApiError &error) {
        showMessage(tr("The flow list could not be loaded: %1 Press F5 to try again.")
                        .arg(error.userMessage()));
    });
}

// Selection drives the detail pane; Enter or a double-click takes the keyboard there.
void MainWindow::connectSelection()
{
    connect(m_view, &ExecutionsView::currentExecutionChanged, this, [this](int row) {
        if (row >= 0)
            m_openReply.reset(); // the person chose a row while an opened execution was on its way
        m_detail->setExecution(row >= 0 ? m_executions->executionAt(row) : Execution());
    });
    connect(m_view, &ExecutionsView::activated, m_detail, &DetailPane::focusContext);
}

// The customer search: its results open in the detail pane, export and end as the table's do.
void MainWindow::connectSearch()
{
    connect(m_search, &SearchPanel::executionSelected, this, [this](const Execution &e) {
        if (e.isValid())
            m_detail->setExecution(e);
    });
    connect(m_search, &SearchPanel::exportRequested, this, [this] {
        auto *dialog = new ExportDialog(
            m_client, m_search->selectedResults(), m_search->results()->executions(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        nameForScreenReaders(dialog);
        dialog->open();
    });
    connect(m_search, &SearchPanel::endRequested, this, [this] {
        const QList<Execution> chosen = m_search->selectedResults();
        if (chosen.isEmpty()) {
            statusBar()->showMessage(tr("Select the results to end first."), 5000);
            return;
        }
        auto *dialog = new EndDialog(m_client, chosen, m_flows->names(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EndDialog::executionChanged, this, &MainWindow::executionChanged);
        nameForScreenReaders(dialog);
        dialog->open();
    });
    connect(m_leftTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        // The tool bar's flow and range are the table's: on Find customer, which has a range of
        // its own, they are greyed out and say so, so that nobody takes them for the search's.
        const bool table = tab == 0;
        for (QWidget *part :
            { static_cast<QWidget *>(m_picker), static_cast<QWidget *>(m_range) }) {
            part->setEnabled(table);
            part->setToolTip(table ? QString()
                                   : tr("The Executions tab's flow and range. Find customer "
                                        "searches its own range, set on its tab."));
        }
        m_refresh->setEnabled(table);
        m_follow->setEnabled(table || m_follow->isChecked());
        // Back on the table: the detail shows its current row again.
        if (tab == 0) {
            const int row = m_view->currentSourceRow();
            m_detail->setExecution(row >= 0 ? m_executions->executionAt(row) : Execution());
        }
    });
}

void MainWindow::connectDetail()
{
    connect(m_detail, &DetailPane::executionEnded, this, [this](const QByteArray &json) {
        m_search->results()->update(json); // ended from a search result: its row changes too
        if (m_executions->updateExecution(json)) {
            const int row = m_view->currentSourceRow();
            if (row >= 0)
                m_detail->setExecution(m_executions->executionAt(row));
            return;
        }
        // One opened by SID, not in the table: the API's answer is its new state.
        const Execution ended = executionFromObject(json, m_detail->execution().flowSid);
        if (ended.isValid() && ended.sid == m_detail->execution().sid)
            m_detail->setExecution(ended);
    });
    connect(m_detail, &DetailPane::executionShown, this, &MainWindow::updateTitle);
    connect(m_detail, &DetailPane::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_executions, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->setExecution({});
        m_detail->showTraffic(false); // another query: its executions are not these
    });

    // Where the analysed executions went: the Diagram tab counts them, a click lists them.
    m_detail->setTrafficSource([this] { return TrafficRequest::of(*m_executions, *m_outcomes); });
    connect(m_outcomes, &OutcomeCache::analysisFinished, m_detail, &DetailPane::recountTraffic);
    connect(m_detail, &DetailPane::executionsChosen, m_view, &ExecutionsView::showOnly);
}

MainWindow::~MainWindow() = default;

void MainWindow::openExecution(const QString &text)
{
    QString error;
    const std::optional<ExecutionRef> ref = parseExecutionRef(text, m_picker->currentSid(), &error);
    if (!ref) {
        showMessage(error);
        return;
    }
    openRef(*ref);
}

void MainWindow::openLink(const QString &text)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    QString error;
    const std::optional<FlowScopeLink> link = FlowScopeLink::parse(text, &error);
    if (!link) {
        showMessage(error);
        return;
    }
    const QString account = m_client->settings().credentials.accountSid;
    if (account.isEmpty() || m_signingIn) {
        m_pendingLink = text; // opened once signed in
        return;
    }
    if (!link->accountSid.isEmpty()
        && link->accountSid.compare(account, Qt::CaseInsensitive) != 0) {
        // The person's own profile of that account, if they have one; never anything the link
        // says about how to reach it.
        const bool environment = m_accounts && m_accounts->environmentHasCredentials();
        if (m_accounts && !environment) {
            for (const Profile &profile : m_accounts->profiles().profiles()) {
                if (profile.accountSid.compare(link->accountSid, Qt::CaseInsensitive) == 0) {
                    m_pendingLink = text;
                    statusBar()->showMessage(
                        tr("The link is of account %1: switching to profile '%2'…")
                            .arg(link->accountSid, profile.name));
                    m_accounts->switchTo(profile.name);
                    return;
                }
            }
        }
        showMessage(environment
                ? tr("That link is of account %1, but the TWILIO_* variables sign in to %2; it "
                     "was not opened.")
                      .arg(link->accountSid, account)
                : tr("That link is of account %1, and no profile of yours holds it; it was not "
                     "opened. Add one (Profiles ▸ Add profile…) if you have access to it.")
                      .arg(link->accountSid));
        return;
    }
    if (link->kind == FlowScopeLink::Kind::View) {
        applyView(link->view);
    } else {
        ExecutionRef ref;
        ref.flowSid = link->flowSid;
        ref.executionSid = link->executionSid;
        m_leftTabs->setCurrentIndex(0);
        openRef(ref);
    }
    if (!link->ignored.isEmpty())
        showMessage(tr("The link's %1 were ignored: a link never changes the account or where "
                       "FlowScope connects.")
                        .arg(link->ignored.mid(0, 5).join(u", "_s)));
}

void MainWindow::openRef(const ExecutionRef &ref)
{
    showMessage({});
    m_openReply.reset();
    // Among the loaded rows of the table's flow: select it there, as if clicked.
    if (ref.flowSid.compare(m_executions->query().flowSid, Qt::CaseInsensitive) == 0) {
        const int row = m_executions->rowOfSid(ref.executionSid);
        if (row >= 0 && m_view->selectSourceRow(row)) {
            m_view->table()->setFocus();
            return;
        }
    }
    statusBar()->showMessage(tr("Fetching %1…").arg(ref.executionSid));
    m_openReply.reset(m_client->get(m_client->executionUrl(ref.flowSid, ref.executionSid)));
    connect(m_openReply.get(), &ApiReply::finished, this, [this, ref] {
        const ApiError apiError = m_openReply->error();
        const QByteArray body = m_openReply->body();
        m_openReply.reset();
        statusBar()->clearMessage();
        if (apiError.kind == ApiError::Kind::NotFound) {
            showMessage(tr("Flow %1 has no execution %2. Studio keeps executions for 30 days; "
                           "check the SID, or paste the Console link, which names its flow.")
                            .arg(ref.flowSid, ref.executionSid));
            return;
        }
        if (apiError.isError()) {
            showMessage(tr("Could not open %1: %2").arg(ref.executionSid, apiError.userMessage()));
            return;
        }
        QString why;
        const Execution execution = executionFromObject(body, ref.flowSid, &why);
        if (!execution.isValid()) {
            showMessage(tr("Could not open %1: the server sent a response FlowScope cannot read: "
                           "%2.")
                            .arg(ref.executionSid, why));
            return;
        }
        m_view->clearCurrent(); // the table shows another query; its selection would mislead
        m_detail->setExecution(execution);
        statusBar()->showMessage(
            tr("%1 is not among the loaded rows; shown as the API returned it.").arg(execution.sid),
            8000);
    });
}

SavedView MainWindow::currentView() const
{
    SavedView view;
    view.flowSid = m_picker->currentSid();
    view.range = m_range->preset();
    if (view.range == RangePreset::Custom) {
        view.from = m_range->from().toUTC();
        view.to = m_range->to().toUTC();
    }
    m_view->readView(&view);
    return view;
}

void MainWindow::applyView(const SavedView &view)
{
    m_leftTabs->setCurrentIndex(0);
    showMessage({});
    if (view.range == RangePreset::Custom) {
        // An open end of a custom range is the widest the editors show.
        const QDateTime now = QDateTime::currentDateTime();
        m_range->setCustomRange(view.from.isValid() ? view.from.toLocalTime() : now.addDays(-30),
            view.to.isValid() ? view.to.toLocalTime() : now.addSecs(60));
    } else {
        m_range->setPreset(view.range);
    }
    m_view->applyView(view);
    m_picker->choose(view.flowSid);
    if (!view.name.isEmpty()) {
        m_viewsMenu->setOpenedName(view.name);
        statusBar()->showMessage(tr("View '%1'").arg(view.name), 5000);
    }
}

QString MainWindow::viewProfile() const
{
    const QString profile = m_accounts && !m_accounts->environmentHasCredentials()
        ? m_accounts->currentProfile()
        : QString();
    return profile.isEmpty() ? m_client->settings().credentials.accountSid : profile;
}

void MainWindow::updateTitle(const QString &executionSid)
{
    const QString base = m_demo ? tr("FlowScope — demo account") : tr("FlowScope");
    setWindowTitle(executionSid.isEmpty() ? base : u"%1 — %2"_s.arg(executionSid, base));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && watched == QCoreApplication::instance()) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme().compare(u"flowscope"_s, Qt::CaseInsensitive) == 0) {
            openLink(url.toString(QUrl::FullyEncoded));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_archive->setEphemeral(demo && !m_accounts);
    updateTitle(m_detail->execution().sid);
    if (demo)
        statusBar()->showMessage(
            tr("Demo: a generated Studio account served by the built-in sandbox"), 8000);
}

QString MainWindow::accountKey() const
{
    // Per account, so that one account's last flow is never tried on another.
    return u"accounts/"_s + m_client->settings().credentials.accountSid;
}

void MainWindow::showMessage(const QString &text)
{
    m_messageBar->setText(text.isEmpty() ? QString() : u"⚠  "_s + text);
    m_messageBar->setVisible(!text.isEmpty());
}

void MainWindow::applyQuery()
{
    const QString flow = m_picker->currentSid();
    if (flow.isEmpty()) {
        m_executions->clear();
        return;
    }
    if (!m_range->isValid())
        return; // already explained by the range bar
    ExecutionQuery query;
    query.flowSid = flow;
    query.from = m_range->from();
    query.to = m_range->to();
    query.pageSize = kPageSize;
    query.withRevision = true; // the Revision column: v2 says which revision each one ran on
    const ApiError invalid = query.validate();
    if (invalid.isError()) {
        showMessage(invalid.userMessage());
        return;
    }
    showMessage({});
    m_executions->setQuery(query);
}

void MainWindow::refresh()
{
    if (m_flows->state() == FlowsModel::State::Error || m_flows->state() == FlowsModel::State::Idle)
        m_flows->refresh();
    // Following, F5 reads the range again and goes on following: once the first page is in, so
    // that the newest rows are not read twice at once.
    const bool following = m_tail->isRunning();
    applyQuery(); // presets are recomputed: "Last hour" moves along
    if (!following || m_follow->isChecked())
        return;
    auto resume = std::make_shared<QMetaObject::Connection>();
    const quint64 generation = m_executions->generation();
    *resume = connect(m_executions, &ExecutionsModel::stateChanged, this,
        [this, resume, generation](ExecutionsModel::State state) {
            if (state == ExecutionsModel::State::Loading)
                return;
            disconnect(*resume);
            // Not after a failure, nor for a query changed meanwhile.
            if (state != ExecutionsModel::State::Error && m_executions->generation() == generation)
                m_follow->setChecked(true);
        });
}

void MainWindow::flowsLoaded()
{
    if (!m_picker->currentSid().isEmpty() || m_flows->rowCount() == 0)
        return;
    const QString last = QSettings().value(accountKey() + u"/lastFlow"_s).toString();
    const std::optional<SavedView> start
        = ViewStore(viewProfile()).find(ViewStore(viewProfile()).startView());
    if (start)
        applyView(*start);
    else if (m_demo)
        m_picker->choose(m_flows->flowAt(0).sid);
    else if (!last.isEmpty() && m_flows->rowOfSid(last) >= 0)
        m_picker->choose(last);
    else
        m_view->setEmptyText(tr("Pick a flow to see its executions (Ctrl+L)."));
}

void MainWindow::findCustomer(const QString &contact)
{
    m_leftTabs->setCurrentWidget(m_search);
    if (contact.trimmed().isEmpty()) {
        m_search->focusContact();
        return;
    }
    m_search->contactEdit()->setText(contact.trimmed());
    m_search->search();
}

// The API's answer about an execution, wherever it is shown.
void MainWindow::executionChanged(const QByteArray &json)
{
    m_search->results()->update(json); // a search result, too
    if (m_executions->updateExecution(json)) {
        const int row = m_view->currentSourceRow();
        if (row >= 0)
            m_detail->setExecution(m_executions->executionAt(row));
    }
}

EndDialog *MainWindow::endSelected()
{
    QList<Execution> chosen;
    for (const int row : m_view->selectedSourceRows())
        chosen << m_executions->executionAt(row);
    if (chosen.isEmpty()) {
        statusBar()->showMessage(tr("Select the executions to end first."), 5000);
        return nullptr;
    }
    auto *dialog = new EndDialog(m_client, chosen, m_flows->names(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndDialog::executionChanged, this, &MainWindow::executionChanged);
    nameForScreenReaders(dialog);
    dialog->open();
    return dialog;
}

CompareDialog *MainWindow::compareSelected()
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (rows.size() != 2) {
        statusBar()->showMessage(
            tr("Select exactly two executions to compare (Ctrl+click the second)."), 5000);
        return nullptr;
    }
    auto *dialog = new CompareDialog(m_client, m_related, m_executions->executionAt(rows[0]),
        m_executions->executionAt(rows[1]), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Another account: the two executions belong to the old one.
    connect(m_client, &StudioClient::settingsChanged, dialog, &QWidget::close);
    nameForScreenReaders(dialog);
    dialog->show();
    return dialog;
}

StuckDialog *MainWindow::findStuck()
{
    if (m_flows->rowCount() == 0) {
        statusBar()->showMessage(tr("The flows are not listed yet."), 5000);
        return nullptr;
    }
    auto *dialog = new StuckDialog(m_client, m_flows, m_picker->currentSid(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StuckDialog::executionChanged, this, &MainWindow::executionChanged);
    // Another account: what it found belongs to the old one.
    connect(m_client, &StudioClient::settingsChanged, dialog, &QWidget::close);
    nameForScreenReaders(dialog);
    dialog->show();
    return dialog;
}

void MainWindow::showAlerts()
{
    if (!m_executions->hasQuery()) {
        statusBar()->showMessage(tr("Pick a flow first: its alerts are counted."), 5000);
        return;
    }
    if (!m_alertsDialog) {
        m_alertsDialog = new AlertsDialog(m_client, m_related, this);
        m_alertsDialog->setObjectName(u"alertsDialog"_s);
        connect(m_alertsDialog, &AlertsDialog::executionsChosen, this,
            [this](const QStringList &sids, const QString &why) {
                // Only loaded rows can be listed: say how many of them are.
                int loaded = 0;
                for (int row = 0; row < m_executions->rowCount(); ++row)
                    loaded += sids.contains(m_executions->executionAt(row).sid) ? 1 : 0;
                m_view->showOnly(sids,
                    loaded == sids.size() ? why
                                          : tr("%1 — %2 of them loaded; Load all for the others")
                                                .arg(why)
                                                .arg(loaded));
            });
        // Another account: what it counted belongs to the old one.
        connect(m_client, &StudioClient::settingsChanged, m_alertsDialog, &QDialog::close);
    }
    const ExecutionQuery &query = m_executions->query();
    m_alertsDialog->count(
        query.flowSid, m_flows->names().value(query.flowSid), query.from, query.to);
    nameForScreenReaders(m_alertsDialog);
    m_alertsDialog->show();
    m_alertsDialog->raise();
}

ExportDialog *MainWindow::exportRows()
{
    if (!m_executions->hasQuery()) {
        statusBar()->showMessage(tr("Pick a flow first: there is nothing to export yet."), 5000);
        return nullptr;
    }
    auto *dialog = new ExportDialog(m_client, m_executions, m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this,
        [this](bool ok, qint64, const QString &message) {
            statusBar()->showMessage(message, ok ? 8000 : 15000);
        });
    nameForScreenReaders(dialog);
    dialog->open();
    return dialog;
}

void MainWindow::signInAtStart(const QString &profileName)
{
    if (!m_accounts)
        return;
    QString error;
    if (m_accounts->environmentHasCredentials()) {
        if (!m_accounts->useEnvironment(&error))
            showMessage(error);
        return;
    }
    const QString name = profileName.isEmpty() ? m_accounts->profiles().lastUsed() : profileName;
    if (!name.isEmpty() && m_accounts->profiles().find(name)) {
        m_requestedProfile = name;
        m_accounts->switchTo(name); // asks for the secret if the keychain cannot give it
        return;
    }
    if (!profileName.isEmpty())
        showMessage(tr("There is no profile named '%1'.").arg(profileName));
    signIn();
}

bool MainWindow::signIn(const QString &profileName, const QString &reason)
{
    m_signingIn = true;
    SignInDialog dialog(this);
    dialog.setMessage(reason);
    if (m_accounts) {
        if (const auto profile = m_accounts->profiles().find(profileName))
            dialog.setProfile(*profile, false);
        else
            dialog.remember()->setChecked(true);
    }
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_signingIn = false;
    if (!accepted)
        return false;
    const auto settings = dialog.settings();
    if (!settings)
        return false;
    // Nothing of one account is ever shown under another: a new client configuration clears
    // every model.
    m_picker->clear();
    showMessage({});
    if (m_accounts) {
        if (const auto profile = dialog.profile())
            m_accounts->saveAndSwitch(*profile, dialog.secret());
        else
            m_accounts->useSettings(*settings);
    } else {
        m_client->setSettings(*settings);
        accountSwitched(tr("credentials typed in (kept in memory)"));
    }
    return true;
}

void MainWindow::accountSwitched(const QString &description)
{
    m_openReply.reset(); // an execution of the previous account is not shown
    m_picker->clear();
    const QString account = m_client->settings().credentials.accountSid;
    QString text = account.isEmpty()
        ? tr("Not signed in")
        : tr("%1…%2 · %3").arg(account.left(6), account.right(4), description);
    if (m_accounts && m_accounts->environmentHasCredentials())
        text += tr(" (TWILIO_* variables win over profiles)");
    m_connection->setText(text);
    m_connection->setToolTip(tr("Account %1, signed in with %2; API origin %3")
                                 .arg(account, description, m_client->origin().toString()));
    if (m_profilesMenu)
        rebuildProfilesMenu();
    m_archive->setProfile(m_accounts ? m_accounts->currentProfile() : QString());
    m_viewsMenu->setProfile(account.isEmpty() ? QString() : viewProfile(), account);
    if (!account.isEmpty())
        m_flows->load();
    if (!account.isEmpty() && !m_pendingLink.isEmpty())
        openLink(std::exchange(m_pendingLink, {}));
}

void MainWindow::rebuildProfilesMenu()
{
    if (!m_profilesMenu)
        return;
    m_profilesMenu->clear();
    const bool fromEnvironment = m_accounts->environmentHasCredentials();
    if (fromEnvironment) {
        QAction *note = m_profilesMenu->addAction(tr("Environment credentials in use (TWILIO_*)"));
        note->setEnabled(false);
        m_profilesMenu->addSeparator();
    }
    auto *group = new QActionGroup(m_profilesMenu);
    for (const Profile &profile : m_accounts->profiles().profiles()) {
        QAction *action = m_profilesMenu->addAction(profile.name);
        action->setCheckable(true);
        action->setChecked(profile.name == m_accounts->currentProfile());
        action->setToolTip(tr("%1 · %2").arg(profile.accountSid,
            profile.usesApiKey() ? tr("API key %1").arg(profile.apiKeySid) : tr("Auth Token")));
        group->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, name = profile.name] { m_accounts->switchTo(name); });
    }
    m_profilesMenu->addSeparator();
    m_profilesMenu->addAction(tr("&Add profile…"), this, [this] { signIn(); });
    // Edit and Remove for any profile, not only the one in use.
    const QList<Profile> profiles = m_accounts->profiles().profiles();
    QMenu *edit = m_profilesMenu->addMenu(tr("&Edit profile"));
    QMenu *remove = m_profilesMenu->addMenu(tr("&Remove profile"));
    edit->setEnabled(!profiles.isEmpty());
    remove->setEnabled(!profiles.isEmpty());
    for (const Profile &profile : profiles) {
        edit->addAction(profile.name, this, [this, name = profile.name] { editProfile(name); });
        remove->addAction(profile.name, this, [this, name = profile.name] {
            if (QMessageBox::question(this, tr("Remove profile"),
                    tr("Remove profile '%1' and its secret from the keychain?").arg(name))
                == QMessageBox::Yes)
                m_accounts->removeProfile(name);
        });
    }
    QAction *where = m_profilesMenu->addAction(
        tr("Secrets are kept in %1").arg(m_accounts->secretsDescription()));
    where->setEnabled(false);
}

void MainWindow::editProfile(const QString &name)
{
    const auto profile = m_accounts->profiles().find(name);
    if (!profile)
        return;
    SignInDialog dialog(this);
    dialog.setProfile(*profile, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto edited = dialog.profile())
        m_accounts->editProfile(name, *edited, dialog.secret());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_splitterSized, true))
        return;
    // No split of the user's yet: three fifths for the table, two for the execution, as the
    // stretch factors say — not the pane's minimum, where a SID is cut at 1400 px.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int tableLeast = m_leftTabs->minimumSizeHint().width();
    const int detail = std::clamp(total * 2 / 5, m_detail->minimumSizeHint().width(),
        std::max(m_detail->minimumSizeHint().width(), total - tableLeast));
    m_splitter->setSizes({ total - detail, detail });
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        m_tail->setPaused(isMinimized()); // nobody is looking: no polls
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitterSized = m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_view->restoreHeaderState(settings.value(u"executions/header"_s).toByteArray());
    DateRangeBar::Preset preset = DateRangeBar::presetFromKey(
        settings.value(u"query/preset"_s, u"last-24-hours"_s).toString());
    if (preset == DateRangeBar::Preset::Custom)
        preset = DateRangeBar::Preset::Last24Hours; // custom bounds are not kept: a day is a safe
                                                    // start
    m_range->setPreset(preset);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"executions/header"_s, m_view->headerState());
    settings.setValue(u"query/preset"_s, DateRangeBar::presetKey(m_range->preset()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace flowscope
