// Two flow definitions from any text, compared (the input cut in two at its first NUL, else its
// middle). Invariants: it never crashes; a definition compared with itself has no changes; every
// change names a widget of one side or the other, and a moved one differs only in its offset.

#include "diagram/definitiondiff.h"
#include "fuzz.h"

#include <QJsonArray>

using namespace flowscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype cut = bytes.indexOf('\0');
    if (cut < 0)
        cut = bytes.size() / 2;
    QString why;
    const auto a = DefinitionDiff::definitionOf(bytes.left(cut), &why);
    const auto b = DefinitionDiff::definitionOf(bytes.mid(cut + 1), &why);
    for (const auto &one : { a, b }) {
        if (one)
            FUZZ_CHECK(DefinitionDiff::compare(*one, *one).isEmpty());
    }
    if (!a || !b)
        return 0;
    QSet<QString> names;
    for (const auto *side : { &*a, &*b }) {
        for (const QJsonValue &state : side->value(QStringLiteral("states")).toArray())
            names.insert(state.toObject().value(QStringLiteral("name")).toString());
    }
    for (const WidgetChange &change : DefinitionDiff::compare(*a, *b)) {
        FUZZ_CHECK(names.contains(change.widget));
        const bool hasPaths = !change.paths.isEmpty();
        FUZZ_CHECK(hasPaths
            == (change.kind == WidgetChange::Kind::Changed
                || change.kind == WidgetChange::Kind::Moved));
        if (change.kind == WidgetChange::Kind::Moved) {
            for (const PathChange &path : change.paths)
                FUZZ_CHECK(path.path.startsWith(QStringLiteral("properties.offset")));
        }
    }
    return 0;
}
