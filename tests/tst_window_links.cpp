// flowscope:// links and saved views in the window: a link opens its execution or its view (and
// never changes the account or where FlowScope connects); a second, real `flowscope -- LINK`
// process hands its link to this window over the user's socket and exits; a socket left by a
// crashed window is taken over; another user's process is never heard; macOS's QFileOpenEvent;
// views saved, opened, renamed, linked, and opened at the start.

#include "links/flowscopelink.h"
#include "links/linkhandoff.h"
#include "support/processrun.h"
#include "support/windowtest.h"
#include "window/viewsmenu.h"

#include <QFileOpenEvent>
#include <QFileSystemWatcher>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// The environment of a second flowscope process: this user's runtime folder, and no display —
// so that it can only succeed by handing its link over.
QProcessEnvironment secondProcess()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

class TestWindowLinks : public WindowTest
{
    Q_OBJECT

    QTemporaryDir m_runtime; // this "user's" XDG_RUNTIME_DIR, 0700

    QString executionLink(int f, qint64 i, const QString &extra = {}) const
    {
        return FlowScopeLink::toExecution(QString::fromLatin1(data().flow(f).sid),
                   QString::fromLatin1(data().execution(f, i).sid))
            + extra;
    }

    bool titleNames(const QByteArray &sid) const
    {
        return QTest::qWaitFor(
            [&] { return m_window->windowTitle().startsWith(QString::fromLatin1(sid)); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        setUpSuite(u"tst_window_links"_s);
        QVERIFY(m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

    void aLinkOpensItsExecution()
    {
        QVERIFY(openWithFlows());
        const QByteArray sid = data().execution(1, 50).sid;
        // What a link may carry besides: never followed, never a different origin or account.
        m_window->openLink(executionLink(
            1, 50, u"&base_url=http%3A%2F%2F127.0.0.1%3A9&token=x&region=ie1&edge=dublin"_s));
        QVERIFY(titleNames(sid));
        QCOMPARE(child<DetailPane>(m_window, "detailPane")->execution().sid.toLatin1(), sid);
        QVERIFY(child<QLabel>(m_window, "messageBar")
                    ->text()
                    .contains(u"base_url, token, region, edge"_s));
        QCOMPARE(m_client->origin().toString(), m_sandbox->url().toString());
        // Its Copy link gives a link that opens it again.
        QToolButton *copyLink = nullptr;
        for (QToolButton *b : m_window->findChildren<QToolButton *>()) {
            if (b->accessibleName() == u"Copy link to execution"_s)
                copyLink = b;
        }
        QVERIFY(copyLink);
        copyLink->click();
        const auto copied = FlowScopeLink::parse(QApplication::clipboard()->text(), nullptr);
        QVERIFY(copied);
        QCOMPARE(copied->executionSid.toLatin1(), sid);
        QCOMPARE(copied->flowSid.toLatin1(), data().flow(1).sid);
        QCOMPARE(copied->accountSid.toLatin1(), m_sandbox->accountSid());
    }

    // Copy SID and Copy link on the rows of the table and of Find customer's results.
    void copyLinkFromTheTables()
    {
        const int f = browse(0, DateRangeBar::Preset::Last7Days);
        QVERIFY(f >= 0);
        selectSourceRow(2);
        const QString sid = model()->index(2, ExecutionsModel::SidColumn).data().toString();
        const auto copied = [](QWidget *view, const char *name) {
            child<QAction>(view, name)->trigger();
            return QApplication::clipboard()->text();
        };
        QCOMPARE(copied(table(), "copySidAction"), sid);
        auto link = FlowScopeLink::parse(copied(table(), "copyLinkAction"), nullptr);
        QVERIFY(link);
        QCOMPARE(link->executionSid, sid);
        QCOMPARE(link->flowSid.toLatin1(), data().flow(f).sid);
        QCOMPARE(link->accountSid.toLatin1(), m_sandbox->accountSid());

        SearchPanel *panel = child<SearchPanel>(m_window, "searchPanel");
        QSignalSpy finished(panel, &SearchPanel::searchFinished);
        m_window->findCustomer(data().execution(1, data().executionCount(1) - 1).contactAddress);
        QVERIFY(finished.wait(30000));
        auto *results = child<QTableView>(panel, "resultsView");
        QVERIFY(results->model()->rowCount() > 0);
        results->setCurrentIndex(results->model()->index(0, 0));
        const Execution first = panel->selectedResults().value(0);
        QVERIFY(first.isValid());
        link = FlowScopeLink::parse(copied(results, "copyLinkAction"), nullptr);
        QVERIFY(link);
        QCOMPARE(link->executionSid, first.sid);
        QCOMPARE(link->flowSid, first.flowSid);
    }

    void aLinkOfAnotherAccountIsNotOpened()
    {
        QVERIFY(openWithFlows());
        const QString title = m_window->windowTitle();
        m_window->openLink(executionLink(0, 3, u"&account=AC"_s + QString(32, u'f')));
        QTRY_VERIFY(child<QLabel>(m_window, "messageBar")->text().contains(u"no profile"_s));
        QCOMPARE(m_window->windowTitle(), title);
        m_window->openLink(u"flowscope://user:pw@execution/x"_s);
        QTRY_VERIFY(child<QLabel>(m_window, "messageBar")->text().contains(u"password"_s));
    }

    // macOS hands a clicked link to the application as a QFileOpenEvent.
    void aFileOpenEventOpensTheLink()
    {
        QVERIFY(openWithFlows());
        QCoreApplication::postEvent(
            QCoreApplication::instance(), new QFileOpenEvent(QUrl(executionLink(2, 7))));
        QVERIFY(titleNames(data().execution(2, 7).sid));
    }

    // The real second process: no display, so it exits 0 only by handing the link over.
    void aSecondProcessHandsItsLinkOver()
    {
        QVERIFY(openWithFlows());
        LinkServer server;
        connect(&server, &LinkServer::linkReceived, m_window.get(), &MainWindow::openLink);
        QString why;
        QVERIFY2(server.listen(&why), qPrintable(why));
        // Owner-only, in a folder that is the user's alone.
        const QFile::Permissions others
            = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFileInfo(LinkServer::socketPath()).permissions() & others, QFile::Permissions());
        QCOMPARE(QFileInfo(m_runtime.path()).permissions() & others, QFile::Permissions());
        const ProcessRun run = runProcess(QStringLiteral(FLOWSCOPE_BIN),
            { u"--"_s, executionLink(3, 11) }, secondProcess(), 10000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        QVERIFY(titleNames(data().execution(3, 11).sid));

        // A second window of the same user does not take the socket from the first.
        LinkServer second;
        bool running = false;
        QVERIFY(!second.listen(&why, &running));
        QVERIFY(running);

        // A link that is not one is refused by the second process before anything is sent.
        const ProcessRun bad = runProcess(QStringLiteral(FLOWSCOPE_BIN),
            { u"--"_s, u"flowscope://execution/--platform"_s }, secondProcess(), 10000);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.startsWith("flowscope: "));
        // Nor can an option follow the link: after -- comes one link.
        const ProcessRun extra = runProcess(QStringLiteral(FLOWSCOPE_BIN),
            { u"--"_s, executionLink(3, 12), u"--profile=x"_s }, secondProcess(), 10000);
        QCOMPARE(extra.exitCode, 2);
        QVERIFY(
            !m_window->windowTitle().startsWith(QString::fromLatin1(data().execution(3, 12).sid)));
    }

    // With no window running, `flowscope -- LINK` is the window: it opens, and listens, so that
    // the next link goes to it. Both real processes, in a runtime folder of their own.
    void withNoWindowTheFirstProcessIsTheWindow()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment env = secondProcess();
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        env.insert(u"XDG_CONFIG_HOME"_s, runtime.filePath(u"config"_s));
        QProcessEnvironment windowEnv = env;
        windowEnv.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess window;
        window.setProcessEnvironment(windowEnv);
        QFileSystemWatcher watcher({ runtime.path() });
        QSignalSpy changed(&watcher, &QFileSystemWatcher::directoryChanged);
        window.start(QStringLiteral(FLOWSCOPE_BIN), { u"--demo"_s, u"--"_s, executionLink(0, 4) });
        QVERIFY(window.waitForStarted(10000));
        const QString socket = QDir(runtime.path()).filePath(u"flowscope-window"_s);
        while (!QFileInfo::exists(socket) && window.state() == QProcess::Running)
            QVERIFY(changed.wait(20000));
        QVERIFY2(QFileInfo::exists(socket), window.readAllStandardError().constData());
        const ProcessRun second = runProcess(
            QStringLiteral(FLOWSCOPE_BIN), { u"--"_s, executionLink(0, 5) }, env, 10000);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(window.state(), QProcess::Running); // it took the link, and goes on
        window.terminate();
        QVERIFY(window.waitForFinished(10000));
    }

    // A window that crashed left its socket file: the next one takes it over.
    void aStaleSocketIsTakenOver()
    {
        const QByteArray path = QFile::encodeName(LinkServer::socketPath());
        QFile::remove(QString::fromLocal8Bit(path));
        {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address {};
            address.sun_family = AF_UNIX;
            std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
            QCOMPARE(::listen(fd, 1), 0);
            ::close(fd); // the process "crashed": the file stays, nobody listens
        }
        QVERIFY(QFileInfo::exists(QString::fromLocal8Bit(path)));
        QString why;
        QVERIFY(!LinkServer::handOver(executionLink(0, 1), &why));
        QVERIFY(why.isEmpty()); // no window: the caller opens one itself
        QVERIFY(openWithFlows());
        LinkServer server;
        connect(&server, &LinkServer::linkReceived, m_window.get(), &MainWindow::openLink);
        QVERIFY2(server.listen(&why), qPrintable(why));
        const ProcessRun run = runProcess(QStringLiteral(FLOWSCOPE_BIN),
            { u"--"_s, executionLink(0, 1) }, secondProcess(), 10000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(titleNames(data().execution(0, 1).sid));
    }

    // Another user's process never reaches this window: the folder keeps it out, and where it
    // does not (opened up here on purpose), the window asks the kernel who is calling.
    void anotherUsersLinksAreNeverHeard()
    {
        if (::geteuid() != 0) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("this needs root, to run a process as another user");
            QSKIP("needs root to run a process as another user");
        }
        QVERIFY(openWithFlows());
        LinkServer server;
        QSignalSpy received(&server, &LinkServer::linkReceived);
        QString why;
        QVERIFY2(server.listen(&why), qPrintable(why));
        const QStringList asNobody = { u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
            QStringLiteral(FLOWSCOPE_BIN), u"--"_s, executionLink(1, 2) };
        ProcessRun run = runProcess(u"setpriv"_s, asNobody, secondProcess(), 10000);
        QVERIFY2(run.exitCode != 0, "another user's process handed a link over");
        QCOMPARE(received.size(), 0);
        // The folder and the socket opened to everyone: the window still asks the kernel who
        // is calling, and says nothing to another user's process.
        // (The path first: asked for it, Qt puts the folder's permissions right again.)
        const QString socket = LinkServer::socketPath();
        QVERIFY(QFile::setPermissions(m_runtime.path(), QFileDevice::Permissions(0x7777)));
        QVERIFY(QFile::setPermissions(socket, QFileDevice::Permissions(0x7777)));
        // Connected, the window hangs up: before the words are sent, or after them.
        const QString client = u"import socket, sys\n"
                               u"s = socket.socket(socket.AF_UNIX)\n"
                               u"s.connect(sys.argv[1])\n"
                               u"try:\n"
                               u"    s.sendall(sys.argv[2].encode())\n"
                               u"    print('reply:' + repr(s.recv(100)))\n"
                               u"except (ConnectionResetError, BrokenPipeError):\n"
                               u"    print('reply:reset')\n"_s;
        run = runProcess(u"setpriv"_s,
            { u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"/usr/bin/python3"_s,
                u"-c"_s, client, socket, u"FLOWSCOPE-LINK 1\n"_s + executionLink(1, 2) + u"\n"_s },
            secondProcess(), 10000);
        QFile::setPermissions(
            m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Connected, and not a word back.
        QVERIFY2(run.out.contains("reply:b''") || run.out.contains("reply:reset"),
            QByteArray(run.out + run.err).constData());
        QCOMPARE(received.size(), 0);
        // The same words from this user are taken: the refusal above was the uid's.
        run = runProcess(u"/usr/bin/python3"_s,
            { u"-c"_s, client, LinkServer::socketPath(),
                u"FLOWSCOPE-LINK 1\n"_s + executionLink(1, 2) + u"\n"_s },
            secondProcess(), 10000);
        QVERIFY2(run.out.contains("reply:b'ok\\n'"), QByteArray(run.out + run.err).constData());
        QCOMPARE(received.size(), 1);
    }

    // Views ▸ Save view… (Ctrl+D) asks for a name and saves the table's query under it.
    void saveViewAsksForAName()
    {
        QVERIFY(openWithFlows());
        pickFlow(1);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(u"  Lunch rush  "_s);
            dialog->accept();
        });
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier);
        const std::optional<SavedView> saved
            = ViewStore(m_window->viewsMenu()->profile()).find(u"Lunch rush"_s);
        QVERIFY(saved);
        QCOMPARE(saved->flowSid.toLatin1(), data().flow(1).sid);
        QTRY_VERIFY(m_window->viewsMenu()->findChild<QMenu *>(u"view:Lunch rush"_s));
        // And again, after the menu was rebuilt: its actions still answer.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), u"Lunch rush"_s); // the view opened last is offered
            dialog->setTextValue(u"Second"_s);
            dialog->accept();
        });
        m_window->viewsMenu()->saveAction()->trigger();
        QVERIFY(ViewStore(m_window->viewsMenu()->profile()).find(u"Second"_s));
    }

    void viewsAreSavedOpenedRenamedAndLinked()
    {
        const int f = browse(1, DateRangeBar::Preset::Last7Days);
        QVERIFY(f >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        QHeaderView *header = view->table()->horizontalHeader();
        // A query of one's own: a filter, two columns hidden, one moved, a sort.
        const QString contact = model()->index(0, ExecutionsModel::ContactColumn).data().toString();
        child<QLineEdit>(view, "filterBox")->setText(contact.left(6));
        header->setSectionHidden(ExecutionsModel::ContactSidColumn, true);
        header->setSectionHidden(ExecutionsModel::FlowSidColumn, true);
        header->moveSection(header->visualIndex(ExecutionsModel::StartedColumn), 0);
        view->table()->sortByColumn(ExecutionsModel::StartedColumn, Qt::AscendingOrder);
        const SavedView mine = m_window->currentView();
        QCOMPARE(mine.flowSid.toLatin1(), data().flow(f).sid);
        QCOMPARE(mine.range, RangePreset::Last7Days);
        QCOMPARE(mine.filter, contact.left(6));
        QCOMPARE(mine.columns.first(), u"date_created"_s);
        QVERIFY(!mine.columns.contains(u"contact_sid"_s) && !mine.columns.contains(u"flow_sid"_s));
        QCOMPARE(mine.sortColumn, u"date_created"_s);
        QVERIFY(!mine.sortDescending);
        m_window->viewsMenu()->saveCurrentAs(u"Morning"_s);

        // Everything changed back, then the view opened from its menu.
        child<QLineEdit>(view, "filterBox")->clear();
        header->setSectionHidden(ExecutionsModel::ContactSidColumn, false);
        header->moveSection(header->visualIndex(ExecutionsModel::StartedColumn), 3);
        header->setSortIndicator(-1, Qt::DescendingOrder);
        child<DateRangeBar>(m_window, "dateRange")->setPreset(DateRangeBar::Preset::LastHour);
        pickFlow(2);
        QMenu *menu = m_window->viewsMenu()->findChild<QMenu *>(u"view:Morning"_s);
        QVERIFY(menu);
        menu->actions().constFirst()->trigger(); // Open
        QVERIFY(m_window->currentView() == mine);
        QCOMPARE(
            child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1(), data().flow(f).sid);
        QVERIFY(waitSettled());
        QVERIFY(view->proxy()->rowCount() > 0);
        for (int r = 0; r < view->proxy()->rowCount(); ++r) {
            QVERIFY(view->proxy()
                        ->index(r, ExecutionsModel::ContactColumn)
                        .data()
                        .toString()
                        .contains(contact.left(6)));
        }

        // Renamed, it is found under its new name only; its link opens it too.
        QString why;
        QVERIFY(ViewStore(m_window->viewsMenu()->profile()).rename(u"Morning"_s, u"AM"_s, &why));
        m_window->viewsMenu()->rebuild();
        QTRY_VERIFY(!m_window->viewsMenu()->findChild<QMenu *>(u"view:Morning"_s)); // deleted later
        QVERIFY(m_window->viewsMenu()->findChild<QMenu *>(u"view:AM"_s));
        pickFlow(3);
        child<QLineEdit>(view, "filterBox")->clear();
        SavedView am = mine;
        am.name = u"AM"_s;
        m_window->openLink(FlowScopeLink::toView(am, QString::fromLatin1(m_sandbox->accountSid())));
        QVERIFY(m_window->currentView() == mine);

        // The start view opens with the next window of this profile.
        ViewStore(m_window->viewsMenu()->profile()).setStartView(u"AM"_s);
        m_window.reset();
        QVERIFY(openWithFlows());
        QTRY_COMPARE(
            child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1(), data().flow(f).sid);
        QVERIFY(m_window->currentView() == mine);
    }
};

QTEST_MAIN(TestWindowLinks)
#include "tst_window_links.moc"
