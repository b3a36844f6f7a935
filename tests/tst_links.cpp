// flowscope:// links and saved views, as the models read and write them: what a link opens, what
// a hostile one is refused for or cannot change, a view's query read back exactly, and the views
// of each profile in the settings.

#include "links/flowscopelink.h"
#include "links/savedview.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

const QString kFlow = u"FW"_s + QString(32, u'a');
const QString kExecution = u"FN"_s + QString(32, u'b');
const QString kAccount = u"AC"_s + QString(32, u'c');

} // namespace

class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FlowScopeTest"_s);
        QCoreApplication::setApplicationName(u"tst_links"_s);
    }

    void init() { QSettings().clear(); }

    void executionLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("execution");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QStringList>("ignored");
        const QString plain = u"flowscope://execution/%1?flow=%2"_s.arg(kExecution, kFlow);
        QTest::newRow("as made") << plain << kExecution << QString() << QStringList();
        QTest::newRow("surrounding space")
            << u"  "_s + plain + u"\n"_s << kExecution << QString() << QStringList();
        QTest::newRow("scheme and kind in capitals")
            << u"FlowScope://EXECUTION/%1?flow=%2"_s.arg(kExecution, kFlow) << kExecution
            << QString() << QStringList();
        QTest::newRow("upper-case hex, normalised")
            << u"flowscope://execution/FN%1?flow=FW%2"_s.arg(QString(32, u'B'), QString(32, u'A'))
            << kExecution << QString() << QStringList();
        QTest::newRow("trailing slash")
            << u"flowscope://execution/%1/?flow=%2"_s.arg(kExecution, kFlow) << kExecution
            << QString() << QStringList();
        QTest::newRow("with its account")
            << plain + u"&account="_s + kAccount << kExecution << kAccount << QStringList();
        // Parameters that would change where FlowScope goes, or as whom, are left unread.
        QTest::newRow("origin, token and region ignored")
            << plain + u"&base_url=https%3A%2F%2Fevil.example&token=abc&region=ie1&edge=x"_s
            << kExecution << QString()
            << QStringList { u"base_url"_s, u"token"_s, u"region"_s, u"edge"_s };
        QTest::newRow("a fragment means nothing") << plain + u"#base_url=https://evil.example"_s
                                                  << kExecution << QString() << QStringList();
    }

    void executionLinks()
    {
        QFETCH(QString, text);
        QString error;
        const std::optional<FlowScopeLink> link = FlowScopeLink::parse(text, &error);
        QVERIFY2(link, qPrintable(error));
        QCOMPARE(link->kind, FlowScopeLink::Kind::Execution);
        QTEST(link->executionSid, "execution");
        QCOMPARE(link->flowSid, kFlow);
        QTEST(link->accountSid, "account");
        QTEST(link->ignored, "ignored");
        // What it says is what it makes again, without what was ignored.
        QCOMPARE(FlowScopeLink::parse(link->toString(), nullptr)->executionSid, kExecution);
        QVERIFY(!link->toString().contains(u"evil"_s));
    }

    void hostileLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        const QString query = u"?flow="_s + kFlow;
        const QString execution = u"flowscope://execution/"_s + kExecution;
        QTest::newRow("credentials")
            << u"flowscope://user:secret@execution/%1%2"_s.arg(kExecution, query) << u"password"_s;
        QTest::newRow("a host") << u"flowscope://evil.example/%1%2"_s.arg(kExecution, query)
                                << u"opens an execution or a view"_s;
        QTest::newRow("a port") << u"flowscope://execution:8080/%1%2"_s.arg(kExecution, query)
                                << u"port"_s;
        QTest::newRow("another scheme")
            << u"https://console.twilio.com/us1/develop/studio/flows/%1/executions/%2"_s.arg(
                   kFlow, kExecution)
            << u"not a FlowScope link"_s;
        QTest::newRow("no slashes")
            << u"flowscope:execution/"_s + kExecution + query << u"flowscope://"_s;
        QTest::newRow("no flow") << execution << u"names no flow"_s;
        QTest::newRow("two flows")
            << execution + query + u"&flow=FW"_s + QString(32, u'd') << u"more than once"_s;
        QTest::newRow("two accounts")
            << execution + query + u"&account="_s + kAccount + u"&account="_s + kAccount
            << u"more than once"_s;
        QTest::newRow("an account that is not one")
            << execution + query + u"&account=https://evil.example"_s << u"account SID"_s;
        QTest::newRow("a flow that is not one")
            << execution + u"?flow=FW123"_s << u"names no flow"_s;
        QTest::newRow("a short execution")
            << u"flowscope://execution/FN123"_s + query << u"names no execution"_s;
        QTest::newRow("a path past the SID") << u"flowscope://execution/%1/../../etc%2"_s.arg(
            kExecution, query) << u"names no execution"_s;
        QTest::newRow("percent-encoded slash") << u"flowscope://execution/"_s + kExecution
                + u"%2F.."_s + query << u"names no execution"_s;
        QTest::newRow("percent-encoded kind")
            << u"flowscope://%65xecution/"_s + kExecution + query << u"password"_s;
        QTest::newRow("percent-encoded SID") << u"flowscope://execution/%46N"_s + QString(32, u'b')
                + query << u"names no execution"_s;
        QTest::newRow("an option smuggled in")
            << u"flowscope://execution/--platform"_s << u"names no execution"_s;
        QTest::newRow("a space inside") << execution + u" "_s + query << u"no spaces"_s;
        QTest::newRow("a newline inside")
            << execution + u"\n--profile=x"_s + query << u"no spaces"_s;
        QTest::newRow("an escape sequence") << execution + query + u"&x=\x1b[31m"_s << u"control"_s;
        QTest::newRow("non-ASCII look-alike")
            << u"flowscope://еxecution/"_s + kExecution + query << u"non-ASCII"_s; // a Cyrillic е
        QTest::newRow("huge") << execution + query + u"&pad="_s + QString(5000, u'x')
                              << u"longer than"_s;
        QTest::newRow("empty") << QString() << u"not a FlowScope link"_s;
        QTest::newRow("a view with a path")
            << u"flowscope://view/x?flow="_s + kFlow << u"nothing between view and ?"_s;
        QTest::newRow("a view without a flow")
            << u"flowscope://view?range=last-hour"_s << u"names no flow"_s;
        QTest::newRow("a view with a bad range")
            << u"flowscope://view?flow=%1&range=last-century"_s.arg(kFlow) << u"range"_s;
        QTest::newRow("a view with a local time")
            << u"flowscope://view?flow=%1&from=2026-11-01T09:00:00"_s.arg(kFlow) << u"offset"_s;
        QTest::newRow("a view with an unknown column")
            << u"flowscope://view?flow=%1&columns=sid,password"_s.arg(kFlow) << u"columns"_s;
        QTest::newRow("a view named twice")
            << u"flowscope://view?flow=%1&name=a&name=b"_s.arg(kFlow) << u"more than once"_s;
        QTest::newRow("a view whose name is a control sequence")
            << u"flowscope://view?flow="_s + kFlow + u"&name=%1B%5B2J"_s << u"control"_s;
    }

    void hostileLinks()
    {
        QFETCH(QString, text);
        QString error;
        const std::optional<FlowScopeLink> link = FlowScopeLink::parse(text, &error);
        QVERIFY2(!link, qPrintable(u"opened: "_s + text.left(200)));
        QFETCH(QString, says);
        QVERIFY2(error.contains(says, Qt::CaseInsensitive), qPrintable(error));
        // The refusal never repeats the link: it may carry escape sequences or a secret.
        QVERIFY(!error.contains(u"secret"_s) && !error.contains(u"evil"_s));
    }

    void viewsReadBackExactly()
    {
        SavedView view;
        view.name = u"Réservations: a+b & c=d %20 #x /?"_s;
        view.flowSid = kFlow;
        view.range = RangePreset::Last7Days;
        view.failedOnly = true;
        view.filter = u"+44 7700 & more=yes"_s;
        view.columns = { u"sid"_s, u"error_code"_s, u"date_created"_s };
        view.sortColumn = u"date_created"_s;
        view.sortDescending = true;
        const QString text = FlowScopeLink::toView(view, kAccount);
        QVERIFY2(!text.contains(u' ') && !text.contains(u'é'), qPrintable(text));
        QString error;
        const std::optional<FlowScopeLink> link = FlowScopeLink::parse(text, &error);
        QVERIFY2(link, qPrintable(error));
        QCOMPARE(link->kind, FlowScopeLink::Kind::View);
        QCOMPARE(link->accountSid, kAccount);
        QVERIFY(link->view == view);
        QVERIFY(link->ignored.isEmpty());

        SavedView absolute;
        absolute.flowSid = kFlow;
        absolute.range = RangePreset::Custom;
        absolute.from = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        absolute.to = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        const std::optional<FlowScopeLink> back
            = FlowScopeLink::parse(FlowScopeLink::toView(absolute), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->view == absolute);
        QCOMPARE(back->view.fromAt(QDateTime::currentDateTimeUtc()), absolute.from);
        // An offset is an instant too.
        const auto offset = FlowScopeLink::parse(
            u"flowscope://view?flow=%1&from=2026-11-01T14:30:00%2B05:30"_s.arg(kFlow), &error);
        QVERIFY2(offset, qPrintable(error));
        QCOMPARE(offset->view.from, absolute.from);
    }

    void presetsMoveWithNow()
    {
        const QDateTime now(QDate(2026, 12, 6), QTime(15, 30), Qt::LocalTime);
        QDateTime from;
        QDateTime to;
        rangeOf(RangePreset::LastHour, now, &from, &to);
        QCOMPARE(from, now.addSecs(-3600));
        QVERIFY(!to.isValid());
        rangeOf(RangePreset::Yesterday, now, &from, &to);
        QCOMPARE(from, QDateTime(QDate(2026, 12, 5), QTime(0, 0), Qt::LocalTime));
        QCOMPARE(to, QDateTime(QDate(2026, 12, 6), QTime(0, 0), Qt::LocalTime));
        rangeOf(RangePreset::AnyTime, now, &from, &to);
        QVERIFY(!from.isValid() && !to.isValid());
        for (RangePreset preset : { RangePreset::AnyTime, RangePreset::LastHour,
                 RangePreset::Last24Hours, RangePreset::Today, RangePreset::Yesterday,
                 RangePreset::Last7Days, RangePreset::Last30Days, RangePreset::Custom })
            QCOMPARE(rangePresetFromKey(rangePresetKey(preset)), preset);
        QVERIFY(!rangePresetFromKey(u"last-year"_s));
    }

    void viewsPerProfile()
    {
        ViewStore support(u"support-us"_s);
        ViewStore other(u"support-eu"_s);
        SavedView failed;
        failed.name = u"Failed bookings"_s;
        failed.flowSid = kFlow;
        failed.failedOnly = true;
        support.save(failed);
        QCOMPARE(support.views().size(), 1);
        QVERIFY(support.views().constFirst() == failed);
        QVERIFY(other.views().isEmpty()); // another profile's views are its own

        SavedView newer = failed;
        newer.range = RangePreset::LastHour;
        support.save(newer); // the same name replaces it
        QCOMPARE(support.views().size(), 1);
        QCOMPARE(support.find(u"Failed bookings"_s)->range, RangePreset::LastHour);

        support.setStartView(u"Failed bookings"_s);
        QString why;
        QVERIFY(support.rename(u"Failed bookings"_s, u"Booking failures"_s, &why));
        QVERIFY(!support.find(u"Failed bookings"_s));
        QCOMPARE(support.find(u"Booking failures"_s)->range, RangePreset::LastHour);
        QCOMPARE(support.startView(), u"Booking failures"_s); // the start view follows its name

        SavedView second = failed;
        second.name = u"All"_s;
        support.save(second);
        QCOMPARE(support.views().size(), 2);
        QCOMPARE(support.views().constFirst().name, u"All"_s); // by name
        QVERIFY(!support.rename(u"All"_s, u"Booking failures"_s, &why));
        QVERIFY2(why.contains(u"already"_s), qPrintable(why));
        QVERIFY(!support.rename(u"None"_s, u"x"_s, &why));
        QVERIFY(!support.rename(u"All"_s, u" "_s, &why));

        QVERIFY(support.remove(u"Booking failures"_s));
        QVERIFY(!support.remove(u"Booking failures"_s));
        QVERIFY(support.startView().isEmpty()); // gone with it
        QCOMPARE(support.views().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
