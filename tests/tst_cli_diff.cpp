// What changed, with the real binary. flowscope diff: two definition files (jsonl, csv, text),
// text that is not a definition (exit 2, saying what is wrong), and two revisions of a
// republished flow read from the sandbox — its HTTP widget renamed and a widget added, as the
// sandbox publishes it. flowscope compare: two executions (the same one twice, two that parted,
// an active one and an ended one, two of different flows), checked against their own tickets.

#include "support/clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "json/jsonpath.h"

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

    // An execution's ticket (flowscope execution --steps): its steps as (from, event, to), and
    // its context as text.
    struct Ticket
    {
        QList<QStringList> steps;
        QByteArray context;
    };
    Ticket ticket(int f, qint64 i)
    {
        const Run r = run({ u"execution"_s, QString::fromLatin1(data().execution(f, i).sid),
            u"--flow"_s, flowSid(f), u"--steps"_s });
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        Ticket t;
        for (const QJsonValue &s : o.value(u"steps"_s).toArray()) {
            const QJsonObject step = s.toObject();
            t.steps << QStringList { step.value(u"transitioned_from"_s).toString(),
                step.value(u"name"_s).toString(), step.value(u"transitioned_to"_s).toString() };
        }
        t.context = QJsonDocument(o.value(u"context"_s).toObject()).toJson();
        return t;
    }

    QJsonObject compare(int f, qint64 i, qint64 j, Run *r = nullptr)
    {
        const Run run_ = run({ u"compare"_s, QString::fromLatin1(data().execution(f, i).sid),
            QString::fromLatin1(data().execution(f, j).sid), u"--flow"_s, flowSid(f) });
        if (r)
            *r = run_;
        return QJsonDocument::fromJson(run_.out).object();
    }

private Q_SLOTS:
    void init() { startSandbox(); }

    void compareOneWithItself()
    {
        Run r;
        const QJsonObject report = compare(0, 30, 30, &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(report.value(u"diverged_at"_s).isNull());
        QVERIFY(report.value(u"context"_s).toArray().isEmpty());
        QCOMPARE(report.value(u"steps"_s).toObject().value(u"a"_s),
            report.value(u"steps"_s).toObject().value(u"b"_s));
    }

    // Two executions whose ways parted: where, as their own tickets show it, and each context
    // row's values as the tickets hold them.
    void compareTwoThatParted()
    {
        const int f = 0;
        const Ticket a = ticket(f, 100);
        QVERIFY(!a.steps.isEmpty());
        qint64 j = 101;
        Ticket b;
        for (; j < 160; ++j) {
            b = ticket(f, j);
            if (b.steps != a.steps)
                break;
        }
        QVERIFY2(j < 160, "no two executions of the flow went different ways");
        // Where they parted, worked out here from the two step lists.
        QString expected;
        for (qsizetype k = 0; k < std::min(a.steps.size(), b.steps.size()); ++k) {
            if (a.steps[k] != b.steps[k]) {
                expected = a.steps[k][0];
                break;
            }
        }
        const qsizetype common = std::min(a.steps.size(), b.steps.size());
        if (expected.isEmpty()) // one is the other's beginning
            expected = common > 0 ? a.steps[common - 1][2] : u"Trigger"_s;
        Run r;
        const QJsonObject report = compare(f, 100, j, &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(report.value(u"diverged_at"_s).toString(), expected);
        QCOMPARE(
            report.value(u"steps"_s).toObject().value(u"a"_s).toArray().size(), a.steps.size());
        const QJsonArray rows = report.value(u"context"_s).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            const QString path = o.value(u"path"_s).toString();
            // Read back from each ticket's context by the path, as --context-path reads one.
            const auto cell = [&](const QJsonValue &v) {
                return v.isNull() || v.isUndefined() ? QString()
                    : v.isString()                   ? v.toString()
                                                     : flowscope::compactJson(v);
            };
            QCOMPARE(flowscope::jsonTextAt(a.context, path), cell(o.value(u"a"_s)));
            QCOMPARE(flowscope::jsonTextAt(b.context, path), cell(o.value(u"b"_s)));
            QVERIFY(o.value(u"a"_s) != o.value(u"b"_s));
        }

        const Run text = run({ u"compare"_s, QString::fromLatin1(data().execution(f, 100).sid),
            QString::fromLatin1(data().execution(f, j).sid), u"--flow"_s, flowSid(f), u"--format"_s,
            u"text"_s });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains(QByteArray("They parted at " + expected.toUtf8())),
            text.out.constData());
    }

    void compareAnActiveOneWithAnEndedOne()
    {
        const int f = 1;
        qint64 active = -1;
        qint64 ended = -1;
        for (qint64 i = data().executionCount(f) - 1; i >= 0 && (active < 0 || ended < 0); --i)
            (data().execution(f, i).active ? active : ended) = i;
        QVERIFY(active >= 0 && ended >= 0);
        Run r;
        const QJsonObject report = compare(f, active, ended, &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!report.value(u"diverged_at"_s).toString().isEmpty());
    }

    void compareRefusesTwoFlows()
    {
        const QString a = u"flowscope://execution/%1?flow=%2"_s.arg(
            QString::fromLatin1(data().execution(0, 1).sid), flowSid(0));
        const QString b = u"flowscope://execution/%1?flow=%2"_s.arg(
            QString::fromLatin1(data().execution(1, 1).sid), flowSid(1));
        Run r = run({ u"compare"_s, a, b });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("different flows"), r.err.constData());
        r = run({ u"compare"_s, QString::fromLatin1(data().execution(0, 1).sid) });
        QCOMPARE(r.exitCode, 2);
        // One that is not of the flow: Twilio has none such there.
        r = run({ u"compare"_s, QString::fromLatin1(data().execution(0, 1).sid),
            QString::fromLatin1(data().execution(1, 1).sid), u"--flow"_s, flowSid(0) });
        QCOMPARE(r.exitCode, 4);
    }

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
