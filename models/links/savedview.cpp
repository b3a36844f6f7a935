#include "savedview.h"

#include "api/sid.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

constexpr qsizetype kLongestName = 100;
constexpr qsizetype kLongestFilter = 500;

const std::pair<RangePreset, const char16_t *> kPresetKeys[] = {
    { RangePreset::AnyTime, u"any-time" },
    { RangePreset::LastHour, u"last-hour" },
    { RangePreset::Last24Hours, u"last-24-hours" },
    { RangePreset::Today, u"today" },
    { RangePreset::Yesterday, u"yesterday" },
    { RangePreset::Last7Days, u"last-7-days" },
    { RangePreset::Last30Days, u"last-30-days" },
    { RangePreset::Custom, u"custom" },
};

bool hasControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control || c == QChar::LineSeparator; });
}

QDateTime instant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {}; // a link names an instant: Z or an offset, never the reader's local time
    t = t.toUTC();
    if (t.date().year() < 2000 || t.date().year() > 2100)
        return {}; // Studio's executions are of this century
    return t;
}

QString instantText(const QDateTime &t)
{
    return t.toUTC().toString(t.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

QString rangePresetKey(RangePreset preset)
{
    for (const auto &[p, key] : kPresetKeys) {
        if (p == preset)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<RangePreset> rangePresetFromKey(const QString &key)
{
    for (const auto &[p, k] : kPresetKeys) {
        if (key == QStringView(k))
            return p;
    }
    return std::nullopt;
}

void rangeOf(RangePreset preset, const QDateTime &now, QDateTime *from, QDateTime *to,
    const QDateTime &customFrom, const QDateTime &customTo)
{
    const QDateTime local = now.toLocalTime();
    const QDateTime midnight(local.date(), QTime(0, 0), Qt::LocalTime);
    *from = {};
    *to = {}; // up to now, and whatever starts while you look
    switch (preset) {
    case RangePreset::AnyTime: break;
    case RangePreset::LastHour: *from = local.addSecs(-3600); break;
    case RangePreset::Last24Hours: *from = local.addSecs(-24 * 3600); break;
    case RangePreset::Today:
        *from = midnight;
        *to = midnight.addDays(1);
        break;
    case RangePreset::Yesterday:
        *from = midnight.addDays(-1);
        *to = midnight;
        break;
    case RangePreset::Last7Days: *from = local.addDays(-7); break;
    case RangePreset::Last30Days: *from = local.addDays(-30); break;
    case RangePreset::Custom:
        *from = customFrom;
        *to = customTo;
        break;
    }
}

const QStringList &viewColumnKeys()
{
    static const QStringList keys
        = { u"status"_s, u"sid"_s, u"contact_channel_address"_s, u"date_created"_s,
              u"date_updated"_s, u"duration_seconds"_s, u"contact_sid"_s, u"flow_sid"_s,
              u"ended_at"_s, u"last_event"_s, u"step_count"_s, u"error_code"_s, u"flow_version"_s };
    return keys;
}

QDateTime SavedView::fromAt(const QDateTime &now) const
{
    QDateTime f;
    QDateTime t;
    rangeOf(range, now, &f, &t, from, to);
    return f;
}

QDateTime SavedView::toAt(const QDateTime &now) const
{
    QDateTime f;
    QDateTime t;
    rangeOf(range, now, &f, &t, from, to);
    return t;
}

QUrlQuery SavedView::toQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        // Every character that means something in a query is encoded, '+' too: a value is read
        // back exactly, wherever the link is pasted.
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!name.isEmpty())
        add(u"name"_s, name);
    add(u"flow"_s, flowSid);
    if (range == RangePreset::Custom) {
        if (from.isValid())
            add(u"from"_s, instantText(from));
        if (to.isValid())
            add(u"to"_s, instantText(to));
    } else {
        add(u"range"_s, rangePresetKey(range));
    }
    if (failedOnly)
        add(u"failed"_s, u"1"_s);
    if (!filter.isEmpty())
        add(u"filter"_s, filter);
    if (!columns.isEmpty())
        add(u"columns"_s, columns.join(u','));
    if (!sortColumn.isEmpty())
        add(u"sort"_s, (sortDescending ? u"-"_s : QString()) + sortColumn);
    return query;
}

std::optional<SavedView> SavedView::fromQuery(const QUrlQuery &query, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // One value per item: a second one of the same name is a link made to confuse.
    for (const QString &key : { u"name"_s, u"flow"_s, u"range"_s, u"from"_s, u"to"_s, u"failed"_s,
             u"filter"_s, u"columns"_s, u"sort"_s }) {
        if (query.allQueryItemValues(key).size() > 1)
            return refuse(tr("the view gives '%1' more than once").arg(key));
    }
    const auto value
        = [&query](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    SavedView view;
    view.name = value(u"name"_s).trimmed();
    QString why;
    if (query.hasQueryItem(u"name"_s) && !isValidName(view.name, &why))
        return refuse(why);
    view.flowSid = canonicalSid(value(u"flow"_s).trimmed(), "FW");
    if (!isSid(view.flowSid, "FW"))
        return refuse(view.flowSid.isEmpty()
                ? tr("the view names no flow (flow=FW…)")
                : tr("the view's flow is not a flow SID (FW and 32 hex digits)"));
    const bool absolute = query.hasQueryItem(u"from"_s) || query.hasQueryItem(u"to"_s);
    if (absolute && query.hasQueryItem(u"range"_s))
        return refuse(tr("the view gives both a range and from/to; one of them"));
    if (absolute) {
        view.range = RangePreset::Custom;
        for (const auto &[key, target] :
            { std::pair { u"from"_s, &view.from }, std::pair { u"to"_s, &view.to } }) {
            if (!query.hasQueryItem(key))
                continue;
            *target = instant(value(key));
            if (!target->isValid())
                return refuse(tr("the view's %1 is not a time of 2000 to 2100 with Z or an "
                                 "offset (2026-11-01T09:00:00Z)")
                                  .arg(key));
        }
        if (view.from.isValid() && view.to.isValid() && view.from >= view.to)
            return refuse(tr("the view's from is not before its to"));
    } else if (query.hasQueryItem(u"range"_s)) {
        const std::optional<RangePreset> preset = rangePresetFromKey(value(u"range"_s));
        if (!preset || *preset == RangePreset::Custom) {
            QStringList keys;
            for (const auto &[p, key] : kPresetKeys) {
                if (p != RangePreset::Custom)
                    keys << QString::fromUtf16(key);
            }
            return refuse(tr("the view's range is not one of %1").arg(keys.join(u", "_s)));
        }
        view.range = *preset;
    }
    if (query.hasQueryItem(u"failed"_s)) {
        const QString failed = value(u"failed"_s);
        if (failed != u"1"_s && failed != u"0"_s)
            return refuse(tr("the view's failed is 1 or 0"));
        view.failedOnly = failed == u"1"_s;
    }
    view.filter = value(u"filter"_s);
    if (view.filter.size() > kLongestFilter || hasControls(view.filter))
        return refuse(tr("the view's filter is longer than %1 characters or holds control "
                         "characters")
                          .arg(kLongestFilter));
    if (query.hasQueryItem(u"columns"_s)) {
        for (const QString &column : value(u"columns"_s).split(u',')) {
            if (!viewColumnKeys().contains(column))
                return refuse(tr("the view's columns are some of %1")
                                  .arg(viewColumnKeys().join(u','))); // not echoed: may be hostile
            if (view.columns.contains(column))
                return refuse(tr("the view names the column %1 twice").arg(column));
            view.columns << column;
        }
    }
    if (query.hasQueryItem(u"sort"_s)) {
        QString sort = value(u"sort"_s);
        view.sortDescending = sort.startsWith(u'-');
        if (view.sortDescending)
            sort.remove(0, 1);
        if (!viewColumnKeys().contains(sort))
            return refuse(tr("the view sorts by a column that is not one of %1")
                              .arg(viewColumnKeys().join(u',')));
        view.sortColumn = sort;
    }
    return view;
}

bool SavedView::isValidName(const QString &name, QString *why)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        *why = tr("a view needs a name");
    else if (trimmed.size() > kLongestName)
        *why = tr("a view's name is at most %1 characters").arg(kLongestName);
    else if (hasControls(trimmed))
        *why = tr("a view's name holds no control characters");
    else
        return true;
    return false;
}

bool operator==(const SavedView &a, const SavedView &b)
{
    return a.name == b.name && a.flowSid == b.flowSid && a.range == b.range && a.from == b.from
        && a.to == b.to && a.failedOnly == b.failedOnly && a.filter == b.filter
        && a.columns == b.columns && a.sortColumn == b.sortColumn
        && a.sortDescending == b.sortDescending;
}

ViewStore::ViewStore(const QString &profile)
    : m_profile(profile)
{ }

QString ViewStore::group() const
{
    // The profile's name as a key of its own: whatever it holds, one group.
    return u"views/"_s + QString::fromLatin1(m_profile.toUtf8().toHex());
}

QList<SavedView> ViewStore::views() const
{
    QSettings settings;
    settings.beginGroup(group());
    const int count = settings.beginReadArray(u"list"_s);
    QList<SavedView> views;
    for (int k = 0; k < count; ++k) {
        settings.setArrayIndex(k);
        const std::optional<SavedView> view
            = SavedView::fromQuery(QUrlQuery(settings.value(u"query"_s).toString()), nullptr);
        if (view && !view->name.isEmpty())
            views << *view; // one edited by hand into nonsense is left out, not fatal
    }
    settings.endArray();
    std::sort(views.begin(), views.end(), [](const SavedView &a, const SavedView &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return views;
}

std::optional<SavedView> ViewStore::find(const QString &name) const
{
    for (const SavedView &view : views()) {
        if (view.name == name.trimmed())
            return view;
    }
    return std::nullopt;
}

namespace {

void writeViews(const QString &group, const QList<SavedView> &views)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.remove(u"list"_s);
    settings.beginWriteArray(u"list"_s, int(views.size()));
    for (int k = 0; k < views.size(); ++k) {
        settings.setArrayIndex(k);
        settings.setValue(u"query"_s, views[k].toQuery().toString(QUrl::FullyEncoded));
    }
    settings.endArray();
}

} // namespace

void ViewStore::save(const SavedView &view)
{
    QList<SavedView> all = views();
    all.removeIf([&view](const SavedView &v) { return v.name == view.name; });
    all << view;
    writeViews(group(), all);
}

bool ViewStore::remove(const QString &name)
{
    QList<SavedView> all = views();
    if (all.removeIf([&name](const SavedView &v) { return v.name == name.trimmed(); }) == 0)
        return false;
    writeViews(group(), all);
    if (startView() == name.trimmed())
        setStartView({});
    return true;
}

bool ViewStore::rename(const QString &from, const QString &to, QString *why)
{
    std::optional<SavedView> view = find(from);
    if (!view) {
        *why = tr("there is no view named '%1'").arg(from);
        return false;
    }
    const QString name = to.trimmed();
    if (!SavedView::isValidName(name, why))
        return false;
    if (name != view->name && find(name)) {
        *why = tr("there is a view named '%1' already").arg(name);
        return false;
    }
    const bool wasStart = startView() == view->name;
    remove(view->name);
    view->name = name;
    save(*view);
    if (wasStart)
        setStartView(name);
    return true;
}

QString ViewStore::startView() const
{
    return QSettings().value(group() + u"/start"_s).toString();
}

void ViewStore::setStartView(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(group() + u"/start"_s);
    else
        settings.setValue(group() + u"/start"_s, name);
}

} // namespace flowscope
