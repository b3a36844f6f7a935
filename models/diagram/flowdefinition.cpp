#include "flowdefinition.h"

#include "json/jsonerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// A coordinate as Studio writes it (a number), or as hand-edited files do (a numeric string).
std::optional<double> coordinate(const QJsonValue &value)
{
    double v = 0;
    if (value.isDouble()) {
        v = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        v = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    // Studio's canvas is a few thousand points wide; anything beyond this is not a position.
    if (!std::isfinite(v) || std::abs(v) > 1e7)
        return std::nullopt;
    return v;
}

// Where boxes without an offset go: a row below everything placed, one box width apart.
constexpr double kPlacedSpacingX = 300;
constexpr double kPlacedGapY = 300;

} // namespace

WidgetFamily familyOf(const QString &widgetType)
{
    static const QHash<QString, WidgetFamily> families {
        { u"trigger"_s, WidgetFamily::Trigger },
        { u"send-message"_s, WidgetFamily::Messaging },
        { u"send-and-wait-for-reply"_s, WidgetFamily::Messaging },
        { u"say-play"_s, WidgetFamily::Voice },
        { u"gather-input-on-call"_s, WidgetFamily::Voice },
        { u"connect-call-to"_s, WidgetFamily::Voice },
        { u"record-voicemail"_s, WidgetFamily::Voice },
        { u"record-call"_s, WidgetFamily::Voice },
        { u"enqueue-call"_s, WidgetFamily::Voice },
        { u"make-outgoing-call-v2"_s, WidgetFamily::Voice },
        { u"capture-payments"_s, WidgetFamily::Voice },
        { u"fork-stream"_s, WidgetFamily::Voice },
        { u"connect-virtual-agent"_s, WidgetFamily::Voice },
        { u"split-based-on"_s, WidgetFamily::Logic },
        { u"set-variables"_s, WidgetFamily::Logic },
        { u"make-http-request"_s, WidgetFamily::Code },
        { u"run-function"_s, WidgetFamily::Code },
        { u"send-to-flex"_s, WidgetFamily::Handoff },
        { u"run-subflow"_s, WidgetFamily::Handoff },
        { u"add-twiml-redirect"_s, WidgetFamily::Handoff },
        { u"send-to-autopilot"_s, WidgetFamily::Handoff },
    };
    return families.value(widgetType, WidgetFamily::Other);
}

std::optional<FlowDefinition> FlowDefinition::parse(QByteArrayView json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The flow definition is %1.")
                         .arg(describeInvalidJson(json, parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("The flow definition is not a JSON object.");
        return std::nullopt;
    }
    return fromObject(doc.object(), error);
}

std::optional<FlowDefinition> FlowDefinition::fromObject(
    const QJsonObject &definition, QString *error)
{
    const QJsonValue statesValue = definition.value(u"states"_s);
    if (!statesValue.isArray()) {
        if (error)
            *error = statesValue.isUndefined()
                ? tr("The flow definition has no \"states\" list, so it is not a Studio flow.")
                : tr("The flow definition's \"states\" is not a list.");
        return std::nullopt;
    }

    FlowDefinition d;
    d.m_description = definition.value(u"description"_s).toString();
    const QJsonArray states = statesValue.toArray();
    d.m_states.reserve(states.size());
    int unnamed = 0;
    for (qsizetype n = 0; n < states.size(); ++n) {
        if (!states[n].isObject()) {
            d.m_problems
                << tr("Entry %1 of \"states\" is not an object; it is left out.").arg(n + 1);
            continue;
        }
        const QJsonObject object = states[n].toObject();
        FlowState s;
        s.name = object.value(u"name"_s).toString();
        if (s.name.isEmpty()) {
            s.name = u"(unnamed %1)"_s.arg(++unnamed);
            d.m_problems << tr("Entry %1 of \"states\" has no name; it is drawn as \"%2\".")
                                .arg(n + 1)
                                .arg(s.name);
        }
        s.type = object.value(u"type"_s).toString();
        if (s.type.isEmpty())
            s.type = u"unknown"_s;

        const QJsonObject properties = object.value(u"properties"_s).toObject();
        const QJsonObject offset = properties.value(u"offset"_s).toObject();
        const std::optional<double> x = coordinate(offset.value(u"x"_s));
        const std::optional<double> y = coordinate(offset.value(u"y"_s));
        if (x && y)
            s.offset = QPointF(*x, *y);
        else
            s.placed = true;

        const QJsonArray transitions = object.value(u"transitions"_s).toArray();
        for (const auto &value : transitions) {
            const QJsonObject t = value.toObject();
            FlowTransition transition;
            transition.event = t.value(u"event"_s).toString();
            transition.next = t.value(u"next"_s).toString();
            // Seen in hand-written flows: `name` where `next` belongs.
            if (transition.next.isEmpty() && t.value(u"name"_s).isString()
                && !t.contains(u"next"_s)) {
                transition.next = t.value(u"name"_s).toString();
                d.m_problems << tr("%1: the transition on \"%2\" names its target with "
                                   "\"name\" instead of \"next\"; read as \"next\".")
                                    .arg(s.name, transition.event);
            }
            const QJsonArray conditions = t.value(u"conditions"_s).toArray();
            if (!conditions.isEmpty())
                transition.condition
                    = conditions.first().toObject().value(u"friendly_name"_s).toString();
            if (transition.event.isEmpty())
                transition.event = u"(no event)"_s;
            s.transitions.append(transition);
        }

        if (d.m_index.contains(s.name)) {
            d.m_problems
                << tr("Two widgets are named \"%1\"; steps are drawn on the first.").arg(s.name);
        } else {
            d.m_index.insert(s.name, int(d.m_states.size()));
        }
        d.m_states.append(s);
    }

    d.m_initialState = definition.value(u"initial_state"_s).toString();
    if (d.m_initialState.isEmpty()) {
        const auto trigger = std::find_if(d.m_states.cbegin(), d.m_states.cend(),
            [](const FlowState &s) { return s.type == u"trigger"_s; });
        if (trigger != d.m_states.cend())
            d.m_initialState = trigger->name;
    } else if (!d.m_index.contains(d.m_initialState)) {
        d.m_problems
            << tr("The initial state \"%1\" is not a widget of the flow.").arg(d.m_initialState);
    }

    // Targets that name no widget stay, drawn as loose ends, so nothing is hidden.
    for (FlowState &s : d.m_states) {
        for (FlowTransition &t : s.transitions) {
            if (!t.next.isEmpty() && !d.m_index.contains(t.next)) {
                t.dangling = true;
                d.m_problems << tr("%1: the transition on \"%2\" leads to \"%3\", which is not a "
                                   "widget of the flow.")
                                    .arg(s.name, t.event, t.next);
            }
        }
    }

    // Widgets without an offset: a row below the lowest box, in definition order.
    double minX = 0;
    double maxY = 0;
    bool any = false;
    int placedCount = 0;
    for (const FlowState &s : std::as_const(d.m_states)) {
        if (s.placed) {
            ++placedCount;
            continue;
        }
        minX = any ? std::min(minX, s.offset.x()) : s.offset.x();
        maxY = any ? std::max(maxY, s.offset.y()) : s.offset.y();
        any = true;
    }
    if (placedCount > 0) {
        int k = 0;
        for (FlowState &s : d.m_states) {
            if (s.placed)
                s.offset = QPointF(minX + kPlacedSpacingX * k++, any ? maxY + kPlacedGapY : 0);
        }
        d.m_problems << tr(
            "%n widget(s) had no position on the canvas; drawn in a row below the others.", nullptr,
            placedCount);
    }
    return d;
}

int FlowDefinition::transitionCount() const
{
    int n = 0;
    for (const FlowState &s : m_states)
        n += int(s.transitions.size());
    return n;
}

int FlowDefinition::boxOf(const QString &name, QStringList *looseBoxes, bool *added) const
{
    *added = false;
    const int index = indexOf(name);
    if (index >= 0)
        return index;
    qsizetype loose = looseBoxes->indexOf(name);
    if (loose < 0) {
        loose = looseBoxes->size();
        looseBoxes->append(name);
        *added = true;
    }
    return int(m_states.size() + loose);
}

} // namespace flowscope
