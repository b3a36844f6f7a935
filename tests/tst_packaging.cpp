// What the package ships agrees with the programs: every option of every --help is in a man
// page, the man pages and the AppStream release carry the version, and the desktop integration
// passes the validators Debian uses.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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
    process.waitForFinished(10000);
    return process.readAllStandardOutput();
}

QStringList longOptions(const QByteArray &help)
{
    QStringList options;
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"_s);
    for (const QByteArray &line : help.split('\n')) {
        const auto m = option.match(QString::fromUtf8(line));
        if (m.hasMatch() && m.captured(1) != u"--help-all"_s)
            options << m.captured(1);
    }
    return options;
}

QString manPage(const char *name)
{
    QFile file(
        QStringLiteral(FLOWSCOPE_SOURCE_DIR "/packaging/man/") + QLatin1String(name) + u".1.in"_s);
    return file.open(QIODevice::ReadOnly)
        ? QString::fromUtf8(file.readAll()).replace(u"\\-"_s, u"-"_s)
        : QString();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manPagesCoverEveryOption_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("page");
        QTest::newRow("flowscope")
            << QStringLiteral(FLOWSCOPE_BIN) << QStringList { u"--help"_s } << u"flowscope"_s;
        QTest::newRow("flowscope flows")
            << QStringLiteral(FLOWSCOPE_BIN) << QStringList { u"flows"_s, u"--help"_s }
            << u"flowscope"_s;
        QTest::newRow("flowscope executions")
            << QStringLiteral(FLOWSCOPE_BIN) << QStringList { u"executions"_s, u"--help"_s }
            << u"flowscope"_s;
        QTest::newRow("flowscope execution")
            << QStringLiteral(FLOWSCOPE_BIN) << QStringList { u"execution"_s, u"--help"_s }
            << u"flowscope"_s;
        QTest::newRow("flowscope search")
            << QStringLiteral(FLOWSCOPE_BIN) << QStringList { u"search"_s, u"--help"_s }
            << u"flowscope"_s;
        QTest::newRow("flowscope summary")
            << QStringLiteral(FLOWSCOPE_BIN) << QStringList { u"summary"_s, u"--help"_s }
            << u"flowscope"_s;
        QTest::newRow("flowscope end") << QStringLiteral(FLOWSCOPE_BIN)
                                       << QStringList { u"end"_s, u"--help"_s } << u"flowscope"_s;
        QTest::newRow("flowscope-sandbox") << QStringLiteral(FLOWSCOPE_SANDBOX_BIN)
                                           << QStringList { u"--help"_s } << u"flowscope-sandbox"_s;
    }
    void manPagesCoverEveryOption()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, page);
        const QStringList options = longOptions(runHelp(program, arguments));
        QVERIFY2(options.size() >= 3, qPrintable(options.join(u' ')));
        const QString text = manPage(page.toLatin1().constData());
        QVERIFY(!text.isEmpty());
        for (const QString &option : options)
            QVERIFY2(text.contains(option), qPrintable(page + u": "_s + option));
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
        for (const char *page : { "flowscope", "flowscope-sandbox" })
            QVERIFY(manPage(page).contains(u"@PROJECT_VERSION@"_s));
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
    void desktopIntegrationValidates()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, arguments);
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(
                qPrintable(tool + u" is not installed (packaging/install-deps.sh installs it)"_s));
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
