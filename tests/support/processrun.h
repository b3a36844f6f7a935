#pragma once

// Runs a program to its end while the caller's event loop keeps turning, so that servers living
// on the test's thread (the sandbox, a FaultServer) go on answering it.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

struct ProcessRun
{
    int exitCode = -1; // -1: crashed, or killed after the time limit
    QByteArray out;
    QByteArray err;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, int timeoutMs = 60000, const QByteArray &input = {});
