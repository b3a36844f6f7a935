#include "archiveaccess.h"

#include "accounts/profiles.h"
#include "api/sid.h"
#include "archive/archivekey.h"
#include "executions/executionquery.h"
#include "keychain/keychainsecretstore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

void openWithKey(const ArchiveLocation &location, const QByteArray &key, const QString &account,
    bool create, const ArchiveAccess::Opened &done)
{
    ArchiveError error;
    std::unique_ptr<Archive> archive = Archive::open(location, key, account, create, &error);
    if (archive) {
        done(std::move(archive), Ok);
        return;
    }
    printError(error.message);
    // 2: nothing there; 7: refused (key, kind of file, schema); a store that failed: 6 for a
    // file, 5 for a server.
    int exitCode = KeychainFailed;
    if (error.kind == ArchiveError::Kind::Missing)
        exitCode = Usage;
    else if (error.kind == ArchiveError::Kind::Failed)
        exitCode = location.isSqlite() ? OutputFailed : NetworkFailure;
    done(nullptr, exitCode);
}

} // namespace

OptionSpec ArchiveAccess::dbOption()
{
    return { { u"db"_s }, u"DB"_s,
        tr("The archive: sqlite:PATH (an encrypted file) or "
           "postgresql://USER@HOST:PORT/DB?sslmode=… (a shared one); default the profile's file "
           "$XDG_DATA_HOME/flowscope/archive-PROFILE.db."),
        tr("A PostgreSQL password comes from the URL, PGPASSWORD, the keychain (the window's "
           "File ▸ Archive… keeps it there) or ~/.pgpass, and is never printed. The file's key is "
           "FLOWSCOPE_ARCHIVE_KEY (64 hex digits, or a passphrase) "
           "when set, else the keychain's."),
        {}, OptionSpec::NoFlag };
}

QList<OptionSpec> ArchiveAccess::readingOptions(const QString &what, const QString &details)
{
    return { { { u"archive"_s }, {}, what, details, {} }, dbOption() };
}

std::optional<ArchiveLocation> ArchiveAccess::locationOf(const Arguments &args)
{
    if (!args.isSet(u"db"_s))
        return ArchiveLocation::defaultFor(args.profileName());
    QString error;
    auto location = ArchiveLocation::parse(args.value(u"db"_s), &error);
    if (!location)
        printError(error);
    return location;
}

bool ArchiveAccess::parseReading(
    const Arguments &args, std::optional<ArchiveLocation> *location, const QDateTime &from)
{
    if (!args.isSet(u"archive"_s)) {
        if (args.isSet(u"db"_s)) {
            printError(tr("--db names the archive to read: give --archive too"));
            return false;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime kept = now.addDays(-ExecutionQuery::kStudioKeepsDays);
        if (from.isValid() && from > now.addSecs(60) && args.isSet(u"from"_s)) {
            printError(tr("note: --from %1 is in the future (it is %2 now): no execution has "
                          "started there yet")
                           .arg(from.toUTC().toString(Qt::ISODate), now.toString(Qt::ISODate)));
            return true;
        }
        if (from.isValid() && from < kept && args.isSet(u"from"_s)) {
            const auto own = ArchiveLocation::defaultFor(args.profileName());
            printError(QFileInfo::exists(own.path)
                    ? tr("note: Studio keeps executions for %1 days, so Twilio has nothing "
                         "before %2; the archive %3 holds older ones: add --archive")
                          .arg(ExecutionQuery::kStudioKeepsDays)
                          .arg(kept.toString(Qt::ISODate), own.path)
                    : tr("note: Studio keeps executions for %1 days, so Twilio has nothing "
                         "before %2; flowscope archive sync keeps them longer from now on")
                          .arg(ExecutionQuery::kStudioKeepsDays)
                          .arg(kept.toString(Qt::ISODate)));
        }
        return true;
    }
    *location = locationOf(args);
    return location->has_value();
}

void ArchiveAccess::open(const ArchiveLocation &location, const StudioClient &client, bool create,
    QObject *context, const Opened &done)
{
    const QString account = client.settings().credentials.accountSid;
    auto keychain = std::make_shared<KeychainSecretStore>();
    ArchiveKey::obtain(
        keychain.get(), location, account, create, context, [=](const ArchiveKey &key) {
            Q_UNUSED(keychain) // kept until the keychain has answered
            if (key.status == ArchiveKey::Status::Ok) {
                ArchiveLocation where = location;
                if (!key.password.isEmpty())
                    where.password = key.password;
                openWithKey(where, key.key, account, create, done);
                return;
            }
            printError(key.message);
            done(nullptr, key.status == ArchiveKey::Status::Missing ? Usage : KeychainFailed);
        });
}

void ArchiveAccess::read(const ArchiveLocation &location, const StudioClient &client,
    QObject *context, const Finish &finish, const std::function<int(Archive &)> &work)
{
    open(location, client, false, context,
        [finish, work](std::unique_ptr<Archive> archive, int exitCode) {
            finish(archive ? work(*archive) : exitCode);
        });
}

} // namespace flowscope::cli
