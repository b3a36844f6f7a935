// The CSV/TSV writer on any fields. The first byte chooses the separator and the formula guard;
// the rest is fields separated by NUL. Invariants: an independent RFC 4180 reader reads back
// exactly the fields (a guarded one with its leading apostrophe); the UTF-8 and UTF-16 paths write
// the same bytes; the streaming writer writes what the row encoder does.

#include "export/csvwriter.h"
#include "fuzz.h"
#include "support/csvreader.h"

#include <QBuffer>

using namespace flowscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    CsvOptions options;
    options.separator = (data[0] & 1) ? '\t' : ',';
    options.formulaGuard = (data[0] & 2) != 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> raw = rest.split('\0');

    QStringList fields;
    QStringList expected;
    for (const QByteArray &bytes : raw) {
        const QString field = QString::fromUtf8(bytes);
        fields << field;
        expected << (options.formulaGuard && CsvWriter::looksLikeFormula(field)
                ? QStringLiteral("'") + field
                : field);
        // Valid UTF-8 takes the same path whichever way it arrives.
        if (field.toUtf8() == bytes) {
            QByteArray viaUtf8;
            CsvWriter::appendField(
                viaUtf8, std::string_view(bytes.constData(), size_t(bytes.size())), options);
            FUZZ_CHECK(viaUtf8 == CsvWriter::encodeField(field, options));
        }
    }

    QByteArray encoded;
    CsvWriter::appendRow(encoded, fields, options);
    FUZZ_CHECK(encoded.endsWith("\r\n"));
    const QList<QStringList> records = readCsv(encoded, QChar::fromLatin1(options.separator));
    FUZZ_CHECK(records.size() == 1);
    FUZZ_CHECK(records.constFirst() == expected);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        writer.writeRow(fields);
        writer.writeRow(fields);
        FUZZ_CHECK(writer.flush() && writer.ok());
    }
    FUZZ_CHECK(buffer.data() == encoded + encoded);
    return 0;
}
