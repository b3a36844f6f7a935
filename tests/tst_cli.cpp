// The headless commands end to end: the real flowscope binary against the in-process sandbox.
// Output is compared with the sandbox's ground truth through an independent CSV reader. The
// reports (outcomes, related resources, alerts, summaries) are in tst_cli_reports.cpp and the
// archive in tst_cli_archive.cpp, so that each suite stays well inside its time limit under ASan.

#include "support/clitest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

class TestCli : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSandbox(); }

    // --diagram draws headless (no display): an SVG naming every state of the revision the
    // execution ran on, a PNG of the drawing's size; a name that is neither is refused first.
    void executionDiagramWithoutADisplay()
    {
        QProcessEnvironment env = environment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        const int f = 0;
        const qint64 i = 3; // before flow 0 was republished: its older revision
        const int revision = data().flowVersion(f, i);
        QCOMPARE(revision, data().flow(f).version - 1);
        const QString fn = QString::fromLatin1(data().execution(f, i).sid);
        QTemporaryDir dir;
        const QString svg = dir.filePath(u"path.svg"_s);
        const QString png = dir.filePath(u"path.png"_s);
        const Run drawn = run({ u"execution"_s, fn, u"--flow"_s, flowSid(f), u"--diagram"_s, svg,
                                  u"-o"_s, dir.filePath(u"one.json"_s) },
            env);
        QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
        QVERIFY2(
            drawn.err.contains(QByteArray("Revision " + QByteArray::number(revision) + " of ")),
            drawn.err.constData());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const QJsonArray states = data().definition(f, revision)[u"states"_s].toArray();
        for (const QJsonValue &s : states)
            QVERIFY2(text.contains(s[u"name"_s].toString().toUtf8()),
                qPrintable(s[u"name"_s].toString()));
        QVERIFY(!text.contains("lookup_order")); // the newer revision's name is not drawn
        QVERIFY(QFile::exists(dir.filePath(u"one.json"_s)));

        const Run picture = run(
            { u"execution"_s, fn, u"--flow"_s, flowSid(f), u"--diagram"_s, png, u"-o"_s, u"-"_s },
            env);
        QVERIFY2(picture.exitCode == 0, picture.err.constData());
        const QImage image(png);
        // Six widgets stacked about 1,000 points high, two columns wide: a page, not a thumbnail.
        QVERIFY2(image.width() > 600 && image.height() > 1000,
            qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));

        const Run refused
            = run({ u"execution"_s, fn, u"--flow"_s, flowSid(f), u"--diagram"_s, u"x.gif"_s }, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("must end in .svg or .png"));
    }

    void unknownCommandsAreRefusedWithoutADisplay()
    {
        QProcessEnvironment env = environment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        const Run typo = run({ u"exections"_s }, env);
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains("'exections' is not a command. Did you mean 'executions'?"),
            typo.err.constData());
        QVERIFY2(
            typo.err.contains(
                "flows, executions, execution, end, search, summary, alerts, archive, profiles"),
            typo.err.constData());
        QVERIFY(!typo.err.contains("display")); // no window was tried
        const Run profile = run({ u"profile"_s, u"list"_s }, env);
        QCOMPARE(profile.exitCode, 2);
        QVERIFY(profile.err.contains("Did you mean 'profiles'?"));
        const Run stray = run({ u"--demo"_s, u"extra"_s }, env);
        QCOMPARE(stray.exitCode, 2);
        QVERIFY2(
            stray.err.contains("'extra' is not an option of the window"), stray.err.constData());
        const Run nonsense = run({ u"zzzzzz"_s }, env);
        QCOMPARE(nonsense.exitCode, 2);
        QVERIFY(!nonsense.err.contains("Did you mean"));
    }

    void profilesWithoutAKeychain()
    {
        QProcessEnvironment env = environment();
        env.remove(u"TWILIO_ACCOUNT_SID"_s);
        env.remove(u"TWILIO_AUTH_TOKEN"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const QString config = m_dir.filePath(u"config"_s);
        const Run empty = run({ u"profiles"_s, u"list"_s }, env);
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out,
            QByteArray("name\taccount_sid\tauth\tregion\tedge\torigin\tsecret\tdefault\n"));
        // No keychain answers: refused, and nothing is written anywhere.
        const QString account = QString::fromLatin1(m_sandbox->accountSid());
        const Run add = runProcess(QStringLiteral(FLOWSCOPE_BIN),
            { u"profiles"_s, u"add"_s, u"work"_s, u"--account-sid"_s, account }, env, 60000,
            "a-secret\n");
        QCOMPARE(add.exitCode, 7);
        QVERIFY2(add.err.contains("nothing was saved"), add.err.constData());
        QCOMPARE(run({ u"profiles"_s, u"list"_s }, env).out, empty.out);
        QDirIterator files(config, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("a-secret"), qPrintable(file.fileName()));
        }
        // Never a secret as an argument; bad input refused before the keychain is asked.
        const Run asArgument = run(
            { u"profiles"_s, u"add"_s, u"work"_s, u"a-secret"_s, u"--account-sid"_s, account },
            env);
        QCOMPARE(asArgument.exitCode, 2);
        QCOMPARE(run({ u"profiles"_s, u"add"_s, u"work"_s, u"--account-sid"_s, u"AC12"_s }, env)
                     .exitCode,
            2);
        QCOMPARE(run({ u"profiles"_s, u"add"_s, u"work"_s }, env).exitCode, 2);
        const Run noSecret = runProcess(QStringLiteral(FLOWSCOPE_BIN),
            { u"profiles"_s, u"add"_s, u"work"_s, u"--account-sid"_s, account }, env, 60000, "\n");
        QCOMPARE(noSecret.exitCode, 2);
        QCOMPARE(run({ u"profiles"_s, u"use"_s, u"nobody"_s }, env).exitCode, 4);
        QCOMPARE(run({ u"profiles"_s, u"remove"_s, u"nobody"_s }, env).exitCode, 4);
        QCOMPARE(run({ u"profiles"_s, u"frobnicate"_s }, env).exitCode, 2);
        QCOMPARE(run({ u"profiles"_s, u"list"_s, u"--account-sid"_s, account }, env).exitCode, 2);
    }

    void flows()
    {
        const Run r = run({ u"flows"_s });
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = readCsv(r.out, u'\t');
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0],
            (QStringList { u"sid"_s, u"friendly_name"_s, u"status"_s, u"version"_s,
                u"date_created"_s, u"date_updated"_s }));
        for (int f = 0; f < 3; ++f) {
            QCOMPARE(rows[f + 1][0], flowSid(f));
            QCOMPARE(rows[f + 1][1], data().flow(f).friendlyName);
            QCOMPARE(rows[f + 1][3], QString::number(data().flow(f).version));
        }
        const Run jsonl = run({ u"flows"_s, u"--format"_s, u"jsonl"_s });
        QCOMPARE(jsonl.exitCode, 0);
        QCOMPARE(jsonl.out.count('\n'), 3);
    }

    void executionsMatchTheSandbox_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<qint64>("lo");
        QTest::addColumn<qint64>("hi");
        // Bounds in terms of execution indexes, turned into times by the test below.
        QTest::newRow("everything") << QStringList {} << qint64(-1) << qint64(-1);
        QTest::newRow("from") << QStringList { u"--from"_s } << qint64(400) << qint64(-1);
        QTest::newRow("to") << QStringList { u"--to"_s } << qint64(-1) << qint64(800);
        QTest::newRow("from and to, small pages")
            << QStringList { u"--from"_s, u"--to"_s, u"--page-size"_s, u"37"_s } << qint64(100)
            << qint64(300);
    }
    void executionsMatchTheSandbox()
    {
        QFETCH(QStringList, extra);
        QFETCH(qint64, lo);
        QFETCH(qint64, hi);
        const int f = 1;
        QStringList arguments { u"executions"_s, u"--flow"_s, flowSid(f) };
        qint64 from = 0;
        qint64 to = data().executionCount(f);
        for (const QString &option : extra) {
            if (option == u"--from"_s) {
                const qint64 t = data().createdAt(f, lo);
                // In +05:30, to prove offsets travel intact.
                arguments
                    << option
                    << QDateTime::fromSecsSinceEpoch(t, QTimeZone(19800)).toString(Qt::ISODate);
                from = data().lowerBound(f, t);
            } else if (option == u"--to"_s) {
                const qint64 t = data().createdAt(f, hi);
                arguments << option << QString::fromLatin1(sandbox::isoUtc(t));
                to = data().lowerBound(f, t);
            } else {
                arguments << option;
            }
        }
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QStringList> rows = readCsv(r.out);
        QCOMPARE(rows.takeFirst(),
            (QStringList { u"sid"_s, u"status"_s, u"contact_channel_address"_s, u"date_created"_s,
                u"date_updated"_s, u"contact_sid"_s, u"flow_sid"_s }));
        QCOMPARE(rows.size(), to - from);
        QCOMPARE(rows, truthRows(f, from, to));
        // The sandbox's clock is fixed (kNow): as the real one moves on, a --from falls before
        // what Twilio would keep, and the command says so; nothing else is said.
        QByteArray said = r.err;
        if (said.startsWith("flowscope: note: Studio keeps executions for 30 days"))
            said = said.mid(said.indexOf('\n') + 1);
        QVERIFY2(said.isEmpty(), r.err.constData());
    }

    void limitAndColumns()
    {
        const Run r = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--limit"_s, u"25"_s,
            u"--page-size"_s, u"10"_s, u"--columns"_s, u"sid,account_sid,url"_s });
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = readCsv(r.out);
        QCOMPARE(rows.size(), 26);
        QCOMPARE(rows[0], (QStringList { u"sid"_s, u"account_sid"_s, u"url"_s }));
        const sandbox::ExecutionRecord newest = data().execution(0, 1199);
        QCOMPARE(rows[1][0].toLatin1(), newest.sid);
        QCOMPARE(rows[1][1].toLatin1(), m_sandbox->accountSid());
        QCOMPARE(rows[1][2],
            m_sandbox->url().toString() + u"/v1/Flows/"_s + flowSid(0) + u"/Executions/"_s
                + QString::fromLatin1(newest.sid));
        QCOMPARE(rows[25][0].toLatin1(), data().execution(0, 1175).sid);
    }

    void jsonlIsExactlyWhatTheApiSent()
    {
        const Run r = run({ u"executions"_s, u"--flow"_s, flowSid(2), u"--format"_s, u"jsonl"_s,
            u"--page-size"_s, u"200"_s });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 1201); // the last one is empty
        QVERIFY(lines.last().isEmpty());
        // Spot-check lines byte for byte against the single-resource body, which the sandbox
        // writes with the same bytes as a list item.
        for (const int k : { 0, 1, 199, 200, 777, 1199 })
            QCOMPARE(lines[k], executionResource(2, 1199 - k));
    }

    // `flowscope execution` for a ticket: one execution, its context and its steps, each part
    // as the API returned it, from a Console link or a bare SID with --flow.
    void oneExecutionForATicket()
    {
        const int f = 1;
        const qint64 i = 1100;
        const QString executionSid = QString::fromLatin1(data().execution(f, i).sid);
        const QString link
            = u"https://console.twilio.com/us1/develop/studio/flows/%1/executions/%2"_s.arg(
                flowSid(f), executionSid);
        const Run r = run({ u"execution"_s, link, u"--steps"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.endsWith("}\n"));
        QJsonParseError parseError;
        const QJsonObject document = QJsonDocument::fromJson(r.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(document.keys(), (QStringList { u"context"_s, u"execution"_s, u"steps"_s }));
        QCOMPARE(
            document.value(u"execution"_s).toObject().value(u"sid"_s).toString(), executionSid);
        QCOMPARE(document.value(u"context"_s).toObject(), data().context(f, i));
        // Steps in the order they happened, every one of them.
        const QList<sandbox::StepRecord> truth = data().steps(f, i);
        const QJsonArray steps = document.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), truth.size());
        QVERIFY(!truth.isEmpty());
        for (qsizetype k = 0; k < truth.size(); ++k)
            QCOMPARE(steps[k].toObject().value(u"sid"_s).toString().toLatin1(), truth[k].sid);
        // The execution part is the very bytes of the resource.
        const QByteArray resource = executionResource(f, i);
        QVERIFY(!resource.isEmpty());
        QVERIFY(r.out.startsWith(QByteArray("{\"execution\":" + resource + ",\"context\":")));

        // A bare SID with --flow (any case), --pretty, to a file: the same document.
        QTemporaryDir ticketDir;
        QVERIFY(ticketDir.isValid());
        const QString path = ticketDir.filePath(u"ticket.json"_s);
        const Run pretty = run({ u"execution"_s, executionSid, u"--flow"_s, flowSid(f).toUpper(),
            u"--steps"_s, u"--pretty"_s, u"-o"_s, path });
        QCOMPARE(pretty.exitCode, 0);
        QVERIFY(pretty.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("\n  \"execution\": {\n"));
        QCOMPARE(QJsonDocument::fromJson(written).object(), document);

        // Without --steps, no steps member.
        const Run plain = run({ u"execution"_s, link });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(plain.out).object().contains(u"steps"_s));
    }

    void oneExecutionRefusedOrMissing()
    {
        const QString executionSid = QString::fromLatin1(data().execution(0, 5).sid);
        const qint64 before = m_sandbox->requestCount();
        const Run noFlow = run({ u"execution"_s, executionSid });
        QCOMPARE(noFlow.exitCode, 2);
        QVERIFY2(noFlow.err.contains("give --flow"), noFlow.err.constData());
        const Run badFlow = run({ u"execution"_s, executionSid, u"--flow"_s, u"FW123"_s });
        QCOMPARE(badFlow.exitCode, 2);
        const Run nothing = run({ u"execution"_s, u"the bot hung up"_s });
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.err.contains("No execution SID found"));
        QCOMPARE(run({ u"execution"_s }).exitCode, 2);
        QCOMPARE(m_sandbox->requestCount(), before); // refused before any request
        QVERIFY(noFlow.out.isEmpty() && nothing.out.isEmpty());

        // Another flow's execution under this flow: 404, said with the 30 days.
        const Run missing = run({ u"execution"_s, executionSid, u"--flow"_s, flowSid(2) });
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains("has no execution"), missing.err.constData());
        QVERIFY(missing.out.isEmpty());
    }

    void contexts()
    {
        const Run jsonl = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--format"_s, u"jsonl"_s,
            u"--context"_s, u"--limit"_s, u"30"_s });
        QCOMPARE(jsonl.exitCode, 0);
        const QList<QByteArray> lines = jsonl.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 30);
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const QJsonObject object = QJsonDocument::fromJson(lines[k]).object();
            QCOMPARE(
                object.value(u"sid"_s).toString().toLatin1(), data().execution(0, 1199 - k).sid);
            QCOMPARE(object.value(u"context"_s).toObject(), data().context(0, 1199 - k));
        }
        const Run csv = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--context"_s,
            u"--limit"_s, u"12"_s, u"--columns"_s, u"sid"_s });
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = readCsv(csv.out);
        QCOMPARE(rows[0], (QStringList { u"sid"_s, u"context"_s }));
        QCOMPARE(rows.size(), 13);
        for (int k = 1; k < rows.size(); ++k) {
            QVERIFY(!rows[k][1].contains(u'\n')
                || rows[k][1].contains(u"\\n"_s)); // compact JSON: escapes, no raw newlines
            QCOMPARE(
                QJsonDocument::fromJson(rows[k][1].toUtf8()).object(), data().context(0, 1200 - k));
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("environmentKind"); // 0 fine, 1 no credentials, 2 wrong token
        QTest::addColumn<int>("exitCode");
        const QString fw = u"FW"_s + QString(32, u'a');
        QTest::newRow("no credentials") << QStringList { u"flows"_s } << 1 << 2;
        QTest::newRow("malformed flow SID")
            << QStringList { u"executions"_s, u"--flow"_s, u"FW12"_s } << 0 << 2;
        QTest::newRow("no --flow") << QStringList { u"executions"_s } << 0 << 2;
        QTest::newRow("bad --from") << QStringList { u"executions"_s, u"--flow"_s, fw, u"--from"_s,
            u"last tuesday"_s } << 0 << 2;
        QTest::newRow("from after to") << QStringList { u"executions"_s, u"--flow"_s, fw,
            u"--from"_s, u"2026-11-02T00:00:00Z"_s, u"--to"_s, u"2026-11-01T00:00:00Z"_s }
                                       << 0 << 2;
        QTest::newRow("page size")
            << QStringList { u"executions"_s, u"--flow"_s, fw, u"--page-size"_s, u"5000"_s } << 0
            << 2;
        QTest::newRow("unknown column")
            << QStringList { u"executions"_s, u"--flow"_s, fw, u"--columns"_s, u"sid,nope"_s } << 0
            << 2;
        QTest::newRow("unknown option") << QStringList { u"executions"_s, u"--bogus"_s } << 0 << 2;
        QTest::newRow("wrong token") << QStringList { u"flows"_s } << 2 << 3;
        QTest::newRow("unknown flow") << QStringList { u"executions"_s, u"--flow"_s, fw } << 0 << 4;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, environmentKind);
        QFETCH(int, exitCode);
        QProcessEnvironment env = environment();
        if (environmentKind == 1) {
            env.remove(u"TWILIO_ACCOUNT_SID"_s);
            env.remove(u"TWILIO_AUTH_TOKEN"_s);
        } else if (environmentKind == 2) {
            env.insert(u"TWILIO_AUTH_TOKEN"_s, u"0000"_s);
        }
        const qint64 before = m_sandbox->requestCount();
        const Run r = run(arguments, env);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith("flowscope: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QVERIFY(r.out.isEmpty());
        if (exitCode == 2)
            QCOMPARE(m_sandbox->requestCount(), before); // refused before any request
    }

    void aFailingServerEndsWithFiveAndLeavesTheFileAlone()
    {
        const QString path = m_dir.filePath(u"export.csv"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious\n");
        existing.close();
        sandbox::FaultOptions faults;
        faults.failRate = 1.0;
        m_sandbox->setFaults(faults);
        const Run r = run(
            { u"executions"_s, u"--flow"_s, flowSid(0), u"--retries"_s, u"2"_s, u"-o"_s, path });
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains("503"));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious\n"));
        existing.close();
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
            QStringList { u"export.csv"_s }); // no temporary left behind

        m_sandbox->setFaults({});
        const Run ok = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"-o"_s, path });
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.isEmpty());
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(readCsv(existing.readAll()).size(), 1201);
    }

    void truncatedPagesAreRetried()
    {
        sandbox::FaultOptions faults;
        faults.truncateRate = 0.3;
        m_sandbox->setFaults(faults);
        const Run r = run({ u"executions"_s, u"--flow"_s, flowSid(1), u"--page-size"_s, u"100"_s,
            u"--retries"_s, u"20"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QStringList> rows = readCsv(r.out);
        rows.removeFirst();
        QCOMPARE(rows, truthRows(1, 0, 1200));
    }

    void unwritableOutputIsSix()
    {
        const Run r = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"-o"_s,
            m_dir.filePath(u"no/such/dir/out.csv"_s) });
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.startsWith("flowscope: "));
    }

    void spreadsheetOptions()
    {
        // BOM, formula guard on and off, context paths, local times.
        const QStringList base { u"executions"_s, u"--flow"_s, flowSid(0), u"--limit"_s, u"400"_s,
            u"--columns"_s, u"sid,date_created"_s };
        const Run guarded = run(base
            + QStringList { u"--bom"_s, u"--context-path"_s, u"trigger.message.Body"_s,
                u"--context-path"_s, u"flow.variables.lang"_s });
        QVERIFY2(guarded.exitCode == 0, guarded.err.constData());
        QVERIFY(guarded.out.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = readCsv(guarded.out.mid(3));
        QCOMPARE(rows[0],
            (QStringList { u"sid"_s, u"date_created"_s, u"trigger.message.Body"_s,
                u"flow.variables.lang"_s }));
        // The guard's rule, restated here: a cell starting with = + - @ TAB CR that is neither a
        // plain number nor an E.164 number gets an apostrophe.
        static const QRegularExpression startsLikeFormula(u"^[=+\\-@\\t\\r]"_s);
        static const QRegularExpression number(
            u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"_s);
        static const QRegularExpression e164(u"^\\+[1-9]\\d{1,14}$"_s);
        int formulas = 0;
        for (int k = 1; k < rows.size(); ++k) {
            const QJsonObject context = data().context(0, 1200 - k);
            const QString body = context.value(u"trigger"_s)
                                     .toObject()
                                     .value(u"message"_s)
                                     .toObject()
                                     .value(u"Body"_s)
                                     .toString();
            const bool guard = startsLikeFormula.match(body).hasMatch()
                && !number.match(body).hasMatch() && !e164.match(body).hasMatch();
            QCOMPARE(rows[k][2], guard ? u'\'' + body : body);
            formulas += guard;
            QCOMPARE(rows[k][3],
                context.value(u"flow"_s)
                    .toObject()
                    .value(u"variables"_s)
                    .toObject()
                    .value(u"lang"_s)
                    .toString());
        }
        QVERIFY(formulas > 0);

        const Run verbatim = run(base
            + QStringList { u"--no-formula-guard"_s, u"--context-path"_s, u"trigger.message.Body"_s,
                u"--local-times"_s });
        QCOMPARE(verbatim.exitCode, 0);
        QVERIFY(!verbatim.out.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> plain = readCsv(verbatim.out);
        for (int k = 1; k < plain.size(); ++k) {
            const QJsonObject context = data().context(0, 1200 - k);
            QCOMPARE(plain[k][2],
                context.value(u"trigger"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toObject()
                    .value(u"Body"_s)
                    .toString());
            const QDateTime local = QDateTime::fromString(plain[k][1], Qt::ISODate);
            QCOMPARE(local.toSecsSinceEpoch(), data().createdAt(0, 1200 - k));
            QVERIFY(
                !plain[k][1].endsWith(u'Z') || QDateTime::currentDateTime().offsetFromUtc() == 0);
        }
        QCOMPARE(run(base + QStringList { u"--context-path"_s, u"a..b"_s }).exitCode, 2);
    }

    void parallelAndSequentialAgree()
    {
        const QStringList base { u"executions"_s, u"--flow"_s, flowSid(2), u"--page-size"_s,
            u"90"_s, u"--format"_s, u"jsonl"_s };
        const Run one = run(base + QStringList { u"--parallel"_s, u"1"_s });
        const Run four = run(base + QStringList { u"--parallel"_s, u"4"_s });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(four.exitCode, 0);
        QCOMPARE(one.out.count('\n'), 1200);
        QCOMPARE(four.out, one.out);
        QCOMPARE(run(base + QStringList { u"--parallel"_s, u"0"_s }).exitCode, 2);
    }

    // A server that repeats rows — DateCreatedTo including its own second, the newest execution
    // on every page — still gives every execution once: --parallel 4 writes the bytes of
    // --parallel 1. The sandbox's data ends now, so that the slices split (they split within the
    // 30 days before now, as Studio keeps them).
    void repeatedRowsAcrossSlicesAreWrittenOnce()
    {
        sandbox::SandboxOptions options;
        options.data.seed = 23;
        options.data.flows = 1;
        options.data.executionsPerFlow = 3000;
        options.data.now = QDateTime::currentSecsSinceEpoch();
        options.faults.inclusiveTo = true;
        options.faults.repeatNewest = true;
        sandbox::SandboxServer quirky(options);
        QVERIFY(quirky.start());
        QProcessEnvironment env = environment();
        env.insert(u"FLOWSCOPE_BASE_URL"_s, quirky.url().toString());
        env.insert(u"TWILIO_ACCOUNT_SID"_s, QString::fromLatin1(quirky.accountSid()));
        env.insert(u"TWILIO_AUTH_TOKEN"_s, QString::fromLatin1(quirky.authToken()));
        const sandbox::SandboxData &truth = quirky.data();
        const qint64 to = truth.createdAt(0, 2500); // the newest execution lies outside
        const QStringList base { u"executions"_s, u"--flow"_s,
            QString::fromLatin1(truth.flow(0).sid), u"--page-size"_s, u"100"_s, u"--to"_s,
            QString::fromLatin1(sandbox::isoUtc(to)), u"--format"_s, u"jsonl"_s };
        const Run one = run(base + QStringList { u"--parallel"_s, u"1"_s }, env);
        const Run four = run(base + QStringList { u"--parallel"_s, u"4"_s }, env);
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY2(four.exitCode == 0, four.err.constData());
        QCOMPARE(four.out, one.out);
        // Every execution up to and including `to`'s second once, and the repeated newest once.
        QList<QByteArray> sids;
        for (const QByteArray &line : one.out.split('\n')) {
            if (!line.isEmpty())
                sids
                    << QJsonDocument::fromJson(line).object().value(u"sid"_s).toString().toLatin1();
        }
        const qint64 expected = truth.lowerBound(0, to + 1) + 1;
        QCOMPARE(qint64(sids.size()), expected);
        QCOMPARE(qint64(QSet<QByteArray>(sids.begin(), sids.end()).size()), expected);
    }

    // ---- flowscope search -----------------------------------------------------------------

    // A number that reached more than one flow of the sandbox, and the truth for it.
    QString searchedNumber() const { return sandboxtruth::numberInFlows(data(), 2); }
    QStringList searchTruth(const QString &number, const QList<int> &flows) const
    {
        // Newest first; of one second, by flow in the order the account lists them (the order
        // they are searched in), then as the API lists a flow (newest index first).
        QList<std::pair<qint64, QString>> rows;
        for (const int f : flows) {
            for (qint64 i = data().executionCount(f) - 1; i >= 0; --i) {
                const sandbox::ExecutionRecord e = data().execution(f, i);
                if (sandboxtruth::numberOf(e.contactAddress) == number)
                    rows.append({ e.dateCreated, QString::fromLatin1(e.sid) });
            }
        }
        std::stable_sort(rows.begin(), rows.end(),
            [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList sids;
        for (const auto &r : rows)
            sids << r.second;
        return sids;
    }
    QStringList searchArguments() const
    {
        return { u"search"_s, u"--from"_s,
            QString::fromLatin1(sandbox::isoUtc(data().now() - 40 * 86400)), u"--to"_s,
            QString::fromLatin1(sandbox::isoUtc(data().now() + 1)) };
    }

    void searchFindsTheCustomerInEveryFlow()
    {
        const QString number = searchedNumber();
        QVERIFY(!number.isEmpty());
        const QStringList truth = searchTruth(number, { 0, 1, 2 });
        const QString path = m_dir.filePath(u"found.csv"_s);
        const Run r
            = run(searchArguments() + QStringList { u"--contact"_s, number, u"-o"_s, path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(rows.first(),
            (QStringList { u"sid"_s, u"status"_s, u"contact_channel_address"_s, u"date_created"_s,
                u"date_updated"_s, u"contact_sid"_s, u"flow_sid"_s }));
        QStringList sids;
        for (qsizetype k = 1; k < rows.size(); ++k)
            sids << rows[k][0];
        QCOMPARE(sids, truth); // newest first across flows
        QSet<QString> flows;
        for (qsizetype k = 1; k < rows.size(); ++k)
            flows.insert(rows[k].last());
        QVERIFY(flows.size() >= 2);

        // Standard output too: newest first across flows; --stream: as found, the same rows.
        const auto sidsOf = [](const QByteArray &csv) {
            QList<QStringList> found = readCsv(csv);
            QStringList out;
            for (qsizetype k = 1; k < found.size(); ++k)
                out << found[k][0];
            return out;
        };
        const Run held = run(searchArguments() + QStringList { u"--contact"_s, number });
        QVERIFY2(held.exitCode == 0, held.err.constData());
        QCOMPARE(sidsOf(held.out), truth);
        const Run streamed
            = run(searchArguments() + QStringList { u"--contact"_s, number, u"--stream"_s });
        QVERIFY2(streamed.exitCode == 0, streamed.err.constData());
        QStringList asFound = sidsOf(streamed.out);
        QStringList expected = truth;
        asFound.sort();
        expected.sort();
        QCOMPARE(asFound, expected);
        const Run both = run(searchArguments()
            + QStringList { u"--contact"_s, number, u"--stream"_s, u"-o"_s, path });
        QCOMPARE(both.exitCode, 2);

        // jsonl on stdout: each object as the API sent it.
        const Run jsonl = run(
            searchArguments() + QStringList { u"--contact"_s, number, u"--format"_s, u"jsonl"_s });
        QCOMPARE(jsonl.exitCode, 0);
        QList<QByteArray> lines = jsonl.out.split('\n');
        lines.removeAll(QByteArray());
        QCOMPARE(lines.size(), truth.size());
        const QByteArray first = lines.first();
        const QString sid = QJsonDocument::fromJson(first).object().value(u"sid"_s).toString();
        for (int f = 0; f < data().flowCount(); ++f) {
            const qint64 i = data().executionIndex(f, sid.toLatin1());
            if (i >= 0)
                QCOMPARE(first, executionResource(f, i));
        }
    }

    void searchWithAFlowDown()
    {
        const QString number = searchedNumber();
        sandbox::FaultOptions down;
        down.failingFlows.insert(data().flow(1).sid);
        m_sandbox->setFaults(down);
        const QString path = m_dir.filePath(u"kept.csv"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious\n");
        existing.close();
        const Run toFile = run(searchArguments()
            + QStringList { u"--contact"_s, number, u"--retries"_s, u"2"_s, u"-o"_s, path });
        QCOMPARE(toFile.exitCode, 5);
        QVERIFY2(toFile.err.contains(data().flow(1).sid), toFile.err.constData());
        QVERIFY(toFile.err.contains("not complete"));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious\n"));
        existing.close();
        // On stdout, the others' rows are there.
        const Run out = run(
            searchArguments() + QStringList { u"--contact"_s, number, u"--retries"_s, u"2"_s });
        m_sandbox->setFaults({});
        QCOMPARE(out.exitCode, 5);
        QStringList sids;
        for (const QStringList &row : readCsv(out.out).mid(1))
            sids << row[0];
        sids.sort();
        QStringList truth = searchTruth(number, { 0, 2 });
        truth.sort();
        QCOMPARE(sids, truth);
    }

    void searchRefusesBadInputBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("nobody") << QStringList {} << u"say whom to look for"_s;
        QTest::newRow("not a number")
            << QStringList { u"--contact"_s, u"12"_s } << u"Nothing was sent"_s;
        QTest::newRow("a malformed flow") << QStringList { u"--contact"_s, u"client:alice"_s,
            u"--flow"_s, u"FW1"_s } << u"not a flow SID"_s;
        QTest::newRow("from after to") << QStringList { u"--text"_s, u"refund"_s, u"--from"_s,
            u"2026-11-02T00:00:00Z"_s, u"--to"_s, u"2026-11-01T00:00:00Z"_s }
                                       << u"--from must be before --to"_s;
        QTest::newRow("too many at once") << QStringList { u"--text"_s, u"x"_s, u"--concurrency"_s,
            u"99"_s } << u"--concurrency"_s;
    }
    void searchRefusesBadInputBeforeAnyRequest()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const qint64 before = m_sandbox->requestCount();
        const Run r = run(QStringList { u"search"_s } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    // ---- flowscope end --------------------------------------------------------------------

    QList<sandbox::ExecutionRecord> activeOf(int f) const
    {
        QList<sandbox::ExecutionRecord> out;
        for (qint64 i = data().executionCount(f) - 1; i >= 0; --i) {
            if (data().execution(f, i).active)
                out << data().execution(f, i);
        }
        return out;
    }
    int postsTo(int f) const
    {
        int posts = 0;
        for (qint64 i = 0; i < data().executionCount(f); ++i)
            posts += m_sandbox->postsReceived(data().execution(f, i).sid);
        return posts;
    }

    void endRefusesBadInputBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString fw = flowSid(0);
        QTest::newRow("no flow") << QStringList { u"--stuck"_s, u"1"_s } << u"--flow is required"_s;
        QTest::newRow("a malformed flow")
            << QStringList { u"--flow"_s, u"FW12"_s, u"--stuck"_s, u"1"_s } << u"not a flow SID"_s;
        QTest::newRow("nothing chosen")
            << QStringList { u"--flow"_s, fw } << u"say which executions"_s;
        QTest::newRow("two ways chosen") << QStringList { u"--flow"_s, fw, u"--stuck"_s, u"1"_s,
            u"--active-before"_s, u"2026-11-01T00:00:00Z"_s }
                                         << u"one of them"_s;
        QTest::newRow("hours that are not")
            << QStringList { u"--flow"_s, fw, u"--stuck"_s, u"soon"_s } << u"--stuck must be"_s;
        QTest::newRow("a malformed SID")
            << QStringList { u"--flow"_s, fw, u"--sid"_s, u"FN1"_s } << u"not an execution SID"_s;
        QTest::newRow("a time that is not") << QStringList { u"--flow"_s, fw, u"--active-before"_s,
            u"yesterday"_s } << u"not a time"_s;
        QTest::newRow("a contact that is not")
            << QStringList { u"--flow"_s, fw, u"--stuck"_s, u"1"_s, u"--contact"_s, u"hello"_s }
            << u"neither a phone number"_s;
        QTest::newRow("too many at once") << QStringList { u"--flow"_s, fw, u"--stuck"_s, u"1"_s,
            u"--concurrency"_s, u"9"_s } << u"--concurrency"_s;
    }
    void endRefusesBadInputBeforeAnyRequest()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const qint64 before = m_sandbox->requestCount();
        const Run r = run(QStringList { u"end"_s } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void endShowsThenRefusesWithoutATerminal()
    {
        const QString audit = m_dir.filePath(u"refused.csv"_s);
        const Run r
            = run({ u"end"_s, u"--flow"_s, flowSid(0), u"--stuck"_s, u"1"_s, u"-o"_s, audit });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("refusing to end them without --yes"), r.err.constData());
        for (const auto &e : activeOf(0)) // every one it would end is named first
            QVERIFY(r.err.contains(e.sid));
        QCOMPARE(postsTo(0), 0);
    }

    void endDryRunSendsNothingAndWritesTheAudit()
    {
        const QString audit = m_dir.filePath(u"dry.csv"_s);
        const Run r = run({ u"end"_s, u"--flow"_s, flowSid(0), u"--stuck"_s, u"1"_s, u"--dry-run"_s,
            u"-o"_s, audit });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(postsTo(0), 0);
        QFile file(audit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(rows.size() - 1, activeOf(0).size());
        for (qsizetype k = 1; k < rows.size(); ++k)
            QCOMPARE(rows[k][4], u"would end"_s);
    }

    void endWithYesEndsExactlyTheActiveOnes()
    {
        const QList<sandbox::ExecutionRecord> active = activeOf(1);
        QVERIFY(active.size() > 5);
        const QString audit = m_dir.filePath(u"ended.csv"_s);
        const Run r = run({ u"end"_s, u"--flow"_s, flowSid(1), u"--stuck"_s, u"1"_s, u"--yes"_s,
            u"-o"_s, audit });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("Ended " + QByteArray::number(active.size()) + " ")),
            r.err.constData());
        for (const auto &e : active) {
            QCOMPARE(m_sandbox->postsReceived(e.sid), 1);
            QVERIFY(!data().execution(1, data().executionIndex(1, e.sid)).active);
        }
        QCOMPARE(postsTo(1), active.size()); // nothing else was POSTed to
        QCOMPARE(postsTo(0) + postsTo(2), 0);
        QFile file(audit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(rows.size() - 1, active.size());
        for (qsizetype k = 1; k < rows.size(); ++k) {
            QCOMPARE(rows[k][4], u"ended"_s);
            QVERIFY(rows[k][6].endsWith(u'Z'));
        }
        // Again: nothing is active any more, so nothing is sent.
        const Run again
            = run({ u"end"_s, u"--flow"_s, flowSid(1), u"--stuck"_s, u"1"_s, u"--yes"_s });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("nothing to end"));
        QCOMPARE(postsTo(1), active.size());
    }

    void endBySidTakesOnlyActiveOnes()
    {
        const sandbox::ExecutionRecord active = activeOf(2).first();
        qint64 i = 0;
        while (data().execution(2, i).active)
            ++i;
        const sandbox::ExecutionRecord ended = data().execution(2, i);
        // Two flows given; the SIDs are looked up in each.
        const Run r = run({ u"end"_s, u"--flow"_s, flowSid(0), u"--flow"_s, flowSid(2), u"--sid"_s,
            QString::fromLatin1(active.sid), u"--sid"_s, QString::fromLatin1(ended.sid),
            u"--yes"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(
            r.err.contains(QByteArray(ended.sid + " is not active: skipped")), r.err.constData());
        QCOMPARE(m_sandbox->postsReceived(active.sid), 1);
        QCOMPARE(m_sandbox->postsReceived(ended.sid), 0);
    }

    void endAnUnknownFlowEndsNothing()
    {
        const Run r = run({ u"end"_s, u"--flow"_s, u"FW00000000000000000000000000000000"_s,
            u"--flow"_s, flowSid(0), u"--stuck"_s, u"1"_s, u"--yes"_s });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("nothing was ended"), r.err.constData());
        QCOMPARE(postsTo(0), 0);
    }

    // On a terminal it asks; more than ten need their number typed. (`script` gives it a pty.)
    void endAsksOnATerminal_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("ends");
        QTest::newRow("Enter: no") << QByteArray("\n") << false;
        QTest::newRow("y is not the number") << QByteArray("y\n") << false;
        QTest::newRow("the number") << QByteArray("NUMBER\n") << true;
    }
    void endAsksOnATerminal()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, ends);
        const qsizetype count = activeOf(0).size();
        QVERIFY(count > 10);
        answer.replace("NUMBER", QByteArray::number(count));
        const QString command
            = QStringLiteral(FLOWSCOPE_BIN) + u" end --flow "_s + flowSid(0) + u" --stuck 1"_s;
        const Run r = runProcess(
            u"script"_s, { u"-qec"_s, command, u"/dev/null"_s }, environment(), 60000, answer);
        QVERIFY2(r.out.contains(QByteArray("type " + QByteArray::number(count) + " to end")),
            r.out.constData());
        QCOMPARE(r.exitCode, ends ? 0 : 2);
        QCOMPARE(postsTo(0), ends ? int(count) : 0);
    }

    void profiles()
    {
        // A profile in the settings, its secret in no keychain (none runs here, or it is empty).
        QVERIFY(QDir().mkpath(m_dir.filePath(u"config/FlowScope"_s)));
        QFile conf(m_dir.filePath(u"config/FlowScope/flowscope.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[profiles]\n1\\name=alpha\n1\\accountSid=" + m_sandbox->accountSid()
            + "\n1\\baseUrl=" + m_sandbox->url().toEncoded() + "\nsize=1\n");
        conf.close();
        QProcessEnvironment bare = environment();
        bare.remove(u"TWILIO_ACCOUNT_SID"_s);
        bare.remove(u"TWILIO_AUTH_TOKEN"_s);
        bare.remove(u"FLOWSCOPE_BASE_URL"_s);
        const Run noSecret = run({ u"flows"_s, u"--profile"_s, u"alpha"_s }, bare);
        QVERIFY2(noSecret.err.contains("profile 'alpha'"), noSecret.err.constData());
        // An empty keychain: the profile is not set up (2); none at all: the keychain's failure
        // (7).
        QCOMPARE(noSecret.exitCode, noSecret.err.contains("has no secret") ? 2 : 7);
        const Run unknown = run({ u"flows"_s, u"--profile"_s, u"nobody"_s }, bare);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no profile named 'nobody'"));
        // The environment wins: with credentials there, the profile only adds its origin.
        QProcessEnvironment withCredentials = bare;
        withCredentials.insert(
            u"TWILIO_ACCOUNT_SID"_s, QString::fromLatin1(m_sandbox->accountSid()));
        withCredentials.insert(u"TWILIO_AUTH_TOKEN"_s, QString::fromLatin1(m_sandbox->authToken()));
        const Run envWins = run({ u"flows"_s, u"--profile"_s, u"alpha"_s }, withCredentials);
        QVERIFY2(envWins.exitCode == 0, envWins.err.constData());
        QCOMPARE(readCsv(envWins.out, u'\t').size(), 4);
    }

    void anEmptyRangeStillHasItsHeader()
    {
        const Run r = run(
            { u"executions"_s, u"--flow"_s, flowSid(0), u"--to"_s, u"2001-01-01T00:00:00Z"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readCsv(r.out).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
