// flowscope:// links from any text, as a ticket, a chat or another process hands them over.
// Invariants: a link read names a canonical execution and flow SID (an execution link) or a view
// whose query reads back to the same view; it never keeps a host, a user or an origin, and what
// it says again is a link that reads back to itself. A refused one says why.

#include "api/sid.h"
#include "fuzz.h"
#include "links/flowscopelink.h"

#include <QStringList>

#include <algorithm>

using namespace flowscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(
        reinterpret_cast<const char *>(data), qsizetype(std::min(size, size_t(9000))));
    const QStringList candidates
        = { text, QStringLiteral("flowscope://") + text, QStringLiteral("flowscope://view?") + text,
              QStringLiteral("flowscope://execution/FN0123456789abcdef0123456789abcdef?") + text };
    for (const QString &candidate : candidates) {
        QString why;
        const std::optional<FlowScopeLink> link = FlowScopeLink::parse(candidate, &why);
        if (!link) {
            FUZZ_CHECK(!why.isEmpty());
            continue;
        }
        FUZZ_CHECK(why.isEmpty());
        FUZZ_CHECK(
            isSid(link->flowSid, "FW") && canonicalSid(link->flowSid, "FW") == link->flowSid);
        FUZZ_CHECK(link->accountSid.isEmpty() || isSid(link->accountSid, "AC"));
        if (link->kind == FlowScopeLink::Kind::Execution)
            FUZZ_CHECK(isSid(link->executionSid, "FN")
                && canonicalSid(link->executionSid, "FN") == link->executionSid);
        const QString again = link->toString();
        FUZZ_CHECK(again.size() <= FlowScopeLink::kLongest * 4);
        FUZZ_CHECK(!again.contains(QLatin1Char('@')) && !again.contains(QLatin1Char('#')));
        const std::optional<FlowScopeLink> back = FlowScopeLink::parse(again, &why);
        if (again.size() > FlowScopeLink::kLongest) {
            FUZZ_CHECK(!back); // a view whose filter is long, encoded: refused, never cut
            continue;
        }
        FUZZ_CHECK(back);
        FUZZ_CHECK(back->kind == link->kind && back->flowSid == link->flowSid
            && back->executionSid == link->executionSid && back->accountSid == link->accountSid);
        FUZZ_CHECK(back->view == link->view);
        FUZZ_CHECK(back->ignored.isEmpty());
    }
    return 0;
}
