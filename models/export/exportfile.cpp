#include "exportfile.h"

#include "util/outputfile.h"
#include "workbookfile.h"
#include "writefailure.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace flowscope {

ExportFile::ExportFile(const QString &path, ExportFormat format)
    : m_path(path)
{
    if (format == ExportFormat::Xlsx) {
        auto workbook = std::make_unique<WorkbookFile>(path);
        m_workbook = workbook.get();
        m_device = std::move(workbook);
    } else {
        m_output = std::make_unique<OutputFile>(path);
        m_text = m_output.get();
    }
}

ExportFile::~ExportFile()
{
    cancel();
}

bool ExportFile::open(QString *why)
{
    if (m_text)
        return m_text->open(why);
    if (m_device->open(QIODevice::WriteOnly))
        return true;
    *why = m_device->errorString();
    return false;
}

QIODevice *ExportFile::device() const
{
    return m_text ? m_text->device() : m_device.get();
}

bool ExportFile::write(const QByteArray &bytes, QString *why)
{
    if (device()->write(bytes) == bytes.size())
        return true;
    *why = m_text ? writeFailure(*m_text->device()) : m_device->errorString();
    return false;
}

bool ExportFile::commit(QString *why)
{
    m_done = true;
    if (m_text)
        return m_text->commit(why);
    const bool ok = m_workbook->commit();
    if (!ok)
        *why = m_device->errorString();
    return ok;
}

void ExportFile::commitAsync(
    QObject *context, const std::function<void(bool, const QString &)> &done)
{
    m_done = true;
    if (m_text) {
        QString why;
        const bool ok = m_text->commit(&why); // a rename, or a flush into a pipe: quick
        QTimer::singleShot(0, context, [done, ok, why] { done(ok, why); });
        return;
    }
    QObject::connect(
        m_workbook, &WorkbookFile::committed, context, [done, workbook = m_workbook](bool ok) {
            done(ok, ok ? QString() : workbook->errorString());
        });
    m_workbook->commitAsync();
}

void ExportFile::cancel()
{
    if (std::exchange(m_done, true))
        return;
    if (m_text)
        m_text->cancel();
    else
        m_workbook->cancelWriting();
}

QString workbookNotes(const WorkbookFile *workbook)
{
    if (!workbook)
        return {};
    QString notes;
    if (workbook->rowsCut() > 0) {
        notes += ExportFile::tr(
            "%n row(s) had text longer than a spreadsheet cell holds (32,767 characters); "
            "it was cut there and marked. Export JSONL for the whole text.",
            nullptr, int(std::min<qint64>(workbook->rowsCut(), INT_MAX)));
    }
    if (workbook->sheetCount() > 1) {
        if (!notes.isEmpty())
            notes += u' ';
        notes += ExportFile::tr("The rows continue on %n sheet(s) (a sheet holds 1,048,575 rows).",
            nullptr, workbook->sheetCount());
    }
    return notes;
}

} // namespace flowscope
