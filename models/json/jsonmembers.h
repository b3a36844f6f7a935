#pragma once

// Members added to JSON object text without reading it again, so that what the API sent stays
// byte for byte: the one way FlowScope extends an execution or a resource for output.

#include <QByteArray>
#include <QString>

namespace flowscope {

// A JSON string literal of the text ("a \"quote\"").
QByteArray jsonString(const QString &text);

// Appends "name": value (value: JSON text) as the last member of an object's text (`{}` too).
void appendMember(QByteArray &object, const QByteArray &name, const QByteArray &value);
// Inserts "name": value as the first member.
void prependMember(QByteArray &object, const QByteArray &name, const QByteArray &value);

} // namespace flowscope
