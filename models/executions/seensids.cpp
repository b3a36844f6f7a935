#include "seensids.h"

#include <cstring>

namespace flowscope {

namespace {

quint64 hashOf(const Sid &sid)
{
    // Twilio's SIDs look random, but nothing promises it: SIDs that differ only in their last
    // bytes (numbered ones) must not all land in one slot, which made a page of them quadratic.
    // All 128 bits go in, through SplitMix64's finaliser.
    quint64 lo = 0;
    quint64 hi = 0;
    std::memcpy(&lo, sid.bytes.data(), sizeof lo);
    std::memcpy(&hi, sid.bytes.data() + sizeof lo, sizeof hi);
    quint64 h = lo ^ (hi * 0x9e3779b97f4a7c15ULL);
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
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
