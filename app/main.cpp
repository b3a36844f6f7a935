// flowscope: the window, or a headless subcommand (cli::Command::all()) on QCoreApplication.

#include "accounts/accounts.h"
#include "accounts/signindialog.h"
#include "api/studioclient.h"
#include "cli/command.h"
#include "diagram/flowcanvas.h"
#include "keychain/keychainsecretstore.h"
#include "mainwindow.h"
#include "sandbox/sandboxthread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(cli::Command::windowSpec().description);
    parser.addOptions(cli::Command::windowSpec().parserOptions());
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"FlowScope"_s);
    QCoreApplication::setApplicationName(u"flowscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWSCOPE_VERSION));
}

int runWindow(int argc, char *argv[])
{
    // --help and --version answer without a display.
    for (int k = 1; k < argc; ++k) {
        const bool help = std::strcmp(argv[k], "-h") == 0 || std::strcmp(argv[k], "--help") == 0;
        const bool version
            = std::strcmp(argv[k], "-v") == 0 || std::strcmp(argv[k], "--version") == 0;
        if (help || version || std::strcmp(argv[k], "--help-all") == 0) {
            QCoreApplication app(argc, argv);
            setApplicationNames();
            if (help || version) {
                const QByteArray text = help ? cli::Command::programHelp().toUtf8()
                                             : QByteArray("flowscope " FLOWSCOPE_VERSION "\n");
                std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
                return 0;
            }
            QCommandLineParser parser; // --help-all: Qt's own options too, as Qt lists them
            parser.setApplicationDescription(cli::Command::windowSpec().description);
            for (const commandline::OptionSpec &option : cli::Command::windowSpec().options) {
                if (!option.has(commandline::OptionSpec::Hidden))
                    parser.addOption(option.toOption());
            }
            parser.addHelpOption();
            parser.process(app); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(u"FlowScope"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/flowscope.svg"_s));
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    StudioClient client;
    std::unique_ptr<sandbox::SandboxThread> sandboxThread;
    if (parser.isSet(u"demo"_s)) {
        sandbox::SandboxOptions demoAccount;
        demoAccount.data.bigContextBytes
            = 2 * 1024 * 1024; // a few contexts of several MB, as real ones can be
        sandboxThread = std::make_unique<sandbox::SandboxThread>(demoAccount);
        QString error;
        if (!sandboxThread->startServer(&error)) {
            QMessageBox::critical(nullptr, u"FlowScope"_s,
                QCoreApplication::translate("main", "The demo sandbox could not start: %1")
                    .arg(error));
            return 1;
        }
        ClientSettings settings;
        QString originError;
        settings.origin = *ApiOrigin::fromBaseUrl(sandboxThread->url().toString(), &originError);
        settings.credentials
            = Credentials::authToken(QString::fromLatin1(sandboxThread->accountSid()),
                QString::fromLatin1(sandboxThread->authToken()));
        client.setSettings(settings);
        MainWindow window(&client);
        window.setDemoMode(true);
        window.show();
        return app.exec();
    }

    // A real account: the environment, else a profile (its secret from the keychain), else ask.
    KeychainSecretStore keychain;
    AccountManager accounts(
        &client, &keychain, QProcessEnvironment::systemEnvironment(), parser.value(u"base-url"_s));
    MainWindow window(&client, &accounts);
    window.show();
    window.signInAtStart(parser.value(u"profile"_s));
    return app.exec();
}

// Edits between two words (Levenshtein), for "did you mean".
qsizetype distance(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            row[size_t(j)] = std::min({ row[size_t(j)] + 1, row[size_t(j - 1)] + 1,
                diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

// Anything but options for the window is a mistake to say, not a window to open: on a machine
// without a display that would end in Qt's "could not connect to display".
int refuseArgument(const QString &argument, const QStringList &commands, bool first)
{
    QString nearest;
    qsizetype best = 3; // at most two edits away
    for (const QString &c : commands) {
        const qsizetype d = distance(argument.toLower(), c);
        if (d < best || (c.startsWith(argument.toLower()) && argument.size() >= 2 && d < 6)) {
            best = std::min(d, best);
            nearest = c;
        }
    }
    QByteArray text = "flowscope: "
        + (first ? QCoreApplication::translate("main", "'%1' is not a command.")
                 : QCoreApplication::translate(
                     "main", "'%1' is not an option of the window (options start with --)."))
              .arg(argument)
              .toUtf8();
    if (first && !nearest.isEmpty())
        text += ' '
            + QCoreApplication::translate("main", "Did you mean '%1'?").arg(nearest).toUtf8();
    text += "\n"
        + QCoreApplication::translate("main", "Commands: %1. Run 'flowscope --help'.")
              .arg(commands.join(u", "_s))
              .toUtf8()
        + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return cli::Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    // A subcommand runs headless, without a display.
    QStringList commands;
    for (const auto &command : cli::Command::all()) {
        const QString name = command->spec().name;
        commands << name;
        if (argc < 2 || name != QLatin1String(argv[1]))
            continue;
        // Drawing a diagram needs fonts and painting, not a display: offscreen, always.
        bool draws = false;
        for (int k = 2; k < argc; ++k)
            draws |= std::strncmp(argv[k], "--diagram", 9) == 0;
        if (draws) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            setApplicationNames();
            cli::setDiagramWriter(&FlowCanvas::writeDiagram);
            return command->run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return command->run(QCoreApplication::arguments());
    }
    // The window takes options only; their values are checked by its parser.
    {
        QCommandLineParser parser;
        setUpParser(parser);
        QStringList arguments;
        for (int k = 0; k < argc; ++k)
            arguments << QString::fromLocal8Bit(argv[k]);
        // Qt's own options (-platform, -style, …) are the QApplication's: leave those to it.
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        if (parser.parse(arguments) || parser.unknownOptionNames().isEmpty()) {
            const QStringList stray = parser.positionalArguments();
            if (!stray.isEmpty())
                return refuseArgument(
                    stray.first(), commands, arguments.indexOf(stray.first()) == 1);
        }
    }
    return runWindow(argc, argv);
}
