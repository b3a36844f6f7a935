#pragma once

// How executions become a file — shared by the window's export and `flowscope executions`:
// which columns (API field names), UTC or local times, the context as a column, extra columns
// taken from context paths, the formula guard and the BOM. A RowRenderer turns rows into bytes;
// it holds no shared state, so pages render on worker threads.

#include "csvwriter.h"
#include "executions/executionstore.h"
#include "outcome/outcome.h"

#include <QByteArray>
#include <QStringList>

namespace flowscope {

struct CrawledPage;

// Xlsx renders typed cell records (cellrecords.h) that a WorkbookFile turns into a workbook.
enum class ExportFormat { Csv, Tsv, Jsonl, Xlsx };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QStringList columns; // API field names (see RowRenderer::knownColumns); not for jsonl
    bool includeContext = false; // a "context" column (or field, in jsonl) of compact JSON
    QStringList contextPaths; // one column each: flow.data.name, widgets.gather_1.Digits
    bool localTimes = false; // local time with its offset instead of UTC as the API gives it
    bool bom = false; // a UTF-8 byte order mark first, for Excel (csv/tsv)
    bool formulaGuard = true; // csv/tsv: a workbook's text cells are never formulas
    // Each execution's outcome: ended_at, last_event, step_count, failed columns (jsonl: an
    // "outcome" object after the API's own members).
    bool includeOutcome = false;
    // Only the rows the window's table shows with the same filters: failed ones (their outcomes
    // are read for it), and those whose SID or contact holds rowFilter (any case).
    bool failedOnly = false;
    QString rowFilter;

    bool needsContexts() const { return includeContext || !contextPaths.isEmpty(); }
    // Raw objects are needed for jsonl and for columns the compact row does not keep.
    bool needsRaw() const;
    // Every column of the file, in order: the columns, then "context", the paths, the outcome's.
    QStringList headerNames() const;
};

class RowRenderer
{
public:
    RowRenderer(const ExportOptions &options, const QString &defaultFlowSid);

    // BOM and header record (csv/tsv), the header's cells (xlsx); empty for jsonl.
    QByteArray header() const;
    // The page's first rowCount rows (contexts[k] is row k's context JSON when asked for). With
    // rowEnds, the offset just past each row's bytes is appended to it, one per row.
    QByteArray render(const CrawledPage &page, std::vector<qsizetype> *rowEnds = nullptr) const;
    // One execution known only by its fields (the window's rows); contextJson may be empty, and
    // outcome null when it is not known.
    QByteArray render(const Execution &execution, const QByteArray &contextJson,
        const Outcome *outcome = nullptr) const;

    static QStringList outcomeColumns(); // ended_at, last_event, step_count, failed
    // {"ended_at":…,"last_event":…,"step_count":…,"failed":…,"reason":…}; nulls when unknown.
    static QByteArray outcomeJson(const Outcome &outcome);

    static QStringList knownColumns();
    static QStringList defaultColumns();

private:
    // Whether the filters keep the page's row.
    bool keeps(const CrawledPage &crawled, qsizetype row) const;

    enum class Column {
        Sid,
        FlowSid,
        ContactSid,
        Contact,
        Status,
        Created,
        Updated,
        Duration,
        Revision,
        Other
    };

    QString cell(const QString &column, const Execution &e, const QByteArray &raw) const;
    // A workbook's cell of the column: times, durations as numbers; the rest as text.
    void typedCell(
        QByteArray &out, const QString &column, const Execution &e, const QByteArray &raw) const;
    bool xlsx() const { return m_options.format == ExportFormat::Xlsx; }
    // The pieces of a record, in the file's format.
    void separate(QByteArray &out, bool first) const;
    void textCell(QByteArray &out, std::string_view utf8) const;
    void textCell(QByteArray &out, QStringView text) const;
    void endCell(QByteArray &out, qsizetype start) const; // xlsx: empty when nothing was written
    void endRow(QByteArray &out) const;
    void appendRecord(QByteArray &out, const Execution &e, const QByteArray &raw,
        const QByteArray &context, const Outcome *outcome) const;
    // The same record straight from a compact row to UTF-8: no QString, no QDateTime on the way.
    void appendRow(QByteArray &out, const ParsedPage &page, qsizetype row, const QByteArray &raw,
        const QByteArray &context, const Outcome *outcome) const;
    void appendExtras(
        QByteArray &out, bool first, const QByteArray &context, const Outcome *outcome) const;

    ExportOptions m_options;
    QString m_flowSid;
    QByteArray m_flowSidUtf8;
    CsvOptions m_csv;
    std::vector<Column> m_kinds; // one per option column
};

} // namespace flowscope
