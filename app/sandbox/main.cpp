// flowscope-sandbox: serves a generated Twilio Studio v1 account on loopback.

#include "sandboxserver.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowscope-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWSCOPE_VERSION));

    sandbox::SandboxOptions options;
    QString error;
    QString helpText;
    if (!sandbox::parseSandboxArguments(
            QCoreApplication::arguments(), &options, &error, &helpText)) {
        std::fprintf(
            stderr, "flowscope-sandbox: %s\nTry 'flowscope-sandbox --help'.\n", qPrintable(error));
        return 2;
    }
    if (!helpText.isEmpty()) {
        std::fputs(qPrintable(helpText + QLatin1Char('\n')), stdout);
        return 0;
    }

    sandbox::SandboxServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "flowscope-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray line = server.readyLine() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return app.exec();
}
