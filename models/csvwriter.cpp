#include "csvwriter.h"

namespace flowscope {

namespace {
constexpr qsizetype kFlushAt = 256 * 1024;
}

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

QByteArray CsvWriter::encodeField(QStringView field, const CsvOptions &options)
{
    QByteArray utf8 = field.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == options.separator || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvWriter::appendRow(QByteArray &out, const QStringList &fields, const CsvOptions &options)
{
    for (qsizetype k = 0; k < fields.size(); ++k) {
        if (k > 0)
            out += options.separator;
        out += encodeField(fields[k], options);
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
