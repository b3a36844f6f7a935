#pragma once

// JSON text for people to read: indented, members in their original order.

#include <QByteArray>

namespace flowscope {

// Indented JSON from any JSON text, members in their original order (no re-parse, one pass).
QByteArray prettyJson(const QByteArray &json, int indent = 2);

} // namespace flowscope
