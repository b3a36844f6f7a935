// The one place FlowScope keeps a secret, tested against the real thing: a private D-Bus session
// with gnome-keyring-daemon unlocked by a throwaway password in a temporary home. Profiles saved
// by `flowscope profiles add` and by the sign-in dialog (as the window saves them) are in the
// Secret Service under service "flowscope" (checked with secret-tool), in no file in plain text;
// a new process opens them; remove leaves no entry; a locked keyring is said, and loses nothing.

#include "accounts/accounts.h"
#include "accounts/signindialog.h"
#include "api/studioclient.h"
#include "keychain/keychainsecretstore.h"
#include "sandbox/sandboxserver.h"
#include "support/children.h"
#include "support/processrun.h"
#include "support/sandboxfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusServiceWatcher>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

const QString kPassword = u"throwaway-keyring-password"_s;
const QString kBus = u"flowscope-keyring-test"_s;

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_dbus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_address;
    SandboxFixture m_sandbox;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"TWILIO_"_s) || key == u"FLOWSCOPE_BASE_URL"_s
                || key == u"DISPLAY"_s)
                env.remove(key);
        }
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"run"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
        return env;
    }

    ProcessRun flowscope(const QStringList &arguments, const QByteArray &input = {})
    {
        return runProcess(QStringLiteral(FLOWSCOPE_BIN), arguments, environment(), 60000, input);
    }

    // secret-tool's answer for an entry of service flowscope (QtKeychain: server, user).
    ProcessRun lookup(const QString &key)
    {
        return runProcess(QStandardPaths::findExecutable(u"secret-tool"_s),
            { u"lookup"_s, u"server"_s, u"flowscope"_s, u"user"_s, key }, environment(), 30000);
    }

    QDBusConnection bus() const { return QDBusConnection(kBus); }

    // Asks the Secret Service to lock or unlock the login collection.
    bool lock()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
            u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
        call << QVariant::fromValue(QList<QDBusObjectPath> {
            QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s) });
        return bus().call(call, QDBus::Block, 10000).type() == QDBusMessage::ReplyMessage;
    }

    bool collectionLocked()
    {
        QDBusMessage get = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
            u"/org/freedesktop/secrets/collection/login"_s, u"org.freedesktop.DBus.Properties"_s,
            u"Get"_s);
        get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        const QDBusMessage reply = bus().call(get, QDBus::Block, 10000);
        return !reply.arguments().isEmpty()
            && reply.arguments().first().value<QDBusVariant>().variant().toBool();
    }

    // gnome-keyring-daemon, unlocked with the password on its standard input; true once the
    // Secret Service's name is on the bus.
    bool startKeyring()
    {
        if (m_keyring) {
            // A locked keyring opens again as the desktop does it: a daemon unlocked by the
            // password. The old one goes first, so the name on the bus is the new one's.
            QDBusServiceWatcher gone(
                u"org.freedesktop.secrets"_s, bus(), QDBusServiceWatcher::WatchForUnregistration);
            QSignalSpy unregistered(&gone, &QDBusServiceWatcher::serviceUnregistered);
            m_keyring->kill();
            m_keyring->waitForFinished();
            if (bus().interface()->isServiceRegistered(u"org.freedesktop.secrets"_s)
                && !unregistered.wait(20000))
                return false;
        }
        QDBusServiceWatcher watcher(
            u"org.freedesktop.secrets"_s, bus(), QDBusServiceWatcher::WatchForRegistration);
        QSignalSpy registered(&watcher, &QDBusServiceWatcher::serviceRegistered);
        m_keyring = std::make_unique<QProcess>();
        m_keyring->setProcessEnvironment(environment());
        m_keyring->start(u"gnome-keyring-daemon"_s,
            { u"--unlock"_s, u"--components=secrets"_s, u"--foreground"_s });
        if (!m_keyring->waitForStarted())
            return false;
        m_keyring->write(kPassword.toUtf8());
        m_keyring->closeWriteChannel();
        return bus().interface()->isServiceRegistered(u"org.freedesktop.secrets"_s)
            || registered.wait(20000);
    }

    // No file of the home holds the secret in plain text (the keyring's own file is encrypted).
    void expectNowhereOnDisk(const QByteArray &secret)
    {
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int seen = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                ++seen;
                QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(seen >= 2); // at least the settings file and the keyring
    }

    QString accountKey(const QString &name) const
    {
        return name + u'/' + QString::fromLatin1(m_sandbox->accountSid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : { "dbus-daemon", "gnome-keyring-daemon", "secret-tool" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                if (qEnvironmentVariable("CI") == u"true"_s)
                    QFAIL("gnome-keyring, dbus and libsecret-tools are installed by "
                          "packaging/install-deps.sh");
                QSKIP("gnome-keyring, dbus or libsecret-tools is not installed");
            }
        }
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(u"run"_s)));
        QFile::setPermissions(
            m_home.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dbus.setProcessEnvironment(environment());
        m_dbus.start(u"dbus-daemon"_s,
            { u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s });
        QVERIFY(m_dbus.waitForStarted());
        while (!m_dbus.canReadLine())
            QVERIFY(m_dbus.waitForReadyRead(10000));
        m_address = QString::fromLatin1(m_dbus.readLine().trimmed());
        QVERIFY(m_address.startsWith(u"unix:"_s));
        // This process's keychain (QtKeychain, libsecret) and settings live there too.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLatin1());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QVERIFY(QDBusConnection::connectToBus(m_address, kBus).isConnected());
        QVERIFY(startKeyring());

        QCoreApplication::setOrganizationName(u"FlowScope"_s);
        QCoreApplication::setApplicationName(u"flowscope"_s);
        sandbox::SandboxOptions options;
        options.data.flows = 2;
        options.data.executionsPerFlow = 50;
        QVERIFY(m_sandbox.start(options));
    }

    void cleanupTestCase()
    {
        if (m_keyring) {
            m_keyring->kill();
            m_keyring->waitForFinished();
        }
        QDBusConnection::disconnectFromBus(kBus);
        m_dbus.kill();
        m_dbus.waitForFinished();
    }

    void aProfileAddedOnTheCommandLine()
    {
        const QByteArray token = m_sandbox->authToken();
        // Never from an argument: the secret comes on standard input.
        const ProcessRun add = flowscope({ u"profiles"_s, u"add"_s, u"cli"_s, u"--account-sid"_s,
                                             QString::fromLatin1(m_sandbox->accountSid()),
                                             u"--base-url"_s, m_sandbox->url().toString() },
            token + '\n');
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const ProcessRun found = lookup(accountKey(u"cli"_s));
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.out.trimmed(), token);
        expectNowhereOnDisk(token);

        // A new process opens it, with nothing in the environment.
        const ProcessRun flows = flowscope({ u"flows"_s, u"--profile"_s, u"cli"_s });
        QVERIFY2(flows.exitCode == 0, flows.err.constData());
        QCOMPARE(flows.out.count('\n'), 3); // the header and two flows
        const ProcessRun list = flowscope({ u"profiles"_s, u"list"_s });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QByteArray(QByteArray("cli\t") + m_sandbox->accountSid())),
            list.out.constData());
        QVERIFY(list.out.contains("in keychain"));
        QVERIFY(!list.out.contains(token));
    }

    void aProfileSavedFromTheSignInDialog()
    {
        // As the window does it: the dialog's profile and secret, saved by the account manager
        // into the system keychain.
        StudioClient client;
        KeychainSecretStore keychain;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        SignInDialog dialog;
        dialog.accountSid()->setText(QString::fromLatin1(m_sandbox->accountSid()));
        dialog.authToken()->setText(QString::fromLatin1(m_sandbox->authToken()));
        child<QLineEdit>(&dialog, "baseUrl")->setText(m_sandbox->url().toString());
        dialog.remember()->setChecked(true);
        child<QLineEdit>(&dialog, "profileName")->setText(u"window"_s);
        const auto profile = dialog.profile();
        QVERIFY(profile.has_value());
        QSignalSpy switched(&accounts, &AccountManager::switched);
        accounts.saveAndSwitch(*profile, dialog.secret());
        QVERIFY(switched.wait(20000));
        QVERIFY(accounts.keychainAvailable());

        const ProcessRun found = lookup(accountKey(u"window"_s));
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.out.trimmed(), m_sandbox->authToken());
        expectNowhereOnDisk(m_sandbox->authToken());
        // The command line, a new process, opens the window's profile.
        const ProcessRun flows = flowscope({ u"flows"_s, u"--profile"_s, u"window"_s });
        QVERIFY2(flows.exitCode == 0, flows.err.constData());
    }

    void aLockedKeyringIsSaidAndLosesNothing()
    {
        QVERIFY(lock());
        QTRY_VERIFY_WITH_TIMEOUT(collectionLocked(), 10000);

        // The command line says so, and changes nothing.
        const ProcessRun list = flowscope({ u"profiles"_s, u"list"_s });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("keychain locked"), list.out.constData());
        QVERIFY(!list.out.contains("missing"));
        const ProcessRun flows = flowscope({ u"flows"_s, u"--profile"_s, u"cli"_s });
        QCOMPARE(flows.exitCode, 7); // the keychain's failure, as for profiles
        QVERIFY2(flows.err.contains("locked"), flows.err.constData());
        // Every command that signs in with the profile, or opens its archive, says the same.
        const QString flow = QString::fromLatin1(m_sandbox->data().flow(0).sid);
        const QString execution = QString::fromLatin1(m_sandbox->data().execution(0, 0).sid);
        const QList<QStringList> commands = {
            { u"executions"_s, u"--flow"_s, flow },
            { u"execution"_s, execution, u"--flow"_s, flow },
            { u"search"_s, u"--contact"_s, u"client:alice"_s },
            { u"summary"_s, u"--flow"_s, flow, u"--by"_s, u"day"_s },
            { u"alerts"_s, u"--flow"_s, flow },
            { u"end"_s, u"--flow"_s, flow, u"--stuck"_s, u"1"_s, u"--dry-run"_s },
            { u"archive"_s, u"sync"_s },
            { u"archive"_s, u"status"_s },
            { u"executions"_s, u"--flow"_s, flow, u"--archive"_s },
        };
        for (const QStringList &command : commands) {
            const ProcessRun r = flowscope(command + QStringList { u"--profile"_s, u"cli"_s });
            QVERIFY2(r.exitCode == 7 && r.err.contains("locked"),
                qPrintable(command.join(u' ') + u" → "_s + QString::number(r.exitCode) + u": "_s
                    + QString::fromUtf8(r.err)));
        }
        const ProcessRun remove = flowscope({ u"profiles"_s, u"remove"_s, u"cli"_s });
        QCOMPARE(remove.exitCode, 7);
        QVERIFY2(remove.err.contains("locked"), remove.err.constData());
        const ProcessRun add = flowscope({ u"profiles"_s, u"add"_s, u"more"_s, u"--account-sid"_s,
                                             QString::fromLatin1(m_sandbox->accountSid()) },
            "another-secret\n");
        QCOMPARE(add.exitCode, 7);
        const ProcessRun after = flowscope({ u"profiles"_s, u"list"_s });
        QCOMPARE(after.out.count('\n'), 3); // the header, cli and window: none lost, none added

        // The window's account manager says so too, and keeps the profile.
        StudioClient client;
        KeychainSecretStore keychain;
        AccountManager accounts(&client, &keychain, QProcessEnvironment(), {});
        QSignalSpy unavailable(&accounts, &AccountManager::keychainUnavailable);
        QSignalSpy failed(&accounts, &AccountManager::failed);
        accounts.switchTo(u"window"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QVERIFY2(failed.first().first().toString().contains(u"keychain is locked"_s),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(unavailable.size(), 0); // locked is not "no keychain": nothing falls back
        // Removing it from the window keeps it, and says why.
        accounts.removeProfile(u"window"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 20000);
        QVERIFY2(failed.last().first().toString().contains(u"was kept"_s),
            qPrintable(failed.last().first().toString()));
        QVERIFY(accounts.profiles().find(u"window"_s).has_value());

        // Unlocked again, every secret is still there.
        QVERIFY(startKeyring());
        QVERIFY(!collectionLocked());
        QCOMPARE(lookup(accountKey(u"cli"_s)).out.trimmed(), m_sandbox->authToken());
        QCOMPARE(lookup(accountKey(u"window"_s)).out.trimmed(), m_sandbox->authToken());
        QCOMPARE(lookup(u"more/"_s + QString::fromLatin1(m_sandbox->accountSid())).exitCode, 1);
    }

    void removeLeavesNoEntry()
    {
        const ProcessRun remove = flowscope({ u"profiles"_s, u"remove"_s, u"cli"_s });
        QVERIFY2(remove.exitCode == 0, remove.err.constData());
        QCOMPARE(lookup(accountKey(u"cli"_s)).exitCode, 1); // secret-tool: nothing found
        const ProcessRun list = flowscope({ u"profiles"_s, u"list"_s });
        QVERIFY(!list.out.contains("cli\t"));
        QCOMPARE(flowscope({ u"profiles"_s, u"remove"_s, u"cli"_s }).exitCode, 4);
        // The window's profile is untouched.
        QCOMPARE(lookup(accountKey(u"window"_s)).exitCode, 0);
    }
};

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"
