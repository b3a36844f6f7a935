#pragma once

// Find customer in the archive: an index narrows — the contact's key, else the trigrams of the
// text — and the same matchers as the API search's decide, so that the archive finds what
// Twilio would have for the same executions. The command line and the window both ask this.

#include "archive.h"
#include "search/customersearch.h"

namespace flowscope {

struct ArchiveMatches
{
    QList<ArchivedExecution> rows; // newest first, as the API lists them
    qsizetype candidates = 0; // what the index named
    bool tooShort = false; // a text alone of fewer than three characters: nothing was read
};

// The request's flows (every flow when none), [from, to) (unbounded where invalid), contact and
// text. Runs where the archive was opened; a text is matched there (contexts can be megabytes).
ArchiveMatches findInArchive(Archive &archive, const SearchRequest &request, ArchiveError *error);

} // namespace flowscope
