#include "exportformat.h"

#include "cellrecords.h"
#include "executioncrawler.h"
#include "executions/executionquery.h"
#include "json/jsonmembers.h"
#include "json/jsonpath.h"
#include "json/jsonspans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace flowscope {

QStringList RowRenderer::knownColumns()
{
    return { u"sid"_s, u"account_sid"_s, u"flow_sid"_s, u"contact_sid"_s,
        u"contact_channel_address"_s, u"status"_s, u"date_created"_s, u"date_updated"_s,
        u"duration_seconds"_s, u"url"_s, u"flow_version"_s };
}

QStringList RowRenderer::defaultColumns()
{
    return { u"sid"_s, u"status"_s, u"contact_channel_address"_s, u"date_created"_s,
        u"date_updated"_s, u"contact_sid"_s, u"flow_sid"_s };
}

bool ExportOptions::needsRaw() const
{
    return format == ExportFormat::Jsonl || columns.contains(u"account_sid"_s)
        || columns.contains(u"url"_s);
}

QStringList ExportOptions::headerNames() const
{
    QStringList names = columns;
    if (includeContext)
        names << u"context"_s;
    names << contextPaths;
    if (includeOutcome)
        names << RowRenderer::outcomeColumns();
    return names;
}

RowRenderer::RowRenderer(const ExportOptions &options, const QString &defaultFlowSid)
    : m_options(options)
    , m_flowSid(defaultFlowSid)
    , m_flowSidUtf8(defaultFlowSid.toUtf8())
    , m_csv { options.format == ExportFormat::Tsv ? '\t' : ',', options.formulaGuard }
{
    // The columns the compact row holds itself; the others come from the raw object.
    static const std::pair<QStringView, Column> direct[] = {
        { u"sid", Column::Sid },
        { u"flow_sid", Column::FlowSid },
        { u"contact_sid", Column::ContactSid },
        { u"contact_channel_address", Column::Contact },
        { u"status", Column::Status },
        { u"date_created", Column::Created },
        { u"date_updated", Column::Updated },
        { u"duration_seconds", Column::Duration },
        { u"flow_version", Column::Revision },
    };
    for (const QString &c : options.columns) {
        const auto *found = std::find_if(std::begin(direct), std::end(direct),
            [&c](const auto &entry) { return entry.first == c; });
        m_kinds.push_back(found == std::end(direct) ? Column::Other : found->second);
    }
}

namespace {

// The 34 characters of a SID.
std::string_view sidText(char (&buf)[34], const char prefix[2], const Sid &sid)
{
    static const char digits[] = "0123456789abcdef";
    buf[0] = prefix[0];
    buf[1] = prefix[1];
    for (size_t k = 0; k < 16; ++k) {
        buf[2 + 2 * k] = digits[sid.bytes[k] >> 4];
        buf[3 + 2 * k] = digits[sid.bytes[k] & 0xF];
    }
    return { buf, 34 };
}

// A workbook's cell of a JSON value: numbers a spreadsheet holds exactly (15 significant
// digits) as numbers, booleans as booleans, the rest as text.
void appendJsonCell(QByteArray &out, const JsonCell &value)
{
    switch (value.kind) {
    case JsonCell::Kind::Missing: cells::appendEmpty(out); return;
    case JsonCell::Kind::Bool: cells::appendBool(out, value.text == u"true"_s); return;
    case JsonCell::Kind::Number: {
        const qsizetype exponent = value.text.indexOf(u'e', 0, Qt::CaseInsensitive);
        const QStringView mantissa
            = QStringView(value.text).left(exponent < 0 ? value.text.size() : exponent);
        qsizetype digits = 0;
        bool leading = true;
        for (const QChar c : mantissa) {
            if (!c.isDigit() || (leading && c == u'0'))
                continue;
            leading = false;
            ++digits;
        }
        bool ok = false;
        const double number = value.text.toDouble(&ok);
        if (ok && digits <= 15 && std::isfinite(number)) {
            cells::appendNumber(out, number);
            return;
        }
        break; // more digits than a spreadsheet keeps: the text, exactly
    }
    case JsonCell::Kind::String:
    case JsonCell::Kind::Other: break;
    }
    const QByteArray utf8 = value.text.toUtf8();
    cells::appendText(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

// "2026-11-01T12:00:00Z" from milliseconds (whole seconds: canonical rows have no fraction).
void appendIsoUtc(QByteArray &out, qint64 ms)
{
    const qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const unsigned y = unsigned(std::clamp<qint64>(qint64(yoe) + era * 400 + (m <= 2), 0, 9999));
    char buf[20];
    const auto put2 = [&buf](int at, unsigned v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    buf[0] = char('0' + y / 1000);
    buf[1] = char('0' + y / 100 % 10);
    buf[2] = char('0' + y / 10 % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    put2(5, m);
    buf[7] = '-';
    put2(8, d);
    buf[10] = 'T';
    put2(11, unsigned(rem / 3600));
    buf[13] = ':';
    put2(14, unsigned(rem % 3600 / 60));
    buf[16] = ':';
    put2(17, unsigned(rem % 60));
    buf[19] = 'Z';
    out.append(buf, 20);
}

} // namespace

QByteArray RowRenderer::header() const
{
    QByteArray out;
    if (xlsx()) {
        // A person reads a workbook: a time column says which clock it is on. The names a
        // machine reads (csv, tsv, jsonl) stay as they are.
        const QString zone = m_options.localTimes
            ? u" (%1)"_s.arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()))
            : u" (UTC)"_s;
        for (const QString &name : m_options.headerNames()) {
            if (name == u"date_created"_s || name == u"date_updated"_s)
                textCell(out, QString(name + zone));
            else if (name == u"ended_at"_s)
                textCell(out, QString(name + u" (UTC)"_s)); // the step's time as Twilio gave it
            else
                textCell(out, name);
        }
        endRow(out);
        return out;
    }
    if (m_options.bom)
        out += CsvWriter::kUtf8Bom;
    if (m_options.format != ExportFormat::Jsonl)
        CsvWriter::appendRow(out, m_options.headerNames(), m_csv);
    return out;
}

QString RowRenderer::cell(const QString &c, const Execution &e, const QByteArray &raw) const
{
    const auto time = [this](const QDateTime &t, const QString &asGiven) {
        if (!m_options.localTimes || !t.isValid())
            return asGiven; // UTC ISO 8601, exactly as the API gave it
        return formatIsoWithOffset(t.toLocalTime());
    };
    if (c == u"sid"_s)
        return e.sid;
    if (c == u"flow_sid"_s)
        return e.flowSid;
    if (c == u"contact_sid"_s)
        return e.contactSid;
    if (c == u"contact_channel_address"_s)
        return e.contactAddress;
    if (c == u"status"_s)
        return e.statusText;
    if (c == u"date_created"_s)
        return time(e.created, e.createdText);
    if (c == u"date_updated"_s)
        return time(e.updated, e.updatedText);
    if (c == u"duration_seconds"_s)
        return e.durationSeconds() >= 0 ? QString::number(e.durationSeconds()) : QString();
    if (c == u"flow_version"_s) // listed through v2 only (ExecutionQuery::withRevision)
        return e.flowVersion > 0 ? QString::number(e.flowVersion) : QString();
    // Anything else: the raw object's member, when the page kept it.
    return jsonTextAt(raw, c);
}

void RowRenderer::typedCell(
    QByteArray &out, const QString &c, const Execution &e, const QByteArray &raw) const
{
    const auto time = [&](const QDateTime &t, const QString &asGiven) {
        if (!t.isValid()) {
            textCell(out, asGiven); // not a time: the text, as the API gave it
            return;
        }
        cells::appendTime(
            out, t.toMSecsSinceEpoch(), m_options.localTimes ? t.toLocalTime().offsetFromUtc() : 0);
    };
    if (c == u"date_created"_s)
        time(e.created, e.createdText);
    else if (c == u"date_updated"_s)
        time(e.updated, e.updatedText);
    else if (c == u"duration_seconds"_s && e.durationSeconds() >= 0)
        cells::appendNumber(out, double(e.durationSeconds()));
    else if (c == u"flow_version"_s && e.flowVersion > 0)
        cells::appendNumber(out, double(e.flowVersion));
    else if (const QString text = cell(c, e, raw); !text.isEmpty())
        textCell(out, text);
}

void RowRenderer::separate(QByteArray &out, bool first) const
{
    if (!first && !xlsx())
        out += m_csv.separator;
}

void RowRenderer::textCell(QByteArray &out, std::string_view utf8) const
{
    if (xlsx())
        cells::appendText(out, utf8);
    else
        CsvWriter::appendField(out, utf8, m_csv);
}

void RowRenderer::textCell(QByteArray &out, QStringView text) const
{
    if (xlsx()) {
        const QByteArray utf8 = text.toUtf8();
        cells::appendText(out, std::string_view(utf8.constData(), size_t(utf8.size())));
    } else {
        CsvWriter::appendField(out, text, m_csv);
    }
}

void RowRenderer::endCell(QByteArray &out, qsizetype start) const
{
    if (xlsx() && out.size() == start)
        cells::appendEmpty(out);
}

void RowRenderer::endRow(QByteArray &out) const
{
    if (xlsx())
        cells::appendRowEnd(out);
    else
        out += "\r\n";
}

QStringList RowRenderer::outcomeColumns()
{
    return { u"ended_at"_s, u"last_event"_s, u"step_count"_s, u"failed"_s, u"error_code"_s };
}

QByteArray RowRenderer::outcomeJson(const Outcome &outcome)
{
    const auto text = [](const QString &value, bool known) {
        return known ? jsonString(value) : QByteArray("null");
    };
    const bool steps = outcome.hasSteps();
    QByteArray out = "{\"ended_at\":" + text(outcome.endedAt, steps && !outcome.endedAt.isEmpty());
    out += ",\"last_event\":" + text(outcome.lastEvent, steps && !outcome.lastEvent.isEmpty());
    out += ",\"step_count\":" + (steps ? QByteArray::number(outcome.stepCount) : "null");
    out += ",\"failed\":";
    out += outcome.isKnown() ? (outcome.failed() ? "true" : "false") : "null";
    // The code, or null: none, or (said by the reason) not known.
    out += ",\"error_code\":"
        + (outcome.errorCode ? QByteArray::number(outcome.errorCode) : QByteArray("null"));
    out += ",\"reason\":" + text(outcome.reason, !outcome.reason.isEmpty()) + '}';
    return out;
}

void RowRenderer::appendRecord(QByteArray &out, const Execution &e, const QByteArray &raw,
    const QByteArray &context, const Outcome *outcome) const
{
    bool first = true;
    for (const QString &c : m_options.columns) {
        separate(out, std::exchange(first, false));
        const qsizetype start = out.size();
        if (xlsx())
            typedCell(out, c, e, raw);
        else
            CsvWriter::appendField(out, cell(c, e, raw), m_csv);
        endCell(out, start);
    }
    appendExtras(out, first, context, outcome);
}

void RowRenderer::appendExtras(
    QByteArray &out, bool first, const QByteArray &context, const Outcome *outcome) const
{
    if (m_options.includeContext) {
        separate(out, std::exchange(first, false));
        const qsizetype start = out.size();
        if (!context.isEmpty()) {
            const QByteArray compact = minifyJson(context);
            textCell(out, std::string_view(compact.constData(), size_t(compact.size())));
        }
        endCell(out, start);
    }
    for (const QString &path : m_options.contextPaths) {
        separate(out, std::exchange(first, false));
        if (xlsx())
            appendJsonCell(out, jsonCellAt(context, path));
        else
            CsvWriter::appendField(out, jsonTextAt(context, path), m_csv);
    }
    if (m_options.includeOutcome) {
        const bool steps = outcome && outcome->hasSteps();
        const auto text = [&](const QString &value) {
            separate(out, std::exchange(first, false));
            const qsizetype start = out.size();
            if (steps && !value.isEmpty())
                textCell(out, QStringView(value));
            endCell(out, start);
        };
        text(steps ? outcome->endedAt : QString());
        text(steps ? outcome->lastEvent : QString());
        separate(out, std::exchange(first, false));
        const qsizetype start = out.size();
        if (steps) {
            if (xlsx())
                cells::appendNumber(out, double(outcome->stepCount));
            else
                out += QByteArray::number(outcome->stepCount);
        }
        endCell(out, start);
        separate(out, std::exchange(first, false));
        const qsizetype failedStart = out.size();
        if (outcome && outcome->isKnown() && xlsx())
            cells::appendBool(out, outcome->failed());
        else
            textCell(out,
                outcome && outcome->isKnown()
                    ? std::string_view(outcome->failed() ? "true" : "false")
                    : std::string_view("unknown"));
        endCell(out, failedStart);
        separate(out, std::exchange(first, false));
        const qsizetype codeStart = out.size();
        const QString code = outcome ? outcome->errorCodeText() : u"unknown"_s;
        if (outcome && outcome->errorCode && xlsx())
            cells::appendNumber(out, double(outcome->errorCode));
        else if (!code.isEmpty())
            textCell(out, QStringView(code));
        endCell(out, codeStart);
    }
    endRow(out);
}

void RowRenderer::appendRow(QByteArray &out, const ParsedPage &page, qsizetype row,
    const QByteArray &raw, const QByteArray &context, const Outcome *outcome) const
{
    const ExecutionRow &r = page.rows[size_t(row)];
    const OddFields *odd = (r.flags & ExecutionRow::HasOdd) ? &page.odd[r.oddIndex] : nullptr;
    const auto oddText = [&](const QString &text) { textCell(out, QStringView(text)); };
    const auto sid = [&](const char prefix[2], const Sid &value) {
        char buf[34];
        textCell(out, sidText(buf, prefix, value));
    };
    const auto time = [&](qint64 ms, const QString *asGiven) {
        if (xlsx() && ms != kNoTime) {
            cells::appendTime(out, ms, 0); // a workbook's time is a time, whatever its text
        } else if (asGiven && !asGiven->isEmpty()) {
            oddText(*asGiven); // exactly as the API wrote it
        } else if (ms != kNoTime) {
            appendIsoUtc(out, ms);
        }
    };
    for (size_t k = 0; k < m_kinds.size(); ++k) {
        separate(out, k == 0);
        const qsizetype start = out.size();
        switch (m_kinds[k]) {
        case Column::Sid:
            if (r.flags & ExecutionRow::HasSid)
                sid("FN", r.sid);
            else if (odd)
                oddText(odd->sid);
            break;
        case Column::FlowSid:
            if (odd && !odd->flowSid.isEmpty())
                oddText(odd->flowSid);
            else
                textCell(
                    out, std::string_view(m_flowSidUtf8.constData(), size_t(m_flowSidUtf8.size())));
            break;
        case Column::ContactSid:
            if (r.flags & ExecutionRow::HasContactSid)
                sid("FC", r.contactSid);
            else if (odd)
                oddText(odd->contactSid);
            break;
        case Column::Contact:
            if (r.flags & ExecutionRow::HasContact)
                textCell(out, page.strings.view(r.contactRef));
            else if (odd)
                oddText(odd->contactAddress);
            break;
        case Column::Status:
            if (r.status == ExecutionStatus::Active)
                textCell(out, std::string_view("active"));
            else if (r.status == ExecutionStatus::Ended)
                textCell(out, std::string_view("ended"));
            else if (odd)
                oddText(odd->status);
            break;
        case Column::Created: time(r.createdMs, odd ? &odd->dateCreated : nullptr); break;
        case Column::Updated: time(r.updatedMs, odd ? &odd->dateUpdated : nullptr); break;
        case Column::Duration:
            if (r.status == ExecutionStatus::Ended && r.createdMs != kNoTime
                && r.updatedMs != kNoTime) {
                const qint64 seconds = std::max<qint64>(0, (r.updatedMs - r.createdMs) / 1000);
                if (xlsx())
                    cells::appendNumber(out, double(seconds));
                else
                    out += QByteArray::number(seconds);
            }
            break;
        case Column::Revision:
            if (r.flowVersion > 0 && xlsx())
                cells::appendNumber(out, double(r.flowVersion));
            else if (r.flowVersion > 0)
                out += QByteArray::number(r.flowVersion);
            break;
        case Column::Other: {
            const Execution e = executionOf(page, row, m_flowSid);
            if (xlsx())
                typedCell(out, m_options.columns[qsizetype(k)], e, raw);
            else
                oddText(cell(m_options.columns[qsizetype(k)], e, raw));
            break;
        }
        }
        endCell(out, start);
    }
    appendExtras(out, m_kinds.empty(), context, outcome);
}

QByteArray RowRenderer::render(const CrawledPage &crawled, std::vector<qsizetype> *rowEnds) const
{
    const ParsedPage &page = crawled.page;
    QByteArray out;
    out.reserve(crawled.rowCount * 200);
    const bool filtered = m_options.failedOnly || !m_options.rowFilter.isEmpty();
    for (qsizetype k = 0; k < crawled.rowCount; ++k) {
        if (filtered && !keeps(crawled, k)) {
            if (rowEnds)
                rowEnds->push_back(out.size()); // a row of no bytes: one end per row still
            continue;
        }
        const QByteArray raw = m_options.needsRaw() && k < qsizetype(page.rawSpans.size())
            ? page.body.mid(page.rawSpans[size_t(k)].first, page.rawSpans[size_t(k)].second)
            : QByteArray();
        const QByteArray context
            = m_options.needsContexts() ? crawled.contexts.value(k) : QByteArray();
        const Outcome *outcome = m_options.includeOutcome && k < crawled.outcomes.size()
            ? &crawled.outcomes[k]
            : nullptr;
        if (m_options.format == ExportFormat::Jsonl) {
            QByteArray object = raw;
            if (m_options.includeContext) {
                // The fetched context in place of the list's (often empty) one.
                ByteSpan span;
                if (memberValueSpan(std::string_view(object.constData(), size_t(object.size())),
                        "context", &span))
                    object.replace(span.first, span.second, context);
                else
                    appendMember(object, "context", context);
            }
            // One object per line: whitespace the server put between tokens (a pretty-printing
            // proxy, say) must not split it. Inside JSON strings CR and LF are always escaped.
            if (m_options.includeOutcome)
                appendMember(object, "outcome",
                    outcomeJson(k < crawled.outcomes.size() ? crawled.outcomes[k] : Outcome()));
            if (object.contains('\n') || object.contains('\r'))
                object = minifyJson(object);
            out += object;
            out += '\n';
        } else if (m_options.localTimes) {
            appendRecord(out, executionOf(page, k, m_flowSid), raw, context,
                outcome); // times need the time zone
        } else {
            appendRow(out, page, k, raw, context, outcome);
        }
        if (rowEnds)
            rowEnds->push_back(out.size());
    }
    return out;
}

bool RowRenderer::keeps(const CrawledPage &crawled, qsizetype row) const
{
    if (m_options.failedOnly && !(row < crawled.outcomes.size() && crawled.outcomes[row].failed()))
        return false;
    if (m_options.rowFilter.isEmpty())
        return true;
    const Execution e = executionOf(crawled.page, row, m_flowSid);
    return e.sid.contains(m_options.rowFilter, Qt::CaseInsensitive)
        || e.contactAddress.contains(m_options.rowFilter, Qt::CaseInsensitive);
}

QByteArray RowRenderer::render(
    const Execution &execution, const QByteArray &contextJson, const Outcome *outcome) const
{
    QByteArray out;
    appendRecord(out, execution, {}, contextJson, outcome);
    return out;
}

} // namespace flowscope
