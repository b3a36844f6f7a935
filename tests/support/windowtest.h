#pragma once

// What the window's suites share: the in-process sandbox (four flows, pages to scroll through),
// a client signed in to it, the window, and the steps a support engineer takes - open it, pick a
// flow, choose a range, select a row. Each feature's suite (tst_window_*.cpp) derives from it.

#include "accounts/accounts.h"
#include "accounts/signindialog.h"
#include "bulk/enddialog.h"
#include "bulk/endjob.h"
#include "bulk/stuckdialog.h"
#include "children.h"
#include "csvreader.h"
#include "detail/detailpane.h"
#include "detail/jsontreemodel.h"
#include "detail/jsontreewidget.h"
#include "detail/relatedpanel.h"
#include "detail/stepsmodel.h"
#include "diagram/flowcanvas.h"
#include "executions/activitychart.h"
#include "executions/daterangebar.h"
#include "executions/executionsmodel.h"
#include "executions/executionsview.h"
#include "executions/flowpicker.h"
#include "executions/flowsmodel.h"
#include "executions/livetail.h"
#include "export/exportdialog.h"
#include "outcome/outcomecache.h"
#include "related/alertsdialog.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"
#include "sandboxtruth.h"
#include "search/resultsmodel.h"
#include "search/searchpanel.h"
#include "spreadsheetreader.h"
#include "testclient.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

class WindowTest : public QObject
{
    Q_OBJECT

protected:
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;
    std::unique_ptr<MainWindow> m_window;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }
    ExecutionsModel *model() const { return child<ExecutionsModel>(m_window, "executionsModel"); }
    QTableView *table() const { return child<ExecutionsView>(m_window, "executionsView")->table(); }

    void open(bool demo = true)
    {
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_window->setDemoMode(demo);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Flow f of the sandbox, by its name as a person would type it.
    void pickFlow(int f)
    {
        QLineEdit *edit = child<FlowPicker>(m_window, "flowPicker")->lineEdit();
        edit->setText(data().flow(f).friendlyName);
        child<FlowPicker>(m_window, "flowPicker")->commit();
        QCOMPARE(
            child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1(), data().flow(f).sid);
    }

    bool waitSettled()
    {
        return QTest::qWaitFor(
            [this] { return model()->state() != ExecutionsModel::State::Loading; }, 20000);
    }

    // The window signed in to the sandbox (not in demo mode), its four flows listed.
    bool openWithFlows()
    {
        open(false);
        return !QTest::currentTestFailed()
            && QTest::qWaitFor(
                [this] { return child<FlowsModel>(m_window, "flowsModel")->rowCount() == 4; },
                10000);
    }

    // The window on the flow the picker lists at `pick`, over `preset`, its first page in.
    // Returns that flow's index in the sandbox's data, or -1 when it did not get there.
    int browse(int pick, DateRangeBar::Preset preset)
    {
        if (!openWithFlows())
            return -1;
        child<DateRangeBar>(m_window, "dateRange")->setPreset(preset);
        pickFlow(pick);
        if (QTest::currentTestFailed() || !waitSettled())
            return -1;
        return data().flowIndex(child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1());
    }

    // A saved profile `name` for `server`, its secret in `keychain`.
    static void saveProfile(
        const sandbox::SandboxServer &server, const QString &name, MemorySecretStore *keychain)
    {
        Profile p;
        p.name = name;
        p.accountSid = QString::fromLatin1(server.accountSid());
        p.baseUrl = server.url().toString();
        ProfileStore().save(p);
        keychain->write(p.secretKey(), QString::fromLatin1(server.authToken()), [](auto, auto) {});
    }

    // The rows on screen read their outcomes by themselves (a setting, on by default): off, for
    // the tests that count every request the sandbox receives.
    static void readNoOutcomesOnScreen()
    {
        QSettings().setValue(u"view/outcomesOnScreen"_s, false);
    }

    int rowOfExecution(qint64 i, int f) const
    {
        return model()->rowOfSid(QString::fromLatin1(data().execution(f, i).sid));
    }

    void selectSourceRow(int row)
    {
        const QModelIndex at = child<ExecutionsView>(m_window, "executionsView")
                                   ->proxy()
                                   ->mapFromSource(model()->index(row, 0));
        table()->setCurrentIndex(at);
        table()->selectionModel()->select(
            at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // The suites' initTestCase(), init() and cleanup() call these.
    static void setUpSuite(const QString &name);
    void startSandbox();
    void tearDown();
};
