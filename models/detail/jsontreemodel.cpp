#include "jsontreemodel.h"

#include "json/jsonerror.h"
#include "json/jsonspans.h"

#include <QRegularExpression>

#include <simdjson.h>

#include <charconv>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace dom = simdjson::dom;

struct JsonDocument::Data
{
    dom::parser parser; // owns the document every element points into
    dom::element root;
};

JsonDocument::JsonDocument()
    : d(std::make_unique<Data>())
{ }

JsonDocument::~JsonDocument() = default;

std::shared_ptr<JsonDocument> JsonDocument::parse(const QByteArray &json, QString *error)
{
    std::shared_ptr<JsonDocument> document(new JsonDocument);
    document->m_size = json.size();
    if (const auto code = document->d->parser.parse(json.constData(), size_t(json.size()), true)
                              .get(document->d->root)) {
        if (error)
            *error = describeInvalidJson(json, QString::fromUtf8(simdjson::error_message(code)));
        return nullptr;
    }
    return document;
}

struct JsonTreeModel::Node
{
    dom::element value;
    QString key; // object member name
    int arrayIndex = -1; // position in an array, or -1
    Node *parent = nullptr;
    int row = 0;
    int childCount = 0; // of the JSON container, created or not
    std::vector<std::unique_ptr<Node>> children; // created so far, in order
    bool fetchPending = false; // a fetchMore() is queued
    // Where creating children continues.
    dom::array::iterator nextItem;
    dom::object::iterator nextMember;
};

namespace {

JsonTreeModel::Kind kindOf(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::OBJECT: return JsonTreeModel::Kind::Object;
    case dom::element_type::ARRAY: return JsonTreeModel::Kind::Array;
    case dom::element_type::STRING: return JsonTreeModel::Kind::String;
    case dom::element_type::BOOL: return JsonTreeModel::Kind::Boolean;
    case dom::element_type::NULL_VALUE: return JsonTreeModel::Kind::Null;
    default: return JsonTreeModel::Kind::Number;
    }
}

int containerSize(dom::element e)
{
    // The tape stores sizes saturated at 0xFFFFFF; count past that the slow way.
    if (e.type() == dom::element_type::ARRAY) {
        const size_t n = dom::array(e).size();
        if (n < 0xFFFFFF)
            return int(n);
        size_t count = 0;
        for ([[maybe_unused]] dom::element child : dom::array(e))
            ++count;
        return int(std::min<size_t>(count, std::numeric_limits<int>::max()));
    }
    if (e.type() == dom::element_type::OBJECT) {
        const size_t n = dom::object(e).size();
        if (n < 0xFFFFFF)
            return int(n);
        size_t count = 0;
        for ([[maybe_unused]] dom::key_value_pair child : dom::object(e))
            ++count;
        return int(std::min<size_t>(count, std::numeric_limits<int>::max()));
    }
    return 0;
}

// Numbers as JSON would write them: integers exactly, doubles in their shortest round-trip form.
QString numberText(dom::element e)
{
    char buf[64];
    std::to_chars_result r {};
    switch (e.type()) {
    case dom::element_type::INT64: r = std::to_chars(buf, buf + sizeof buf, int64_t(e)); break;
    case dom::element_type::UINT64: r = std::to_chars(buf, buf + sizeof buf, uint64_t(e)); break;
    default: r = std::to_chars(buf, buf + sizeof buf, double(e)); break;
    }
    return QString::fromLatin1(buf, r.ptr - buf);
}

QString scalarText(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::STRING: return fromUtf8View(std::string_view(e));
    case dom::element_type::BOOL: return bool(e) ? u"true"_s : u"false"_s;
    case dom::element_type::NULL_VALUE: return u"null"_s;
    case dom::element_type::OBJECT:
    case dom::element_type::ARRAY: return QString::fromStdString(simdjson::minify(e));
    default: return numberText(e);
    }
}

QString summary(dom::element e, int count)
{
    switch (e.type()) {
    case dom::element_type::OBJECT:
        if (count == 0)
            return u"{}"_s;
        return count == 1 ? JsonTreeModel::tr("{1 key}")
                          : JsonTreeModel::tr("{%1 keys}").arg(count);
    case dom::element_type::ARRAY:
        if (count == 0)
            return u"[]"_s;
        return count == 1 ? JsonTreeModel::tr("[1 item]")
                          : JsonTreeModel::tr("[%1 items]").arg(count);
    case dom::element_type::STRING: {
        QString text = fromUtf8View(std::string_view(e));
        const bool longText = text.size() > JsonTreeModel::kElideAt;
        if (longText)
            text.truncate(JsonTreeModel::kElideAt);
        // One line in the tree: control characters shown the way JSON writes them.
        text.replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
        return u'"' + text + (longText ? u"…"_s : u"\""_s);
    }
    default: return scalarText(e);
    }
}

QString kindName(JsonTreeModel::Kind kind)
{
    switch (kind) {
    case JsonTreeModel::Kind::Object: return u"object"_s;
    case JsonTreeModel::Kind::Array: return u"array"_s;
    case JsonTreeModel::Kind::String: return u"string"_s;
    case JsonTreeModel::Kind::Number: return u"number"_s;
    case JsonTreeModel::Kind::Boolean: return u"boolean"_s;
    case JsonTreeModel::Kind::Null: return u"null"_s;
    }
    return {};
}

bool containsFolded(std::string_view haystack, const QByteArray &needleLowerAscii)
{
    if (needleLowerAscii.isEmpty() || haystack.size() < size_t(needleLowerAscii.size()))
        return false;
    const size_t n = size_t(needleLowerAscii.size());
    const char first = needleLowerAscii[0];
    for (size_t i = 0; i + n <= haystack.size(); ++i) {
        char c = haystack[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != first)
            continue;
        size_t k = 1;
        for (; k < n; ++k) {
            char d = haystack[i + k];
            if (d >= 'A' && d <= 'Z')
                d = char(d - 'A' + 'a');
            if (d != needleLowerAscii[qsizetype(k)])
                break;
        }
        if (k == n)
            return true;
    }
    return false;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

bool JsonTreeModel::setJson(const QByteArray &json, QString *error)
{
    auto document = JsonDocument::parse(json, error);
    setDocument(document);
    return bool(document);
}

void JsonTreeModel::setDocument(std::shared_ptr<JsonDocument> document)
{
    beginResetModel();
    ++m_generation; // queued fetches of the old document are dropped
    m_root.reset();
    m_document = std::move(document);
    m_nodeCount = 0;
    if (m_document) {
        m_root = std::make_unique<Node>();
        m_root->value = m_document->d->root;
        m_root->childCount = containerSize(m_root->value);
        if (m_root->value.type() == dom::element_type::ARRAY)
            m_root->nextItem = dom::array(m_root->value).begin();
        else if (m_root->value.type() == dom::element_type::OBJECT)
            m_root->nextMember = dom::object(m_root->value).begin();
        // The first level comes with the reset: what a person sees first, at once.
        createChildren(m_root.get(), std::min(m_root->childCount, kBatch));
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(nullptr);
}

bool JsonTreeModel::isEmpty() const
{
    return !m_root;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!node || row < 0 || column < 0 || column >= ColumnCount
        || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<Node *>(child.internalPointer());
    return indexOf(node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node && node->childCount > 0;
}

int JsonTreeModel::childCount(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->childCount : 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node && !node->fetchPending && int(node->children.size()) < node->childCount;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    // fetchMore only asks; the rows arrive from the event loop, as with any lazy model, so a
    // view (or a model tester) walking the tree never sees rows appear inside its own call.
    Node *node = nodeOf(parent);
    if (!node || !canFetchMore(parent))
        return;
    node->fetchPending = true;
    const QPersistentModelIndex at(parent);
    const bool isRoot = !parent.isValid();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, at, isRoot, generation] {
            if (generation != m_generation || (!isRoot && !at.isValid()))
                return;
            Node *target = isRoot ? m_root.get() : static_cast<Node *>(at.internalPointer());
            if (!target)
                return;
            target->fetchPending = false;
            fetchChildren(
                target, std::min(target->childCount, int(target->children.size()) + kBatch));
        },
        Qt::QueuedConnection);
}

void JsonTreeModel::fetchChildren(Node *node, int upTo)
{
    const int first = int(node->children.size());
    if (upTo <= first)
        return;
    beginInsertRows(indexOf(node), first, upTo - 1);
    createChildren(node, upTo);
    endInsertRows();
}

void JsonTreeModel::createChildren(Node *node, int upTo)
{
    const int first = int(node->children.size());
    const bool isArray = node->value.type() == dom::element_type::ARRAY;
    for (int row = first; row < upTo; ++row) {
        auto child = std::make_unique<Node>();
        if (isArray) {
            child->value = *node->nextItem;
            ++node->nextItem;
            child->arrayIndex = row;
        } else {
            const dom::key_value_pair member = *node->nextMember;
            ++node->nextMember;
            child->value = member.value;
            child->key = fromUtf8View(member.key);
        }
        child->parent = node;
        child->row = row;
        child->childCount = containerSize(child->value);
        if (child->value.type() == dom::element_type::ARRAY)
            child->nextItem = dom::array(child->value).begin();
        else if (child->value.type() == dom::element_type::OBJECT)
            child->nextMember = dom::object(child->value).begin();
        node->children.push_back(std::move(child));
    }
    m_nodeCount += std::max(0, upTo - first);
}

QString JsonTreeModel::appendPathSegment(const QString &path, const QString &key)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (identifier.match(key).hasMatch())
        return path.isEmpty() ? key : path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return path + u"[\""_s + quoted + u"\"]"_s;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return node->arrayIndex >= 0 ? u"[%1]"_s.arg(node->arrayIndex) : node->key;
        case ValueColumn: return summary(node->value, node->childCount);
        case TypeColumn: return kindName(kindOf(node->value));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && node->value.type() == dom::element_type::STRING) {
            QString text = fromUtf8View(std::string_view(node->value));
            constexpr int kTooltipMax = 10'000; // a tooltip is no place for a megabyte
            if (text.size() > kTooltipMax)
                return QString(text.left(kTooltipMax)
                    + tr("\n… (%1 characters in all: Copy value takes them all)").arg(text.size()));
            return text;
        }
        if (index.column() == KeyColumn)
            return data(index, StudioVariableRole);
        return data(index, Qt::DisplayRole);
    case PathRole:
    case StudioVariableRole: {
        std::vector<const Node *> chain;
        for (const Node *n = node; n && n->parent; n = n->parent)
            chain.push_back(n);
        QString path;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            if ((*it)->arrayIndex >= 0)
                path += u'[' + QString::number((*it)->arrayIndex) + u']';
            else
                path = appendPathSegment(path, (*it)->key);
        }
        return role == PathRole ? path : QString(u"{{"_s + path + u"}}"_s);
    }
    case JsonRole: return QString::fromStdString(simdjson::minify(node->value));
    case ValueTextRole: return scalarText(node->value);
    case KindRole: return QVariant::fromValue(kindOf(node->value));
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return {};
}

QModelIndex JsonTreeModel::find(const QString &text, const QModelIndex &from)
{
    if (!m_root || text.isEmpty())
        return {};
    // Where to start: the path of `from` (child positions from the root).
    std::vector<int> start;
    for (const Node *n = from.isValid() ? static_cast<Node *>(from.internalPointer()) : nullptr;
         n && n->parent; n = n->parent)
        start.insert(start.begin(), n->row);

    const bool ascii
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QByteArray needle = text.toLower().toUtf8();
    const auto matches = [&](std::string_view candidate) {
        if (ascii)
            return containsFolded(candidate, needle);
        return fromUtf8View(candidate).contains(text, Qt::CaseInsensitive);
    };

    // Pre-order walk over the whole document; the first match after `start`, else the first.
    std::vector<int> path;
    std::vector<int> firstMatch;
    std::vector<int> found;
    bool passedStart = start.empty();
    bool haveFirst = false;
    // A node matches when its key (as an object member) or its scalar value holds the text.
    const auto visit = [&](auto &&self, dom::element e, std::string_view key, bool hasKey) -> bool {
        if (!path.empty()) {
            if (!passedStart && path == start) {
                passedStart = true; // the node searched from is not a match for itself
            } else {
                bool hit = hasKey && matches(key);
                if (!hit && e.type() == dom::element_type::STRING)
                    hit = matches(std::string_view(e));
                else if (!hit && e.type() != dom::element_type::OBJECT
                    && e.type() != dom::element_type::ARRAY)
                    hit = matches(scalarText(e).toStdString());
                if (hit && passedStart) {
                    found = path;
                    return true;
                }
                if (hit && !haveFirst) {
                    firstMatch = path;
                    haveFirst = true;
                }
            }
        }
        int position = 0;
        if (e.type() == dom::element_type::OBJECT) {
            for (const dom::key_value_pair member : dom::object(e)) {
                path.push_back(position++);
                if (self(self, member.value, member.key, true))
                    return true;
                path.pop_back();
            }
        } else if (e.type() == dom::element_type::ARRAY) {
            for (const dom::element item : dom::array(e)) {
                path.push_back(position++);
                if (self(self, item, std::string_view(), false))
                    return true;
                path.pop_back();
            }
        }
        return false;
    };
    visit(visit, m_root->value, std::string_view(), false);
    const std::vector<int> &target = !found.empty() ? found : firstMatch;
    if (target.empty())
        return {};
    // Open the path: create children up to each step.
    Node *node = m_root.get();
    for (const int row : target) {
        if (row >= int(node->children.size()))
            fetchChildren(node, std::min(node->childCount, ((row / kBatch) + 1) * kBatch));
        node = node->children[size_t(row)].get();
    }
    return indexOf(node);
}

} // namespace flowscope
