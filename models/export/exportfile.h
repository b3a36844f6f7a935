#pragma once

// Where an export's bytes go, complete or not at all: an OutputFile for text formats (a QSaveFile,
// or straight into a pipe or a device), a WorkbookFile for .xlsx. The window's export and the
// command line both write through it.

#include "exportformat.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace flowscope {

class OutputFile;
class WorkbookFile;

class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    ExportFile(const QString &path, ExportFormat format);
    ~ExportFile(); // an uncommitted file is cancelled
    Q_DISABLE_COPY_MOVE(ExportFile)

    QString fileName() const { return m_path; }
    bool open(QString *why);
    QIODevice *device() const;
    // False with the reason a person can act on ("only part was written (is the disk full?)").
    bool write(const QByteArray &bytes, QString *why);
    // Puts the file in place; blocks until it is (a workbook is zipped first).
    bool commit(QString *why);
    // The same off the caller's thread where it takes time: done comes in context's thread.
    void commitAsync(
        QObject *context, const std::function<void(bool ok, const QString &why)> &done);
    // Drops what was written; an existing file stays as it was.
    void cancel();

    const WorkbookFile *workbook() const { return m_workbook; }

private:
    QString m_path;
    std::unique_ptr<QIODevice> m_device; // a workbook
    std::unique_ptr<OutputFile> m_output; // text
    OutputFile *m_text = nullptr;
    WorkbookFile *m_workbook = nullptr;
    bool m_done = false;
};

// What the window and the command line say after a workbook with text cut or rows on more than
// one sheet; empty for anything else.
QString workbookNotes(const WorkbookFile *workbook);

} // namespace flowscope
