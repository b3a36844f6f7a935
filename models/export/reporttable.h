#pragma once

// A report's table — machine-read column names, then rows of typed values — as a file: CSV or TSV
// (RFC 4180, the formula guard on), JSON Lines (one object per row, members in the columns'
// order, numbers as numbers, null for a missing value) or a workbook (typed cells: text, numbers,
// times). What `summary` and `alerts` write.

#include "exportformat.h"

#include <QIODevice>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace flowscope {

class CsvWriter;

class ReportTable final
{
public:
    ReportTable(QIODevice *device, ExportFormat format, const QStringList &columns);
    ~ReportTable();
    Q_DISABLE_COPY_MOVE(ReportTable)

    // Values in the columns' order: a string, a whole number, a QDateTime (UTC ISO 8601 in text
    // formats, a time in a workbook) or a null QVariant.
    void row(const QList<QVariant> &values);
    bool finish(); // false when a write failed

private:
    QIODevice *m_device; // not owned
    ExportFormat m_format;
    QStringList m_columns;
    std::unique_ptr<CsvWriter> m_csv;
    bool m_ok = true;
};

} // namespace flowscope
