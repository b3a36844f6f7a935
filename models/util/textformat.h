#pragma once

// How durations and times read for people — the same in the table, the search results, the
// detail pane and the Steps tab.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace flowscope {

class TextFormat
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)

public:
    // "2.35 s" and "4.1 s" when the time has a fraction of a second (under 10 s), "42 s",
    // "2 min 05 s", "3 h 07 min"; empty for a negative (unknown) duration.
    static QString duration(qint64 ms);
    // Local time in the locale's way with seconds — "01.11.2026 09:00:00" in German,
    // "11/1/2026 9:00:00 AM" in American English, "2026/11/01 9:00:00" in Japanese — and
    // "2026-11-01 09:00:00" under the C locale; empty when not set.
    static QString localTime(const QDateTime &utc);
    // The format localTime writes with (seconds) or a date-time field edits (no seconds):
    // the locale's short date with a four-digit year, and its short time.
    static QString dateTimeFormat(bool seconds = true);
    // The same, "—" when not set: for a label that must say something.
    static QString localTimeOrDash(const QDateTime &utc);
};

} // namespace flowscope
