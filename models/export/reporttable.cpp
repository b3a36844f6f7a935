#include "reporttable.h"

#include "cellrecords.h"
#include "csvwriter.h"
#include "json/jsonmembers.h"

#include <QDateTime>

namespace flowscope {

namespace {

QString text(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    return value.isNull() ? QString() : value.toString();
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double: return true;
    default: return false;
    }
}

} // namespace

ReportTable::ReportTable(QIODevice *device, ExportFormat format, const QStringList &columns)
    : m_device(device)
    , m_format(format)
    , m_columns(columns)
{
    if (m_format == ExportFormat::Csv || m_format == ExportFormat::Tsv) {
        m_csv = std::make_unique<CsvWriter>(
            device, CsvOptions { m_format == ExportFormat::Tsv ? '\t' : ',', true });
        m_csv->writeRow(columns);
    } else if (m_format == ExportFormat::Xlsx) {
        QByteArray header;
        for (const QString &column : columns) {
            const QByteArray utf8 = column.toUtf8();
            cells::appendText(header, std::string_view(utf8.constData(), size_t(utf8.size())));
        }
        cells::appendRowEnd(header);
        m_ok = m_device->write(header) == header.size();
    }
}

ReportTable::~ReportTable() = default;

void ReportTable::row(const QList<QVariant> &values)
{
    if (m_csv) {
        QStringList fields;
        for (const QVariant &value : values)
            fields << text(value);
        m_csv->writeRow(fields);
        return;
    }
    QByteArray out;
    if (m_format == ExportFormat::Xlsx) {
        for (const QVariant &value : values) {
            if (value.isNull()) {
                cells::appendEmpty(out);
            } else if (isNumber(value)) {
                cells::appendNumber(out, value.toDouble());
            } else if (value.metaType().id() == QMetaType::QDateTime) {
                cells::appendTime(out, value.toDateTime().toMSecsSinceEpoch(), 0);
            } else {
                const QByteArray utf8 = value.toString().toUtf8();
                cells::appendText(out, std::string_view(utf8.constData(), size_t(utf8.size())));
            }
        }
        cells::appendRowEnd(out);
    } else {
        out = "{}";
        for (qsizetype k = 0; k < m_columns.size(); ++k) {
            const QVariant &value = values.value(k);
            appendMember(out, m_columns[k].toUtf8(),
                value.isNull()        ? QByteArray("null")
                    : isNumber(value) ? QByteArray::number(value.toLongLong())
                                      : jsonString(text(value)));
        }
        out += '\n';
    }
    m_ok = m_device->write(out) == out.size() && m_ok;
}

bool ReportTable::finish()
{
    if (m_csv)
        return m_csv->flush() && m_ok;
    return m_ok;
}

} // namespace flowscope
