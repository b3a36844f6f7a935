#include "definitiondiff.h"

#include "json/jsonpath.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// The states of a definition by name (the first of a name; Studio allows one), in order.
struct States
{
    QStringList order;
    QHash<QString, QJsonObject> byName;
};

States statesOf(const QJsonObject &definition)
{
    States states;
    for (const auto &value : definition.value(u"states"_s).toArray()) {
        const QJsonObject state = value.toObject();
        const QString name = state.value(u"name"_s).toString();
        if (state.isEmpty() || states.byName.contains(name))
            continue;
        states.order << name;
        states.byName.insert(name, state);
    }
    return states;
}

// A widget's leaves: its type, properties and transitions (named by event when each event is
// there once), and anything else it holds; not its name, which matched it.
QMap<QString, QJsonValue> leavesOf(const QJsonObject &state)
{
    QMap<QString, QJsonValue> leaves;
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (it.key() == u"name"_s)
            continue;
        if (it.key() != u"transitions"_s || !it.value().isArray()) {
            leaves.insert(leafPaths(it.value(), memberPath({}, it.key())));
            continue;
        }
        const QJsonArray transitions = it.value().toArray();
        QSet<QString> events;
        bool byEvent = true;
        for (const auto &t : transitions) {
            const QString event = t.toObject().value(u"event"_s).toString();
            byEvent = byEvent && t.isObject() && !event.isEmpty() && !events.contains(event);
            events.insert(event);
        }
        if (!byEvent) {
            leaves.insert(leafPaths(it.value(), u"transitions"_s));
            continue;
        }
        if (transitions.isEmpty())
            leaves.insert(u"transitions"_s, it.value());
        for (const auto &t : transitions) {
            QJsonObject transition = t.toObject();
            const QString event = transition.take(u"event"_s).toString();
            const QString path = memberPath(u"transitions"_s, event);
            if (transition.isEmpty())
                leaves.insert(path, QJsonObject()); // an event that leads nowhere is still there
            for (auto m = transition.begin(); m != transition.end(); ++m)
                leaves.insert(leafPaths(m.value(), memberPath(path, m.key())));
        }
    }
    return leaves;
}

bool isOffset(const QString &path)
{
    return path == u"properties.offset"_s || path.startsWith(u"properties.offset."_s);
}

} // namespace

QString WidgetChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added: return u"added"_s;
    case Kind::Removed: return u"removed"_s;
    case Kind::Changed: return u"changed"_s;
    case Kind::Moved: return u"moved"_s;
    }
    return {};
}

QList<WidgetChange> DefinitionDiff::compare(const QJsonObject &before, const QJsonObject &after)
{
    const States a = statesOf(before);
    const States b = statesOf(after);
    QList<WidgetChange> changes;
    for (const QString &name : b.order) {
        if (!a.byName.contains(name)) {
            changes.append({ name, WidgetChange::Kind::Added, {} });
            continue;
        }
        const QJsonObject &first = a.byName.find(name).value();
        const QJsonObject &second = b.byName.find(name).value();
        if (first == second)
            continue; // most widgets of a publish: compared whole, not path by path
        const QMap<QString, QJsonValue> old = leavesOf(first);
        const QMap<QString, QJsonValue> now = leavesOf(second);
        WidgetChange change { name, WidgetChange::Kind::Moved, {} };
        auto o = old.cbegin();
        auto n = now.cbegin();
        // Both maps are sorted by path: one walk finds what differs.
        while (o != old.cend() || n != now.cend()) {
            const bool takeOld = n == now.cend() || (o != old.cend() && o.key() < n.key());
            const bool takeNew = o == old.cend() || (n != now.cend() && n.key() < o.key());
            PathChange path;
            if (takeOld) {
                path = { o.key(), o.value(), QJsonValue(QJsonValue::Undefined) };
                ++o;
            } else if (takeNew) {
                path = { n.key(), QJsonValue(QJsonValue::Undefined), n.value() };
                ++n;
            } else {
                const bool same = o.value() == n.value();
                path = { o.key(), o.value(), n.value() };
                ++o;
                ++n;
                if (same)
                    continue;
            }
            if (!isOffset(path.path))
                change.kind = WidgetChange::Kind::Changed;
            change.paths.append(path);
        }
        if (!change.paths.isEmpty())
            changes.append(change);
    }
    for (const QString &name : a.order) {
        if (!b.byName.contains(name))
            changes.append({ name, WidgetChange::Kind::Removed, {} });
    }
    return changes;
}

std::optional<QJsonObject> DefinitionDiff::definitionOf(QByteArrayView json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("it is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    QJsonObject object = document.object();
    if (!object.contains(u"states"_s) && object.value(u"definition"_s).isObject())
        object = object.value(u"definition"_s).toObject(); // a v2 Flow or Flow Revision
    if (!object.value(u"states"_s).isArray()) {
        *error = document.isObject()
            ? tr("it is JSON but not a flow definition: there is no \"states\" list (nor a "
                 "\"definition\" that has one)")
            : tr("it is JSON but not a flow definition: a definition is an object with a "
                 "\"states\" list");
        return std::nullopt;
    }
    return object;
}

} // namespace flowscope
