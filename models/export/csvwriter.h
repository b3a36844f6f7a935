#pragma once

// RFC 4180 CSV (and TSV with the same quoting) to any QIODevice: fields quoted when they hold the
// separator, a quote, CR or LF; quotes doubled; records end with CRLF; UTF-8. With the formula
// guard (OWASP "CSV injection"), a cell that starts with = + - @ TAB or CR gets a leading
// apostrophe so a spreadsheet shows it as text — except plain numbers and E.164 phone numbers,
// which stay exactly as they are. Buffered: check ok() after flush().

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <string_view>

namespace flowscope {

struct CsvOptions
{
    char separator = ',';
    bool formulaGuard = true;
};

class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, CsvOptions options = {});
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void writeRow(const QStringList &fields);
    void writeEncoded(const QByteArray &bytes); // already-encoded records
    bool flush(); // false when the device refused data
    bool ok() const { return m_ok; }

    // One field as it appears in the file, without separator.
    static QByteArray encodeField(QStringView field, const CsvOptions &options);
    // Appends one field / one record (with its CRLF); thread-safe.
    static void appendField(QByteArray &out, QStringView field, const CsvOptions &options);
    static void appendField(QByteArray &out, std::string_view utf8, const CsvOptions &options);
    static void appendRow(QByteArray &out, const QStringList &fields, const CsvOptions &options);
    // Would the guard prefix this cell?
    static bool looksLikeFormula(QStringView field);
    static bool looksLikeFormula(std::string_view utf8);

    static constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

private:
    QIODevice *m_device; // not owned
    CsvOptions m_options;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace flowscope
