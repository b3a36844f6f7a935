#include "processrun.h"

#include <QProcess>
#include <QSignalSpy>

ProcessRun runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, int timeoutMs, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return ProcessRun { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}
