// flowscope: the window, or a headless subcommand (cli::Command::all()) on QCoreApplication.

#include "accounts/accounts.h"
#include "accounts/signindialog.h"
#include "api/studioclient.h"
#include "cli/command.h"
#include "diagram/flowcanvas.h"
#include "keychain/keychainsecretstore.h"
#include "links/flowscopelink.h"
#include "links/linkhandoff.h"
#include "sandbox/sandboxthread.h"
#include "util/languages.h"
#include "window/mainwindow.h"

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

// Names the application and installs the user's language: after each application is made.
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"FlowScope"_s);
    QCoreApplication::setApplicationName(u"flowscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWSCOPE_VERSION));
    languages::install();
}

// This user's one window: links other processes hand over open in it, brought to the front.
// Another window that took the socket meanwhile keeps it; this one then just does not listen.
void listenForLinks(LinkServer &server, MainWindow &window)
{
    QObject::connect(&server, &LinkServer::linkReceived, &window, &MainWindow::openLink);
    QString why;
    server.listen(&why);
}

int runWindow(int argc, char *argv[], const QString &link = {})
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
        LinkServer links;
        listenForLinks(links, window);
        window.show();
        if (!link.isEmpty())
            window.openLink(link);
        return app.exec();
    }

    // A real account: the environment, else a profile (its secret from the keychain), else ask.
    KeychainSecretStore keychain;
    AccountManager accounts(
        &client, &keychain, QProcessEnvironment::systemEnvironment(), parser.value(u"base-url"_s));
    MainWindow window(&client, &accounts);
    LinkServer links;
    listenForLinks(links, window);
    window.show();
    if (!link.isEmpty())
        window.openLink(link); // once signed in
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
              .arg(cli::escapeControls(argument))
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

// Qt's own options of the window (QGuiApplication's and QApplication's, as Qt 6 reads them, with
// one dash or two), and whether each takes a value: the QApplication takes them out of argv.
bool isQtOption(const QString &argument, bool *takesValue)
{
    static const QStringList withValue = { u"platform"_s, u"platformpluginpath"_s,
        u"platformtheme"_s, u"plugin"_s, u"qwindowgeometry"_s, u"geometry"_s, u"qwindowtitle"_s,
        u"title"_s, u"qwindowicon"_s, u"icon"_s, u"session"_s, u"display"_s, u"name"_s, u"visual"_s,
        u"ncols"_s, u"im"_s, u"inputstyle"_s, u"style"_s, u"stylesheet"_s };
    static const QStringList flags = { u"reverse"_s, u"testability"_s, u"cmap"_s, u"nograb"_s,
        u"dograb"_s, u"sync"_s, u"widgetcount"_s };
    if (!argument.startsWith(u'-') || argument == u"-"_s || argument == u"--"_s)
        return false;
    QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
    const qsizetype equals = name.indexOf(u'=');
    if (equals >= 0) { // -style=fusion
        name.truncate(equals);
        *takesValue = false;
        return withValue.contains(name) || name == u"qmljsdebugger"_s;
    }
    *takesValue = withValue.contains(name);
    return *takesValue || flags.contains(name);
}

// The window's options, checked before a QApplication is made: Qt's platform plugin aborts the
// process (SIGABRT) where there is no display, so a mistake must be said before Qt needs one.
// Returns an exit code, or -1 when the window may open.
int checkWindowArguments(int argc, char *argv[], const QStringList &commands)
{
    QStringList arguments { QString::fromLocal8Bit(argv[0]) };
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    for (int k = 1; k < argc; ++k) {
        const QString argument = QString::fromLocal8Bit(argv[k]);
        bool takesValue = false;
        if (isQtOption(argument, &takesValue)) {
            if (argument.contains(u"platform"_s) && !argument.contains(u"platform"_s + u't')
                && !argument.contains(u"pluginpath"_s)) {
                platform = argument.contains(u'=') ? argument.section(u'=', 1)
                    : k + 1 < argc                 ? QString::fromLocal8Bit(argv[k + 1])
                                                   : QString();
            }
            k += takesValue ? 1 : 0;
            continue;
        }
        arguments << argument;
    }
    // A word first is a command, mistyped: say so whatever follows it.
    if (arguments.size() > 1 && !arguments[1].startsWith(u'-'))
        return refuseArgument(arguments[1], commands, true);
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments)) {
        cli::printError(parser.errorText() + u' '
            + QCoreApplication::translate("main", "Run 'flowscope --help'."));
        return cli::Usage;
    }
    if (const QStringList stray = parser.positionalArguments(); !stray.isEmpty())
        return refuseArgument(stray.first(), commands, false);
#ifdef Q_OS_LINUX
    // xcb or wayland, as Qt picks: with neither display named, say so rather than abort.
    const bool needsDisplay
        = platform.isEmpty() || platform.startsWith(u"xcb"_s) || platform.startsWith(u"wayland"_s);
    if (needsDisplay && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        cli::printError(QCoreApplication::translate("main",
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the "
            "commands run without one: flowscope --help"));
        return cli::Usage;
    }
#else
    Q_UNUSED(platform)
#endif
    return -1;
}

// Qt's diagnostics ("QStandardPaths: XDG_RUNTIME_DIR not set…") are for Qt's developers, not for
// the people who read FlowScope's stderr: dropped, unless asked for (FLOWSCOPE_QT_DIAGNOSTICS=1,
// or QT_LOGGING_RULES set), then written as Qt would (QT_MESSAGE_PATTERN). A fatal
// one ends the process as Qt would; the platform plugin's, for a display named but not there,
// becomes one line and exit 2 instead of SIGABRT.
void qtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool shown = qEnvironmentVariableIntValue("FLOWSCOPE_QT_DIAGNOSTICS") == 1
        || !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES");
    const bool noDisplay = type == QtFatalMsg
        && (message.contains(u"platform plugin"_s) || message.contains(u"connect to display"_s));
    if (shown || (type == QtFatalMsg && !noDisplay)) {
        const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
    if (noDisplay) {
        cli::printError(QCoreApplication::translate("main",
            "the window could not open on this display; the commands run without one: "
            "flowscope --help")); // flushed
        std::_Exit(cli::Usage);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(&qtMessage);
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
    // A link: after -- (as the desktop file passes it, so that it can never be an option), or
    // first. Everything before -- is the window's options.
    std::vector<char *> windowArgs(argv, argv + argc);
    QString link;
    const auto dashes = std::find_if(windowArgs.begin() + 1, windowArgs.end(),
        [](const char *a) { return std::strcmp(a, "--") == 0; });
    if (dashes != windowArgs.end()) {
        if (windowArgs.end() - dashes != 2) {
            cli::printError(QCoreApplication::translate(
                "main", "after -- comes one flowscope:// link, and nothing else"));
            return cli::Usage;
        }
        link = QString::fromLocal8Bit(*(dashes + 1));
        windowArgs.erase(dashes, windowArgs.end());
    } else if (argc >= 2 && FlowScopeLink::isLink(QString::fromLocal8Bit(argv[1]))) {
        link = QString::fromLocal8Bit(argv[1]);
        windowArgs.erase(windowArgs.begin() + 1);
    }
    int windowArgc = int(windowArgs.size());
    windowArgs.push_back(nullptr); // argv[argc] is null, as Qt expects
    // --help and --version answer without a display.
    for (int k = 1; k < windowArgc; ++k) {
        for (const char *answered : { "-h", "--help", "-v", "--version", "--help-all" }) {
            if (std::strcmp(windowArgs[size_t(k)], answered) == 0)
                return runWindow(windowArgc, windowArgs.data());
        }
    }
    // Until the window's QApplication is made, a headless one says what is wrong with the
    // arguments, in the user's language (translators need an application).
    auto sayer = std::make_unique<QCoreApplication>(windowArgc, windowArgs.data());
    setApplicationNames();
    if (!link.isEmpty()) {
        QString why;
        if (!FlowScopeLink::parse(link, &why)) {
            cli::printError(why);
            return cli::Usage;
        }
        // This user's window is running: it opens the link, and this process is done.
        if (LinkServer::handOver(link.trimmed(), &why))
            return cli::Ok;
        if (!why.isEmpty()) {
            cli::printError(why);
            return 1;
        }
    }
    if (const int refused = checkWindowArguments(windowArgc, windowArgs.data(), commands);
        refused >= 0)
        return refused;
    sayer.reset();
    return runWindow(windowArgc, windowArgs.data(), link.trimmed());
}
