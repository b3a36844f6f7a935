#pragma once

// Shared by the benchmarks: --quick for a smoke run in CI, result lines a script can read
// ("BENCH <name> <value> <unit>"), resident memory, and a client set up for a sandbox.

#include "sandboxthread.h"
#include "studioclient.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace bench {

inline bool quick()
{
    return QCoreApplication::arguments().contains(QStringLiteral("--quick"));
}

inline void report(const char *name, double value, const char *unit, const char *note = "")
{
    std::printf("BENCH %s %.2f %s%s%s\n", name, value, unit, *note ? "  # " : "", note);
    std::fflush(stdout);
}

inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

inline flowscope::ClientSettings settingsFor(const sandbox::SandboxThread &sandbox)
{
    flowscope::ClientSettings settings;
    QString error;
    settings.origin = *flowscope::ApiOrigin::fromBaseUrl(sandbox.url().toString(), &error);
    settings.credentials = flowscope::Credentials::authToken(
        QString::fromLatin1(sandbox.accountSid()), QString::fromLatin1(sandbox.authToken()));
    return settings;
}

} // namespace bench
