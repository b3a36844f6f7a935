// The rough edges a new user meets on the command line, each as they met it: -o onto a named pipe
// or a device writes into it and never replaces it; options that would switch a safeguard off
// or write nothing are refused; incomplete numbers are refused and international prefixes read;
// the window's options are checked before Qt needs a display; control characters typed are
// escaped in messages; Qt's own diagnostics never reach stderr.

#include "support/clitest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <thread>

class TestCliEdges : public CliTest
{
    Q_OBJECT

    // A character device to write to: a node of /dev/null's kind in the test's folder where this
    // user may make one (root, as in CI), else /dev/null itself (which a user who cannot make one
    // cannot replace either: writing it is then the whole test).
    QString nullDevice()
    {
        const QString path = m_dir.filePath(u"null"_s);
        if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
            return path;
        return u"/dev/null"_s;
    }
    static bool isCharacterDevice(const QString &path)
    {
        struct stat info
        {
        };
        return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
    }

private Q_SLOTS:
    void init() { startSandbox(); }

    // A named pipe with a reader waiting gets the rows; the pipe stays a pipe.
    void aNamedPipeIsWrittenIntoNotReplaced_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("xlsx") << u"xlsx"_s;
    }
    void aNamedPipeIsWrittenIntoNotReplaced()
    {
        QFETCH(QString, format);
        const QString fifo = m_dir.filePath(u"out.fifo"_s);
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // The reader waits with the pipe open; a writer of our own keeps it from seeing the end
        // before the command has written (and lets it see the end however the command went).
        const QByteArray path = QFile::encodeName(fifo);
        const int readEnd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(readEnd >= 0);
        const int keepOpen = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(keepOpen >= 0);
        ::fcntl(readEnd, F_SETFL, ::fcntl(readEnd, F_GETFL) & ~O_NONBLOCK);
        QByteArray received;
        std::thread reader([&received, readEnd] {
            char buffer[1 << 14];
            for (ssize_t n; (n = ::read(readEnd, buffer, sizeof buffer)) > 0;)
                received.append(buffer, n);
            ::close(readEnd);
        });
        const Run r = run(
            { u"executions"_s, u"--flow"_s, flowSid(0), u"--format"_s, format, u"-o"_s, fifo });
        ::close(keepOpen);
        reader.join();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        struct stat info
        {
        };
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        if (format == u"csv"_s) {
            QList<QStringList> rows = readCsv(received);
            QCOMPARE(rows.size(), 1201);
            rows.removeFirst();
            QCOMPARE(rows, truthRows(0, 0, 1200));
        } else {
            QVERIFY2(received.startsWith("PK\x03\x04"), received.left(16).toHex().constData());
            QVERIFY(received.size() > 10000);
        }
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden),
            QStringList { u"out.fifo"_s }); // nothing left beside it
    }

    // A character device is written into: a null device takes it all and stays a device.
    void aDeviceIsWrittenIntoNotReplaced()
    {
        const QString device = nullDevice();
        for (const QString &format : { u"csv"_s, u"xlsx"_s }) {
            const Run r = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--format"_s, format,
                u"-o"_s, device });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(isCharacterDevice(device), qPrintable(format));
        }
    }

    // A device that refuses the bytes (/dev/full): exit 6, said, and still a device.
    void aFullDeviceIsSaid()
    {
        QString device = m_dir.filePath(u"full"_s);
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            device = u"/dev/full"_s;
        const Run r = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"-o"_s, device });
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.startsWith("flowscope: ") && r.err.contains("full"), r.err.constData());
        QVERIFY(isCharacterDevice(device));
    }

    // What would switch a safeguard off, write records of nothing or search for nobody is refused
    // before any request: exit 2, one line that says why.
    void refusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString flow = u"FW"_s + QString(32, u'0');
        QTest::newRow("a timeout that rounds to nothing")
            << QStringList { u"executions"_s, u"--flow"_s, flow, u"--timeout"_s, u"0.0001"_s }
            << u"from 0.001 to 3600"_s;
        QTest::newRow("no timeout at all") << QStringList { u"executions"_s, u"--flow"_s, flow,
            u"--timeout"_s, u"0"_s } << u"from 0.001 to 3600"_s;
        QTest::newRow("no columns")
            << QStringList { u"executions"_s, u"--flow"_s, flow, u"--columns"_s, QString() }
            << u"no columns given"_s;
        QTest::newRow("commas only") << QStringList { u"search"_s, u"--contact"_s,
            u"client:alice"_s, u"--columns"_s, u" , "_s }
                                     << u"no columns given"_s;
        QTest::newRow("a number two digits short")
            << QStringList { u"search"_s, u"--contact"_s, u"+44 7700"_s } << u"too short"_s;
        QTest::newRow("client: alone")
            << QStringList { u"search"_s, u"--contact"_s, u"client:"_s } << u"names nobody"_s;
        QTest::newRow("sip: alone") << QStringList { u"end"_s, u"--flow"_s, flow, u"--stuck"_s,
            u"1"_s, u"--contact"_s, u"sip:"_s }
                                    << u"names nobody"_s;
    }
    void refusedBeforeAnyRequest()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const qint64 before = m_sandbox->requestCount();
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("flowscope: ") && QString::fromUtf8(r.err).contains(says),
            r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    // 0044… with no --country (the locale's is US here, whose prefix is 011) is read as +44….
    void anInternationalPrefixIsReadAsPlus()
    {
        const sandbox::ExecutionRecord e = data().execution(0, 5);
        const QString number = sandboxtruth::numberOf(e.contactAddress);
        QVERIFY2(number.startsWith(u'+'), qPrintable(e.contactAddress));
        QProcessEnvironment env = environment();
        env.insert(u"LC_ALL"_s, u"C"_s);
        const Run plus = run({ u"search"_s, u"--contact"_s, number, u"--flow"_s, flowSid(0),
                                 u"--from"_s, u"2026-01-01T00:00:00Z"_s },
            env);
        const Run zeros = run({ u"search"_s, u"--contact"_s, u"00"_s + number.mid(1), u"--flow"_s,
                                  flowSid(0), u"--from"_s, u"2026-01-01T00:00:00Z"_s },
            env);
        QVERIFY2(zeros.exitCode == 0, zeros.err.constData());
        QVERIFY(plus.out.contains(e.sid));
        QCOMPARE(zeros.out, plus.out);
    }

    // The window's options are checked before Qt needs a display: without one, a mistake is exit 2
    // with one line, never SIGABRT inside the platform plugin; with nothing wrong, the missing
    // display is said in one line too; a display named but not there likewise.
    void theWindowsOptionsWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("says");
        QTest::newRow("an unknown option")
            << QStringList { u"--bogus"_s } << QString() << u"flowscope: Unknown option 'bogus'."_s;
        QTest::newRow("a value missing") << QStringList { u"--base-url"_s } << QString()
                                         << u"flowscope: Missing value after '--base-url'."_s;
        QTest::newRow("a mistyped command with options")
            << QStringList { u"exections"_s, u"--flow"_s, u"FW"_s + QString(32, u'0') } << QString()
            << u"flowscope: 'exections' is not a command. Did you mean 'executions'?"_s;
        QTest::newRow("Qt's own option, then a mistake") << QStringList { u"-platform"_s, u"xcb"_s,
            u"--bogus"_s } << QString() << u"flowscope: Unknown option 'bogus'."_s;
        QTest::newRow("no display at all")
            << QStringList {} << QString() << u"flowscope: no display to open the window on"_s;
        QTest::newRow("a display that is not there") << QStringList { u"--profile"_s,
            u"nobody"_s } << u":987"_s << u"flowscope: the window could not open on this display"_s;
    }
    void theWindowsOptionsWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, display);
        QFETCH(QString, says);
        QProcessEnvironment env = environment();
        env.remove(u"QT_LOGGING_RULES"_s); // which asks for Qt's diagnostics
        env.remove(u"FLOWSCOPE_QT_DIAGNOSTICS"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (display.isEmpty())
            env.remove(u"DISPLAY"_s);
        else
            env.insert(u"DISPLAY"_s, display);
        const Run r = run(arguments, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(says.toUtf8()), r.err.constData());
        for (const QByteArray &line : r.err.split('\n')) // nothing of Qt's own
            QVERIFY2(
                line.isEmpty() || line.startsWith("flowscope: ") || line.startsWith("Commands:"),
                r.err.constData());
    }

    // Qt's own diagnostics never reach stderr: a diagram drawn with no XDG_RUNTIME_DIR (which Qt
    // warns about) says only FlowScope's line.
    void noQtDiagnosticsOnStderr()
    {
        QProcessEnvironment env = environment();
        env.remove(u"XDG_RUNTIME_DIR"_s);
        env.remove(u"QT_LOGGING_RULES"_s);
        env.remove(u"FLOWSCOPE_QT_DIAGNOSTICS"_s);
        const QString svg = m_dir.filePath(u"path.svg"_s);
        const Run r = run({ u"execution"_s, QString::fromLatin1(data().execution(0, 7).sid),
                              u"--flow"_s, flowSid(0), u"--diagram"_s, svg },
            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(svg).size() > 0);
        QList<QByteArray> lines = r.err.split('\n');
        lines.removeAll(QByteArray());
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith("flowscope: Drew "), r.err.constData());
    }

    // end --sid that none of the flows given has: not found (exit 4), after ending the others;
    // with nothing to end, no audit file.
    void endWithASidInNoneOfTheFlows()
    {
        qint64 i = 0;
        while (!data().execution(1, i).active)
            ++i;
        const QByteArray active = data().execution(1, i).sid;
        const QString audit = m_dir.filePath(u"audit.csv"_s);
        const Run missing = run({ u"end"_s, u"--flow"_s, flowSid(0), u"--sid"_s,
            QString::fromLatin1(active), u"--yes"_s, u"-o"_s, audit });
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains(QByteArray(active + " is in none of the flows given")),
            missing.err.constData());
        QVERIFY(!QFileInfo::exists(audit)); // nothing to account for
        QCOMPARE(m_sandbox->postsReceived(active), 0);
        // One found and ended, one in none of the flows: ended, audited, and still exit 4.
        const Run mixed
            = run({ u"end"_s, u"--flow"_s, flowSid(1), u"--sid"_s, QString::fromLatin1(active),
                u"--sid"_s, u"FN"_s + QString(32, u'0'), u"--yes"_s, u"-o"_s, audit });
        QCOMPARE(mixed.exitCode, 4);
        QCOMPARE(m_sandbox->postsReceived(active), 1);
        QFile file(audit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(active));
    }

    // An action that is not one: named, with the actions there are.
    void unknownActionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("profiles") << QStringList {
            u"profiles"_s, u"frob"_s
        } << u"unknown action 'frob' of profiles: the actions are list, add, remove and use"_s;
        QTest::newRow("archive") << QStringList {
            u"archive"_s, u"frob"_s
        } << u"unknown action 'frob' of archive: the actions are sync, status and purge"_s;
    }
    void unknownActionsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }

    // Upper-case hex in a SID is accepted and normalised by every command that takes one, and
    // what it prints is the same as for the lower-case SID.
    void upperCaseHexInSids_data()
    {
        QTest::addColumn<QStringList>("arguments"); // %F: the flow, %N: an execution
        QTest::newRow("executions")
            << QStringList { u"executions"_s, u"--flow"_s, u"%F"_s, u"--limit"_s, u"5"_s };
        QTest::newRow("execution") << QStringList { u"execution"_s, u"%N"_s, u"--flow"_s, u"%F"_s };
        QTest::newRow("summary") << QStringList { u"summary"_s, u"--flow"_s, u"%F"_s, u"--by"_s,
            u"day"_s, u"--from"_s, u"2026-11-01T00:00:00Z"_s };
        QTest::newRow("search") << QStringList { u"search"_s, u"--flow"_s, u"%F"_s, u"--contact"_s,
            u"client:nobody-here"_s };
        QTest::newRow("end") << QStringList { u"end"_s, u"--flow"_s, u"%F"_s, u"--sid"_s, u"%N"_s,
            u"--dry-run"_s };
    }
    void upperCaseHexInSids()
    {
        QFETCH(QStringList, arguments);
        const sandbox::ExecutionRecord e = data().execution(0, 3);
        const auto withSids = [&](bool upper) {
            QStringList out;
            for (const QString &a : std::as_const(arguments)) {
                QString v = a == u"%F"_s ? flowSid(0)
                    : a == u"%N"_s       ? QString::fromLatin1(e.sid)
                                         : a;
                if (upper && (a == u"%F"_s || a == u"%N"_s))
                    v = v.left(2) + v.mid(2).toUpper();
                out << v;
            }
            return out;
        };
        const Run lower = run(withSids(false));
        const Run upper = run(withSids(true));
        QVERIFY2(lower.exitCode == 0, lower.err.constData());
        QVERIFY2(upper.exitCode == 0, upper.err.constData());
        QCOMPARE(upper.out, lower.out);
    }

    // Control characters typed are escaped in what is printed: an ESC sequence in --contact, in a
    // mistyped command or in an option of the window never reaches the terminal raw.
    void controlCharactersAreEscaped_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("a contact")
            << QStringList { u"search"_s, u"--contact"_s, u"\x1b[31mred\x1b[0m"_s };
        QTest::newRow("a command") << QStringList { u"\x1b]0;title\x07"_s };
        QTest::newRow("an option of the window") << QStringList { u"--\x1b[2J"_s };
        QTest::newRow("a flow") << QStringList { u"executions"_s, u"--flow"_s, u"FW\x1b[1m"_s };
    }
    void controlCharactersAreEscaped()
    {
        QFETCH(QStringList, arguments);
        QProcessEnvironment env = environment();
        env.remove(u"DISPLAY"_s);
        const Run r = run(arguments, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07'), r.err.toHex().constData());
        QVERIFY2(r.err.contains("\\x1b"), r.err.constData());
    }

    // A range that cannot hold anything says why: one in the future; and a local time the
    // clocks skipped does not exist in that zone (refused, not read as some other time).
    void rangesThatCannotHoldAnythingSayWhy()
    {
        const Run future = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--from"_s,
            QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate) });
        QCOMPARE(future.exitCode, 0);
        QVERIFY2(future.err.contains("is in the future"), future.err.constData());
        QCOMPARE(readCsv(future.out).size(), 1); // the header
        const Run old = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--from"_s,
            u"2026-01-01T00:00:00Z"_s, u"--to"_s, u"2026-02-01T00:00:00Z"_s });
        QCOMPARE(old.exitCode, 0);
        QVERIFY2(old.err.contains("Studio keeps executions for 30 days"), old.err.constData());

        QProcessEnvironment newYork = environment();
        newYork.insert(u"TZ"_s, u"America/New_York"_s);
        const qint64 before = m_sandbox->requestCount();
        const Run gap = run(
            { u"executions"_s, u"--flow"_s, flowSid(0), u"--from"_s, u"2026-03-08T02:30:00"_s },
            newYork);
        QCOMPARE(gap.exitCode, 2);
        QVERIFY2(gap.err.contains("does not exist in the local time zone (America/New_York)"),
            gap.err.constData());
        QCOMPARE(m_sandbox->requestCount(), before);
        // The hour that happens twice is a time (the first of the two).
        const Run twice = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--from"_s,
                                  u"2026-11-01T01:30:00"_s, u"--to"_s, u"2026-11-02T00:00:00"_s },
            newYork);
        QVERIFY2(twice.exitCode == 0, twice.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliEdges)
#include "tst_cli_edges.moc"
