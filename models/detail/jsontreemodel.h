#pragma once

// A JSON document as a tree (Key | Value | Type) whose nodes are built lazily: a node's children
// are created when the view first asks for them (fetchMore, answered from the event loop), a
// thousand at a time, straight from a simdjson DOM. A 10 MB context shows its first level in
// milliseconds and costs memory only for what has been opened. Searching walks the whole document
// and opens the path to what it finds.

#include <QAbstractItemModel>
#include <QByteArray>

#include <memory>
#include <vector>

namespace flowscope {

// A parsed document, made on any thread and handed to a model on the GUI thread.
class JsonDocument
{
public:
    ~JsonDocument();
    Q_DISABLE_COPY_MOVE(JsonDocument)
    static std::shared_ptr<JsonDocument> parse(const QByteArray &json, QString *error = nullptr);
    qsizetype sizeBytes() const { return m_size; }

private:
    JsonDocument();
    friend class JsonTreeModel;
    struct Data;
    std::unique_ptr<Data> d;
    qsizetype m_size = 0;
};

class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        StudioVariableRole = Qt::UserRole, // {{widgets.http_1.parsed.items[0].id}}
        PathRole, // widgets.http_1.parsed.items[0].id
        JsonRole, // the subtree as compact JSON
        ValueTextRole, // a string's full text, anything else as JSON
        KindRole, // Kind
    };
    Q_ENUM(Role)
    enum class Kind { Object, Array, String, Number, Boolean, Null };
    Q_ENUM(Kind)

    static constexpr int kBatch = 1000; // children created per fetchMore
    static constexpr int kElideAt = 200; // characters of a string shown in the Value column

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Parses on the calling thread; false with *error (and an empty model) when it is not JSON.
    bool setJson(const QByteArray &json, QString *error = nullptr);
    // Takes a document parsed elsewhere (see JsonDocument::parse).
    void setDocument(std::shared_ptr<JsonDocument> document);
    void clear();
    bool isEmpty() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The next node after `from` (document order, wrapping) whose key or value contains text,
    // case-insensitively; the nodes on its path are created. Invalid when nothing matches.
    QModelIndex find(const QString &text, const QModelIndex &from = {});
    // Children of a container, including the ones not created yet.
    int childCount(const QModelIndex &index) const;
    // Nodes created so far (for tests and the bounded "expand all").
    qsizetype nodeCount() const { return m_nodeCount; }

    // Liquid, as a Studio author writes it: identifiers with dots, anything else in ["…"].
    static QString appendPathSegment(const QString &path, const QString &key);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    void fetchChildren(Node *node, int upTo); // creates children [fetched, upTo), announced
    void createChildren(Node *node, int upTo); // the same, silently (inside a reset)
    QModelIndex indexOf(Node *node, int column = 0) const;

    std::shared_ptr<JsonDocument> m_document;
    std::unique_ptr<Node> m_root;
    qsizetype m_nodeCount = 0;
    quint64 m_generation = 0;
};

} // namespace flowscope
