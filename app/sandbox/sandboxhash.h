#pragma once

// The sandbox's hashing: every value of its account is a pure function of the seed and an index,
// mixed by these, and every SID it hands out decodes back to what it names (a keyed bijection),
// so nothing is stored. Shared by the files of SandboxData; nothing outside the sandbox uses it.

#include <QByteArrayView>
#include <QtGlobal>

namespace sandbox {

// SplitMix64's finaliser: a cheap, well-mixed 64-bit hash.
inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 hashOf(quint64 a, quint64 b)
{
    return mix(a ^ mix(b));
}

template<typename... Rest>
inline quint64 hashOf(quint64 a, quint64 b, Rest... rest)
{
    return hashOf(hashOf(a, b), quint64(rest)...);
}

// Tags that keep the hash streams of different purposes apart.
enum Tag : quint64 {
    TagAccount = 0xA1,
    TagFlow,
    TagExecHi,
    TagExecLo,
    TagStepHi,
    TagStepLo,
    TagContact,
    TagContactSid,
    TagTriple,
    TagActive,
    TagDuration,
    TagStory,
    TagHour,
    TagNullUpdated,
    TagMisc,
    TagInitiator, // appended: earlier tags keep their values, so the data stays the same
    TagPerson,
    TagRelatedHi, // the Messages and Calls of an execution
    TagRelatedLo,
    TagDelivery, // how a message fared
    TagGone, // a message past its retention
    TagAlertHi, // the Debugger's alerts
    TagAlertLo,
    TagAlertForm,
    TagNoise, // other products' alerts
    TagDial, // how a connected call fared
};

// A 4-round Feistel network on 64 bits: a keyed bijection, so an execution's SID is random-looking
// yet decodes back to its index without any lookup table.
inline quint32 roundFn(quint64 key, int round, quint32 half)
{
    return quint32(hashOf(key, quint64(round), half));
}

inline quint64 permute(quint64 key, quint64 v)
{
    quint32 l = quint32(v >> 32);
    quint32 r = quint32(v);
    for (int round = 0; round < 4; ++round) {
        const quint32 next = l ^ roundFn(key, round, r);
        l = r;
        r = next;
    }
    return (quint64(l) << 32) | r;
}

inline quint64 unpermute(quint64 key, quint64 v)
{
    quint32 l = quint32(v >> 32);
    quint32 r = quint32(v);
    for (int round = 3; round >= 0; --round) {
        const quint32 prev = r ^ roundFn(key, round, l);
        r = l;
        l = prev;
    }
    return (quint64(l) << 32) | r;
}

inline bool parseSid(QByteArrayView sid, const char prefix[2], quint64 *hi, quint64 *lo)
{
    if (sid.size() != 34 || sid[0] != prefix[0] || sid[1] != prefix[1])
        return false;
    quint64 parts[2] = { 0, 0 };
    for (int i = 0; i < 32; ++i) {
        const char c = sid[2 + i];
        int v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            return false;
        parts[i / 16] = (parts[i / 16] << 4) | quint64(v);
    }
    *hi = parts[0];
    *lo = parts[1];
    return true;
}

} // namespace sandbox
