#pragma once

// What happened in one sandbox execution — its trigger, each widget run with what it produced and
// the Messages and Calls it sent or got — from which its context, its steps, those resources and
// its Debugger alerts all follow. Private to SandboxData's files.

#include "sandboxdata.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sandbox {

struct SandboxData::Story
{
    // A Message or Call a widget run made or got.
    struct Sent
    {
        enum class Kind { Outbound, Inbound, Dial };
        Kind kind = Kind::Outbound;
        QByteArray sid;
        QString body; // a message's
        QString dialStatus; // a dialled call's: completed, busy, no-answer
        qint64 talkSeconds = 0; // a dialled call's, when completed
    };
    struct Run
    {
        QString name;
        QString type;
        QString event; // how it was left; empty while it is still running
        QJsonObject output;
        QList<Sent> sent;
    };
    QString triggerEvent;
    QJsonObject trigger;
    QJsonObject flow;
    QList<Run> runs;
    // The Message or Call that started it (its initiated_by), when one did.
    QByteArray triggerSid;
    QString triggerBody;
};

// What a story is told from: the execution, its hash, and the flow's number.
struct SandboxData::StoryInput
{
    int f = 0;
    qint64 i = 0;
    ExecutionRecord e;
    quint64 h = 0;
    QString twilioNumber;
    qint64 bigBytes = 0; // a large HTTP response in the context, when non-zero
    QString body; // what the customer wrote
};

} // namespace sandbox
