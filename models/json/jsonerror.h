#pragma once

// Why a text is not JSON, in words a support person can act on. Parsers name the rule that broke
// ("improper structure: missing or superfluous commas…"); the common real causes are a body cut
// off on the way, an empty body, or an HTML page where JSON was expected, and those are said so.

#include <QByteArrayView>
#include <QString>

namespace flowscope {

// A clause that follows "… is ", e.g. "not valid JSON: it ends after 100 bytes with 3 objects or
// arrays still open (cut off on the way?)". `parserMessage` is the parser's own wording, used when
// none of the common causes applies.
QString describeInvalidJson(QByteArrayView json, const QString &parserMessage);

} // namespace flowscope
