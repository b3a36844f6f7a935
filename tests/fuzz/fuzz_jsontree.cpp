// The context tree on any text: the lazy model, its Liquid paths, search and the pretty printer.
// Invariants: text the model refuses leaves it empty; every node, fully fetched, has as many rows
// as its container has children; each node's JSON re-parses; a search hit really contains the
// text; pretty-printed JSON is accepted exactly when the original is.

#include "detail/jsontreemodel.h"
#include "fuzz.h"
#include "json/jsonpretty.h"

#include <QAbstractItemModelTester>
#include <QQueue>

using namespace flowscope;

namespace {

constexpr int kNodeBudget = 20000; // keeps each input fast; depth and width still vary

void fetchAll(JsonTreeModel &model, const QModelIndex &parent)
{
    // Rows arrive from posted events; an insertion makes the model tester ask again, and what
    // is posted while posted events are being sent waits for the next round.
    for (int round = 0; model.rowCount(parent) < model.childCount(parent); ++round) {
        FUZZ_CHECK(round < 1000);
        if (model.canFetchMore(parent))
            model.fetchMore(parent);
        QCoreApplication::sendPostedEvents(&model, QEvent::MetaCall);
    }
    FUZZ_CHECK(!model.canFetchMore(parent));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonTreeModel model;
    QString error;
    const bool accepted = model.setJson(json, &error);
    FUZZ_CHECK(accepted == error.isEmpty());

    const QByteArray pretty = prettyJson(json);
    if (!accepted) {
        FUZZ_CHECK(model.rowCount() == 0);
        return 0;
    }
    {
        JsonTreeModel again;
        FUZZ_CHECK(again.setJson(pretty));
        FUZZ_CHECK(again.childCount({}) == model.childCount({}));
    }

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QQueue<QModelIndex> queue;
    queue.enqueue({});
    int visited = 0;
    while (!queue.isEmpty() && visited < kNodeBudget) {
        const QModelIndex parent = queue.dequeue();
        fetchAll(model, parent);
        FUZZ_CHECK(model.rowCount(parent) == model.childCount(parent));
        for (int row = 0; row < model.rowCount(parent) && visited < kNodeBudget; ++row, ++visited) {
            const QModelIndex index = model.index(row, 0, parent);
            FUZZ_CHECK(index.isValid() && model.parent(index) == parent);
            for (int column = 0; column < JsonTreeModel::ColumnCount; ++column)
                (void)model.data(model.index(row, column, parent));
            const QByteArray subtree = model.data(index, JsonTreeModel::JsonRole).toByteArray();
            FUZZ_CHECK(JsonDocument::parse(subtree) != nullptr);
            (void)model.data(index, JsonTreeModel::PathRole);
            (void)model.data(index, JsonTreeModel::StudioVariableRole);
            (void)model.data(index, JsonTreeModel::ValueTextRole);
            if (model.hasChildren(index))
                queue.enqueue(index);
        }
    }

    // Search for a few characters of the input itself, and for something absent.
    const QString needle = QString::fromUtf8(json.mid(qsizetype(size / 2), 2)).trimmed();
    if (!needle.isEmpty()) {
        const QModelIndex hit = model.find(needle);
        if (hit.isValid()) {
            const QModelIndex row0 = hit.siblingAtColumn(JsonTreeModel::KeyColumn);
            const QString key = model.data(row0).toString();
            const QString value = model.data(row0, JsonTreeModel::ValueTextRole).toString();
            FUZZ_CHECK(key.contains(needle, Qt::CaseInsensitive)
                || value.contains(needle, Qt::CaseInsensitive));
        }
    }
    FUZZ_CHECK(!model.find(QStringLiteral("\u2603no such text\u2603")).isValid()
        || json.contains("\xe2\x98\x83"));
    return 0;
}
