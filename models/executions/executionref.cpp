#include "executionref.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// Every distinct SID with this prefix in the text, in order; hex case folded (Twilio's SIDs are
// lowercase; the API's pattern accepts either).
QStringList sidsIn(const QString &text, const QString &prefix)
{
    // Not part of a longer run of letters and digits, so FN… inside a longer token is not taken.
    const QRegularExpression pattern(
        u"(?<![A-Za-z0-9])%1[0-9a-fA-F]{32}(?![A-Za-z0-9])"_s.arg(prefix));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString sid = prefix + it.next().captured().mid(2).toLower();
        if (!found.contains(sid))
            found << sid;
    }
    return found;
}

} // namespace

std::optional<ExecutionRef> parseExecutionRef(const QString &text, const QString &currentFlowSid,
    QString *error, const QString &howToGiveTheFlow)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList executions = sidsIn(text, u"FN"_s);
    const QStringList flows = sidsIn(text, u"FW"_s);
    if (executions.isEmpty())
        return refuse(
            ExecutionRef::tr("No execution SID found: paste an FN… SID (FN and 32 hex digits) or a "
                             "Twilio Console link to an execution."));
    if (executions.size() > 1)
        return refuse(ExecutionRef::tr("That names %1 executions; paste one.")
                          .arg(QString::number(executions.size())));
    if (flows.size() > 1)
        return refuse(ExecutionRef::tr("That names %1 flows; paste one execution's link or SID.")
                          .arg(QString::number(flows.size())));
    ExecutionRef ref;
    ref.executionSid = executions.first();
    ref.flowSid = flows.isEmpty() ? currentFlowSid : flows.first();
    if (ref.flowSid.isEmpty())
        return refuse(ExecutionRef::tr("Studio finds an execution within its flow: %1, or paste a "
                                       "Twilio Console link, which names both.")
                          .arg(howToGiveTheFlow.isEmpty() ? ExecutionRef::tr("pick the flow first")
                                                          : howToGiveTheFlow));
    return ref;
}

Execution executionFromObject(const QByteArray &json, const QString &flowSid, QString *error)
{
    const ParsedPage page = parseExecutionObject(json, flowSid);
    QString why = page.error;
    Execution execution = why.isEmpty() ? executionOf(page, 0, flowSid) : Execution();
    if (why.isEmpty() && !execution.isValid())
        why = ExecutionRef::tr("the execution has no sid");
    if (error)
        *error = why;
    return execution;
}

} // namespace flowscope
