#pragma once

// Twilio SIDs held compactly: two letters that every SID of a field shares, plus 32 hex digits
// stored as 16 bytes. A SID that is not canonical lowercase hex does not fit and is kept as text
// by whoever stores it, so nothing is ever lost.

#include <QString>

#include <array>
#include <string_view>

namespace flowscope {

struct Sid
{
    std::array<quint8, 16> bytes {};

    // Exactly prefix + 32 lowercase hex digits.
    static bool parse(std::string_view text, const char prefix[2], Sid *out);
    QString toString(const char prefix[2]) const;
    friend bool operator==(const Sid &a, const Sid &b) { return a.bytes == b.bytes; }
    friend bool operator!=(const Sid &a, const Sid &b) { return !(a == b); }
};

// ^PP[0-9a-fA-F]{32}$ as Twilio's document states the pattern (either case of hex).
bool isSid(QStringView text, const char prefix[2]);
// The form Twilio's paths and FlowScope's keys use: the prefix, then the hex in lower case
// (Twilio answers 404 for a path with upper-case hex). Anything else comes back unchanged.
QString canonicalSid(QStringView text, const char prefix[2]);

} // namespace flowscope
