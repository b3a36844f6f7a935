#pragma once

// RFC 4180 CSV (and TSV with the same quoting) to any QIODevice: fields quoted when they hold the
// separator, a quote, CR or LF; quotes doubled; records end with CRLF; UTF-8. Buffered, so
// writing streams at the speed of memory; check ok() after flush().

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace flowscope {

struct CsvOptions
{
    char separator = ',';
};

class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, CsvOptions options = {});
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void writeRow(const QStringList &fields);
    bool flush(); // false when the device refused data
    bool ok() const { return m_ok; }

    // One field as it appears in the file, without separator.
    static QByteArray encodeField(QStringView field, const CsvOptions &options);
    // One record with its CRLF; thread-safe, for rendering off the writing thread.
    static void appendRow(QByteArray &out, const QStringList &fields, const CsvOptions &options);
    void writeEncoded(const QByteArray &bytes);

private:
    QIODevice *m_device; // not owned
    CsvOptions m_options;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace flowscope
