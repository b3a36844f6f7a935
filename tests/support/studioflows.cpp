#include "studioflows.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString studioFlowsDir()
{
    QString dir = qEnvironmentVariable("FLOWSCOPE_STUDIO_FLOWS");
    if (dir.isEmpty())
        dir = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/../shared/studio-flows");
    return QFileInfo(dir).isDir() ? QFileInfo(dir).absoluteFilePath() : QString();
}

QStringList studioFlowFiles()
{
    const QString dir = studioFlowsDir();
    if (dir.isEmpty())
        return {};
    QStringList files;
    const QFileInfoList infos
        = QDir(dir).entryInfoList({ u"*.json"_s }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : infos)
        files << info.absoluteFilePath();
    return files;
}

bool studioFlowsRequired()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}
