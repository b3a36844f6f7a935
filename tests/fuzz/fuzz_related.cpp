// What Twilio kept beside an execution, read from any text: the Message, Call and alert parsers,
// the SIDs found in a context, and the alert matcher with the URL templates. Invariants: a
// resource read has the SID of its kind, one refused says why; every SID found is an SM/MM/CA SID,
// found once, pinned to a step that exists (or none); an alert is never placed by time alone, one
// naming another execution never belongs to this one, a placed one stands on a real step; a URL
// fits itself as a template once its variables are filled in.

#include "detail/step.h"
#include "fuzz.h"
#include "related/alertmatch.h"
#include "related/relatedsids.h"
#include "related/resources.h"

#include <QSet>

using namespace flowscope;

namespace {

const QString kExecution = QStringLiteral("FN00000000000000000000000000000001");
const QString kFlow = QStringLiteral("FW00000000000000000000000000000001");

QList<Step> someSteps()
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1795824000, Qt::UTC);
    QList<Step> steps;
    const char *names[][3] = { { "incomingMessage", "Trigger", "ask" },
        { "incomingMessage", "ask", "ask" }, { "incomingMessage", "ask", "send_reply" },
        { "sent", "send_reply", "connect" }, { "failed", "connect", "Ended" } };
    for (int k = 0; k < 5; ++k) {
        Step s;
        s.sid = QStringLiteral("FT%1").arg(k, 32, 10, QLatin1Char('0'));
        s.name = QString::fromLatin1(names[k][0]);
        s.transitionedFrom = QString::fromLatin1(names[k][1]);
        s.transitionedTo = QString::fromLatin1(names[k][2]);
        s.created = start.addSecs(5 * k);
        steps << s;
    }
    return steps;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString why;

    RelatedMessage message;
    if (readMessage(bytes, &message, &why))
        FUZZ_CHECK(message.sid.size() == 34
            && (message.sid.startsWith(QLatin1String("SM"))
                || message.sid.startsWith(QLatin1String("MM"))));
    else
        FUZZ_CHECK(!why.isEmpty());
    RelatedCall call;
    why.clear();
    if (readCall(bytes, &call, &why))
        FUZZ_CHECK(call.sid.size() == 34 && call.sid.startsWith(QLatin1String("CA")));
    else
        FUZZ_CHECK(!why.isEmpty());

    const QList<Step> steps = someSteps();
    const QList<FoundSid> found = findRelatedSids(
        QString::fromUtf8(bytes.left(40)), bytes, { { 1, bytes.mid(int(size) / 2) } }, steps);
    QSet<QString> seen;
    for (const FoundSid &f : found) {
        FoundSid::Kind kind;
        FUZZ_CHECK(relatedSidKind(f.sid, &kind) && kind == f.kind);
        FUZZ_CHECK(!seen.contains(f.sid));
        seen.insert(f.sid);
        FUZZ_CHECK(f.pin.step >= -1 && f.pin.step < steps.size());
        FUZZ_CHECK((f.pin.step < 0) == f.pin.stepSid.isEmpty());
    }

    RelatedAlert alert;
    why.clear();
    const bool isAlert = readAlert(bytes, &alert, &why, true);
    FUZZ_CHECK(isAlert || !why.isEmpty());
    if (isAlert) {
        ExecutionFacts facts;
        facts.flowSid = kFlow;
        facts.executionSid = kExecution;
        facts.start = steps.first().created;
        facts.end = steps.last().created;
        facts.steps = steps;
        facts.resources = found;
        facts.widgetUrls = { { QStringLiteral("connect"), QString::fromUtf8(bytes.left(80)) } };
        const AlertVerdict verdict = matchAlert(alert, facts);
        const AlertNames names = alertNames(alert);
        if (verdict.fit == AlertFit::Certain || verdict.fit == AlertFit::Probable) {
            FUZZ_CHECK(verdict.pin.step >= -1 && verdict.pin.step < steps.size());
            FUZZ_CHECK(!names.executions.isEmpty() || !names.resources.isEmpty()
                || names.flows.contains(kFlow)); // never by time alone
        }
        if (!names.executions.isEmpty() && !names.executions.contains(kExecution))
            FUZZ_CHECK(verdict.fit == AlertFit::None);
        if (verdict.fit == AlertFit::Probable)
            FUZZ_CHECK(names.executions.isEmpty() && verdict.pin.step > 0);
    }

    // A URL with its variables filled in fits the template it came from.
    const QString urlTemplate = QString::fromUtf8(bytes.left(200));
    const QString url = renderUrlTemplate(urlTemplate, bytes);
    if (!url.contains(QLatin1String("{{")) && !url.trimmed().isEmpty() && url == url.trimmed()
        && !urlTemplate.contains(QLatin1String("{{")))
        FUZZ_CHECK(urlFitsTemplate(url, urlTemplate));
    return 0;
}
