#pragma once

// How a command reaches the archive: --db names it, else it is the profile's own file. The key
// of an encrypted file is FLOWSCOPE_ARCHIVE_KEY when set, else the keychain's entry for the
// account ("archive/AC…", beside the profiles' secrets), made on first use — written to the
// keychain before the file is made, so that a file is never left without its key.

#include "archive/archive.h"
#include "command.h"

namespace flowscope::cli {

class ArchiveAccess
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveAccess)

public:
    // --db DB, for the commands that read or write the archive.
    static OptionSpec dbOption();
    // --archive (what it reads, and how it differs from the API) and --db, for a reading command.
    static QList<OptionSpec> readingOptions(const QString &what, const QString &details);
    // The location --db names (checked, nothing opened), or the profile's default when absent.
    static std::optional<ArchiveLocation> locationOf(const Arguments &args);
    // --archive with --db, for a command that reads Twilio or the archive: *location set with
    // --archive, left empty without; false after saying why (--db alone, or a bad --db). Reading
    // Twilio for a --from older than Studio keeps, says where older executions are (the archive,
    // when the profile has one) on stderr.
    static bool parseReading(const Arguments &args, std::optional<ArchiveLocation> *location,
        const QDateTime &from = {});

    // Opens the archive for the client's account; `done` gets it, or nullptr after the message
    // was printed and with the exit code (2: no archive there; 7: the key, a refused file or a
    // keychain that failed; 5: a server that could not be reached).
    using Opened = std::function<void(std::unique_ptr<Archive> archive, int exitCode)>;
    static void open(const ArchiveLocation &location, const StudioClient &client, bool create,
        QObject *context, const Opened &done);
    // For a command that reads an existing archive: opens it, runs `work` on it and finishes with
    // what `work` returns, or with open()'s exit code when it could not be opened.
    static void read(const ArchiveLocation &location, const StudioClient &client, QObject *context,
        const Finish &finish, const std::function<int(Archive &)> &work);
};

} // namespace flowscope::cli
