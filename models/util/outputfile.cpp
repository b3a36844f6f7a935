#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace flowscope {

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_stream(isStream(path))
{
    if (m_stream)
        m_device = std::make_unique<QFile>(path);
    else
        m_device = std::make_unique<QSaveFile>(path);
}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::isStream(const QString &path)
{
    struct stat info
    {
    };
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode);
}

QString OutputFile::workingFolder(const QString &path)
{
    return isStream(path) ? QDir::tempPath() : QFileInfo(path).absolutePath();
}

bool OutputFile::open(QString *why)
{
    // For a pipe or a device, O_TRUNC means nothing (POSIX ignores it there); Append would seek.
    if (m_device->open(QIODevice::WriteOnly))
        return true;
    *why = m_device->errorString();
    m_done = true;
    return false;
}

bool OutputFile::commit(QString *why)
{
    if (std::exchange(m_done, true))
        return false;
    bool ok = false;
    if (m_stream) {
        ok = m_device->flush() && m_device->error() == QFileDevice::NoError;
        m_device->close();
        ok = ok && m_device->error() == QFileDevice::NoError;
    } else {
        ok = static_cast<QSaveFile *>(m_device.get())->commit();
    }
    if (!ok)
        *why = m_device->errorString();
    return ok;
}

void OutputFile::cancel()
{
    if (std::exchange(m_done, true))
        return;
    if (m_stream)
        m_device->close();
    else
        static_cast<QSaveFile *>(m_device.get())->cancelWriting(); // its destructor removes it
}

} // namespace flowscope
