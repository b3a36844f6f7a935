#include "archivekey.h"

#include "archive.h"

#include <QFileInfo>
#include <QPointer>

namespace flowscope {

QString ArchiveKey::passwordEntryFor(const ArchiveLocation &location)
{
    return QStringLiteral("archive-postgresql/%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.database);
}

void ArchiveKey::obtain(SecretStore *keychain, const ArchiveLocation &location,
    const QString &accountSid, bool create, QObject *context, const Done &done)
{
    const auto finish = [done](Status status, const QByteArray &key, const QString &message) {
        ArchiveKey result;
        result.status = status;
        result.key = key;
        result.message = message;
        done(result);
    };
    if (!location.isSqlite()) {
        if (!location.password.isEmpty() || !qEnvironmentVariableIsEmpty("PGPASSWORD")) {
            finish(Status::Ok, {}, {});
            return;
        }
        const QPointer<QObject> alive(context);
        keychain->read(passwordEntryFor(location),
            [=](SecretStore::Status status, const QString &secret, const QString &) {
                if (!alive)
                    return;
                ArchiveKey result; // a keychain without one leaves it to ~/.pgpass
                if (status == SecretStore::Status::Ok)
                    result.password = secret;
                done(result);
            });
        return;
    }
    const QByteArray environment = qgetenv("FLOWSCOPE_ARCHIVE_KEY");
    if (!environment.isEmpty()) {
        finish(Status::Ok, environment, {});
        return;
    }
    if (!create && !QFileInfo::exists(location.path)) {
        finish(Status::Missing, {},
            tr("there is no archive at %1 (flowscope archive sync makes one)").arg(location.path));
        return;
    }
    const QPointer<QObject> alive(context);
    const QString entry = entryFor(accountSid);
    keychain->read(
        entry, [=](SecretStore::Status status, const QString &secret, const QString &why) {
            if (!alive)
                return;
            if (status == SecretStore::Status::Ok) {
                finish(Status::Ok, secret.toLatin1(), {});
                return;
            }
            if (status != SecretStore::Status::NotFound) {
                finish(Status::Failed, {},
                    tr("the archive's key could not be read from the keychain: %1").arg(why));
                return;
            }
            if (QFileInfo::exists(location.path)) {
                finish(Status::Failed, {},
                    tr("the keychain holds no key for the archive %1 (set "
                       "FLOWSCOPE_ARCHIVE_KEY if it was made with one); it was left as it is")
                        .arg(location.path));
                return;
            }
            const QByteArray key = Archive::newKey();
            keychain->write(entry, QString::fromLatin1(key),
                [=](SecretStore::Status written, const QString &w) {
                    if (!alive)
                        return;
                    if (written != SecretStore::Status::Ok)
                        finish(Status::Failed, {},
                            tr("the archive's new key could not be kept in the keychain, so no "
                               "archive was made: %1")
                                .arg(w));
                    else
                        finish(Status::Ok, key, {});
                });
        });
}

} // namespace flowscope
