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
    // Local time, "2026-11-01 09:00:00"; empty when not set.
    static QString localTime(const QDateTime &utc);
    // The same, "—" when not set: for a label that must say something.
    static QString localTimeOrDash(const QDateTime &utc);
};

} // namespace flowscope
