#pragma once

// Where an archive lives, as --db names it: `sqlite:PATH` (an encrypted SQLCipher file, the
// default, at $XDG_DATA_HOME/flowscope/archive-<profile>.db) or
// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=…]` (a team's shared server). A password
// in the URL is kept for the connection only: display() never shows it.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace flowscope {

struct ArchiveLocation
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveLocation)

public:
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // Sqlite: the file
    // Postgres: empty parts are left to libpq (PGHOST, PGPORT, PGUSER, PGPASSWORD, ~/.pgpass).
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's

    bool isSqlite() const { return kind == Kind::Sqlite; }
    // "sqlite:/home/ana/.local/share/flowscope/archive-work.db", "postgresql://ana@db:5432/support"
    // — never the password.
    QString display() const;

    // nullopt, and *error saying why, for text that names no archive.
    static std::optional<ArchiveLocation> parse(const QString &text, QString *error);
    // The profile's own file under $XDG_DATA_HOME/flowscope (the profile name made safe for a
    // file name; "default" when there is none).
    static ArchiveLocation defaultFor(const QString &profile);
};

} // namespace flowscope
