#include "archivesearch.h"

#include "json/jsonpath.h"

namespace flowscope {

ArchiveMatches findInArchive(Archive &archive, const SearchRequest &request, ArchiveError *error)
{
    ArchiveMatches found;
    QList<ArchivedExecution> candidates;
    if (request.contact) {
        candidates = archive.byContactKey(request.contact->indexKey(), error);
    } else {
        std::optional<QList<ArchivedExecution>> byText = archive.byText(request.text, error);
        if (!byText) {
            found.tooShort = true;
            return found;
        }
        candidates = std::move(*byText);
    }
    found.candidates = candidates.size();
    const qint64 from = request.from.isValid() ? request.from.toMSecsSinceEpoch() : kNoTime;
    const qint64 to = request.to.isValid() ? request.to.toMSecsSinceEpoch() : kNoTime;
    for (ArchivedExecution &row : candidates) {
        if ((!request.flows.isEmpty() && !request.flows.contains(row.flowSid))
            || (from != kNoTime && row.createdMs < from) || (to != kNoTime && row.createdMs >= to)
            || (request.contact && !request.contact->matches(row.contactAddress))
            || (!request.text.isEmpty() && !anyStringContains(row.context, request.text)))
            continue;
        found.rows << std::move(row);
    }
    return found;
}

} // namespace flowscope
