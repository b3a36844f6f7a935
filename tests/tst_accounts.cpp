// Profiles, secrets and the environment: what is kept where, who wins, and that switching
// accounts leaves nothing of the old one behind.

#include "accounts/accounts.h"
#include "executions/executionsmodel.h"
#include "executions/flowsmodel.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

// A machine without a keychain (no Secret Service): everything answers Unavailable.
class NoKeychain final : public SecretStore
{
public:
    explicit NoKeychain(Status status = Status::Unavailable)
        : m_status(status)
    { }
    void read(const QString &, ReadDone done) override
    {
        done(m_status, {}, u"no Secret Service"_s);
    }
    void write(const QString &, const QString &, WriteDone done) override
    {
        done(m_status, u"no Secret Service"_s);
    }
    void remove(const QString &, WriteDone done) override
    {
        done(m_status, u"no Secret Service"_s);
    }
    QString description() const override { return u"nothing"_s; }
    bool isPersistent() const override { return true; }

private:
    Status m_status;
};

QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> values)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : values)
        e.insert(k, v);
    return e;
}

QByteArray settingsBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_a;
    SandboxFixture m_b;

    Profile profileFor(
        const sandbox::SandboxServer &server, const QString &name, bool apiKey = false) const
    {
        Profile p;
        p.name = name;
        p.accountSid = QString::fromLatin1(server.accountSid());
        if (apiKey)
            p.apiKeySid = QString::fromLatin1(server.apiKeySid());
        p.baseUrl = server.url().toString();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FlowScopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_accounts"_s);
    }

    void init()
    {
        QSettings().clear();
        sandbox::SandboxOptions a;
        a.data.seed = 1;
        a.data.flows = 2;
        a.data.executionsPerFlow = 300;
        QVERIFY(m_a.start(a));
        sandbox::SandboxOptions b = a;
        b.data.seed = 2;
        QVERIFY(m_b.start(b));
    }

    void profileValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("valid");
        const QString ac = u"AC0123456789abcdef0123456789abcdef"_s;
        const QString sk = u"SK0123456789abcdef0123456789abcdef"_s;
        QTest::newRow("token") << u"support us1"_s << ac << QString() << QString() << true;
        QTest::newRow("API key") << u"eu.ops-2"_s << ac << sk << QString() << true;
        QTest::newRow("no name") << QString() << ac << QString() << QString() << false;
        QTest::newRow("slash in name") << u"a/b"_s << ac << QString() << QString() << false;
        QTest::newRow("bad account") << u"x"_s << u"AC12"_s << QString() << QString() << false;
        QTest::newRow("bad key") << u"x"_s << ac << u"SK12"_s << QString() << false;
        QTest::newRow("loopback http")
            << u"x"_s << ac << QString() << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("remote http")
            << u"x"_s << ac << QString() << u"http://example.com"_s << false;
    }
    void profileValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, account);
        QFETCH(QString, key);
        QFETCH(QString, baseUrl);
        QFETCH(bool, valid);
        Profile p { name, account, key, {}, {}, baseUrl };
        QString why;
        QCOMPARE(p.isValid(&why), valid);
        QCOMPARE(why.isEmpty(), valid);
    }

    void storeKeepsNoSecret()
    {
        ProfileStore store;
        Profile a = profileFor(m_a.server(), u"alpha"_s);
        a.region = u"ie1"_s;
        store.save(a);
        store.save(profileFor(m_b.server(), u"beta"_s, true));
        store.setLastUsed(u"beta"_s);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.find(u"alpha"_s)->region, u"ie1"_s);
        QVERIFY(store.find(u"beta"_s)->usesApiKey());
        QCOMPARE(store.lastUsed(), u"beta"_s);
        store.save(profileFor(m_a.server(), u"beta"_s)); // replaces
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(!store.find(u"beta"_s)->usesApiKey());
        store.remove(u"beta"_s);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.lastUsed(), QString()); // it was the last one used
    }

    void theEnvironmentWins()
    {
        Profile p = profileFor(m_a.server(), u"alpha"_s);
        p.baseUrl.clear();
        p.region = u"au1"_s;
        p.edge = u"sydney"_s;
        QString error;
        // Nothing in the environment: the profile, all of it.
        auto resolved = resolveConnection(p, u"secret"_s, {}, env({}), &error);
        QVERIFY(resolved);
        QVERIFY(!resolved->credentialsFromEnvironment);
        QCOMPARE(resolved->settings.origin.toString(), u"https://studio.sydney.au1.twilio.com"_s);
        QCOMPARE(resolved->settings.credentials.secret, u"secret"_s);
        // Credentials in the environment replace the profile's; its region stays unless set.
        const QString other = u"AC" + QString(32, u'e');
        resolved = resolveConnection(p, u"secret"_s, {},
            env({ { u"TWILIO_ACCOUNT_SID"_s, other }, { u"TWILIO_AUTH_TOKEN"_s, u"envtoken"_s } }),
            &error);
        QVERIFY(resolved->credentialsFromEnvironment);
        QCOMPARE(resolved->settings.credentials.accountSid, other);
        QCOMPARE(resolved->settings.origin.toString(), u"https://studio.sydney.au1.twilio.com"_s);
        resolved = resolveConnection(
            p, u"secret"_s, {}, env({ { u"TWILIO_REGION"_s, u"ie1"_s } }), &error);
        QCOMPARE(resolved->settings.origin.toString(), u"https://studio.sydney.ie1.twilio.com"_s);
        // --base-url above all.
        resolved = resolveConnection(p, u"secret"_s, u"http://127.0.0.1:9"_s,
            env({ { u"TWILIO_REGION"_s, u"ie1"_s } }), &error);
        QCOMPARE(resolved->settings.origin.toString(), u"http://127.0.0.1:9"_s);
        // A half-set environment is an error, not a silent fallback.
        QVERIFY(!resolveConnection(
            p, u"secret"_s, {}, env({ { u"TWILIO_AUTH_TOKEN"_s, u"x"_s } }), &error));
        QVERIFY(!error.isEmpty());
    }

    void switchingAccountsClearsEverything()
    {
        StudioClient client;
        MemorySecretStore keychain;
        AccountManager accounts(&client, &keychain, env({}), {});
        FlowsModel flows(&client);
        ExecutionsModel executions(&client);
        QSignalSpy switched(&accounts, &AccountManager::switched);

        accounts.saveAndSwitch(
            profileFor(m_a.server(), u"alpha"_s), QString::fromLatin1(m_a->authToken()));
        QCOMPARE(switched.size(), 1);
        QCOMPARE(accounts.currentProfile(), u"alpha"_s);
        QCOMPARE(keychain.count(), 1);
        QVERIFY(!settingsBytes().contains(m_a->authToken())); // the secret went to the store only
        QSignalSpy loaded(&flows, &FlowsModel::loaded);
        flows.load();
        QVERIFY(loaded.wait(5000));
        ExecutionQuery query;
        query.flowSid = flows.flowAt(0).sid;
        executions.setQuery(query);
        QTRY_VERIFY(executions.rowCount() > 0);

        accounts.saveAndSwitch(
            profileFor(m_b.server(), u"beta"_s, true), QString::fromLatin1(m_b->apiSecret()));
        QCOMPARE(switched.size(), 2);
        QCOMPARE(client.settings().credentials.username.toLatin1(), m_b->apiKeySid());
        // Nothing of alpha remains, not even a request on its way.
        QCOMPARE(flows.rowCount(), 0);
        QCOMPARE(executions.rowCount(), 0);
        QVERIFY(!executions.hasQuery());

        // Back to alpha: its secret comes from the store.
        accounts.switchTo(u"alpha"_s);
        QCOMPARE(switched.size(), 3);
        QCOMPARE(client.settings().credentials.secret.toLatin1(), m_a->authToken());
        QCOMPARE(ProfileStore().lastUsed(), u"alpha"_s);

        accounts.removeProfile(u"beta"_s);
        QCOMPARE(keychain.count(), 1);
        QVERIFY(!ProfileStore().find(u"beta"_s));
    }

    // Renaming a profile leaves one profile, its secret under the new name's entry only, and
    // the profile in use signed in under its new name.
    void renamingMovesTheSecret()
    {
        StudioClient client;
        MemorySecretStore keychain;
        AccountManager accounts(&client, &keychain, env({}), {});
        const QString token = QString::fromLatin1(m_a->authToken());
        accounts.saveAndSwitch(profileFor(m_a.server(), u"alpha"_s), token);
        accounts.saveAndSwitch(
            profileFor(m_b.server(), u"beta"_s), QString::fromLatin1(m_b->authToken()));
        accounts.switchTo(u"alpha"_s);
        QCOMPARE(accounts.currentProfile(), u"alpha"_s);
        QSignalSpy switched(&accounts, &AccountManager::switched);
        QSignalSpy failed(&accounts, &AccountManager::failed);

        Profile renamed = profileFor(m_a.server(), u"alpha-eu"_s);
        accounts.editProfile(u"alpha"_s, renamed, QString()); // the secret left empty: keep it
        QCOMPARE(failed.size(), 0);
        QStringList names;
        for (const Profile &p : ProfileStore().profiles())
            names << p.name;
        names.sort();
        QCOMPARE(names, (QStringList { u"alpha-eu"_s, u"beta"_s }));
        QCOMPARE(keychain.count(), 2);
        QString moved;
        keychain.read(renamed.secretKey(),
            [&](SecretStore::Status, const QString &s, const QString &) { moved = s; });
        QCOMPARE(moved, token);
        SecretStore::Status old = SecretStore::Status::Ok;
        keychain.read(profileFor(m_a.server(), u"alpha"_s).secretKey(),
            [&](SecretStore::Status status, const QString &, const QString &) { old = status; });
        QCOMPARE(old, SecretStore::Status::NotFound);
        // It was in use: signed in again, as the new name.
        QCOMPARE(switched.size(), 1);
        QCOMPARE(accounts.currentProfile(), u"alpha-eu"_s);
        QCOMPARE(ProfileStore().lastUsed(), u"alpha-eu"_s);
        QCOMPARE(client.settings().credentials.secret, token);
        accounts.switchTo(u"beta"_s);
        accounts.switchTo(u"alpha-eu"_s); // and switching to it later works
        QCOMPARE(client.settings().credentials.secret, token);
        QCOMPARE(failed.size(), 0);

        // Editing a profile not in use changes it without signing in to it.
        const int before = int(switched.size());
        Profile beta = profileFor(m_b.server(), u"beta"_s);
        beta.region = u"ie1"_s;
        accounts.editProfile(u"beta"_s, beta, QString());
        QCOMPARE(switched.size(), before);
        QCOMPARE(ProfileStore().find(u"beta"_s)->region, u"ie1"_s);
        QCOMPARE(accounts.currentProfile(), u"alpha-eu"_s);

        // A name that is taken, and other credentials without their secret, are refused.
        accounts.editProfile(u"beta"_s, profileFor(m_b.server(), u"alpha-eu"_s), QString());
        QCOMPARE(failed.size(), 1);
        accounts.editProfile(u"beta"_s, profileFor(m_b.server(), u"beta"_s, true), QString());
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.last().first().toString().contains(u"API key"_s));
        QCOMPARE(ProfileStore().profiles().size(), 2);
    }

    void aMissingSecretIsSaid()
    {
        StudioClient client;
        MemorySecretStore keychain;
        AccountManager accounts(&client, &keychain, env({}), {});
        ProfileStore().save(profileFor(m_a.server(), u"alpha"_s));
        QSignalSpy failed(&accounts, &AccountManager::failed);
        accounts.switchTo(u"alpha"_s);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"No secret"_s));
        accounts.switchTo(u"nobody"_s);
        QCOMPARE(failed.size(), 2);
    }

    void withoutAKeychainSecretsStayInMemory_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("no backend") << int(SecretStore::Status::Unavailable);
        QTest::newRow("D-Bus fails") << int(SecretStore::Status::Failed);
    }
    void withoutAKeychainSecretsStayInMemory()
    {
        QFETCH(int, status);
        StudioClient client;
        NoKeychain none { SecretStore::Status(status) };
        AccountManager accounts(&client, &none, env({}), {});
        QSignalSpy unavailable(&accounts, &AccountManager::keychainUnavailable);
        QSignalSpy switched(&accounts, &AccountManager::switched);
        accounts.saveAndSwitch(
            profileFor(m_a.server(), u"alpha"_s), QString::fromLatin1(m_a->authToken()));
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.first().first().toString().contains(u"memory"_s));
        QCOMPARE(switched.size(), 1);
        QVERIFY(!accounts.keychainAvailable());
        QVERIFY(accounts.secretsDescription().contains(u"memory"_s));
        // Within the session the profile still switches back and forth...
        accounts.saveAndSwitch(
            profileFor(m_b.server(), u"beta"_s), QString::fromLatin1(m_b->authToken()));
        accounts.switchTo(u"alpha"_s);
        QCOMPARE(client.settings().credentials.secret.toLatin1(), m_a->authToken());
        // ...and nothing of it reached the disk.
        const QByteArray stored = settingsBytes();
        QVERIFY(stored.contains("alpha"));
        QVERIFY(!stored.contains(m_a->authToken()));
        QVERIFY(!stored.contains(m_b->authToken()));
    }

    void environmentCredentialsWinOverAProfile()
    {
        StudioClient client;
        MemorySecretStore keychain;
        const QProcessEnvironment e
            = env({ { u"TWILIO_ACCOUNT_SID"_s, QString::fromLatin1(m_b->accountSid()) },
                { u"TWILIO_AUTH_TOKEN"_s, QString::fromLatin1(m_b->authToken()) },
                { u"FLOWSCOPE_BASE_URL"_s, m_b->url().toString() } });
        AccountManager accounts(&client, &keychain, e, {});
        QVERIFY(accounts.environmentHasCredentials());
        QString error;
        QVERIFY(accounts.useEnvironment(&error));
        QCOMPARE(client.settings().credentials.accountSid.toLatin1(), m_b->accountSid());
        QCOMPARE(accounts.connectionDescription(), u"environment variables"_s);
        keychain.write(profileFor(m_a.server(), u"alpha"_s).secretKey(),
            QString::fromLatin1(m_a->authToken()), [](auto, auto) {});
        ProfileStore().save(profileFor(m_a.server(), u"alpha"_s));
        accounts.switchTo(u"alpha"_s);
        QCOMPARE(client.settings().credentials.accountSid.toLatin1(),
            m_b->accountSid()); // still the environment's
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
