#pragma once

// Named accounts, as twilio-cli keeps them: an Account SID, an Auth Token or an API key, a region
// and an edge, and (for a sandbox) another origin. Everything but the secret is kept in QSettings;
// the secret goes to a SecretStore under secretKey(). The environment wins over a profile.

#include "api/connection.h"
#include "api/studioclient.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace flowscope {

struct Profile
{
    QString name;
    QString accountSid; // AC…
    QString apiKeySid; // SK…, empty: the Auth Token signs in
    QString region;
    QString edge;
    QString baseUrl; // empty: Twilio

    bool usesApiKey() const { return !apiKeySid.isEmpty(); }
    QString secretKey() const; // the keychain entry: "<name>/<AC or SK>"
    // Names, SIDs, region, edge and URL checked; *why says what is wrong.
    bool isValid(QString *why = nullptr) const;
};

// Profiles in QSettings (group "profiles"), and which one was used last.
class ProfileStore
{
public:
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    void save(const Profile &profile); // replaces one of the same name
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    static void writeAll(const QList<Profile> &profiles);
};

// Where the environment and a profile meet, twilio-cli's way: TWILIO_ACCOUNT_SID + token or API
// key and secret in the environment replace the profile's credentials; TWILIO_REGION and
// TWILIO_EDGE replace its region and edge; --base-url or FLOWSCOPE_BASE_URL its origin.
struct ResolvedConnection
{
    ClientSettings settings;
    bool credentialsFromEnvironment = false;
    QString description; // "environment variables", "profile 'support-us'"
};
std::optional<ResolvedConnection> resolveConnection(const std::optional<Profile> &profile,
    const QString &profileSecret, const QString &baseUrlOption, const QProcessEnvironment &env,
    QString *error);

} // namespace flowscope
