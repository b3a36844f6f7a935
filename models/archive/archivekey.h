#pragma once

// The key of an encrypted archive file: FLOWSCOPE_ARCHIVE_KEY when it is set (headless hosts,
// tests), else the keychain's entry for the account ("archive/AC…", beside the profiles'
// secrets), made on first use — 256 random bits written to the keychain before the file is made,
// so that a file is never left without its key. A PostgreSQL archive needs none; its password,
// when neither the URL nor PGPASSWORD gives one, may be in the keychain (passwordEntryFor), and
// is then handed over for the connection only — libpq's ~/.pgpass is read after that.

#include "accounts/secretstore.h"
#include "archivelocation.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace flowscope {

struct ArchiveKey
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveKey)

public:
    enum class Status {
        Ok, // key is set (empty for PostgreSQL)
        Missing, // no archive there, and none was to be made
        Failed, // the keychain could not give or keep the key; message says why
    };
    Status status = Status::Ok;
    QByteArray key;
    QString password; // PostgreSQL: from the keychain, when it holds one (else empty)
    QString message; // names the archive

    static QString entryFor(const QString &accountSid)
    {
        return QStringLiteral("archive/") + accountSid;
    }

    // The keychain entry of a PostgreSQL archive's password: its user, host, port and database.
    static QString passwordEntryFor(const ArchiveLocation &location);

    using Done = std::function<void(const ArchiveKey &key)>;
    // done runs on the caller's thread, never after `context` is gone.
    static void obtain(SecretStore *keychain, const ArchiveLocation &location,
        const QString &accountSid, bool create, QObject *context, const Done &done);
};

} // namespace flowscope
