#pragma once

// Where FlowScope writes a file the user named: a regular file (or nothing yet) is replaced whole
// or not at all — QSaveFile writes a temporary file beside it and renames it over the target on
// commit. Anything else that can be written to — a named pipe with a reader waiting, a character
// device (/dev/null, /dev/stdout on a terminal or a pipe) — is written straight into and is never
// unlinked or renamed over: replacing /dev/null with a regular file, or a FIFO its reader is
// waiting on, loses the output and breaks the machine.

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

#include <memory>

namespace flowscope {

class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);
    ~OutputFile(); // an uncommitted regular file is cancelled: an existing one stays as it was
    Q_DISABLE_COPY_MOVE(OutputFile)

    // True when the path (symbolic links followed) exists and is written into rather than
    // replaced: anything but a regular file or a folder.
    static bool isStream(const QString &path);
    // Where to keep temporary files on the way to the path: beside a regular file (same file
    // system, so a rename puts it in place), the temporary folder for a stream.
    static QString workingFolder(const QString &path);

    QString fileName() const { return m_path; }
    bool isStream() const { return m_stream; }
    bool open(QString *why); // write only
    QFileDevice *device() const { return m_device.get(); }
    // A regular file is put in place; a stream is flushed and closed. False with the reason.
    bool commit(QString *why);
    // Drops what was written to a regular file. A stream has had it already: nothing to undo.
    void cancel();

private:
    QString m_path;
    bool m_stream = false;
    bool m_done = false;
    std::unique_ptr<QFileDevice> m_device;
};

} // namespace flowscope
