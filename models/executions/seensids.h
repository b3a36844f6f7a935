#pragma once

// A set of SIDs, so that a row the server sends twice is kept once: within one page (the
// store), and across the pages and time slices of a whole export. Canonical SIDs are held as their
// 16 bytes in an open-addressing table kept 35–70 % full (23–46 bytes a SID: 33 MB for a million),
// the rare odd one as text.

#include "api/sid.h"

#include <QSet>
#include <QString>

#include <vector>

namespace flowscope {

class SeenSids
{
public:
    // True the first time a SID is offered.
    bool insert(const Sid &sid);
    bool insert(const QString &text);
    qsizetype size() const { return m_count + (m_hasZero ? 1 : 0) + m_text.size(); }
    qint64 memoryBytes() const;

private:
    void grow();

    std::vector<Sid> m_table; // an all-zero entry is empty; the all-zero SID is m_hasZero
    qsizetype m_count = 0;
    bool m_hasZero = false;
    QSet<QString> m_text;
};

} // namespace flowscope
