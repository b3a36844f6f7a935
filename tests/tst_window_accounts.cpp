// The window, offscreen, against the in-process sandbox. Accounts in the window: profiles switched
// cleanly, edited and removed, one whose secret is missing, the sign-in dialog.

#include "support/windowtest.h"

class TestWindowAccounts : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_accounts"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

    void profilesSwitchAccountsCleanly()
    {
        sandbox::SandboxOptions other;
        other.data.seed = 99;
        other.data.flows = 2;
        other.data.executionsPerFlow = 500;
        sandbox::SandboxServer second(other);
        QVERIFY(second.start());
        MemorySecretStore keychain;
        StudioClient client;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        saveProfile(m_sandbox.server(), u"alpha"_s, &keychain);
        saveProfile(second, u"beta"_s, &keychain);

        MainWindow window(&client, &accounts);
        window.show();
        window.signInAtStart(u"alpha"_s);
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 4, 10000);
        QVERIFY(child<QLabel>(&window, "connectionLabel")->text().contains(u"profile 'alpha'"_s));
        child<FlowPicker>(&window, "flowPicker")->choose(QString::fromLatin1(data().flow(0).sid));
        QTRY_VERIFY(child<ExecutionsModel>(&window, "executionsModel")->rowCount() > 0);

        // The Profiles menu lists both, alpha checked; picking beta switches.
        QAction *beta = nullptr;
        for (QAction *action : child<QMenu>(&window, "profilesMenu")->actions()) {
            if (action->text() == u"alpha"_s)
                QVERIFY(action->isChecked());
            if (action->text() == u"beta"_s)
                beta = action;
        }
        QVERIFY(beta);
        beta->trigger();
        // At once: nothing of alpha is left on screen.
        QCOMPARE(child<ExecutionsModel>(&window, "executionsModel")->rowCount(), 0);
        QVERIFY(child<FlowPicker>(&window, "flowPicker")->currentSid().isEmpty());
        QVERIFY(child<QLabel>(&window, "connectionLabel")->text().contains(u"profile 'beta'"_s));
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 2, 10000);
        QCOMPARE(child<FlowsModel>(&window, "flowsModel")->flowAt(0).sid.left(2), u"FW"_s);
        QVERIFY(child<FlowsModel>(&window, "flowsModel")
                    ->rowOfSid(QString::fromLatin1(data().flow(0).sid))
            < 0);
        QCOMPARE(client.settings().credentials.secret.toLatin1(), second.authToken());
    }

    // Edit and Remove work on any profile in the menu, not only the one in use; renaming one
    // leaves one profile and its secret under the new name.
    void editAndRemoveAnyProfile()
    {
        sandbox::SandboxOptions other;
        other.data.seed = 5;
        other.data.flows = 2;
        sandbox::SandboxServer second(other);
        QVERIFY(second.start());
        MemorySecretStore keychain;
        StudioClient client;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        saveProfile(m_sandbox.server(), u"alpha"_s, &keychain);
        saveProfile(second, u"beta"_s, &keychain);
        MainWindow window(&client, &accounts);
        window.show();
        window.signInAtStart(u"alpha"_s);
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 4, 10000);

        const auto submenu = [&window](const QString &title) -> QMenu * {
            for (QAction *action : child<QMenu>(&window, "profilesMenu")->actions()) {
                if (action->menu() && action->text().remove(u'&') == title)
                    return action->menu();
            }
            return nullptr;
        };
        const auto entry = [](QMenu *menu, const QString &name) -> QAction * {
            for (QAction *action : menu ? menu->actions() : QList<QAction *>()) {
                if (action->text() == name)
                    return action;
            }
            return nullptr;
        };
        QVERIFY(entry(submenu(u"Edit profile"_s), u"alpha"_s));
        QAction *editBeta = entry(submenu(u"Edit profile"_s), u"beta"_s); // not the one in use
        QVERIFY(editBeta);
        QTimer::singleShot(0, this, [this] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(child<QLineEdit>(dialog, "profileName")->text(), u"beta"_s);
            child<QLineEdit>(dialog, "profileName")
                ->setText(u"gamma"_s); // a rename, the secret kept
            dialog->accept();
        });
        editBeta->trigger();
        QStringList names;
        for (const Profile &p : ProfileStore().profiles())
            names << p.name;
        names.sort();
        QCOMPARE(names, (QStringList { u"alpha"_s, u"gamma"_s }));
        QCOMPARE(keychain.count(), 2);
        QVERIFY(child<QLabel>(&window, "connectionLabel")
                    ->text()
                    .contains(u"profile 'alpha'"_s)); // still alpha
        QVERIFY(!entry(submenu(u"Edit profile"_s), u"beta"_s));

        // gamma signs in with beta's secret, moved to its name.
        QAction *gamma = nullptr;
        for (QAction *action : child<QMenu>(&window, "profilesMenu")->actions()) {
            if (action->text() == u"gamma"_s)
                gamma = action;
        }
        QVERIFY(gamma);
        gamma->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 2, 10000);
        QCOMPARE(client.settings().credentials.secret.toLatin1(), second.authToken());

        // Remove alpha, which is not in use now.
        QAction *removeAlpha = entry(submenu(u"Remove profile"_s), u"alpha"_s);
        QVERIFY(removeAlpha);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        removeAlpha->trigger();
        QCOMPARE(ProfileStore().profiles().size(), 1);
        QCOMPARE(ProfileStore().profiles().first().name, u"gamma"_s);
        QCOMPARE(keychain.count(), 1);
        QVERIFY(child<QLabel>(&window, "connectionLabel")->text().contains(u"profile 'gamma'"_s));
    }

    void aProfileWithoutItsSecretAsksForIt()
    {
        MemorySecretStore keychain; // empty: the secret is not there
        StudioClient client;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        Profile alpha;
        alpha.name = u"alpha"_s;
        alpha.accountSid = QString::fromLatin1(m_sandbox->accountSid());
        alpha.baseUrl = m_sandbox->url().toString();
        ProfileStore().save(alpha);
        MainWindow window(&client, &accounts);
        window.show();
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = true;
            QCOMPARE(child<QLineEdit>(dialog, "profileName")->text(), u"alpha"_s);
            QCOMPARE(dialog->accountSid()->text(), alpha.accountSid);
            dialog->authToken()->setText(QString::fromLatin1(m_sandbox->authToken()));
            QVERIFY(child<QPushButton>(dialog, "signInButton")->isEnabled());
            dialog->accept();
        });
        window.signInAtStart(u"alpha"_s);
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(child<FlowsModel>(&window, "flowsModel")->rowCount(), 4, 10000);
        QCOMPARE(keychain.count(), 1); // remembered now
        QVERIFY(child<QLabel>(&window, "messageBar")->isHidden());
    }

    void signInDialog()
    {
        SignInDialog dialog;
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());
        dialog.accountSid()->setText(u"AC123"_s);
        dialog.authToken()->setText(u"x"_s);
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());
        // It says why, in words about the field, and sends nothing.
        const QString problem = child<QLabel>(&dialog, "problemLabel")->text();
        QVERIFY2(problem.contains(u"AC123"_s) || problem.contains(u"Account SID"_s),
            qPrintable(problem));
        QVERIFY2(problem.contains(u"32"_s), qPrintable(problem)); // what a SID looks like
        QVERIFY(dialog.result()->text().isEmpty());
        dialog.accountSid()->setText(QString::fromLatin1(m_sandbox->accountSid()));
        dialog.authToken()->setText(u"wrong-token"_s);
        child<QLineEdit>(&dialog, "baseUrl")->setText(m_sandbox->url().toString());
        QVERIFY(child<QPushButton>(&dialog, "signInButton")->isEnabled());
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result()->text().startsWith(u"✗"_s), 10000);
        QVERIFY(dialog.result()->text().contains(u"401"_s));
        QVERIFY(!dialog.result()->text().contains(u"wrong-token"_s));

        child<QRadioButton>(&dialog, "useApiKey")->setChecked(true);
        dialog.apiKeySid()->setText(QString::fromLatin1(m_sandbox->apiKeySid()));
        dialog.apiSecret()->setText(QString::fromLatin1(m_sandbox->apiSecret()));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result()->text().startsWith(u"✓"_s), 10000);
        const auto settings = dialog.settings();
        QVERIFY(settings.has_value());
        QVERIFY(settings->credentials.isApiKey());
        QCOMPARE(settings->origin.url(), m_sandbox->url());

        child<QLineEdit>(&dialog, "baseUrl")->setText(u"http://example.com"_s);
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")
                     ->isEnabled()); // plain http only on loopback
    }
};

QTEST_MAIN(TestWindowAccounts)
#include "tst_window_accounts.moc"
