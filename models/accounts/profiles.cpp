#include "profiles.h"

#include "api/sid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace flowscope {

QString Profile::secretKey() const
{
    return name + u'/' + (usesApiKey() ? apiKeySid : accountSid);
}

bool Profile::isValid(QString *why) const
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    static const QRegularExpression names(u"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"_s);
    if (!names.match(name).hasMatch())
        return fail(QCoreApplication::translate("Profiles",
            "A profile name is 1 to 64 letters, digits, spaces, dots, dashes or underscores."));
    if (!isSid(accountSid, "AC"))
        return fail(QCoreApplication::translate(
            "Profiles", "The Account SID must be AC followed by 32 hexadecimal digits."));
    if (usesApiKey() && !isSid(apiKeySid, "SK"))
        return fail(QCoreApplication::translate(
            "Profiles", "The API key SID must be SK followed by 32 hexadecimal digits."));
    QProcessEnvironment env;
    env.insert(u"TWILIO_REGION"_s, region);
    env.insert(u"TWILIO_EDGE"_s, edge);
    QString problem;
    if (!ApiOrigin::resolve(baseUrl, env, &problem))
        return fail(problem);
    return true;
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    QList<Profile> out;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int k = 0; k < count; ++k) {
        settings.setArrayIndex(k);
        Profile p;
        p.name = settings.value(u"name"_s).toString();
        p.accountSid = settings.value(u"accountSid"_s).toString();
        p.apiKeySid = settings.value(u"apiKeySid"_s).toString();
        p.region = settings.value(u"region"_s).toString();
        p.edge = settings.value(u"edge"_s).toString();
        p.baseUrl = settings.value(u"baseUrl"_s).toString();
        if (!p.name.isEmpty())
            out << p;
    }
    settings.endArray();
    std::sort(out.begin(), out.end(),
        [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const Profile &profile)
{
    QList<Profile> all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(),
                  [&profile](const Profile &p) { return p.name == profile.name; }),
        all.end());
    all << profile;
    writeAll(all);
}

void ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    all.erase(std::remove_if(
                  all.begin(), all.end(), [&name](const Profile &p) { return p.name == name; }),
        all.end());
    writeAll(all);
    if (lastUsed() == name)
        setLastUsed({});
}

void ProfileStore::writeAll(const QList<Profile> &all)
{
    QSettings settings;
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(all.size()));
    for (int k = 0; k < all.size(); ++k) {
        settings.setArrayIndex(k);
        // No secret here, ever: it lives in the keychain under Profile::secretKey().
        settings.setValue(u"name"_s, all[k].name);
        settings.setValue(u"accountSid"_s, all[k].accountSid);
        settings.setValue(u"apiKeySid"_s, all[k].apiKeySid);
        settings.setValue(u"region"_s, all[k].region);
        settings.setValue(u"edge"_s, all[k].edge);
        settings.setValue(u"baseUrl"_s, all[k].baseUrl);
    }
    settings.endArray();
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(u"lastProfile"_s);
    else
        settings.setValue(u"lastProfile"_s, name);
}

std::optional<ResolvedConnection> resolveConnection(const std::optional<Profile> &profile,
    const QString &profileSecret, const QString &baseUrlOption, const QProcessEnvironment &env,
    QString *error)
{
    ResolvedConnection out;
    // The origin: the option, FLOWSCOPE_BASE_URL, the profile's URL; region and edge from the
    // environment, else from the profile.
    QProcessEnvironment merged = env;
    if (profile) {
        if (!env.contains(u"TWILIO_REGION"_s) || env.value(u"TWILIO_REGION"_s).isEmpty())
            merged.insert(u"TWILIO_REGION"_s, profile->region);
        if (!env.contains(u"TWILIO_EDGE"_s) || env.value(u"TWILIO_EDGE"_s).isEmpty())
            merged.insert(u"TWILIO_EDGE"_s, profile->edge);
    }
    QString baseUrl = baseUrlOption;
    if (baseUrl.isEmpty() && env.value(u"FLOWSCOPE_BASE_URL"_s).isEmpty() && profile)
        baseUrl = profile->baseUrl;
    const auto origin = ApiOrigin::resolve(baseUrl, merged, error);
    if (!origin)
        return std::nullopt;
    out.settings.origin = *origin;

    QString envError;
    const auto fromEnv = Credentials::fromEnvironment(env, &envError);
    if (!envError.isEmpty()) {
        *error = envError;
        return std::nullopt;
    }
    if (fromEnv) {
        out.settings.credentials = *fromEnv;
        out.credentialsFromEnvironment = true;
        out.description = QCoreApplication::translate("Profiles", "environment variables");
    } else if (profile) {
        out.settings.credentials = profile->usesApiKey()
            ? Credentials::apiKey(profile->accountSid, profile->apiKeySid, profileSecret)
            : Credentials::authToken(profile->accountSid, profileSecret);
        out.description
            = QCoreApplication::translate("Profiles", "profile '%1'").arg(profile->name);
        QString why;
        if (!out.settings.credentials.isValid(&why)) {
            *error = QCoreApplication::translate("Profiles", "Profile '%1': %2")
                         .arg(profile->name, why);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace flowscope
