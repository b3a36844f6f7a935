#pragma once

// The Studio definitions of the sandbox's flows: the generated ones (their states, types, events
// and offsets are exactly what the generated steps walk, laid out as a person lays them out in
// Studio), and flows a person hands over as Studio's "Export to JSON" files, which executions
// walk from the trigger along the transitions.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// How a generated flow is triggered: an incoming message, a call, or the REST API.
enum class Channel { Messaging, Voice, Api };

// A republished flow's revisions differ in known ways (the messaging flow; the others are alike
// throughout):
// - First: every revision before the one the executions ran on until the republication — one
//   reply's body said otherwise (changed), a widget stood further left (moved only);
// - BeforeRepublish: the revision before the republication, and every revision of a flow never
//   republished;
// - Republished: the latest — its HTTP widget renamed (a removal and an addition), a widget added
//   on the failure branch, the error reply moved below it.
enum class Era { First, BeforeRepublish, Republished };

// The definition of a generated flow of that channel in that era.
QJsonObject generatedDefinition(Channel channel, Era era);

// A definition read for walking: each widget's type and transitions, by name.
struct WalkGraph
{
    struct Transition
    {
        QString event;
        QString next; // empty: the flow ends there
    };
    struct Widget
    {
        QString name;
        QString type;
        QList<Transition> transitions;
    };
    QJsonObject definition; // as given, served as the flow's definition
    QString description;
    QList<Widget> widgets;
    QHash<QString, int> index; // the first widget of a name
    int start = -1; // the trigger (initial_state), -1 when there is none
    // Per widget: the fewest transitions to an end (a transition without `next`); -1: none.
    QList<int> distanceToEnd;

    // Whether the trigger leads to a widget at all (a trigger-only flow ends as it starts).
    bool walks() const;

    // Reads a Studio flow JSON; nullopt with *error when it is not one.
    static std::optional<WalkGraph> read(const QByteArray &json, QString *error);
};

} // namespace sandbox
