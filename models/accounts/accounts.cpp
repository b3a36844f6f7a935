#include "accounts.h"

#include <QCoreApplication>
#include <QPointer>

namespace flowscope {

AccountManager::AccountManager(StudioClient *client, SecretStore *keychain,
    const QProcessEnvironment &env, const QString &baseUrlOption, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keychain(keychain)
    , m_env(env)
    , m_baseUrlOption(baseUrlOption)
{ }

bool AccountManager::environmentHasCredentials() const
{
    QString error;
    return Credentials::fromEnvironment(m_env, &error).has_value();
}

QString AccountManager::secretsDescription() const
{
    return m_keychainAvailable && m_keychain ? m_keychain->description() : m_memory.description();
}

SecretStore *AccountManager::store()
{
    return m_keychainAvailable && m_keychain ? m_keychain : static_cast<SecretStore *>(&m_memory);
}

bool AccountManager::useEnvironment(QString *error)
{
    const QString last = m_profiles.lastUsed();
    const auto resolved = resolveConnection(
        last.isEmpty() ? std::nullopt : m_profiles.find(last), {}, m_baseUrlOption, m_env, error);
    if (!resolved || !resolved->credentialsFromEnvironment)
        return false;
    m_current.clear();
    m_description = resolved->description;
    m_client->setSettings(resolved->settings);
    Q_EMIT switched(m_description);
    return true;
}

void AccountManager::apply(const std::optional<Profile> &profile, const QString &secret)
{
    QString error;
    const auto resolved = resolveConnection(profile, secret, m_baseUrlOption, m_env, &error);
    if (!resolved) {
        Q_EMIT failed(error);
        return;
    }
    m_current = profile ? profile->name : QString();
    m_description = resolved->description;
    if (profile)
        m_profiles.setLastUsed(profile->name);
    m_client->setSettings(resolved->settings); // every model resets itself
    Q_EMIT switched(m_description);
}

void AccountManager::switchTo(const QString &name)
{
    const auto profile = m_profiles.find(name);
    if (!profile) {
        Q_EMIT failed(tr("There is no profile named '%1'.").arg(name));
        return;
    }
    if (environmentHasCredentials()) {
        // twilio-cli's rule: the environment wins; the profile adds only what it does not say.
        apply(profile, {});
        return;
    }
    const QPointer<AccountManager> self(this);
    const auto useSecret = [self, profile](SecretStore::Status status, const QString &secret,
                               const QString &error) {
        if (!self)
            return;
        if (status == SecretStore::Status::Ok) {
            self->apply(profile, secret);
            return;
        }
        if (status == SecretStore::Status::NotFound) {
            Q_EMIT self->failed(
                tr("No secret is stored for profile '%1'; enter it again.").arg(profile->name));
            return;
        }
        if (status == SecretStore::Status::Locked) {
            // Its secret is there, only hidden: nothing to replace, nothing to fall back to.
            Q_EMIT self->failed(tr("Profile '%1' cannot sign in: %2. The profile and its secret "
                                   "are kept.")
                                    .arg(profile->name, error));
            return;
        }
        // The keychain is not there, or failed: secrets live in memory from now on.
        self->fallBackToMemory(error, false);
        self->m_memory.read(profile->secretKey(),
            [self, profile](SecretStore::Status s, const QString &memorySecret, const QString &) {
                if (s == SecretStore::Status::Ok)
                    self->apply(profile, memorySecret);
                else
                    Q_EMIT self->failed(tr(
                        "Profile '%1' needs its secret again: no keychain is available to keep it.")
                                            .arg(profile->name));
            });
    };
    store()->read(profile->secretKey(), useSecret);
}

void AccountManager::fallBackToMemory(const QString &error, bool locked)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    Q_EMIT keychainUnavailable(locked
            ? tr("%1. Until then secrets are kept in memory for this session only, never on disk; "
                 "save the profile again once it is unlocked to keep its secret.")
                  .arg(error)
            : tr("No keychain is available (%1): secrets are kept in memory for this session "
                 "only, never on disk.")
                  .arg(error));
}

void AccountManager::useSettings(const ClientSettings &settings)
{
    m_current.clear();
    m_description = tr("credentials typed in (kept in memory)");
    m_client->setSettings(settings);
    Q_EMIT switched(m_description);
}

void AccountManager::saveAndSwitch(const Profile &profile, const QString &secret)
{
    QString why;
    if (!profile.isValid(&why)) {
        Q_EMIT failed(why);
        return;
    }
    // A renamed or re-keyed profile leaves no secret behind under its old entry.
    const auto previous = m_profiles.find(profile.name);
    m_profiles.save(profile);
    Q_EMIT profilesChanged();
    if (secret.isEmpty()) {
        switchTo(profile.name);
        return;
    }
    const QPointer<AccountManager> self(this);
    const QString oldKey = previous && previous->secretKey() != profile.secretKey()
        ? previous->secretKey()
        : QString();
    storeSecret(profile.secretKey(), secret, [self, profile, secret, oldKey] {
        if (!self)
            return;
        if (!oldKey.isEmpty())
            self->store()->remove(oldKey, [](SecretStore::Status, const QString &) {});
        self->apply(profile, secret);
    });
}

void AccountManager::storeSecret(
    const QString &key, const QString &secret, std::function<void()> done)
{
    const QPointer<AccountManager> self(this);
    store()->write(key, secret,
        [self, key, secret, done = std::move(done)](
            SecretStore::Status status, const QString &error) {
            if (!self)
                return;
            if (status != SecretStore::Status::Ok) {
                // Whatever the keychain's reason, the secret is kept — in memory, and said so.
                self->fallBackToMemory(error, status == SecretStore::Status::Locked);
                self->m_memory.write(key, secret, [](SecretStore::Status, const QString &) {});
            }
            done();
        });
}

void AccountManager::editProfile(
    const QString &oldName, const Profile &edited, const QString &secret)
{
    QString why;
    if (!edited.isValid(&why)) {
        Q_EMIT failed(why);
        return;
    }
    const auto previous = m_profiles.find(oldName);
    if (!previous) {
        Q_EMIT failed(tr("There is no profile named '%1'.").arg(oldName));
        return;
    }
    if (edited.name != oldName && m_profiles.find(edited.name)) {
        Q_EMIT failed(tr("A profile named '%1' exists already.").arg(edited.name));
        return;
    }
    const bool sameCredentials
        = edited.accountSid == previous->accountSid && edited.apiKeySid == previous->apiKeySid;
    if (secret.isEmpty() && !sameCredentials) {
        Q_EMIT failed(edited.usesApiKey()
                ? tr("Profile '%1' now has another API key: enter its secret.").arg(edited.name)
                : tr("Profile '%1' now has another Account SID: enter its Auth Token.")
                      .arg(edited.name));
        return;
    }
    const bool wasCurrent = m_current == oldName;
    const QString oldKey = previous->secretKey();
    const QString newKey = edited.secretKey();
    const QPointer<AccountManager> self(this);
    // The profile list changes once the secret is where the new entry looks for it.
    const auto commit = [self, oldName, edited, wasCurrent, oldKey, newKey] {
        if (!self)
            return;
        if (edited.name != oldName) {
            const bool wasLast = self->m_profiles.lastUsed() == oldName;
            self->m_profiles.remove(oldName);
            if (wasLast)
                self->m_profiles.setLastUsed(edited.name);
            if (wasCurrent)
                self->m_current = edited.name;
        }
        self->m_profiles.save(edited);
        if (oldKey != newKey) {
            self->store()->remove(oldKey, [](SecretStore::Status, const QString &) {});
            self->m_memory.remove(oldKey, [](SecretStore::Status, const QString &) {});
        }
        Q_EMIT self->profilesChanged();
        if (wasCurrent)
            self->switchTo(edited.name); // signs in again with what was changed
    };
    if (!secret.isEmpty()) {
        storeSecret(newKey, secret, commit);
        return;
    }
    if (oldKey == newKey) {
        commit();
        return;
    }
    // A rename with the secret kept: move it to the new name's entry.
    store()->read(oldKey,
        [self, oldKey, newKey, commit, edited](
            SecretStore::Status status, const QString &stored, const QString &error) {
            if (!self)
                return;
            if (status == SecretStore::Status::Ok) {
                self->storeSecret(newKey, stored, commit);
                return;
            }
            // Perhaps it was kept in memory when the keychain failed.
            self->m_memory.read(oldKey,
                [self, newKey, commit, edited, error](
                    SecretStore::Status inMemory, const QString &remembered, const QString &) {
                    if (inMemory == SecretStore::Status::Ok) {
                        self->storeSecret(newKey, remembered, commit);
                        return;
                    }
                    Q_EMIT self->failed(
                        tr("The secret of profile '%1' could not be moved to its new name (%2): "
                           "enter it again.")
                            .arg(edited.name, error.isEmpty() ? tr("none is stored") : error));
                });
        });
}

void AccountManager::removeProfile(const QString &name)
{
    const auto profile = m_profiles.find(name);
    if (!profile)
        return;
    // The secret first: a profile goes only with it, never leaving a secret behind.
    const QPointer<AccountManager> self(this);
    store()->remove(
        profile->secretKey(), [self, profile](SecretStore::Status status, const QString &error) {
            if (!self)
                return;
            if (status == SecretStore::Status::Locked || status == SecretStore::Status::Failed) {
                Q_EMIT self->failed(tr("Profile '%1' was kept: %2.").arg(profile->name, error));
                return;
            }
            self->m_profiles.remove(profile->name);
            if (self->m_keychainAvailable)
                self->m_memory.remove(
                    profile->secretKey(), [](SecretStore::Status, const QString &) {});
            Q_EMIT self->profilesChanged();
        });
}

} // namespace flowscope
