#include "jsonpath.h"

#include "jsonspans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

bool liquidToPointer(const QString &path, std::string *pointer)
{
    // Segments: name, .name, [n], ["quoted name"]
    const QString p = path.trimmed();
    std::string out;
    const auto addSegment = [&out](const QString &segment) {
        out += '/';
        for (const char c : segment.toStdString()) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out += c;
        }
    };
    qsizetype k = 0;
    bool first = true;
    while (k < p.size()) {
        if (p[k] == u'[') {
            ++k;
            if (k < p.size() && p[k] == u'"') {
                QString name;
                ++k;
                while (k < p.size() && p[k] != u'"') {
                    if (p[k] == u'\\' && k + 1 < p.size())
                        ++k;
                    name += p[k++];
                }
                if (k + 1 >= p.size() || p[k + 1] != u']')
                    return false;
                k += 2;
                addSegment(name);
            } else {
                const qsizetype close = p.indexOf(u']', k);
                bool ok = false;
                const int index = p.mid(k, close - k).toInt(&ok);
                if (close < 0 || !ok || index < 0)
                    return false;
                addSegment(QString::number(index));
                k = close + 1;
            }
        } else {
            if (!first) {
                if (p[k] != u'.')
                    return false;
                ++k;
            }
            const qsizetype start = k;
            while (k < p.size() && p[k] != u'.' && p[k] != u'[')
                ++k;
            if (k == start)
                return false;
            addSegment(p.mid(start, k - start));
        }
        first = false;
    }
    if (out.empty())
        return false;
    *pointer = out;
    return true;
}

namespace {

QString textOf(const simdjson::dom::element &value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
        const std::string_view text(value);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    case simdjson::dom::element_type::NULL_VALUE: return {};
    case simdjson::dom::element_type::BOOL: return bool(value) ? u"true"_s : u"false"_s;
    default: return QString::fromStdString(simdjson::minify(value));
    }
}

} // namespace

namespace {

bool stringsContain(const simdjson::dom::element &value, const QString &text)
{
    switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
        const std::string_view s(value);
        return QString::fromUtf8(s.data(), qsizetype(s.size())).contains(text, Qt::CaseInsensitive);
    }
    case simdjson::dom::element_type::ARRAY:
        for (const simdjson::dom::element item : simdjson::dom::array(value)) {
            if (stringsContain(item, text))
                return true;
        }
        return false;
    case simdjson::dom::element_type::OBJECT:
        for (const auto field : simdjson::dom::object(value)) {
            if (stringsContain(field.value, text))
                return true;
        }
        return false;
    default: return false;
    }
}

} // namespace

bool anyStringContains(const QByteArray &json, const QString &text)
{
    if (json.isEmpty() || text.isEmpty())
        return false;
    simdjson::dom::parser parser; // a context can be megabytes: not kept per thread
    simdjson::dom::element root;
    if (parser.parse(json.constData(), size_t(json.size()), true).get(root))
        return false;
    return stringsContain(root, text);
}

QString jsonTextAt(const QByteArray &json, const QString &path)
{
    return jsonCellAt(json, path).text;
}

JsonCell jsonCellAt(const QByteArray &json, const QString &path)
{
    using Kind = JsonCell::Kind;
    std::string pointer;
    if (json.isEmpty() || !liquidToPointer(path, &pointer))
        return {};
    // A top-level member whose value is a number or literal: its exact bytes (a parser would
    // reformat 1.50 as 1.5).
    const bool topLevel = pointer.find('/', 1) == std::string::npos;
    if (topLevel) {
        ByteSpan span;
        const std::string_view text(json.constData(), size_t(json.size()));
        if (memberValueSpan(text, pointer.substr(1), &span) && span.second > 0) {
            const char c = json.at(span.first);
            if (c == 'n')
                return {};
            if (c != '"' && c != '{' && c != '[')
                return { c == 't' || c == 'f' ? Kind::Bool : Kind::Number,
                    QString::fromUtf8(json.mid(span.first, span.second)) };
        }
    }
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(json.constData(), size_t(json.size()), true).get(root))
        return {};
    simdjson::dom::element value;
    if (root.at_pointer(pointer).get(value))
        return {}; // missing: an empty cell
    switch (value.type()) {
    case simdjson::dom::element_type::NULL_VALUE: return {};
    case simdjson::dom::element_type::STRING: return { Kind::String, textOf(value) };
    case simdjson::dom::element_type::BOOL: return { Kind::Bool, textOf(value) };
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: return { Kind::Number, textOf(value) };
    default: return { Kind::Other, textOf(value) };
    }
}

QString memberPath(const QString &prefix, const QString &key)
{
    const bool plain = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
    if (!plain)
        return prefix + u"[\""_s + QString(key).replace(u'"', u"\\\""_s) + u"\"]"_s;
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

namespace {

void collectLeaves(const QString &path, const QJsonValue &value, QMap<QString, QJsonValue> *leaves)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            leaves->insert(path, value);
        for (auto it = object.begin(); it != object.end(); ++it)
            collectLeaves(memberPath(path, it.key()), it.value(), leaves);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            leaves->insert(path, value);
        for (qsizetype k = 0; k < array.size(); ++k)
            collectLeaves(path + u'[' + QString::number(k) + u']', array.at(k), leaves);
        return;
    }
    leaves->insert(path, value);
}

} // namespace

QString compactJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // A document holds an array or an object: the value inside one, its brackets cut off.
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QMap<QString, QJsonValue> leafPaths(const QJsonValue &value, const QString &prefix)
{
    QMap<QString, QJsonValue> leaves;
    collectLeaves(prefix, value, &leaves);
    return leaves;
}

} // namespace flowscope
