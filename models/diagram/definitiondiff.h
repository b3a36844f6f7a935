#pragma once

// What a publish changed: two Studio flow definitions compared widget by widget, matched by name.
// Each widget is added, removed, changed (anything of its type, properties or transitions
// differs) or moved (only properties.offset differs); unchanged ones are not reported. A changed
// or moved widget lists the differing paths with their old and new values — "type",
// "properties.body", "transitions.noMatch.next" (transitions are named by their event; a widget
// with two transitions of one event names them by position, "transitions[1].next"). A renamed
// widget is a removal and an addition: nothing says two names are one widget.

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace flowscope {

struct PathChange
{
    QString path;
    QJsonValue before; // Undefined: the path is new
    QJsonValue after; // Undefined: the path is gone
};

struct WidgetChange
{
    enum class Kind { Added, Removed, Changed, Moved };
    QString widget;
    Kind kind = Kind::Changed;
    QList<PathChange> paths; // Changed and Moved: what differs, in path order

    static QString kindName(Kind kind); // "added", "removed", "changed", "moved"
};

class DefinitionDiff
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionDiff)

public:
    // The changes from `before` to `after` (definitions with a "states" list): the widgets of
    // `after` in its order, then those removed, in `before`'s order.
    static QList<WidgetChange> compare(const QJsonObject &before, const QJsonObject &after);

    // A definition from text: Studio's export (an object with "states"), or a v2 Flow or Flow
    // Revision resource whose "definition" holds one. Null with *error saying what is wrong.
    static std::optional<QJsonObject> definitionOf(QByteArrayView json, QString *error);
};

} // namespace flowscope
