// The list-page parser, the compact store and the row renderer, on any bytes a server might send.
// Invariants: a page either fails with a reason or yields one raw object per row; storing a page
// twice adds only rows without a SID; every stored row reads back as the parser read it; the CSV
// of a page has one record per row with every column; JSONL has one valid object per line; a
// workbook's cell records read back whole, one row per row with every column, text valid UTF-8.

#include "detail/jsontreemodel.h"
#include "executions/executionstore.h"
#include "export/cellrecords.h"
#include "export/executioncrawler.h"
#include "export/exportformat.h"
#include "fuzz.h"
#include "support/csvreader.h"

using namespace flowscope;

namespace {

const QString kFlow = QStringLiteral("FW0123456789abcdef0123456789abcdef");

void checkRendering(const ParsedPage &page, ExportFormat format, bool withContexts)
{
    ExportOptions options;
    options.format = format;
    options.columns = RowRenderer::knownColumns();
    options.includeContext = withContexts;
    options.includeOutcome = withContexts;
    const RowRenderer renderer(options, kFlow);
    CrawledPage crawled { page, qsizetype(page.rows.size()), {}, {}, {}, {} };
    if (withContexts) {
        // Outcomes of every kind, their text taken from the page (anything the fuzzer made).
        for (qsizetype k = 0; k < crawled.rowCount; ++k) {
            const Execution e = executionOf(page, k, kFlow);
            Outcome outcome = k % 4 == 0 ? unknownOutcome(e.contactAddress) : Outcome();
            if (k % 4 != 0) {
                outcome.verdict = k % 4 == 1 ? Outcome::Verdict::Failed : Outcome::Verdict::Ok;
                outcome.endedAt = e.contactAddress;
                outcome.lastEvent = e.statusText;
                outcome.stepCount = int(k);
                outcome.reason = e.contactSid;
            }
            crawled.outcomes << outcome;
        }
    }
    if (withContexts) {
        // What the Context resource may hold: nothing, pretty-printed JSON, the row itself.
        for (qsizetype k = 0; k < crawled.rowCount; ++k) {
            const auto [offset, length] = page.rawSpans[size_t(k)];
            crawled.contexts << (k % 3 == 0 ? QByteArray("null")
                    : k % 3 == 1            ? QByteArray("{\n  \"a\": [1,\r\n 2]\n}")
                                            : page.body.mid(offset, length));
        }
    }
    const QByteArray out = renderer.render(crawled);
    if (format == ExportFormat::Csv) {
        const QList<QStringList> records = readCsv(out);
        FUZZ_CHECK(records.size() == qsizetype(page.rows.size()));
        for (const QStringList &record : records)
            FUZZ_CHECK(record.size() == options.headerNames().size());
        return;
    }
    if (format == ExportFormat::Xlsx) {
        const std::string_view records(out.constData(), size_t(out.size()));
        size_t at = 0;
        qsizetype rows = 0;
        qsizetype cells = 0;
        cells::Cell cell;
        while (at < records.size()) {
            const size_t n = cells::readCell(records.substr(at), &cell);
            FUZZ_CHECK(n != 0 && n != size_t(-1)); // never cut short, never a stray tag
            at += n;
            if (cell.tag == cells::RowEnd) {
                FUZZ_CHECK(cells == options.headerNames().size());
                ++rows;
                cells = 0;
                continue;
            }
            ++cells;
            if (cell.tag == cells::Text)
                FUZZ_CHECK(
                    QUtf8StringView(cell.text.data(), qsizetype(cell.text.size())).isValidUtf8());
        }
        FUZZ_CHECK(rows == qsizetype(page.rows.size()) && cells == 0);
        return;
    }
    QList<QByteArray> lines = out.split('\n');
    FUZZ_CHECK(lines.takeLast().isEmpty()); // every line ends with \n
    FUZZ_CHECK(lines.size() == qsizetype(page.rows.size()));
    for (const QByteArray &line : std::as_const(lines))
        FUZZ_CHECK(JsonDocument::parse(line) != nullptr);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedPage page = parseExecutionsPage(body, kFlow, true);
    if (!page.error.isEmpty())
        return 0;
    FUZZ_CHECK(page.rawSpans.size() == page.rows.size());
    for (const auto &[offset, length] : page.rawSpans) {
        FUZZ_CHECK(offset >= 0 && length >= 2 && offset + length <= page.body.size());
        FUZZ_CHECK(page.body[offset] == '{' && page.body[offset + length - 1] == '}');
    }

    ExecutionStore store;
    store.setFlowSid(kFlow);
    const std::vector<qsizetype> fresh = store.newRows(page);
    store.append(page, fresh);
    FUZZ_CHECK(store.size() == qsizetype(fresh.size()));
    for (qsizetype i = 0; i < store.size(); ++i) {
        const Execution stored = store.execution(i);
        const Execution parsed = executionOf(page, fresh[size_t(i)], kFlow);
        FUZZ_CHECK(stored.sid == parsed.sid);
        FUZZ_CHECK(stored.status == parsed.status && stored.statusText == parsed.statusText);
        FUZZ_CHECK(stored.contactAddress == parsed.contactAddress);
        FUZZ_CHECK(stored.createdText == parsed.createdText);
        if (!stored.sid.isEmpty())
            FUZZ_CHECK(store.indexOf(stored.sid) == i);
    }
    // The same page again (a server repeating itself): nothing with a SID is added twice.
    for (const qsizetype again : store.newRows(page))
        FUZZ_CHECK(sidOf(page, again).isEmpty());

    for (const bool withContexts : { false, true }) {
        checkRendering(page, ExportFormat::Csv, withContexts);
        checkRendering(page, ExportFormat::Jsonl, withContexts);
        checkRendering(page, ExportFormat::Xlsx, withContexts);
    }
    return 0;
}
