#pragma once

// A saved view: a named query of the executions table — the flow, the range (relative, as "last
// 24 hours", or absolute), the failed-only and text filters, the columns in their order and the
// sort — kept per profile in the settings, opened from the Views menu, a flowscope://view link or
// `flowscope executions --view NAME`. Columns and sort name API fields ("date_created"), the
// words the command line's --columns takes, so one view reads the same in both.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace flowscope {

// The ranges support work uses, relative to the moment they are applied ("last hour" moves
// along with a refresh), and a custom one between two instants.
enum class RangePreset {
    AnyTime,
    LastHour,
    Last24Hours,
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    Custom
};

QString rangePresetKey(RangePreset preset); // "last-24-hours", as settings and links spell it
std::optional<RangePreset> rangePresetFromKey(const QString &key);
// The preset's bounds at `now` (local days for today and yesterday); invalid: unbounded. Custom
// gives the two instants it is given.
void rangeOf(RangePreset preset, const QDateTime &now, QDateTime *from, QDateTime *to,
    const QDateTime &customFrom = {}, const QDateTime &customTo = {});

struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)

public:
    QString name;
    QString flowSid; // FW…
    RangePreset range = RangePreset::Last24Hours;
    QDateTime from; // Custom: the instants, UTC
    QDateTime to;
    bool failedOnly = false;
    QString filter; // the quick filter: a SID or a contact, or part of one
    QStringList columns; // visible, in order (viewColumnKeys()); empty: as the window has them
    QString sortColumn; // empty: newest first, as the API lists them
    bool sortDescending = false;

    // The bounds the view asks for at `now`.
    QDateTime fromAt(const QDateTime &now) const;
    QDateTime toAt(const QDateTime &now) const;

    // As a link's or the settings' query items: name, flow, range (or from and to), failed,
    // filter, columns, sort ("-date_created" for descending). Absent items are defaults.
    QUrlQuery toQuery() const;
    // The items toQuery() writes; others are left to the caller. Null with *error when a value is
    // not what it must be (a flow that is not a SID, an unknown column or range, a bad time).
    static std::optional<SavedView> fromQuery(const QUrlQuery &query, QString *error);

    // Names of views: not empty, at most 100 characters, no control characters.
    static bool isValidName(const QString &name, QString *why);

    friend bool operator==(const SavedView &a, const SavedView &b);
    friend bool operator!=(const SavedView &a, const SavedView &b) { return !(a == b); }
};

// The columns a view may name, as the table has them in its model's order (the window's Column
// enum): the API's fields, then what an execution's outcome adds.
const QStringList &viewColumnKeys();

// The views of one profile (or of the environment's account, when no profile is used) in the
// settings, under "views/<profile>/"; which one opens at the start.
class ViewStore
{
    Q_DECLARE_TR_FUNCTIONS(ViewStore)

public:
    explicit ViewStore(const QString &profile);

    QList<SavedView> views() const; // by name
    std::optional<SavedView> find(const QString &name) const;
    void save(const SavedView &view); // replaces one of the same name
    bool remove(const QString &name); // false: there was none
    // Renames one; false with *why when there is none by that name, or the new one is taken.
    bool rename(const QString &from, const QString &to, QString *why);
    QString startView() const; // empty: none
    void setStartView(const QString &name);

private:
    QString group() const;
    QString m_profile;
};

} // namespace flowscope
