// flowscope diff with the real binary: two definition files (jsonl, csv, text), text that is not
// a definition (exit 2, saying what is wrong), and two revisions of a republished flow read from
// the sandbox — its HTTP widget renamed and a widget added, as the sandbox publishes it.

#include "support/clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestCliDiff : public CliTest
{
    Q_OBJECT

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void init() { startSandbox(); }

    void twoFiles()
    {
        const QString before = write(u"before.json"_s,
            R"({"states":[{"name":"Trigger","type":"trigger","transitions":[{"event":"incomingMessage","next":"ask"}],"properties":{"offset":{"x":0,"y":0}}},
                {"name":"ask","type":"send-and-wait-for-reply","transitions":[{"event":"incomingMessage","next":"reply"},{"event":"timeout"}],"properties":{"body":"Hi","offset":{"x":0,"y":200}}},
                {"name":"reply","type":"send-message","properties":{"body":"Bye","offset":{"x":0,"y":400}}},
                {"name":"gone","type":"send-message","properties":{"offset":{"x":300,"y":400}}}]})");
        // As the v2 API returns a revision: the definition inside.
        const QString after = write(u"after.json"_s,
            R"({"revision":2,"definition":{"states":[{"name":"Trigger","type":"trigger","transitions":[{"event":"incomingMessage","next":"ask"}],"properties":{"offset":{"x":0,"y":0}}},
                {"name":"ask","type":"send-and-wait-for-reply","transitions":[{"event":"incomingMessage","next":"fresh"},{"event":"timeout"}],"properties":{"body":"Hello","offset":{"x":0,"y":200}}},
                {"name":"reply","type":"send-message","properties":{"body":"Bye","offset":{"x":40,"y":400}}},
                {"name":"fresh","type":"run-function","properties":{"offset":{"x":0,"y":600}}}]}})");
        QVERIFY(!before.isEmpty() && !after.isEmpty());

        Run r = run({ u"diff"_s, u"--definition"_s, before, u"--definition"_s, after, u"--format"_s,
            u"jsonl"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const auto object = [&](int k) { return QJsonDocument::fromJson(lines[k]).object(); };
        QCOMPARE(object(0).value(u"widget"_s).toString(), u"ask"_s);
        QCOMPARE(object(0).value(u"change"_s).toString(), u"changed"_s);
        const QJsonArray paths = object(0).value(u"paths"_s).toArray();
        QCOMPARE(paths.size(), 2);
        QCOMPARE(paths[0].toObject().value(u"path"_s).toString(), u"properties.body"_s);
        QCOMPARE(paths[0].toObject().value(u"old"_s).toString(), u"Hi"_s);
        QCOMPARE(paths[0].toObject().value(u"new"_s).toString(), u"Hello"_s);
        QCOMPARE(
            paths[1].toObject().value(u"path"_s).toString(), u"transitions.incomingMessage.next"_s);
        QCOMPARE(object(1).value(u"widget"_s).toString(), u"reply"_s);
        QCOMPARE(object(1).value(u"change"_s).toString(), u"moved"_s);
        QCOMPARE(object(2).value(u"widget"_s).toString(), u"fresh"_s);
        QCOMPARE(object(2).value(u"change"_s).toString(), u"added"_s);
        QCOMPARE(object(3).value(u"widget"_s).toString(), u"gone"_s);
        QCOMPARE(object(3).value(u"change"_s).toString(), u"removed"_s);

        r = run({ u"diff"_s, u"--definition"_s, before, u"--definition"_s, after, u"--format"_s,
            u"csv"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = readCsv(r.out);
        QCOMPARE(rows.constFirst(),
            (QStringList { u"widget"_s, u"change"_s, u"path"_s, u"old"_s, u"new"_s }));
        QCOMPARE(rows.size(), 1 + 2 + 1 + 1 + 1); // two paths of ask, one of reply, two widgets
        QCOMPARE(rows[3],
            (QStringList { u"reply"_s, u"moved"_s, u"properties.offset.x"_s, u"0"_s, u"40"_s }));

        const QString out = m_dir.filePath(u"diff.txt"_s);
        r = run({ u"diff"_s, u"--definition"_s, before, u"--definition"_s, after, u"-o"_s, out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile text(out);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString summary = QString::fromUtf8(text.readAll());
        QVERIFY2(summary.contains(u"properties.body: \"Hi\" → \"Hello\""_s), qPrintable(summary));
        QVERIFY2(
            summary.endsWith(u"1 changed, 1 added, 1 removed, 1 moved\n"_s), qPrintable(summary));

        // The same definition twice: nothing changed, said so.
        r = run({ u"diff"_s, u"--definition"_s, before, u"--definition"_s, before });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("0 changed, 0 added, 0 removed, 0 moved\n"));
    }

    void whatIsNotADefinition()
    {
        const QString good = write(u"good.json"_s, R"({"states":[]})");
        const QString notJson = write(u"bad.json"_s, "states:");
        const QString noStates = write(u"flow.json"_s, R"({"sid":"FW1"})");
        Run r = run({ u"diff"_s, u"--definition"_s, good, u"--definition"_s, notJson });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad.json: it is not JSON"), r.err.constData());
        r = run({ u"diff"_s, u"--definition"_s, noStates, u"--definition"_s, good });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no \"states\""), r.err.constData());
        r = run({ u"diff"_s, u"--definition"_s, good });
        QCOMPARE(r.exitCode, 2);
        r = run({ u"diff"_s, u"--definition"_s, good, u"--definition"_s,
            m_dir.filePath(u"missing.json"_s) });
        QCOMPARE(r.exitCode, 2);
        r = run({ u"diff"_s, u"--flow"_s, flowSid(0), u"--revision"_s, u"x"_s, u"--revision"_s,
            u"2"_s });
        QCOMPARE(r.exitCode, 2);
    }

    // The sandbox republished a flow: its HTTP widget renamed lookup_order, notify_team added.
    void twoRevisionsOfAFlow()
    {
        int f = -1;
        for (int k = 0; k < 3 && f < 0; ++k) {
            if (data().flow(k).republishedAt > 0)
                f = k;
        }
        QVERIFY2(f >= 0, "the sandbox republished none of its flows");
        const int latest = data().flow(f).version;
        const Run r = run(
            { u"diff"_s, u"--flow"_s, flowSid(f), u"--revision"_s, QString::number(latest - 1),
                u"--revision"_s, QString::number(latest), u"--format"_s, u"jsonl"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, QString> kinds;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            kinds.insert(o.value(u"widget"_s).toString(), o.value(u"change"_s).toString());
        }
        QCOMPARE(kinds.value(u"http_1"_s), u"removed"_s);
        QCOMPARE(kinds.value(u"lookup_order"_s), u"added"_s);
        QVERIFY2(kinds.values().contains(u"changed"_s), r.out.constData()); // who led to http_1

        const Run missing = run({ u"diff"_s, u"--flow"_s, flowSid(f), u"--revision"_s, u"1"_s,
            u"--revision"_s, QString::number(latest + 5) });
        QCOMPARE(missing.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
