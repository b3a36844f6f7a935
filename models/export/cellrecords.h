#pragma once

// Typed cells on their way to a workbook. The renderer turns rows into these records on worker
// threads, exactly as it turns them into CSV bytes, so the crawl, its dedupe and its spool files
// carry them unchanged; WorkbookFile reads them back and writes each cell with its type. A cell is
// a tag byte and its payload in host byte order; a record ends with RowEnd.
//   Text: u32 length, UTF-8 bytes · Time: i64 ms since the epoch (UTC), i32 offset in seconds
//   (the wall clock shown is ms + offset) · Number: f64 · Bool: u8 · Empty: nothing

#include <QByteArray>

#include <cstring>
#include <string_view>

namespace flowscope::cells {

enum Tag : char { Text = 'S', Time = 'T', Number = 'N', Bool = 'B', Empty = 'E', RowEnd = 'R' };

template<typename T>
inline void appendRaw(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

inline void appendText(QByteArray &out, std::string_view utf8)
{
    out += char(Text);
    appendRaw(out, quint32(utf8.size()));
    out.append(utf8.data(), qsizetype(utf8.size()));
}

inline void appendTime(QByteArray &out, qint64 ms, qint32 offsetSeconds)
{
    out += char(Time);
    appendRaw(out, ms);
    appendRaw(out, offsetSeconds);
}

inline void appendNumber(QByteArray &out, double value)
{
    out += char(Number);
    appendRaw(out, value);
}

inline void appendBool(QByteArray &out, bool value)
{
    out += char(Bool);
    out += char(value ? 1 : 0);
}

inline void appendEmpty(QByteArray &out)
{
    out += char(Empty);
}
inline void appendRowEnd(QByteArray &out)
{
    out += char(RowEnd);
}

// One cell read back. Returns the bytes it took, or 0 when data holds only part of it.
struct Cell
{
    Tag tag = Empty;
    std::string_view text;
    qint64 ms = 0;
    qint32 offsetSeconds = 0;
    double number = 0;
    bool boolean = false;
};

inline size_t readCell(std::string_view data, Cell *cell)
{
    if (data.empty())
        return 0;
    cell->tag = Tag(data[0]);
    const auto need = [&](size_t n) { return data.size() >= 1 + n; };
    switch (cell->tag) {
    case Text: {
        quint32 length = 0;
        if (!need(sizeof length))
            return 0;
        std::memcpy(&length, data.data() + 1, sizeof length);
        if (!need(sizeof length + length))
            return 0;
        cell->text = data.substr(1 + sizeof length, length);
        return 1 + sizeof length + length;
    }
    case Time:
        if (!need(sizeof cell->ms + sizeof cell->offsetSeconds))
            return 0;
        std::memcpy(&cell->ms, data.data() + 1, sizeof cell->ms);
        std::memcpy(
            &cell->offsetSeconds, data.data() + 1 + sizeof cell->ms, sizeof cell->offsetSeconds);
        return 1 + sizeof cell->ms + sizeof cell->offsetSeconds;
    case Number:
        if (!need(sizeof cell->number))
            return 0;
        std::memcpy(&cell->number, data.data() + 1, sizeof cell->number);
        return 1 + sizeof cell->number;
    case Bool:
        if (!need(1))
            return 0;
        cell->boolean = data[1] != 0;
        return 2;
    case Empty:
    case RowEnd: return 1;
    }
    cell->tag = Empty;
    return size_t(-1); // not a tag: the stream is corrupt
}

} // namespace flowscope::cells
