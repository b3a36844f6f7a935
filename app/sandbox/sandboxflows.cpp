#include "sandboxflows.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

struct Edge
{
    QString event;
    QString next;
    QString condition; // a split's "match": the condition's friendly name
};

QJsonObject widget(const QString &name, const QString &type, int x, int y, const QList<Edge> &edges,
    QJsonObject properties = {})
{
    QJsonArray transitions;
    for (const Edge &e : edges) {
        QJsonObject t { { u"event"_s, e.event } };
        if (!e.next.isEmpty())
            t.insert(u"next"_s, e.next);
        if (!e.condition.isEmpty()) {
            t.insert(u"conditions"_s,
                QJsonArray { QJsonObject {
                    { u"friendly_name"_s, e.condition },
                    { u"arguments"_s, QJsonArray { properties.value(u"input"_s) } },
                    { u"type"_s, u"matches_any_of"_s },
                    { u"value"_s, e.condition },
                } });
        }
        transitions.append(t);
    }
    properties.insert(u"offset"_s, QJsonObject { { u"x"_s, x }, { u"y"_s, y } });
    return QJsonObject { { u"name"_s, name }, { u"type"_s, type },
        { u"transitions"_s, transitions }, { u"properties"_s, properties } };
}

QJsonObject trigger(const QString &event, const QString &next)
{
    QList<Edge> edges;
    for (const char16_t *e : { u"incomingMessage", u"incomingCall", u"incomingConversationMessage",
             u"incomingRequest", u"incomingParent" }) {
        const QString name = QString::fromUtf16(e);
        edges.append(Edge { name, name == event ? next : QString(), {} });
    }
    return widget(u"Trigger"_s, u"trigger"_s, 0, 0, edges);
}

QJsonObject definitionOf(const QString &description, const QJsonArray &states)
{
    return QJsonObject { { u"description"_s, description }, { u"states"_s, states },
        { u"initial_state"_s, u"Trigger"_s },
        { u"flags"_s, QJsonObject { { u"allow_concurrent_calls"_s, true } } } };
}

QJsonObject messaging(Era era)
{
    // Republished: http_1 became lookup_order, and a failed lookup now tells the team first.
    const bool republished = era == Era::Republished;
    const QString http = republished ? u"lookup_order"_s : u"http_1"_s;
    const QJsonObject message { { u"service"_s, u"{{trigger.message.InstanceSid}}"_s },
        { u"channel"_s, u"{{trigger.message.ChannelSid}}"_s },
        { u"from"_s, u"{{flow.channel.address}}"_s },
        { u"to"_s, u"{{contact.channel.address}}"_s } };
    QJsonObject reply = message;
    // The first revisions said it otherwise.
    reply.insert(u"body"_s,
        era == Era::First ? u"Your order has shipped."_s : u"Your order is on its way."_s);
    QJsonObject sorry = message;
    sorry.insert(u"body"_s, u"We could not look that up; an agent will text you."_s);
    QJsonObject ask = message;
    ask.insert(u"body"_s, u"Sorry, which order? Reply with the number."_s);
    ask.insert(u"timeout"_s, u"3600"_s);
    QJsonArray states {
        trigger(u"incomingMessage"_s, u"split_keyword"_s),
        widget(u"split_keyword"_s, u"split-based-on"_s, 0, 230,
            { { u"noMatch"_s, u"ask_details"_s, {} }, { u"match"_s, http, u"order"_s } },
            { { u"input"_s, u"{{trigger.message.Body}}"_s } }),
        // The first revisions had it a little further left (moved, nothing else).
        widget(u"ask_details"_s, u"send-and-wait-for-reply"_s, era == Era::First ? -460 : -400, 470,
            { { u"incomingMessage"_s, http, {} }, { u"timeout"_s, {}, {} },
                { u"deliveryFailure"_s, {}, {} } },
            ask),
        widget(http, u"make-http-request"_s, 40, 720,
            { { u"success"_s, u"send_reply"_s, {} },
                { u"failed"_s, republished ? u"notify_team"_s : u"send_error"_s, {} } },
            { { u"method"_s, u"GET"_s },
                { u"url"_s, u"https://orders.example.com/lookup?q={{trigger.message.Body}}"_s },
                { u"content_type"_s, u"application/json;charset=utf-8"_s } }),
        widget(u"send_reply"_s, u"send-message"_s, -220, 970,
            { { u"sent"_s, {}, {} }, { u"failed"_s, {}, {} } }, reply),
        widget(u"send_error"_s, u"send-message"_s, 320, republished ? 1220 : 970,
            { { u"sent"_s, {}, {} }, { u"failed"_s, {}, {} } }, sorry),
    };
    if (republished) {
        states.append(widget(u"notify_team"_s, u"run-function"_s, 380, 970,
            { { u"success"_s, u"send_error"_s, {} }, { u"fail"_s, u"send_error"_s, {} } },
            { { u"service_sid"_s, u"ZSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s },
                { u"url"_s, u"https://ops-1234.twil.io/notify"_s } }));
    }
    return definitionOf(u"Order status by SMS"_s, states);
}

QJsonObject voice()
{
    const QJsonObject say { { u"say"_s,
                                u"Thanks for calling. Press 1 for orders, or say agent."_s },
        { u"voice"_s, u"Polly.Joanna"_s }, { u"language"_s, u"en-US"_s }, { u"loop"_s, 1 } };
    return definitionOf(u"Phone menu"_s,
        QJsonArray {
            trigger(u"incomingCall"_s, u"say_welcome"_s),
            widget(u"say_welcome"_s, u"say-play"_s, 0, 230,
                { { u"audioComplete"_s, u"gather_1"_s, {} } }, say),
            widget(u"gather_1"_s, u"gather-input-on-call"_s, 0, 460,
                { { u"keypress"_s, u"split_menu"_s, {} }, { u"speech"_s, u"split_menu"_s, {} },
                    { u"timeout"_s, u"split_menu"_s, {} } },
                { { u"speech_timeout"_s, u"auto"_s }, { u"timeout"_s, 5 },
                    { u"number_of_digits"_s, 1 } }),
            widget(u"split_menu"_s, u"split-based-on"_s, 0, 700,
                { { u"noMatch"_s, u"function_1"_s, {} },
                    { u"match"_s, u"function_1"_s, u"agent"_s } },
                { { u"input"_s,
                    u"{{widgets.gather_1.Digits}}{{widgets.gather_1.SpeechResult}}"_s } }),
            widget(u"function_1"_s, u"run-function"_s, 0, 940,
                { { u"success"_s, u"connect_agent"_s, {} }, { u"fail"_s, u"connect_agent"_s, {} } },
                { { u"url"_s, u"https://scoring-5678.twil.io/score"_s } }),
            widget(u"connect_agent"_s, u"connect-call-to"_s, 0, 1180,
                { { u"callCompleted"_s, {}, {} }, { u"hangup"_s, {}, {} } },
                { { u"noun"_s, u"number"_s }, { u"to"_s, u"+14155550199"_s },
                    { u"timeout"_s, 30 } }),
        });
}

QJsonObject api()
{
    return definitionOf(u"Appointment reminders"_s,
        QJsonArray {
            trigger(u"incomingRequest"_s, u"http_1"_s),
            widget(u"http_1"_s, u"make-http-request"_s, 0, 230,
                { { u"success"_s, u"function_1"_s, {} }, { u"failed"_s, u"function_1"_s, {} } },
                { { u"method"_s, u"POST"_s },
                    { u"url"_s, u"https://clinic.example.com/appointments/confirm"_s } }),
            widget(u"function_1"_s, u"run-function"_s, 0, 470,
                { { u"success"_s, u"send_message_1"_s, {} }, { u"fail"_s, {}, {} } },
                { { u"url"_s, u"https://clinic-9012.twil.io/prepare"_s } }),
            widget(u"send_message_1"_s, u"send-message"_s, 0, 710,
                { { u"sent"_s, {}, {} }, { u"failed"_s, {}, {} } },
                { { u"body"_s, u"Reminder: your appointment is tomorrow. Reply C to confirm."_s },
                    { u"to"_s, u"{{flow.data.phone}}"_s } }),
        });
}

} // namespace

QJsonObject generatedDefinition(Channel channel, Era era)
{
    switch (channel) {
    case Channel::Messaging: return messaging(era);
    case Channel::Voice: return voice();
    case Channel::Api: return api();
    }
    return {};
}

std::optional<WalkGraph> WalkGraph::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? u"not JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset)
            : u"not a JSON object"_s;
        return std::nullopt;
    }
    WalkGraph g;
    g.definition = doc.object();
    g.description = g.definition.value(u"description"_s).toString();
    if (!g.definition.value(u"states"_s).isArray()) {
        *error = u"no \"states\" list: not a Studio flow"_s;
        return std::nullopt;
    }
    const QJsonArray states = g.definition.value(u"states"_s).toArray();
    for (const auto &value : states) {
        const QJsonObject s = value.toObject();
        Widget w;
        w.name = s.value(u"name"_s).toString();
        w.type = s.value(u"type"_s).toString();
        if (w.name.isEmpty())
            continue;
        const QJsonArray transitions = s.value(u"transitions"_s).toArray();
        for (const auto &t : transitions) {
            const QJsonObject o = t.toObject();
            w.transitions.append(
                Transition { o.value(u"event"_s).toString(), o.value(u"next"_s).toString() });
        }
        if (!g.index.contains(w.name))
            g.index.insert(w.name, int(g.widgets.size()));
        g.widgets.append(w);
    }
    const QString initial = g.definition.value(u"initial_state"_s).toString();
    g.start = g.index.value(initial, -1);
    for (qsizetype n = 0; g.start < 0 && n < g.widgets.size(); ++n) {
        if (g.widgets[n].type == u"trigger"_s)
            g.start = int(n);
    }
    if (g.start < 0) {
        *error = u"no trigger widget to start from"_s;
        return std::nullopt;
    }
    g.distanceToEnd.fill(-1, g.widgets.size());
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype n = 0; n < g.widgets.size(); ++n) {
            int best = g.distanceToEnd[n];
            for (const Transition &t : g.widgets[n].transitions) {
                const int d
                    = t.next.isEmpty() ? 0 : g.distanceToEnd.value(g.index.value(t.next, -1), -1);
                const int via = t.next.isEmpty() ? 0 : (d >= 0 ? d + 1 : -1);
                if (via >= 0 && (best < 0 || via < best))
                    best = via;
            }
            if (g.widgets[n].transitions.isEmpty())
                best = 0;
            if (best != g.distanceToEnd[n]) {
                g.distanceToEnd[n] = best;
                changed = true;
            }
        }
    }
    return g;
}

bool WalkGraph::walks() const
{
    for (const Transition &t : widgets[start].transitions) {
        if (!t.next.isEmpty() && index.contains(t.next))
            return true;
    }
    return false;
}

} // namespace sandbox
