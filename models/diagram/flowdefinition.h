#pragma once

// A Studio flow definition — the JSON Studio's "Export to JSON" writes and `GET /v2/Flows/{FW}`
// returns as `definition` — read into the graph the canvas draws: every widget (state) with its
// type and Studio's own canvas offset, every transition with its event and `next`.
//
// Real definitions are untidy, so reading one never fails on what can be drawn anyway: a widget
// without an offset is placed below the others, a `next` naming no widget is kept (drawn as a
// loose end), a second widget with a name already taken is kept apart, and each such thing is
// listed in `problems` in words. Only text that is not a definition at all (not JSON, no
// `states` list) is refused, with a message saying why.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace flowscope {

struct FlowTransition
{
    QString event; // "incomingMessage", "success", "match", "noMatch", …
    QString next; // the widget it leads to; empty: the flow ends there
    QString condition; // a split's condition name ("friendly_name"), when it has one
    bool dangling = false; // `next` names no widget of the definition
};

// Widget families, for the colour and the mark of a box.
enum class WidgetFamily : quint8 {
    Trigger,
    Messaging, // send-message, send-and-wait-for-reply
    Voice, // say-play, gather-input-on-call, connect-call-to, record-voicemail, enqueue-call, …
    Logic, // split-based-on, set-variables
    Code, // make-http-request, run-function
    Handoff, // send-to-flex, run-subflow, add-twiml-redirect, …
    Other,
};

WidgetFamily familyOf(const QString &widgetType);

struct FlowState
{
    QString name;
    QString type; // widget type ("unknown" when the definition has none)
    QPointF offset; // Studio's canvas coordinates of the box's top-left corner
    bool placed = false; // true: the definition had no usable offset, FlowScope chose one
    QList<FlowTransition> transitions;
};

class FlowDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FlowDefinition)

public:
    // Reads a definition; nullopt with *error set (one sentence) when the text is not one.
    static std::optional<FlowDefinition> parse(QByteArrayView json, QString *error);
    static std::optional<FlowDefinition> fromObject(const QJsonObject &definition, QString *error);

    const QList<FlowState> &states() const { return m_states; }
    QString initialState() const { return m_initialState; }
    QString description() const { return m_description; }
    // What was odd but drawable, one sentence each.
    const QStringList &problems() const { return m_problems; }

    // The first widget of that name, -1 when there is none.
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    // The box a widget name is drawn in: its state's index, else — a name the definition does not
    // have (renamed or removed since) — one of the loose boxes drawn apart after the states',
    // appended to *looseBoxes the first time (*added says so).
    int boxOf(const QString &name, QStringList *looseBoxes, bool *added) const;
    int transitionCount() const;

private:
    QList<FlowState> m_states;
    QHash<QString, int> m_index;
    QString m_initialState;
    QString m_description;
    QStringList m_problems;
};

} // namespace flowscope
