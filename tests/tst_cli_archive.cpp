// flowscope archive end to end: the real binary syncs the in-process sandbox into an encrypted
// file at the profile's default path, says what it holds, purges; bad input is refused before
// anything is opened or sent.

#include "archive/archive.h"
#include "support/clitest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

class TestCliArchive : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSandbox(400); } // a sync reads every execution's steps, context, alerts

    // The archive from the command line: made on first sync at the profile's default path,
    // owner-only; status says what the sandbox holds; purge asks, or takes --yes.
    void archiveSyncStatusPurge()
    {
        QProcessEnvironment env = environment();
        const QString home = m_dir.filePath(u"data"_s);
        env.insert(u"XDG_DATA_HOME"_s, home);
        env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, u"correct horse battery staple"_s);
        const QString file = home + u"/flowscope/archive-"_s
            + QString::fromLatin1(m_sandbox->accountSid()) + u".db"_s;

        const Run none = run({ u"archive"_s, u"status"_s }, env);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("no archive"), none.err.constData());

        const Run synced = run({ u"archive"_s, u"sync"_s }, env);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(synced.err.contains("3 flow(s) synced, 1200 execution(s) written"),
            synced.err.constData());
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);

        const Run status = run({ u"archive"_s, u"status"_s }, env);
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QList<QStringList> rows = readCsv(status.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0],
            QStringList({ u"flow_sid"_s, u"executions"_s, u"active"_s, u"oldest"_s, u"newest"_s,
                u"last_sync"_s }));
        for (int f = 0; f < 3; ++f) {
            const auto row = std::find_if(rows.cbegin() + 1, rows.cend(),
                [&](const QStringList &r) { return r[0] == flowSid(f); });
            QVERIFY(row != rows.cend());
            qint64 active = 0;
            for (qint64 i = 0; i < data().executionCount(f); ++i)
                active += data().isActive(f, i) ? 1 : 0;
            QCOMPARE((*row)[1], QString::number(data().executionCount(f)));
            QCOMPARE((*row)[2], QString::number(active));
            QCOMPARE((*row)[3].toLatin1(), sandbox::isoUtc(data().execution(f, 0).dateCreated));
            QCOMPARE((*row)[4].toLatin1(),
                sandbox::isoUtc(data().execution(f, data().executionCount(f) - 1).dateCreated));
        }

        // Purge: refused without --yes where it cannot ask, then done.
        const qint64 cut = QDateTime::currentSecsSinceEpoch() - 20 * 86400;
        qint64 older = 0;
        for (int f = 0; f < 3; ++f)
            older += data().lowerBound(f, cut);
        QVERIFY(older > 0);
        const Run asked = run({ u"archive"_s, u"purge"_s, u"--older-than"_s, u"20d"_s }, env);
        QCOMPARE(asked.exitCode, 2);
        QVERIFY2(asked.err.contains("without --yes"), asked.err.constData());
        const Run purged
            = run({ u"archive"_s, u"purge"_s, u"--older-than"_s, u"20d"_s, u"--yes"_s }, env);
        QVERIFY2(purged.exitCode == 0, purged.err.constData());
        QVERIFY2(purged.err.contains(QByteArray(QByteArray::number(older) + " execution(s)")),
            purged.err.constData());
        const Run after = run({ u"archive"_s, u"status"_s, u"--format"_s, u"jsonl"_s }, env);
        qint64 left = 0;
        for (const QByteArray &line : after.out.split('\n')) {
            if (!line.isEmpty())
                left += QJsonDocument::fromJson(line).object().value(u"executions"_s).toInteger();
        }
        QCOMPARE(left, 1200 - older);

        // A wrong key: 7, and the file as it was.
        QFile archive(file);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray bytes = archive.readAll();
        archive.close();
        env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, u"not the key"_s);
        const Run wrong = run({ u"archive"_s, u"sync"_s }, env);
        QCOMPARE(wrong.exitCode, 7);
        QVERIFY2(wrong.err.contains(file.toUtf8()), wrong.err.constData());
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QCOMPARE(archive.readAll(), bytes);
    }

    // Bad input is refused before anything is opened or sent; a password is never printed.
    void archiveRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no action") << QStringList { u"archive"_s } << 2;
        QTest::newRow("unknown action") << QStringList { u"archive"_s, u"copy"_s } << 2;
        QTest::newRow("another action's option")
            << QStringList { u"archive"_s, u"status"_s, u"--yes"_s } << 2;
        QTest::newRow("not a db") << QStringList { u"archive"_s, u"sync"_s, u"--db"_s,
            u"mysql://ana:s3cret@host/db"_s }
                                  << 2;
        QTest::newRow("no host") << QStringList { u"archive"_s, u"sync"_s, u"--db"_s,
            u"postgresql://ana:s3cret@/db"_s }
                                 << 2;
        QTest::newRow("purge without a duration") << QStringList { u"archive"_s, u"purge"_s } << 2;
        QTest::newRow("not a duration")
            << QStringList { u"archive"_s, u"purge"_s, u"--older-than"_s, u"3x"_s } << 2;
        QTest::newRow("a bad flow")
            << QStringList { u"archive"_s, u"sync"_s, u"--flow"_s, u"FW12"_s } << 2;
        QTest::newRow("no server") << QStringList { u"archive"_s, u"status"_s, u"--db"_s,
            u"postgresql://ana:s3cret@127.0.0.1:1/db"_s }
                                   << 5;
    }
    void archiveRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QProcessEnvironment env = environment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"bad"_s));
        env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, u"some key"_s);
        const qint64 before = m_sandbox->requestCount();
        const Run r = run(arguments, env);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.err.startsWith("flowscope: "));
        QVERIFY2(!r.err.contains("s3cret") && !r.out.contains("s3cret"), r.err.constData());
        QCOMPARE(m_sandbox->requestCount(), before);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"bad/flowscope"_s)));
    }

    // Read back with --archive, the rows are the API's bytes: the execution objects as sent,
    // their contexts and outcomes; a range and a limit as the API's; the same offline.
    void readingTheArchiveGivesTheApisBytes()
    {
        QProcessEnvironment env = environment();
        env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, QString::fromLatin1(flowscope::Archive::newKey()));
        const QString db = u"sqlite:"_s + m_dir.filePath(u"read.db"_s);
        const Run synced = run({ u"archive"_s, u"sync"_s, u"--db"_s, db }, env);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());

        // Each way of asking on one flow (the outcomes once: they cost the API a crawl).
        const QList<std::pair<int, QStringList>> asked {
            { 0, { u"--format"_s, u"jsonl"_s, u"--context"_s, u"--outcome"_s } },
            { 1,
                { u"--context-path"_s, u"flow.data"_s, u"--columns"_s,
                    u"sid,status,contact_channel_address,date_created,date_updated"_s } },
            { 2,
                { u"--format"_s, u"tsv"_s, u"--from"_s,
                    QString::fromLatin1(sandbox::isoUtc(data().execution(2, 100).dateCreated)),
                    u"--to"_s,
                    QString::fromLatin1(sandbox::isoUtc(data().execution(2, 350).dateCreated)) } },
            { 1, { u"--limit"_s, u"25"_s } },
        };
        for (const auto &[f, options] : asked) {
            const QStringList arguments
                = QStringList { u"executions"_s, u"--flow"_s, flowSid(f) } + options;
            const Run api = run(arguments, env);
            QVERIFY2(api.exitCode == 0, api.err.constData());
            const Run archived
                = run(arguments + QStringList { u"--archive"_s, u"--db"_s, db }, env);
            QVERIFY2(archived.exitCode == 0, archived.err.constData());
            QVERIFY(api.out.count('\n') > 10);
            QCOMPARE(archived.out, api.out);
        }

        // With Twilio gone: the archive still answers; the API path fails.
        QProcessEnvironment offline = env;
        offline.insert(u"FLOWSCOPE_BASE_URL"_s, u"http://127.0.0.1:9"_s);
        const QStringList arguments { u"executions"_s, u"--flow"_s, flowSid(0), u"--format"_s,
            u"jsonl"_s, u"--retries"_s, u"1"_s };
        const Run before = run(arguments, env);
        QCOMPARE(run(arguments, offline).exitCode, 5);
        const Run archived
            = run(arguments + QStringList { u"--archive"_s, u"--db"_s, db }, offline);
        QCOMPARE(archived.exitCode, 0);
        QCOMPARE(archived.out, before.out);

        const Run dbAlone = run(arguments + QStringList { u"--db"_s, db }, env);
        QCOMPARE(dbAlone.exitCode, 2);

        // summary and execution: the same bytes from the archive, offline, as from the API.
        const QString from
            = QString::fromLatin1(sandbox::isoUtc(data().execution(0, 0).dateCreated));
        const QString to
            = QString::fromLatin1(sandbox::isoUtc(data().execution(0, 399).dateCreated));
        const QString execution = QString::fromLatin1(data().execution(1, 7).sid);
        const QList<QStringList> reports {
            { u"summary"_s, u"--flow"_s, flowSid(0), u"--flow"_s, flowSid(2), u"--by"_s, u"hour"_s,
                u"--outcomes"_s, u"--from"_s, from, u"--to"_s, to },
            { u"summary"_s, u"--flow"_s, flowSid(1), u"--by"_s, u"outcome"_s, u"--format"_s,
                u"jsonl"_s },
            { u"summary"_s, u"--flow"_s, flowSid(0), u"--flow"_s, flowSid(1), u"--by"_s,
                u"widget"_s },
            { u"summary"_s, u"--flow"_s, flowSid(1), u"--by"_s, u"edge"_s },
            { u"execution"_s, execution, u"--flow"_s, flowSid(1), u"--steps"_s, u"--pretty"_s },
            { u"execution"_s, execution, u"--flow"_s, flowSid(1) },
        };
        for (const QStringList &report : reports) {
            const Run api = run(report, env);
            QVERIFY2(api.exitCode == 0, qPrintable(report.join(u' ') + QString::fromUtf8(api.err)));
            QVERIFY(api.out.size() > 200);
            const Run fromArchive
                = run(report + QStringList { u"--archive"_s, u"--db"_s, db }, offline);
            QVERIFY2(fromArchive.exitCode == 0, fromArchive.err.constData());
            QCOMPARE(fromArchive.out, api.out);
        }
        // Its diagram, offline: drawn on the revision it ran on (flow 0's first executions ran on
        // the revision before its republishing), the same picture as from Twilio.
        const QString early = QString::fromLatin1(data().execution(0, 0).sid);
        QVERIFY(data().flowVersion(0, 0) < data().flow(0).version);
        const QString apiSvg = m_dir.filePath(u"api.svg"_s);
        const QString archiveSvg = m_dir.filePath(u"archive.svg"_s);
        const Run drawn
            = run({ u"execution"_s, early, u"--flow"_s, flowSid(0), u"--diagram"_s, apiSvg }, env);
        QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
        const Run drawnFromArchive
            = run({ u"execution"_s, early, u"--flow"_s, flowSid(0), u"--diagram"_s, archiveSvg,
                      u"--archive"_s, u"--db"_s, db },
                offline);
        QVERIFY2(drawnFromArchive.exitCode == 0, drawnFromArchive.err.constData());
        QVERIFY2(drawnFromArchive.err.contains(
                     QByteArray("Revision " + QByteArray::number(data().flowVersion(0, 0)) + ","))
                && drawnFromArchive.err.contains("as the archive kept it"),
            drawnFromArchive.err.constData());
        QFile a(apiSvg), b(archiveSvg);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray picture = a.readAll();
        QVERIFY(picture.contains("<svg"));
        QCOMPARE(b.readAll(), picture);

        const Run otherFlow = run(
            { u"execution"_s, execution, u"--flow"_s, flowSid(0), u"--archive"_s, u"--db"_s, db },
            offline);
        QCOMPARE(otherFlow.exitCode, 4);
        QVERIFY2(otherFlow.err.contains("holds no execution"), otherFlow.err.constData());
    }

    // archive sync --related keeps each execution's messages, calls and alerts: execution
    // --related and alerts read from the archive give what they give from Twilio, offline.
    void relatedResourcesFromTheArchive()
    {
        QProcessEnvironment env = environment();
        env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, QString::fromLatin1(flowscope::Archive::newKey()));
        const QString db = u"sqlite:"_s + m_dir.filePath(u"related.db"_s);
        const QString bare = u"sqlite:"_s + m_dir.filePath(u"bare.db"_s);
        const int f = 0;
        const Run synced = run(
            { u"archive"_s, u"sync"_s, u"--db"_s, db, u"--flow"_s, flowSid(f), u"--related"_s },
            env);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const Run plain
            = run({ u"archive"_s, u"sync"_s, u"--db"_s, bare, u"--flow"_s, flowSid(f) }, env);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QProcessEnvironment offline = env;
        offline.insert(u"FLOWSCOPE_BASE_URL"_s, u"http://127.0.0.1:9"_s);

        // Executions with alerts, with messages, with a message gone.
        QList<qint64> chosen;
        for (qint64 i = 0; i < data().executionCount(f) && chosen.size() < 4; ++i) {
            const auto messages = data().messagesOf(f, i);
            if (!data().alertsOf(f, i).isEmpty() || !messages.isEmpty())
                chosen << i;
        }
        QCOMPARE(chosen.size(), 4);
        for (const qint64 i : std::as_const(chosen)) {
            const QStringList asked { u"execution"_s,
                QString::fromLatin1(data().execution(f, i).sid), u"--flow"_s, flowSid(f),
                u"--related"_s, u"--steps"_s };
            const Run api = run(asked, env);
            QVERIFY2(api.exitCode == 0, api.err.constData());
            QVERIFY(api.out.contains("\"related\":{"));
            const Run archived
                = run(asked + QStringList { u"--archive"_s, u"--db"_s, db }, offline);
            QVERIFY2(archived.exitCode == 0, archived.err.constData());
            QCOMPARE(archived.out, api.out);
            const Run none = run(asked + QStringList { u"--archive"_s, u"--db"_s, bare }, offline);
            QCOMPARE(none.exitCode, 4);
            QVERIFY2(none.err.contains("without --related"), none.err.constData());
        }

        const qint64 last = data().executionCount(f) - 1;
        const qint64 to = data().createdAt(f, last) + 1;
        const QStringList range { u"--from"_s, QString::fromLatin1(sandbox::isoUtc(to - 5 * 86400)),
            u"--to"_s, QString::fromLatin1(sandbox::isoUtc(to)) };
        for (const QStringList &by : { QStringList {}, QStringList { u"--by"_s, u"code"_s },
                 QStringList { u"--by"_s, u"widget"_s, u"--format"_s, u"jsonl"_s } }) {
            const QStringList asked
                = QStringList { u"alerts"_s, u"--flow"_s, flowSid(f) } + range + by;
            const Run api = run(asked, env);
            QVERIFY2(api.exitCode == 0, api.err.constData());
            QVERIFY(api.out.count('\n') > 3);
            const Run archived
                = run(asked + QStringList { u"--archive"_s, u"--db"_s, db }, offline);
            QVERIFY2(archived.exitCode == 0, archived.err.constData());
            QCOMPARE(archived.out, api.out);
            const Run without
                = run(asked + QStringList { u"--archive"_s, u"--db"_s, bare }, offline);
            QCOMPARE(without.exitCode, 0);
            QVERIFY2(without.err.contains("without --related"), without.err.constData());
        }
    }

    // Asking Twilio for what is older than it keeps says where older executions are.
    void olderThanTwilioKeepsPointsAtTheArchive()
    {
        QProcessEnvironment env = environment();
        env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, QString::fromLatin1(flowscope::Archive::newKey()));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"older"_s)); // no archive there yet
        const QString longAgo = QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODate);
        const QStringList asked { u"executions"_s, u"--flow"_s, flowSid(0), u"--from"_s, longAgo,
            u"--limit"_s, u"1"_s };
        const Run before = run(asked, env);
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(
            before.err.contains("Studio keeps executions for 30 days"), before.err.constData());
        QVERIFY2(before.err.contains("archive sync"), before.err.constData());
        const Run recent
            = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--limit"_s, u"1"_s }, env);
        QVERIFY2(!recent.err.contains("30 days"), recent.err.constData());

        // Once the profile has its archive, the note names it.
        const Run synced
            = run({ u"archive"_s, u"sync"_s, u"--flow"_s, flowSid(2), u"--no-contexts"_s }, env);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        for (const QString &command : { u"executions"_s, u"summary"_s }) {
            QStringList again = asked;
            if (command == u"summary"_s)
                again = { command, u"--flow"_s, flowSid(0), u"--from"_s, longAgo, u"--by"_s,
                    u"day"_s };
            const Run after = run(again, env);
            QVERIFY2(after.exitCode == 0, after.err.constData());
            QVERIFY2(after.err.contains("add --archive"), after.err.constData());
        }
    }

    // search --archive --contact and --text: an index narrows, the API search's matcher decides —
    // the same rows, byte for byte, as the API search writes to a file.
    void searchingTheArchiveFindsWhatTheApiFinds()
    {
        QProcessEnvironment env = environment();
        env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, QString::fromLatin1(flowscope::Archive::newKey()));
        const QString db = u"sqlite:"_s + m_dir.filePath(u"search.db"_s);
        const Run synced = run({ u"archive"_s, u"sync"_s, u"--db"_s, db }, env);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());

        // A number (on whatever channel it wrote from) and an address, each across every flow.
        QStringList wanted;
        for (int f = 0; f < 3; ++f) {
            for (qint64 i = 0; i < data().executionCount(f) && wanted.size() < 2; ++i) {
                const QString address = data().execution(f, i).contactAddress;
                const bool phone = address.contains(u'+');
                if ((wanted.isEmpty() && phone) || (wanted.size() == 1 && !phone))
                    wanted << (phone ? address.mid(address.lastIndexOf(u':') + 1) : address);
            }
        }
        QCOMPARE(wanted.size(), 2);
        // Texts people wrote, in another case, and in scripts whose characters are more than one
        // UTF-16 unit.
        const QList<QStringList> whom { { u"--contact"_s, wanted.at(0) },
            { u"--contact"_s, wanted.at(1) }, { u"--text"_s, u"ORDER #45"_s },
            { u"--text"_s, u"ÜNÏCÖDÉ façade"_s }, { u"--text"_s, u"👍🏽🎉"_s },
            { u"--text"_s, u"配達は"_s } };
        for (const QStringList &who : whom) {
            const QStringList arguments = QStringList { u"search"_s } + who
                + QStringList { u"--flow"_s, flowSid(0), u"--flow"_s, flowSid(1), u"--flow"_s,
                      flowSid(2), u"--from"_s, u"2026-10-01T00:00:00Z"_s, u"--to"_s,
                      u"2026-12-01T00:00:00Z"_s, u"--format"_s, u"jsonl"_s, u"--context"_s };
            const QString apiFile = m_dir.filePath(u"api.jsonl"_s);
            const QString archiveFile = m_dir.filePath(u"archive.jsonl"_s);
            const Run api = run(arguments + QStringList { u"-o"_s, apiFile }, env);
            QVERIFY2(api.exitCode == 0, api.err.constData());
            const Run archived = run(
                arguments + QStringList { u"--archive"_s, u"--db"_s, db, u"-o"_s, archiveFile },
                env);
            QVERIFY2(archived.exitCode == 0, archived.err.constData());
            QFile a(apiFile), b(archiveFile);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            const QByteArray expected = a.readAll();
            QVERIFY2(expected.count('\n') >= 1, qPrintable(who.join(u' ')));
            QCOMPARE(b.readAll(), expected);
        }

        // Two letters: the index cannot narrow them; refused before the archive is read.
        const Run text
            = run({ u"search"_s, u"--text"_s, u"re"_s, u"--archive"_s, u"--db"_s, db }, env);
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.err.contains("three characters"), text.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliArchive)
#include "tst_cli_archive.moc"
