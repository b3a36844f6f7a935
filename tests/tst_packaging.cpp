// What the package ships agrees with the programs: every option of every --help has its own entry
// in the man page, under its own command; the README's synopsis is the one --help prints; the man
// pages and the AppStream release carry the version; and the desktop integration passes the
// validators Debian uses.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray runHelp(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // --help must not need one
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// The options --help lists, one per line: "  -o, --output <FILE>   …".
QStringList longOptions(const QByteArray &help)
{
    QStringList options;
    static const QRegularExpression option(u"^  (?:-\\w, )?(--[a-z][a-z-]*)"_s);
    for (const QByteArray &line : help.split('\n')) {
        const auto m = option.match(QString::fromUtf8(line));
        if (m.hasMatch())
            options << m.captured(1);
    }
    return options;
}

// The man page as the build wrote it, dashes unescaped.
QString manPage(const QString &name)
{
    QFile file(QStringLiteral(FLOWSCOPE_BINARY_DIR "/man/") + name + u".1"_s);
    return file.open(QIODevice::ReadOnly)
        ? QString::fromUtf8(file.readAll()).replace(u"\\-"_s, u"-"_s)
        : QString();
}

// The lines of one section of a page: ".SS name" up to the next .SS or .SH ("" is .SH OPTIONS).
QStringList section(const QString &page, const QString &name)
{
    const QStringList lines = page.split(u'\n');
    const QString start = name.isEmpty() ? u".SH OPTIONS"_s : u".SS "_s + name;
    QStringList out;
    bool inside = false;
    for (const QString &line : lines) {
        if (line == start) {
            inside = true;
            continue;
        }
        if (inside && (line.startsWith(u".SS "_s) || line.startsWith(u".SH "_s)))
            break;
        if (inside)
            out << line;
    }
    return out;
}

// The options that have an entry of their own (.TP, then a line naming them) in these lines.
QStringList entries(const QStringList &lines)
{
    QStringList out;
    static const QRegularExpression option(u"--[a-z][a-z-]*"_s);
    for (qsizetype k = 0; k + 1 < lines.size(); ++k) {
        if (lines[k] != u".TP"_s)
            continue;
        for (auto it = option.globalMatch(lines[k + 1]); it.hasNext();)
            out << it.next().captured();
    }
    return out;
}

// The README's command-line block: the fenced block right after "## Command line".
QString readmeSynopsis()
{
    QFile file(QStringLiteral(FLOWSCOPE_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype heading = text.indexOf(u"\n## Command line\n"_s);
    const qsizetype open = text.indexOf(u"\n```\n"_s, heading);
    const qsizetype close = text.indexOf(u"\n```\n"_s, open + 1);
    if (heading < 0 || open < 0 || close < 0)
        return {};
    return text.mid(open + 5, close - open - 4);
}

// The lines after "Usage: " of a command's --help, that prefix (and its indentation) taken off.
QString usageLines(const QByteArray &help)
{
    QString out;
    const QString prefix = u"Usage: "_s;
    for (const QString &line : QString::fromUtf8(help).split(u'\n')) {
        if (line.isEmpty())
            break;
        out += line.mid(prefix.size()) + u'\n';
    }
    return help.startsWith("Usage: ") ? out : QString();
}

// The "Usage:" block of flowscope --help: its lines, indentation of the block taken off.
QString usageBlock(const QByteArray &help)
{
    QString out;
    const QStringList lines = QString::fromUtf8(help).split(u'\n');
    const qsizetype start = lines.indexOf(u"Usage:"_s);
    if (start < 0)
        return {};
    for (qsizetype k = start + 1; k < lines.size() && !lines[k].isEmpty(); ++k)
        out += lines[k].mid(2) + u'\n';
    return out;
}

bool ci()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manPagesHaveAnEntryForEveryOption_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("page");
        const QString flowscope = QStringLiteral(FLOWSCOPE_BIN);
        QTest::newRow("flowscope") << flowscope << QString() << u"flowscope"_s;
        for (const char *command :
            { "flows", "executions", "execution", "end", "search", "summary", "profiles" })
            QTest::newRow(command) << flowscope << QString::fromLatin1(command) << u"flowscope"_s;
        QTest::newRow("flowscope-sandbox")
            << QStringLiteral(FLOWSCOPE_SANDBOX_BIN) << QString() << u"flowscope-sandbox"_s;
    }
    void manPagesHaveAnEntryForEveryOption()
    {
        QFETCH(QString, program);
        QFETCH(QString, command);
        QFETCH(QString, page);
        const QByteArray help = runHelp(program,
            command.isEmpty() ? QStringList { u"--help"_s } : QStringList { command, u"--help"_s });
        QStringList options = longOptions(help);
        QVERIFY2(options.size() >= 2, help.constData());
        const QString text = manPage(page);
        QVERIFY2(!text.isEmpty(), "the build writes the man page");
        // A subcommand's own options under its .SS, the common ones under theirs; the window's
        // and the sandbox's under OPTIONS.
        const QStringList own = entries(section(text, command));
        const QStringList common = entries(section(text, u"Common options of the subcommands"_s));
        QVERIFY(!own.isEmpty());
        for (const QString &option : std::as_const(options)) {
            if (option == u"--help"_s || option == u"--version"_s)
                continue;
            const bool listed = own.contains(option)
                || (!command.isEmpty() && command != u"profiles"_s && common.contains(option));
            QVERIFY2(listed, qPrintable(page + u" "_s + command + u": no entry for "_s + option));
        }
    }

    void theReadmeSynopsisIsTheOneHelpPrints()
    {
        const QString readme = readmeSynopsis();
        QVERIFY2(!readme.isEmpty(), "README.md has a ```-block after ## Command line");
        const QString help = usageBlock(runHelp(QStringLiteral(FLOWSCOPE_BIN), { u"--help"_s }))
            + usageLines(runHelp(QStringLiteral(FLOWSCOPE_SANDBOX_BIN), { u"--help"_s }));
        QVERIFY(help.contains(u"flowscope executions (--flow FW…"_s));
        QVERIFY(help.contains(u"flowscope-sandbox ["_s));
        if (readme != help) {
            const QStringList a = readme.split(u'\n');
            const QStringList b = help.split(u'\n');
            for (qsizetype k = 0; k < std::max(a.size(), b.size()); ++k) {
                if (a.value(k) != b.value(k))
                    QFAIL(qPrintable(
                        u"line %1 of the README's synopsis:\n  README: %2\n  --help: %3"_s
                            .arg(k + 1)
                            .arg(a.value(k), b.value(k))));
            }
        }
    }

    void theVersionIsEverywhere()
    {
        QProcess version;
        version.start(QStringLiteral(FLOWSCOPE_BIN), { u"--version"_s });
        QVERIFY(version.waitForFinished(10000));
        QCOMPARE(
            version.readAllStandardOutput().trimmed(), QByteArray("flowscope " FLOWSCOPE_VERSION));
        QFile metainfo(
            QStringLiteral(FLOWSCOPE_SOURCE_DIR "/packaging/org.flowscope.FlowScope.metainfo.xml"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY2(metainfo.readAll().contains("<release version=\"" FLOWSCOPE_VERSION "\""),
            "the metainfo lists this release");
        for (const QString &page : { u"flowscope"_s, u"flowscope-sandbox"_s }) {
            const QString text = manPage(page);
            QVERIFY(text.startsWith(u".TH "_s));
            QVERIFY2(text.section(u'\n', 0, 0).contains(u"FlowScope " FLOWSCOPE_VERSION ""_s),
                qPrintable(page));
            static const QRegularExpression placeholder(u"@[A-Z_]+@"_s);
            QVERIFY2(!text.contains(placeholder), qPrintable(page + u": a placeholder is left"_s));
        }
    }

    void desktopIntegrationValidates_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("desktop-file-validate")
            << u"desktop-file-validate"_s
            << QStringList { QStringLiteral(
                   FLOWSCOPE_SOURCE_DIR "/packaging/org.flowscope.FlowScope.desktop") };
        QTest::newRow("appstreamcli")
            << u"appstreamcli"_s
            << QStringList { u"validate"_s, u"--no-net"_s,
                   QStringLiteral(
                       FLOWSCOPE_SOURCE_DIR "/packaging/org.flowscope.FlowScope.metainfo.xml") };
    }
    // The archive's timer and service as systemd reads them, the service running the binary
    // (the installed path is put where this build's binary is).
    void archiveTimerValidates()
    {
        if (QStandardPaths::findExecutable(u"systemd-analyze"_s).isEmpty()) {
            if (ci())
                QFAIL("systemd-analyze is not installed (packaging/install-deps.sh installs it)");
            QSKIP("systemd-analyze is not installed (packaging/install-deps.sh installs it)");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name :
            { "flowscope-archive-sync.service", "flowscope-archive-sync.timer" }) {
            QFile source(
                QStringLiteral(FLOWSCOPE_SOURCE_DIR "/packaging/") + QLatin1StringView(name));
            QVERIFY(source.open(QIODevice::ReadOnly));
            QByteArray unit = source.readAll();
            // Every 15 minutes, as the README says (systemd only warns about a bad value).
            if (unit.contains("[Timer]"))
                QVERIFY(unit.contains("\nOnUnitActiveSec=15min\n"));
            if (unit.contains("ExecStart=")) {
                QVERIFY(unit.contains("ExecStart=/usr/bin/flowscope archive sync\n"));
                unit.replace("/usr/bin/flowscope", FLOWSCOPE_BIN);
            }
            QFile copy(dir.filePath(QLatin1StringView(name)));
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(unit);
        }
        QProcess process;
        process.start(u"systemd-analyze"_s,
            { u"verify"_s, dir.filePath(u"flowscope-archive-sync.timer"_s),
                dir.filePath(u"flowscope-archive-sync.service"_s) });
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0,
            QByteArray(process.readAllStandardOutput() + process.readAllStandardError())
                .constData());
    }

    // flowscope:// links open FlowScope: the desktop file claims the scheme, and passes the link
    // after -- (so that no link can be taken for an option); the desktop database reads it so.
    void theDesktopFileOpensLinks()
    {
        QFile desktop(
            QStringLiteral(FLOWSCOPE_SOURCE_DIR "/packaging/org.flowscope.FlowScope.desktop"));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QByteArray entry = desktop.readAll();
        QVERIFY(entry.contains("\nExec=flowscope -- %u\n"));
        QVERIFY(entry.contains("\nMimeType=x-scheme-handler/flowscope;\n"));
        for (const char *script : { "postinst", "postrm" }) {
            QFile file(QStringLiteral(FLOWSCOPE_SOURCE_DIR "/packaging/debian/")
                + QLatin1StringView(script));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("update-desktop-database"));
            QVERIFY(file.permissions() & QFile::ExeOwner);
        }
        if (QStandardPaths::findExecutable(u"update-desktop-database"_s).isEmpty()) {
            if (ci())
                QFAIL("update-desktop-database is not installed (install-deps.sh installs it)");
            QSKIP("update-desktop-database is not installed (install-deps.sh installs it)");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(desktop.copy(dir.filePath(u"org.flowscope.FlowScope.desktop"_s)));
        QProcess process;
        process.start(u"update-desktop-database"_s, { dir.path() });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QFile cache(dir.filePath(u"mimeinfo.cache"_s));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(cache.readAll().contains(
            "\nx-scheme-handler/flowscope=org.flowscope.FlowScope.desktop;"));
    }

    void desktopIntegrationValidates()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, arguments);
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            // In CI a validator that is missing is a broken setup, not a pass.
            if (ci())
                QFAIL(qPrintable(
                    tool + u" is not installed (packaging/install-deps.sh installs it)"_s));
            QSKIP(
                qPrintable(tool + u" is not installed (packaging/install-deps.sh installs it)"_s));
        }
        QProcess process;
        process.start(tool, arguments);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0,
            QByteArray(process.readAllStandardOutput() + process.readAllStandardError())
                .constData());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
