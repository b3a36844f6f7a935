#pragma once

// What Twilio kept about an execution outside Studio, read from the resources themselves: the
// Messages and Calls its widgets created (core API 2010-04-01) and the Debugger's alerts (Monitor
// v1). Each keeps the exact JSON the API sent (output is lossless) beside the fields FlowScope
// reads, and the step of the execution it is pinned to.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace flowscope {

// Where a related resource belongs among the execution's steps (oldest first).
struct StepPin
{
    int step = -1; // index into the steps, oldest first; -1: no step
    QString stepSid; // that step's SID; empty with step -1
};

struct RelatedMessage
{
    QString sid; // SM… or MM…
    StepPin pin;
    QString widget; // the widget whose context named it; empty: the trigger or initiated_by
    bool found = false; // false: not (yet) read, or gone — `gone` says which
    bool gone = false; // 404: deleted, or past its retention
    QString problem; // why it could not be read (not a 404), in words
    QString status; // queued, sending, sent, delivered, undelivered, failed, received, read, …
    int errorCode = 0; // 0: none
    QString errorMessage;
    QString direction; // inbound, outbound-api, outbound-call, outbound-reply
    QString to;
    QString from;
    QDateTime dateSent;
    int segments = -1; // -1: not given
    QByteArray raw; // the resource as the API sent it

    bool isInbound() const { return direction == QLatin1String("inbound"); }
    // Undelivered or failed: the customer did not get it.
    bool notDelivered() const;
};

struct RelatedCall
{
    QString sid; // CA…
    StepPin pin;
    QString widget;
    bool found = false;
    bool gone = false;
    QString problem;
    QString status; // queued, ringing, in-progress, completed, busy, failed, no-answer, canceled
    int durationSeconds = -1; // -1: not given
    QString answeredBy;
    QString direction;
    QString to;
    QString from;
    QDateTime startTime;
    QByteArray raw;

    // Busy, no answer, failed or cancelled: the call did not take place.
    bool notConnected() const;
};

struct RelatedAlert
{
    QString sid; // NO…
    StepPin pin;
    bool probable = false; // it names only the flow: matched by its time and URL
    QString resource; // the execution's Message or Call it names, when it names one
    int errorCode = 0;
    QString logLevel; // error, warning, notice, debug
    QString alertText;
    QString resourceSid;
    QString serviceSid;
    QString requestUrl;
    QString requestMethod;
    QString requestVariables; // only from the single fetch
    QString responseBody; // only from the single fetch
    QString responseHeaders; // only from the single fetch
    QDateTime dateGenerated;
    QString moreInfo;
    bool detailed = false; // read from GET /v1/Alerts/{NO} (bodies included)
    QByteArray raw; // the list item, or the single fetch once detailed

    bool isError() const
    {
        return logLevel.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0;
    }
};

// Reads a resource from its JSON; false with *error (a sentence) when the text is not one.
bool readMessage(const QByteArray &json, RelatedMessage *message, QString *error);
bool readCall(const QByteArray &json, RelatedCall *call, QString *error);
// An alert of a list page, or a single alert (then `detailed`).
bool readAlert(const QByteArray &json, RelatedAlert *alert, QString *error, bool detailed);

// The core API writes dates as RFC 2822 ("Thu, 30 Jul 2015 20:12:31 +0000"); Monitor as ISO 8601.
QDateTime parseRfc2822(const QString &text);

} // namespace flowscope
