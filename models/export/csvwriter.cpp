#include "csvwriter.h"

namespace flowscope {

namespace {

constexpr qsizetype kFlushAt = 256 * 1024;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(uchar(c));
}

// [+-]? (digits [. digits] | . digits) ([eE] [+-]? digits)?  — over UTF-16 or UTF-8 alike.
template<typename View>
bool isPlainNumber(View s)
{
    qsizetype k = 0;
    const qsizetype n = qsizetype(s.size());
    const auto at = [&s](qsizetype i) { return unit(s[size_t(i)]); };
    if (k < n && (at(k) == u'+' || at(k) == u'-'))
        ++k;
    qsizetype digits = 0;
    while (k < n && isDigit(at(k))) {
        ++k;
        ++digits;
    }
    if (k < n && at(k) == u'.') {
        ++k;
        while (k < n && isDigit(at(k))) {
            ++k;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (k < n && (at(k) == u'e' || at(k) == u'E')) {
        ++k;
        if (k < n && (at(k) == u'+' || at(k) == u'-'))
            ++k;
        qsizetype exponent = 0;
        while (k < n && isDigit(at(k))) {
            ++k;
            ++exponent;
        }
        if (exponent == 0)
            return false;
    }
    return k == n;
}

// +[1-9] and up to 14 more digits: an E.164 phone number.
template<typename View>
bool isE164(View s)
{
    const qsizetype n = qsizetype(s.size());
    const auto at = [&s](qsizetype i) { return unit(s[size_t(i)]); };
    if (n < 3 || n > 16 || at(0) != u'+' || at(1) == u'0' || !isDigit(at(1)))
        return false;
    for (qsizetype k = 2; k < n; ++k) {
        if (!isDigit(at(k)))
            return false;
    }
    return true;
}

bool startsLikeFormula(char16_t first)
{
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::looksLikeFormula(QStringView field)
{
    if (field.isEmpty() || !startsLikeFormula(field[0].unicode()))
        return false;
    return !isPlainNumber(QStringView(field)) && !isE164(QStringView(field));
}

bool CsvWriter::looksLikeFormula(std::string_view utf8)
{
    if (utf8.empty() || !startsLikeFormula(char16_t(uchar(utf8[0]))))
        return false;
    return !isPlainNumber(utf8) && !isE164(utf8);
}

void CsvWriter::appendField(QByteArray &out, std::string_view utf8, const CsvOptions &options)
{
    const bool guard = options.formulaGuard && looksLikeFormula(utf8);
    bool quote = false;
    for (const char c : utf8) {
        if (c == options.separator || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    if (!quote) {
        out.append(utf8.data(), qsizetype(utf8.size()));
        return;
    }
    size_t clean = 0;
    for (size_t k = 0; k < utf8.size(); ++k) {
        if (utf8[k] == '"') {
            out.append(utf8.data() + clean, qsizetype(k - clean + 1));
            out += '"';
            clean = k + 1;
        }
    }
    out.append(utf8.data() + clean, qsizetype(utf8.size() - clean));
    out += '"';
}

void CsvWriter::appendField(QByteArray &out, QStringView field, const CsvOptions &options)
{
    const QByteArray utf8 = field.toUtf8();
    appendField(out, std::string_view(utf8.constData(), size_t(utf8.size())), options);
}

QByteArray CsvWriter::encodeField(QStringView field, const CsvOptions &options)
{
    QByteArray out;
    appendField(out, field, options);
    return out;
}

void CsvWriter::appendRow(QByteArray &out, const QStringList &fields, const CsvOptions &options)
{
    for (qsizetype k = 0; k < fields.size(); ++k) {
        if (k > 0)
            out += options.separator;
        appendField(out, fields[k], options);
    }
    out += "\r\n";
}

void CsvWriter::writeRow(const QStringList &fields)
{
    appendRow(m_buffer, fields, m_options);
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void CsvWriter::writeEncoded(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kFlushAt)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty() && m_ok) {
        m_ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace flowscope
