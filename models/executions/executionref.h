#pragma once

// An execution named by what a support person has at hand: an FN… SID from a ticket, a Twilio
// Console link, an API URL, or any text that holds one flow SID and one execution SID. Studio
// addresses an execution under its flow, so a bare FN… SID is looked up in the current flow.

#include "executionstore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace flowscope {

struct ExecutionRef
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionRef)

public:
    QString flowSid; // FW…
    QString executionSid; // FN…
};

// Null, with a sentence for a person in *error, when the text names no single execution, or a
// bare FN… SID comes without a current flow. howToGiveTheFlow: how this front end asks for one,
// in that sentence ("pick the flow first", the window's words, when empty; "give --flow").
std::optional<ExecutionRef> parseExecutionRef(const QString &text, const QString &currentFlowSid,
    QString *error, const QString &howToGiveTheFlow = {});

// One execution object, as `GET /v1/Flows/{FW}/Executions/{FN}` returns it, expanded. Invalid
// (empty sid), with the reason in *error, when it is not one.
Execution executionFromObject(
    const QByteArray &json, const QString &flowSid, QString *error = nullptr);

} // namespace flowscope
