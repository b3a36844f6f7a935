#pragma once

// The window's archive settings for one profile (or, signed in from the environment, one
// account): off by default — execution data is personal data — and, when on, where it is, how
// long it keeps executions and how often it syncs. In QSettings; no key or password is ever kept
// here (the key is in the keychain, a PostgreSQL password in PGPASSWORD or ~/.pgpass).

#include "archivelocation.h"

#include <QString>

namespace flowscope {

struct ArchiveSettings
{
    static constexpr int kDefaultKeepDays = 365;
    static constexpr int kDefaultSyncMinutes = 15;

    bool enabled = false;
    QString location; // as --db names it; empty: the profile's own file
    int keepDays = kDefaultKeepDays; // 0: keep everything
    int syncMinutes = kDefaultSyncMinutes; // a background sync this often while the window is open
    // Each execution's messages, calls and alerts too (archive sync --related): a few requests
    // more an execution.
    bool related = false;

    // The archive these settings name for the profile: the location given, else its own file.
    std::optional<ArchiveLocation> where(const QString &profile, QString *error) const;

    static ArchiveSettings load(const QString &profile);
    void save(const QString &profile) const;
};

} // namespace flowscope
