// Links and saved views on the command line, with the real binary: `link` makes them,
// `execution` and `end` take a link where they take a SID (and nothing else from it), `views`
// lists, shows and removes what the window saved, and `executions --view` writes the rows the
// view lists — its flow, range, filters and columns.

#include "links/flowscopelink.h"
#include "links/savedview.h"
#include "support/clitest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace flowscope;

class TestCliLinks : public CliTest
{
    Q_OBJECT

    QString account() const { return QString::fromLatin1(m_sandbox->accountSid()); }
    QString executionSid(int f, qint64 i) const
    {
        return QString::fromLatin1(data().execution(f, i).sid);
    }
    QString timeOf(int f, qint64 i) const
    {
        return QString::fromLatin1(sandbox::isoUtc(data().execution(f, i).dateCreated));
    }

    // A view as the window saves it for the environment's account (the binary reads the same
    // settings file: XDG_CONFIG_HOME is this suite's).
    SavedView morning() const
    {
        SavedView view;
        view.name = u"Morning & more"_s;
        view.flowSid = flowSid(0);
        view.range = RangePreset::Custom;
        view.from = QDateTime::fromString(timeOf(0, 200), Qt::ISODate);
        view.to = QDateTime::fromString(timeOf(0, 400), Qt::ISODate);
        view.columns = { u"contact_channel_address"_s, u"sid"_s, u"status"_s };
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before any QSettings: the binary's settings file, in this suite's folder.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        QCoreApplication::setOrganizationName(u"FlowScope"_s);
        QCoreApplication::setApplicationName(u"flowscope"_s);
    }
    void init()
    {
        startSandbox();
        QSettings().clear();
    }

    void linkMakesOne()
    {
        const QString fn = executionSid(1, 10);
        const QString expected = FlowScopeLink::toExecution(flowSid(1), fn, account()) + u'\n';
        Run r = run({ u"link"_s, fn, u"--flow"_s, flowSid(1) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), expected);
        // From a Console link, which names the flow.
        r = run({ u"link"_s,
            u"https://console.twilio.com/us1/develop/studio/flows/%1/executions/%2"_s.arg(
                flowSid(1), fn) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), expected);
        r = run({ u"link"_s, fn });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--flow"), r.err.constData());
        r = run({ u"link"_s, u"--view"_s, u"nothing"_s });
        QCOMPARE(r.exitCode, 4);
    }

    void executionTakesALinkAndNothingElseFromIt()
    {
        const QString fn = executionSid(2, 77);
        const Run bySid = run({ u"execution"_s, fn, u"--flow"_s, flowSid(2) });
        QVERIFY2(bySid.exitCode == 0, bySid.err.constData());
        // An origin, a token and a region in the link change nothing: the sandbox answers.
        const Run byLink = run({ u"execution"_s,
            FlowScopeLink::toExecution(flowSid(2), fn, account())
                + u"&base_url=http%3A%2F%2F127.0.0.1%3A9&token=x&region=au1"_s });
        QVERIFY2(byLink.exitCode == 0, byLink.err.constData());
        QCOMPARE(byLink.out, bySid.out);
        // Another account's link is not opened with this one's credentials.
        Run r = run({ u"execution"_s,
            FlowScopeLink::toExecution(flowSid(2), fn, u"AC"_s + QString(32, u'e')) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not of the one in use"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        r = run({ u"execution"_s, u"flowscope://execution/"_s + fn + u"?flow=FW123"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("names no flow"), r.err.constData());
        r = run({ u"execution"_s, FlowScopeLink::toExecution(flowSid(2), fn), u"--flow"_s,
            flowSid(1) });
        QCOMPARE(r.exitCode, 2);
    }

    // With no credentials in the environment, the link's account picks the profile holding it.
    void aLinksAccountPicksTheProfile()
    {
        QProcessEnvironment env = environment();
        env.remove(u"TWILIO_ACCOUNT_SID"_s);
        env.remove(u"TWILIO_AUTH_TOKEN"_s);
        const QString link = FlowScopeLink::toExecution(
            flowSid(0), executionSid(0, 5), u"AC"_s + QString(32, u'd'));
        const Run r = run({ u"execution"_s, link }, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no profile of yours holds account AC"), r.err.constData());
    }

    // search --flow takes a link too: the flow it names.
    void searchTakesALink()
    {
        const qint64 newest = data().executionCount(1) - 1; // within search's 30 days
        const QString contact = data().execution(1, newest).contactAddress;
        const QString link = FlowScopeLink::toExecution(flowSid(1), executionSid(1, newest));
        const Run bySid = run({ u"search"_s, u"--contact"_s, contact, u"--flow"_s, flowSid(1) });
        const Run byLink = run({ u"search"_s, u"--contact"_s, contact, u"--flow"_s, link });
        QVERIFY2(bySid.exitCode == 0, bySid.err.constData());
        QVERIFY2(byLink.exitCode == 0, byLink.err.constData());
        QVERIFY(bySid.out.contains(executionSid(1, newest).toLatin1()));
        QCOMPARE(byLink.out, bySid.out);
    }

    void endTakesALink()
    {
        const sandbox::ExecutionRecord e = data().execution(0, 3);
        const QString link = FlowScopeLink::toExecution(flowSid(0), QString::fromLatin1(e.sid));
        const Run bySid = run({ u"end"_s, u"--flow"_s, flowSid(0), u"--sid"_s,
            QString::fromLatin1(e.sid), u"--dry-run"_s });
        const Run byLink
            = run({ u"end"_s, u"--flow"_s, flowSid(0), u"--sid"_s, link, u"--dry-run"_s });
        QVERIFY2(bySid.exitCode == 0, bySid.err.constData());
        QVERIFY2(byLink.exitCode == 0, byLink.err.constData());
        QCOMPARE(byLink.out, bySid.out);
        const Run bad = run({ u"end"_s, u"--flow"_s, flowSid(0), u"--sid"_s,
            u"flowscope://execution/x"_s, u"--dry-run"_s });
        QCOMPARE(bad.exitCode, 2);
    }

    void viewsAreListedShownAndRemoved()
    {
        ViewStore store(account());
        store.save(morning());
        SavedView failed;
        failed.name = u"Failed"_s;
        failed.flowSid = flowSid(1);
        failed.failedOnly = true;
        failed.range = RangePreset::Last7Days;
        store.save(failed);
        store.setStartView(u"Failed"_s);

        Run r = run({ u"views"_s, u"list"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = readCsv(r.out, u'\t');
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].mid(0, 3), (QStringList { u"name"_s, u"flow_sid"_s, u"range"_s }));
        QCOMPARE(rows[1][0], u"Failed"_s);
        QCOMPARE(rows[1][5], u"yes"_s); // failed_only
        QCOMPARE(rows[1][9], u"yes"_s); // start
        QCOMPARE(rows[2][0], u"Morning & more"_s);
        QCOMPARE(rows[2][7], u"contact_channel_address,sid,status"_s);
        const auto link = FlowScopeLink::parse(rows[2][10], nullptr);
        QVERIFY(link);
        QVERIFY(link->view == morning());
        QCOMPARE(link->accountSid, account());

        r = run({ u"views"_s, u"show"_s, u"Failed"_s, u"--format"_s, u"jsonl"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(u"flow_sid"_s).toString(), flowSid(1));
        QCOMPARE(shown.value(u"range"_s).toString(), u"last-7-days"_s);
        QVERIFY(shown.value(u"failed_only"_s).toBool());

        QCOMPARE(run({ u"views"_s, u"show"_s, u"nothing"_s }).exitCode, 4);
        r = run({ u"views"_s, u"frob"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("list, show and remove"), r.err.constData());
        r = run({ u"views"_s, u"remove"_s, u"Failed"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ViewStore(account()).views().size(), 1);
        QVERIFY(ViewStore(account()).startView().isEmpty());
        QCOMPARE(run({ u"views"_s, u"remove"_s, u"Failed"_s }).exitCode, 4);
    }

    // What a view lists: its flow, its range, its filter, its columns in its order — by name or
    // by its link; an option given beside it wins.
    void executionsOfAView()
    {
        SavedView view = morning();
        const QString contact = data().execution(0, 300).contactAddress;
        view.filter = contact.right(3);
        ViewStore(account()).save(view);
        QList<QStringList> expected { view.columns };
        for (const QStringList &row : truthRows(0, 200, 400)) {
            if (row[0].contains(view.filter, Qt::CaseInsensitive)
                || row[2].contains(view.filter, Qt::CaseInsensitive))
                expected << QStringList { row[2], row[0], row[1] };
        }
        QVERIFY(expected.size() > 1);
        QVERIFY(expected.size() < 201); // the filter kept some of the range, not all

        Run r = run({ u"executions"_s, u"--view"_s, view.name });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readCsv(r.out), expected);
        r = run({ u"executions"_s, u"--view"_s, FlowScopeLink::toView(view, account()) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readCsv(r.out), expected);
        r = run({ u"executions"_s, u"--view"_s, view.name, u"--columns"_s, u"sid"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readCsv(r.out).size(), expected.size());
        QCOMPARE(readCsv(r.out).constFirst(), QStringList { u"sid"_s });

        r = run({ u"executions"_s, u"--view"_s, u"nothing"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no view named 'nothing'"), r.err.constData());
        r = run({ u"executions"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--flow or --view"), r.err.constData());
    }

    // Failed only writes exactly the rows whose outcome is failed.
    void failedOnly()
    {
        const QStringList range
            = { u"--flow"_s, flowSid(1), u"--from"_s, timeOf(1, 100), u"--to"_s, timeOf(1, 300) };
        const Run all = run(
            QStringList { u"executions"_s, u"--outcome"_s, u"--columns"_s, u"sid"_s } + range);
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QStringList failed;
        const QList<QStringList> rows = readCsv(all.out);
        const qsizetype failedColumn = rows.constFirst().indexOf(u"failed"_s);
        QVERIFY(failedColumn > 0);
        for (const QStringList &row : rows.mid(1)) {
            if (row[failedColumn] == u"true"_s)
                failed << row[0];
        }
        QVERIFY(!failed.isEmpty());
        QVERIFY(failed.size() < rows.size() - 1);
        const Run only = run(
            QStringList { u"executions"_s, u"--failed-only"_s, u"--columns"_s, u"sid"_s } + range);
        QVERIFY2(only.exitCode == 0, only.err.constData());
        QStringList written;
        for (const QStringList &row : readCsv(only.out).mid(1))
            written << row[0];
        QCOMPARE(written, failed);
    }
};

QTEST_GUILESS_MAIN(TestCliLinks)
#include "tst_cli_links.moc"
