#include "seensids.h"

#include <cstring>

namespace flowscope {

namespace {

quint64 hashOf(const Sid &sid)
{
    // SIDs are random hex: their first eight bytes are already well spread; mix them anyway.
    quint64 h = 0;
    std::memcpy(&h, sid.bytes.data(), sizeof h);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

bool isZero(const Sid &sid)
{
    return sid == Sid {};
}

} // namespace

bool SeenSids::insert(const Sid &sid)
{
    if (isZero(sid))
        return !std::exchange(m_hasZero, true);
    if (qsizetype(m_table.size()) * 7 <= (m_count + 1) * 10)
        grow(); // at most 70 % full
    const size_t mask = m_table.size() - 1;
    for (size_t at = hashOf(sid) & mask;; at = (at + 1) & mask) {
        if (m_table[at] == sid)
            return false;
        if (isZero(m_table[at])) {
            m_table[at] = sid;
            ++m_count;
            return true;
        }
    }
}

bool SeenSids::insert(const QString &text)
{
    const qsizetype before = m_text.size();
    m_text.insert(text);
    return m_text.size() != before;
}

void SeenSids::grow()
{
    std::vector<Sid> old
        = std::exchange(m_table, std::vector<Sid>(std::max<size_t>(1024, m_table.size() * 2)));
    m_count = 0;
    const bool hadZero = m_hasZero;
    for (const Sid &sid : old) {
        if (!isZero(sid))
            insert(sid);
    }
    m_hasZero = hadZero;
}

qint64 SeenSids::memoryBytes() const
{
    qint64 text = 0;
    for (const QString &s : m_text)
        text += 64 + s.size() * 2;
    return qint64(m_table.capacity() * sizeof(Sid)) + text;
}

} // namespace flowscope
