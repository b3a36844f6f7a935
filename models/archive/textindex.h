#pragma once

// The archive's text index. What `search --text` finds is a piece of a string value of an
// execution's context, in any case (anyStringContains); the index files each execution under the
// trigrams of its context's string values — three case-folded characters, hashed to 24 bits —
// and a text's own trigrams then name every execution that may hold it. That is a superset
// (a hash can collide; the three-letter pieces can be spread over a string), which the same
// matcher as the API search's narrows, so the results are the API's. A text of fewer than three
// characters has no trigram, and the index cannot narrow it.
//
// Each write files its executions as one batch: per trigram, the ids of the batch's executions
// under it, as a list of gaps or a bitmap, whichever is smaller. A search intersects, batch by
// batch, the lists of the text's trigrams, rarest first.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace flowscope::textindex {

using Gram = quint32; // below 2^24

// The distinct trigrams of every string value of a JSON document (not its keys, numbers or
// literals), sorted; none when it is not JSON.
QList<Gram> gramsOfJson(const QByteArray &json);
// The distinct trigrams of a text looked for; none when it has fewer than three characters.
QList<Gram> gramsOfText(const QString &text);

// One batch's lists, built as its executions are written.
class BatchBuilder
{
public:
    void add(qint64 id, const QList<Gram> &grams);
    bool isEmpty() const { return m_ids.isEmpty(); }
    // Each trigram of the batch with its encoded list of ids.
    QList<std::pair<Gram, QByteArray>> take();

private:
    QHash<Gram, QList<qint64>> m_ids;
};

QByteArray encodeIds(QList<qint64> ids); // sorted and made unique here
QList<qint64> decodeIds(const QByteArray &bytes); // ascending; empty when not readable

// One trigram's list in one batch, as stored.
struct Segment
{
    qint64 batch = 0;
    QByteArray ids;
};

// The ids under every trigram added so far, batch by batch (an id counts where all of them have it
// in the same batch); add the rarest first, and stop when few are left — the matcher decides.
class Narrowing
{
public:
    void add(const QList<Segment> &segments);
    qsizetype count() const; // ids left
    bool isEmpty() const { return m_started && m_found.isEmpty(); }
    QList<qint64> ids() const; // ascending, each once

private:
    QHash<qint64, QList<qint64>> m_found; // batch → ids
    bool m_started = false;
};

} // namespace flowscope::textindex
