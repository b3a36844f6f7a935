#pragma once

// The accounts FlowScope can sign in as, and the one it is signed in as now: profiles (in
// QSettings, without secrets), their secrets (in the keychain, or — when there is none — in
// memory for this session only), and the environment, which wins over any profile. Switching
// replaces the client's settings, which resets every model: nothing of one account is shown
// under another.

#include "api/studioclient.h"
#include "profiles.h"
#include "secretstore.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace flowscope {

class AccountManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    // keychain: the persistent store (not owned); a memory store takes over when it is unavailable.
    AccountManager(StudioClient *client, SecretStore *keychain, const QProcessEnvironment &env,
        const QString &baseUrlOption, QObject *parent = nullptr);

    ProfileStore &profiles() { return m_profiles; }
    bool environmentHasCredentials() const;
    // False once the keychain has said it is not there: secrets then live in memory only.
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString secretsDescription() const;
    QString currentProfile() const { return m_current; }
    QString connectionDescription() const { return m_description; }
    // Where secrets go now: the keychain, or memory once it has said it is not there.
    SecretStore *secretStore() { return store(); }

    // Uses the environment's credentials (with the last profile's region and origin, if any).
    bool useEnvironment(QString *error);
    // Reads the profile's secret and signs in; emits switched() or failed().
    void switchTo(const QString &name);
    // Signs in with settings typed into the sign-in dialog, without saving anything.
    void useSettings(const ClientSettings &settings);
    // Saves the profile and its secret (keychain, or memory when there is none), then signs in.
    // An empty secret keeps the one stored for the profile already.
    void saveAndSwitch(const Profile &profile, const QString &secret);
    // Changes the profile saved as oldName — its name too: one profile remains, and its secret
    // moves to the entry of the new name. An empty secret keeps the stored one, which only a
    // rename may carry over (another Account SID or API key needs its own). The profile in use
    // signs in again; another one stays as it is. Emits profilesChanged() or failed().
    void editProfile(const QString &oldName, const Profile &profile, const QString &secret);
    // Deletes the secret, then the profile; a keychain that refuses (locked) keeps both and
    // emits failed().
    void removeProfile(const QString &name);

Q_SIGNALS:
    void switched(const QString &description);
    void failed(const QString &message);
    void keychainUnavailable(const QString &explanation);
    void profilesChanged();

private:
    void apply(const std::optional<Profile> &profile, const QString &secret);
    // Writes a secret to the store (memory when the keychain fails), then calls done.
    void storeSecret(const QString &key, const QString &secret, std::function<void()> done);
    void fallBackToMemory(const QString &error, bool locked);
    SecretStore *store();

    StudioClient *m_client; // not owned
    SecretStore *m_keychain; // not owned
    MemorySecretStore m_memory;
    ProfileStore m_profiles;
    QProcessEnvironment m_env;
    QString m_baseUrlOption;
    QString m_current;
    QString m_description;
    bool m_keychainAvailable = true;
};

} // namespace flowscope
