// flowscope: the window, or a headless subcommand (flows, executions, execution) on
// QCoreApplication.

#include "accounts/accounts.h"
#include "accounts/signindialog.h"
#include "api/studioclient.h"
#include "cli/cli.h"
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

struct WindowOptions
{
    QCommandLineOption demo { u"demo"_s,
        QCoreApplication::translate("main",
            "Browse a generated account served by the built-in Studio sandbox; no Twilio account "
            "needed.") };
    QCommandLineOption profile { u"profile"_s,
        QCoreApplication::translate("main",
            "Sign in with this saved profile (the environment's TWILIO_* variables still win)."),
        u"name"_s };
    QCommandLineOption baseUrl { u"base-url"_s,
        QCoreApplication::translate("main",
            "API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only for "
            "loopback)."),
        u"url"_s };
};

void setUpParser(QCommandLineParser &parser, const WindowOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Browse Twilio Studio flow executions.\n\n"
        "Subcommands (headless):\n"
        "  flowscope flows [--format tsv|csv|jsonl] [-o FILE]\n"
        "  flowscope executions --flow FW… [--from T] [--to T] [--page-size N] [--limit N]\n"
        "                       [--format csv|tsv|jsonl|xlsx] [--columns a,b,…] [--context]\n"
        "                       [--context-path PATH]… [--local-times] [--bom]\n"
        "                       [--no-formula-guard] [--parallel K] [-o FILE]\n"
        "  flowscope execution FN…|LINK [--flow FW…] [--steps] [--pretty] [-o FILE]\n"
        "  flowscope search (--contact TEXT | --text TEXT) [--flow FW…]… [--from T] [--to T]\n"
        "                   [--country CC] [--exact] [--concurrency N] [--format "
        "csv|tsv|jsonl|xlsx]\n"
        "                   [--columns a,b,…] [--context] [-o FILE]\n"
        "  flowscope end --flow FW… (--sid FN… | --stuck HOURS | --active-before T)\n"
        "                [--contact TEXT] [--country CC] [--dry-run] [--yes] [--concurrency N]\n"
        "                [-o AUDIT.csv]\n"
        "  flowscope summary --flow FW… [--from T] [--to T] --by 5m|hour|day|outcome [--outcomes]\n"
        "                    [--format csv|tsv|jsonl] [--parallel K] [-o FILE]\n"
        "  flowscope profiles list | add NAME --account-sid AC… [--api-key SK…] [--region R]\n"
        "                    [--edge E] [--base-url URL] | remove NAME | use NAME\n"
        "Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and\n"
        "TWILIO_API_SECRET, else a saved profile (--profile NAME).\n"
        "Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 network or server, 6 output,\n"
        "7 keychain.\n"
        "Run 'flowscope SUBCOMMAND --help' for details."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.demo, options.profile, options.baseUrl });
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
        for (const char *flag : { "-h", "--help", "-v", "--version", "--help-all" }) {
            if (std::strcmp(argv[k], flag) == 0) {
                QCoreApplication app(argc, argv);
                setApplicationNames();
                QCommandLineParser parser;
                const WindowOptions options;
                setUpParser(parser, options);
                parser.process(app); // prints and exits
                return 0;
            }
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(u"FlowScope"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/flowscope.svg"_s));
    QCommandLineParser parser;
    const WindowOptions options;
    setUpParser(parser, options);
    parser.process(app);
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &baseUrl = options.baseUrl;

    StudioClient client;
    std::unique_ptr<sandbox::SandboxThread> sandboxThread;
    if (parser.isSet(demo)) {
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
        &client, &keychain, QProcessEnvironment::systemEnvironment(), parser.value(baseUrl));
    MainWindow window(&client, &accounts);
    window.show();
    window.signInAtStart(parser.value(options.profile));
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
    static const std::pair<const char *, int (*)(const QStringList &)> subcommands[] = {
        { "flows", &cli::runFlows },
        { "executions", &cli::runExecutions },
        { "execution", &cli::runExecution },
        { "end", &cli::runEnd },
        { "search", &cli::runSearch },
        { "summary", &cli::runSummary },
        { "profiles", &cli::runProfiles },
    };
    QStringList commands;
    for (const auto &[name, run] : subcommands) {
        commands << QString::fromLatin1(name);
        if (argc >= 2 && std::strcmp(argv[1], name) == 0) {
            // Drawing a diagram needs fonts and painting, not a display: offscreen, always.
            bool draws = false;
            for (int k = 2; k < argc; ++k)
                draws |= std::strncmp(argv[k], "--diagram", 9) == 0;
            if (draws) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                QApplication app(argc, argv);
                setApplicationNames();
                cli::setDiagramWriter(&FlowCanvas::writeDiagram);
                return run(QCoreApplication::arguments());
            }
            QCoreApplication app(argc, argv);
            setApplicationNames();
            return run(QCoreApplication::arguments());
        }
    }
    // The window takes options only; their values are checked by its parser.
    {
        QCommandLineParser parser;
        const WindowOptions options;
        setUpParser(parser, options);
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
