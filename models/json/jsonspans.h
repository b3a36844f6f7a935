#pragma once

// Exact byte spans inside a JSON text, for lossless output: simdjson's DOM does not keep source
// positions, so this small structural scanner finds them (strings and escapes respected).

#include <QString>
#include <QtGlobal>

#include <string_view>
#include <utility>
#include <vector>

namespace flowscope {

using ByteSpan = std::pair<qsizetype, qsizetype>; // offset, length

// A parser's view of UTF-8 text as a QString.
inline QString fromUtf8View(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The elements of the array that is the top-level object's member `key`.
bool arrayElementSpans(std::string_view json, std::string_view key, std::vector<ByteSpan> *out);
// The value of the top-level object's member `key` (the first one, when repeated).
bool memberValueSpan(std::string_view json, std::string_view key, ByteSpan *out);

} // namespace flowscope
