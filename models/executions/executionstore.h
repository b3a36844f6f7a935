#pragma once

// Loaded executions held compactly — 64 bytes a row plus the contact address — so a million rows
// fit in well under 200 MB. Rows live in fixed-size chunks (no reallocation spikes), text in an
// append-only pool, and a small open-addressing index finds a row by SID and drops duplicates.

#include "api/sid.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdlib>
#include <memory>
#include <vector>

namespace flowscope {

enum class ExecutionStatus : quint8 { Unknown, Active, Ended };

QString statusName(ExecutionStatus status); // "active", "ended", "" for Unknown

constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

// Text the compact form cannot hold exactly: a SID that is not canonical, a time that is not
// plain ISO 8601 UTC, an unknown status, another flow's SID. Rare; kept so nothing is lost.
struct OddFields
{
    QString sid;
    QString contactSid;
    QString contactAddress; // only when too long for the pool
    QString flowSid;
    QString status;
    QString dateCreated;
    QString dateUpdated;
};

struct ExecutionRow
{
    enum Flag : quint8 {
        HasSid = 1 << 0, // sid holds the SID
        HasContactSid = 1 << 1,
        HasContact = 1 << 2, // contact_channel_address is not null
        HasOdd = 1 << 3, // see the OddFields at oddIndex
    };
    Sid sid;
    Sid contactSid;
    qint64 createdMs = kNoTime;
    qint64 updatedMs = kNoTime;
    quint32 contactRef = 0; // into the string pool
    quint32 oddIndex = 0;
    quint32 flowVersion = 0; // the revision it ran on (v2's flow_version); 0: not given
    ExecutionStatus status = ExecutionStatus::Unknown;
    quint8 flags = 0;
};

// One execution, expanded for the views and the writers.
struct Execution
{
    QString sid;
    QString flowSid;
    QString contactSid; // empty when null
    QString contactAddress; // empty when null
    bool contactIsNull = true;
    ExecutionStatus status = ExecutionStatus::Unknown;
    QString statusText; // as the API gave it
    QDateTime created; // UTC; invalid when null
    QDateTime updated; // UTC; invalid when null
    QString createdText; // as the API gave it (ISO 8601), empty when null
    QString updatedText;
    int flowVersion = 0; // the revision it ran on, when listed through v2; 0: not given

    bool isValid() const { return !sid.isEmpty(); }
    // Seconds from created to updated for ended executions; -1 otherwise.
    qint64 durationSeconds() const;
};

// Append-only UTF-8 strings in 64 KiB chunks; a reference is (chunk << 16 | offset), each string
// stored after its 16-bit length.
class StringPool
{
public:
    quint32 add(
        std::string_view utf8); // strings longer than 65,000 bytes are refused: returns kTooLong
    std::string_view view(quint32 ref) const;
    QString string(quint32 ref) const
    {
        const auto v = view(ref);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    void clear()
    {
        m_chunks.clear();
        m_used = kChunk;
    }
    qint64 memoryBytes() const;
    static constexpr quint32 kTooLong = 0xFFFFFFFF;

private:
    static constexpr qsizetype kChunk = 65536;
    std::vector<QByteArray> m_chunks; // implicitly shared: a parsed page copies cheaply
    qsizetype m_used = kChunk; // in the last chunk
};

// A page of executions parsed off the GUI thread, ready to be appended to a store.
struct ParsedPage
{
    std::vector<ExecutionRow> rows;
    StringPool strings;
    std::vector<OddFields> odd;
    std::vector<std::pair<qsizetype, qsizetype>>
        rawSpans; // (offset, length) of each object in body
    QByteArray body; // the page as received (kept only when raw spans were asked for)
    QString nextPageUrl; // empty: last page
    int pageSize = 0;
    QString error; // non-empty: the page could not be read
};

// The SID text of a parsed row (canonical or odd); empty when the row has none.
QString sidOf(const ParsedPage &page, qsizetype row);
// A parsed row, expanded; rows without a flow SID of their own belong to defaultFlowSid.
Execution executionOf(const ParsedPage &page, qsizetype row, const QString &defaultFlowSid);
// JSON text without insignificant whitespace, members in their original order; empty if invalid.
QByteArray minifyJson(const QByteArray &json);

// Parses a Studio list page of executions with simdjson. The array is the one meta.key names.
// expectedFlowSid: rows of another flow keep their flow SID as odd text. keepRaw: record each
// object's exact bytes (for lossless jsonl output).
ParsedPage parseExecutionsPage(
    QByteArray body, const QString &expectedFlowSid, bool keepRaw = false);
// One execution object, as `GET …/Executions/{FN}` or `POST` returns it, read by the same parser
// (wrapped as a one-item page): a page with one row, or an error.
ParsedPage parseExecutionObject(
    const QByteArray &object, const QString &expectedFlowSid, bool keepRaw = false);

// A table of slots that starts all zero without writing them: calloc hands large blocks over as
// untouched pages, so growing a million-row index costs no multi-millisecond zeroing on the GUI
// thread — its pages are faulted in as inserts reach them. On Linux a table of 2 MB or more is
// mapped on its own and asks for huge pages, so that the inserts after a growth fault in one
// 2 MB page instead of 512 small ones (5 ms of the page that grew a 131,072-row index).
class ZeroedSlots
{
public:
    ZeroedSlots() = default;
    explicit ZeroedSlots(size_t count);
    ~ZeroedSlots() { clear(); }
    ZeroedSlots(ZeroedSlots &&other) noexcept { *this = std::move(other); }
    ZeroedSlots &operator=(ZeroedSlots &&other) noexcept;
    Q_DISABLE_COPY(ZeroedSlots)

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    quint32 &operator[](size_t at) { return m_data[at]; }
    quint32 operator[](size_t at) const { return m_data[at]; }
    void clear();

private:
    quint32 *m_data = nullptr;
    size_t m_size = 0;
    void *m_mapping = nullptr; // non-null: m_data lies in this mapping of m_mappedBytes
    size_t m_mappedBytes = 0;
};

class ExecutionStore
{
public:
    ExecutionStore() = default;
    Q_DISABLE_COPY_MOVE(ExecutionStore)

    qsizetype size() const { return m_size; }
    const ExecutionRow &row(qsizetype i) const
    {
        return m_chunks[size_t(i >> kChunkBits)][size_t(i & kChunkMask)];
    }
    ExecutionRow &row(qsizetype i)
    {
        return m_chunks[size_t(i >> kChunkBits)][size_t(i & kChunkMask)];
    }

    // The rows of page whose SID is neither loaded nor earlier in the page: the ones to append.
    // Asked first so that a model can announce exactly those rows before inserting them.
    std::vector<qsizetype> newRows(const ParsedPage &page) const;
    void append(const ParsedPage &page, const std::vector<qsizetype> &rows);
    void clear();

    qsizetype indexOf(const QString &sid) const; // -1 when not loaded
    void setFlowSid(const QString &flowSid) { m_flowSid = flowSid; }

    Execution execution(qsizetype i) const;
    QString sid(qsizetype i) const;
    QString contactAddress(qsizetype i) const;
    QString contactSid(qsizetype i) const;
    QString flowSid(qsizetype i) const;
    const OddFields *odd(qsizetype i) const;

    // Replaces a row in place (after an update such as ending it), keeping its position.
    void update(qsizetype i, const ParsedPage &page, qsizetype pageRow);

    // Bytes held: rows, strings, index, odd fields.
    qint64 memoryBytes() const;

    // A row's SID as a lookup key, without copying it: its 16 bytes, or its odd text.
    struct Key
    {
        const Sid *sid = nullptr;
        const QString *text = nullptr;
        bool isValid() const { return sid || (text && !text->isEmpty()); }
    };

private:
    static constexpr int kChunkBits = 12;
    static constexpr qsizetype kChunkSize = qsizetype(1) << kChunkBits;
    static constexpr qsizetype kChunkMask = kChunkSize - 1;

    ExecutionRow copyRow(const ParsedPage &page, const ExecutionRow &source);
    friend Execution executionOf(
        const ParsedPage &page, qsizetype row, const QString &defaultFlowSid);
    static Execution expand(const ExecutionRow &r, const StringPool &strings,
        const std::vector<OddFields> &odd, const QString &defaultFlowSid);

    static Key keyOf(const ExecutionRow &r, const std::vector<OddFields> &odd);
    qsizetype find(const Key &key) const;
    qsizetype findIn(const ZeroedSlots &table, const Key &key, quint64 hash) const;
    void indexInsert(qsizetype i);

    std::vector<std::unique_ptr<ExecutionRow[]>> m_chunks;
    qsizetype m_size = 0;
    StringPool m_strings;
    std::vector<OddFields> m_odd;
    // Open addressing over row numbers (0 = empty, else row + 1). It grows incrementally: a new
    // table takes inserts while each insert moves a few entries over from the old one, so no
    // single page insert on the GUI thread pays for rehashing a million rows.
    ZeroedSlots m_index;
    ZeroedSlots m_oldIndex;
    size_t m_migrated = 0; // slots of m_oldIndex already moved
    qsizetype m_indexed = 0;
    QString m_flowSid;
};

} // namespace flowscope
