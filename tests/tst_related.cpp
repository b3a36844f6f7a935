// What Twilio kept beside an execution, as FlowScope reads and places it: the Messages and Calls
// named in its contexts (pinned to the step that recorded them), the Debugger alerts that belong
// to it (and those that do not — another execution's a second later, another product's, one
// naming only the flow that fits no step or two), the resources' parsers, the error codes'
// titles (checked against Twilio's dictionary, read by path), and the outcome's error code.

#include "detail/step.h"
#include "outcome/outcome.h"
#include "related/alertmatch.h"
#include "related/errorcodes.h"
#include "related/relatedfetch.h"
#include "related/relatedsids.h"
#include "related/resources.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

Q_DECLARE_METATYPE(flowscope::RelatedAlert)

namespace {

QString sid(const char prefix[2], int n)
{
    return QString::fromLatin1(prefix) + QString::number(n).rightJustified(32, u'0');
}

const QString kFlow = sid("FW", 1);
const QString kExecution = sid("FN", 1);
const QString kOther = sid("FN", 2);
const QDateTime kStart = QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0), Qt::UTC);

Step step(int n, const QString &event, const QString &from, const QString &to, int atSeconds)
{
    Step s;
    s.sid = sid("FT", n);
    s.name = event;
    s.transitionedFrom = from;
    s.transitionedTo = to;
    s.created = kStart.addSecs(atSeconds);
    return s;
}

// Trigger → lookup (an HTTP request) → reply (a message) → notify (a Function), which failed.
QList<Step> storySteps()
{
    return {
        step(0, u"incomingMessage"_s, u"Trigger"_s, u"lookup"_s, 0),
        step(1, u"success"_s, u"lookup"_s, u"reply"_s, 4),
        step(2, u"sent"_s, u"reply"_s, u"notify"_s, 5),
        step(3, u"fail"_s, u"notify"_s, u"Ended"_s, 20),
    };
}

ExecutionFacts facts(bool withUrls = true)
{
    ExecutionFacts f;
    f.flowSid = kFlow;
    f.executionSid = kExecution;
    f.start = kStart;
    f.end = kStart.addSecs(20);
    f.steps = storySteps();
    f.resources = {
        { sid("SM", 1), FoundSid::Kind::Message, {}, true, { 0, sid("FT", 0) } },
        { sid("SM", 2), FoundSid::Kind::Message, u"reply"_s, false, { 2, sid("FT", 2) } },
    };
    if (withUrls)
        f.widgetUrls
            = { { u"lookup"_s, u"https://orders.example.com/find?q={{trigger.message.Body}}"_s },
                  { u"notify"_s, u"https://ops.example.com/notify"_s } };
    return f;
}

RelatedAlert alert(int n, int atSeconds, const QString &resource, const QString &text = {},
    const QString &url = {})
{
    RelatedAlert a;
    a.sid = sid("NO", n);
    a.errorCode = 81016;
    a.logLevel = u"error"_s;
    a.resourceSid = resource;
    a.alertText = text;
    a.requestUrl = url;
    a.dateGenerated = kStart.addSecs(atSeconds);
    return a;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRelated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchingAlerts_data()
    {
        QTest::addColumn<RelatedAlert>("input");
        QTest::addColumn<bool>("withUrls");
        QTest::addColumn<int>("fit");
        QTest::addColumn<int>("step");

        QTest::newRow("names the execution: the step dated at or after it")
            << alert(1, 19, kExecution) << true << int(AlertFit::Certain) << 3;
        QTest::newRow("names the execution in its text, upper-case hex")
            << alert(2, 3, {},
                   u"Msg=failed&executionSid="_s + kExecution.left(2) + kExecution.mid(2).toUpper())
            << true << int(AlertFit::Certain) << 1;
        QTest::newRow("names only its message: where the message is pinned")
            << alert(3, 80, sid("SM", 2)) << true << int(AlertFit::Certain) << 2;
        QTest::newRow("names its message in request_variables") << [] {
            RelatedAlert a = alert(4, 6, {});
            a.requestVariables = u"MessageSid="_s + sid("SM", 1);
            return a;
        }() << true << int(AlertFit::Certain) << 0;
        QTest::newRow("another execution, a second later")
            << alert(5, 21, kOther, u"flowSid="_s + kFlow) << true << int(AlertFit::None) << -1;
        QTest::newRow("another execution and our flow: never ours") << alert(
            6, 4, kFlow, u"executionSid="_s + kOther, u"https://orders.example.com/find?q=hi"_s)
                                                                    << true << int(AlertFit::None)
                                                                    << -1;
        QTest::newRow("another product: a phone number's webhook")
            << alert(7, 4, sid("PN", 9), {}, u"https://hooks.example.net/sms"_s) << true
            << int(AlertFit::None) << -1;
        QTest::newRow("another message, not one of ours")
            << alert(8, 5, sid("SM", 77)) << true << int(AlertFit::None) << -1;
        QTest::newRow("only the flow, between two steps, placed by its URL") << [] {
            RelatedAlert a
                = alert(9, 2, kFlow, {}, u"https://orders.example.com/find?q=where%20is%20it"_s);
            a.logLevel = u"warning"_s;
            return a;
        }() << true << int(AlertFit::Probable) << 1;
        QTest::newRow("only the flow, an error where that widget succeeded: another's")
            << alert(16, 2, kFlow, {}, u"https://orders.example.com/find?q=where%20is%20it"_s)
            << true << int(AlertFit::None) << -1;
        QTest::newRow("only the flow, its URL a widget that ran later")
            << alert(10, 12, kFlow, {}, u"https://ops.example.com/notify"_s) << true
            << int(AlertFit::Probable) << 3;
        QTest::newRow("only the flow, its time fits no step of that URL")
            << alert(11, 12, kFlow, {}, u"https://orders.example.com/find?q=x"_s) << true
            << int(AlertFit::None) << -1;
        QTest::newRow("only the flow, a URL no widget calls")
            << alert(12, 2, kFlow, {}, u"https://elsewhere.example.com/"_s) << true
            << int(AlertFit::None) << -1;
        QTest::newRow("only the flow, outside the window")
            << alert(13, 400, kFlow, {}, u"https://ops.example.com/notify"_s) << true
            << int(AlertFit::None) << -1;
        QTest::newRow("only the flow, widget URLs not known yet")
            << alert(14, 2, kFlow, {}, u"https://orders.example.com/find?q=x"_s) << false
            << int(AlertFit::FlowOnly) << -1;
        QTest::newRow("only by time: never")
            << alert(15, 4, {}, u"Msg=something failed"_s) << true << int(AlertFit::None) << -1;
    }
    void matchingAlerts()
    {
        QFETCH(RelatedAlert, input);
        QFETCH(bool, withUrls);
        QFETCH(int, fit);
        QFETCH(int, step);
        const AlertVerdict verdict = matchAlert(input, facts(withUrls));
        QCOMPARE(int(verdict.fit), fit);
        QCOMPARE(verdict.pin.step, step);
        if (step >= 0)
            QCOMPARE(verdict.pin.stepSid, sid("FT", step));
    }

    // A widget that calls a URL is given up on after 10 seconds: an alert minutes before the
    // step that left it is another run's, however long ago the step before it was.
    void aCallLastsSecondsNotMinutes()
    {
        ExecutionFacts f = facts();
        f.steps = { step(0, u"incomingMessage"_s, u"Trigger"_s, u"lookup"_s, 0),
            step(1, u"failed"_s, u"lookup"_s, u"Ended"_s, 600) };
        f.end = kStart.addSecs(600);
        const QString url = u"https://orders.example.com/find?q=x"_s;
        QCOMPARE(int(matchAlert(alert(1, 300, kFlow, {}, url), f).fit), int(AlertFit::None));
        const AlertVerdict near = matchAlert(alert(2, 592, kFlow, {}, url), f);
        QCOMPARE(int(near.fit), int(AlertFit::Probable));
        QCOMPARE(near.pin.step, 1);
    }

    // Of several steps in the alert's second, the one whose widget calls its URL; without URLs,
    // the one left by a failure event.
    void tiesAreBrokenByUrlThenByFailure()
    {
        ExecutionFacts f = facts();
        f.steps = { step(0, u"incomingMessage"_s, u"Trigger"_s, u"a"_s, 0),
            step(1, u"success"_s, u"a"_s, u"lookup"_s, 7),
            step(2, u"failed"_s, u"lookup"_s, u"notify"_s, 7),
            step(3, u"success"_s, u"notify"_s, u"Ended"_s, 7) };
        RelatedAlert a = alert(1, 7, kExecution, {}, u"https://ops.example.com/notify"_s);
        QCOMPARE(matchAlert(a, f).pin.step, 3);
        a.requestUrl = u"https://unknown.example.com/"_s;
        QCOMPARE(matchAlert(a, f).pin.step, 2);
        f.steps[2].name = u"success"_s;
        QCOMPARE(matchAlert(a, f).pin.step, 1);
        // After the last step (it waits, or the alert came in the slack): the last one.
        a.dateGenerated = kStart.addSecs(50);
        QCOMPARE(matchAlert(a, f).pin.step, 3);
    }

    void matchAlertsKeepsTheirOrder()
    {
        RelatedAlert flowOnly = alert(4, 2, kFlow, {}, u"https://orders.example.com/find?q=a"_s);
        flowOnly.logLevel = u"warning"_s;
        const QList<RelatedAlert> kept = matchAlerts(
            { alert(1, 19, kExecution), alert(2, 21, kOther), alert(3, 3, sid("SM", 2)), flowOnly },
            facts());
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept[0].sid, sid("NO", 4));
        QVERIFY(kept[0].probable);
        QCOMPARE(kept[1].sid, sid("NO", 3));
        QCOMPARE(kept[1].resource, sid("SM", 2));
        QVERIFY(!kept[1].probable);
        QCOMPARE(kept[2].sid, sid("NO", 1));
    }

    void urlTemplates_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<bool>("fits");
        QTest::newRow("equal") << u"https://a.example/x"_s << u"https://a.example/x"_s << true;
        QTest::newRow("placeholder") << u"https://a.example/x?q=hello%20there"_s
                                     << u"https://a.example/x?q={{trigger.message.Body}}"_s << true;
        QTest::newRow("whole host from a variable")
            << u"https://api.internal.example/v2"_s << u"{{flow.variables.ENDPOINT}}"_s << true;
        QTest::newRow("encoded either way")
            << u"https://a.example/a b"_s << u"https://a.example/a%20b"_s << true;
        QTest::newRow("another path")
            << u"https://a.example/y"_s << u"https://a.example/x"_s << false;
        QTest::newRow("a prefix is not enough")
            << u"https://a.example/x/more"_s << u"https://a.example/x"_s << false;
        QTest::newRow("regex characters are text")
            << u"https://a.example/x?a=1"_s << u"https://a.example/x.a=1"_s << false;
        QTest::newRow("empty url") << QString() << u"{{x}}"_s << false;
        QTest::newRow("empty template") << u"https://a.example"_s << QString() << false;
    }
    void urlTemplates()
    {
        QFETCH(QString, url);
        QFETCH(QString, urlTemplate);
        QFETCH(bool, fits);
        QCOMPARE(urlFitsTemplate(url, urlTemplate), fits);
    }

    void urlsAsTheExecutionCalledThem()
    {
        const QByteArray context = R"({"trigger":{"message":{"Body":"where is it"}},)"
                                   R"("flow":{"variables":{"n":3}}})";
        QCOMPARE(renderUrlTemplate(
                     u"https://a.example/x?q={{trigger.message.Body}}&n={{ flow.variables.n }}"_s,
                     context),
            u"https://a.example/x?q=where is it&n=3"_s);
        // A variable the context lacks stands for anything still; filters are Liquid's.
        QCOMPARE(renderUrlTemplate(
                     u"{{flow.variables.host}}/x/{{trigger.message.Body | url_encode}}"_s, context),
            u"{{flow.variables.host}}/x/where is it"_s);
        QVERIFY(urlFitsTemplate(u"https://a.example/x?q=where%20is%20it&n=3"_s,
            renderUrlTemplate(
                u"https://a.example/x?q={{trigger.message.Body}}&n={{flow.variables.n}}"_s,
                context)));
        QVERIFY(!urlFitsTemplate(u"https://a.example/x?q=something%20else&n=3"_s,
            renderUrlTemplate(
                u"https://a.example/x?q={{trigger.message.Body}}&n={{flow.variables.n}}"_s,
                context)));
    }

    // SIDs are found where Studio records them and pinned to the step that recorded the outcome
    // of the widget holding them; earlier runs of a widget come from the step contexts.
    void sidsArePinnedToTheirSteps()
    {
        const QList<Step> steps = {
            step(0, u"incomingMessage"_s, u"Trigger"_s, u"ask"_s, 0),
            step(1, u"incomingMessage"_s, u"ask"_s, u"ask"_s, 30),
            step(2, u"incomingMessage"_s, u"ask"_s, u"call"_s, 60),
            step(3, u"callCompleted"_s, u"call"_s, u"wait"_s, 90),
        };
        QCOMPARE(stepsNeedingContext(steps), QList<int> { 1 });
        const QJsonObject context {
            { u"trigger"_s,
                QJsonObject { { u"message"_s,
                    QJsonObject { { u"MessageSid"_s, sid("SM", 1) },
                        { u"AccountSid"_s, sid("AC", 1) } } } } },
            { u"widgets"_s,
                QJsonObject {
                    { u"ask"_s,
                        QJsonObject {
                            { u"outbound"_s, QJsonObject { { u"Sid"_s, sid("SM", 20) } } },
                            { u"inbound"_s, QJsonObject { { u"MessageSid"_s, sid("SM", 21) } } },
                        } },
                    { u"call"_s,
                        QJsonObject { { u"DialCallSid"_s, sid("CA", 3) },
                            { u"list"_s, QJsonArray { sid("SM", 5) } } } },
                    { u"wait"_s, QJsonObject { { u"outbound"_s, sid("SM", 6) } } },
                } },
            { u"flow"_s,
                QJsonObject { { u"data"_s, QJsonObject { { u"note"_s, sid("SM", 7) } } },
                    { u"sid"_s, kExecution }, { u"text"_s, u"SM123 is not a SID"_s } } },
        };
        const QJsonObject first {
            { u"widgets"_s,
                QJsonObject { { u"ask"_s,
                    QJsonObject {
                        { u"outbound"_s, QJsonObject { { u"Sid"_s, sid("SM", 10) } } },
                        { u"inbound"_s, QJsonObject { { u"MessageSid"_s, sid("SM", 11) } } },
                    } } } },
        };
        const QList<FoundSid> found
            = findRelatedSids(sid("SM", 1), json(context), { { 1, json(first) } }, steps);
        QHash<QString, FoundSid> by;
        for (const FoundSid &f : found)
            by.insert(f.sid, f);
        QCOMPARE(found.size(), 9); // once each: the trigger's is initiated_by too
        QCOMPARE(by.value(sid("SM", 1)).pin.step, 0);
        QVERIFY(by.value(sid("SM", 1)).inbound);
        QCOMPARE(by.value(sid("SM", 10)).pin.step, 1); // the first run of ask, from its step
        QCOMPARE(by.value(sid("SM", 11)).pin.step, 1);
        QVERIFY(by.value(sid("SM", 11)).inbound);
        QVERIFY(!by.value(sid("SM", 10)).inbound);
        QCOMPARE(by.value(sid("SM", 20)).pin.step, 2); // its last run
        QCOMPARE(by.value(sid("SM", 20)).widget, u"ask"_s);
        QCOMPARE(by.value(sid("CA", 3)).pin.step, 3);
        QCOMPARE(int(by.value(sid("CA", 3)).kind), int(FoundSid::Kind::Call));
        QCOMPARE(by.value(sid("SM", 5)).pin.step, 3);
        QCOMPARE(by.value(sid("SM", 6)).pin.step, 3); // it waits in "wait": the step that entered
        QCOMPARE(by.value(sid("SM", 7)).pin.step, -1); // the flow's data: no step
        QCOMPARE(found.last().sid, sid("SM", 7)); // unpinned last
        for (qsizetype k = 1; k + 1 < found.size(); ++k)
            QVERIFY(found[k - 1].pin.step <= found[k].pin.step);
        QVERIFY(findRelatedSids({}, "not json", {}, steps).isEmpty());
    }

    void readingResources()
    {
        RelatedMessage m;
        QString why;
        QVERIFY(readMessage(R"({"sid":"SM00000000000000000000000000000001","status":"undelivered",)"
                            R"("error_code":30007,"direction":"outbound-api","to":"+14155550100",)"
                            R"("date_sent":"Fri, 24 May 2019 17:18:28 +0000","num_segments":"2"})",
            &m, &why));
        QCOMPARE(m.status, u"undelivered"_s);
        QCOMPARE(m.errorCode, 30007);
        QCOMPARE(m.segments, 2);
        QVERIFY(m.notDelivered());
        QCOMPARE(m.dateSent, QDateTime(QDate(2019, 5, 24), QTime(17, 18, 28), Qt::UTC));
        QVERIFY(!readMessage(R"({"sid":"CA00000000000000000000000000000001"})", &m, &why));
        QVERIFY(why.contains(u"SM"_s));
        QVERIFY(!readMessage("<html>", &m, &why));
        QVERIFY(why.startsWith(u"not JSON"_s));

        RelatedCall c;
        QVERIFY(readCall(R"({"sid":"CA00000000000000000000000000000001","status":"no-answer",)"
                         R"("duration":"0","answered_by":null})",
            &c, &why));
        QVERIFY(c.notConnected());
        QCOMPARE(c.durationSeconds, 0);

        RelatedAlert a;
        QVERIFY(readAlert(R"({"sid":"NO00000000000000000000000000000001","error_code":"81016",)"
                          R"("log_level":"error","date_generated":"2026-11-20T10:00:04Z",)"
                          "\"response_body\":\"{\\\"error\\\":1}\"}",
            &a, &why, false));
        QCOMPARE(a.errorCode, 81016);
        QVERIFY(a.isError());
        QVERIFY(a.responseBody.isEmpty()); // only the single fetch carries bodies
        QVERIFY(readAlert(R"({"sid":"NO00000000000000000000000000000001","error_code":"81016",)"
                          "\"response_body\":\"{\\\"error\\\":1}\"}",
            &a, &why, true));
        QCOMPARE(a.responseBody, u"{\"error\":1}"_s);
        QVERIFY(a.detailed);
        QVERIFY(!readAlert("[]", &a, &why, false));
    }

    // Every code of Twilio's dictionary that a flow meets has a title of ours; none of ours is
    // made up. The dictionary is read by path, never copied.
    void everyCodeOfTheDictionaryHasATitle()
    {
        const QString path
            = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/../shared/twilio-errors/codes.json");
        QFile file(qEnvironmentVariable("TWILIO_ERROR_CODES", path));
        if (!file.open(QIODevice::ReadOnly)) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("twilio-errors/codes.json is not beside the checkout");
            QSKIP("twilio-errors/codes.json is not beside the checkout");
        }
        const QJsonArray codes
            = QJsonDocument::fromJson(file.readAll()).object().value(u"codes"_s).toArray();
        QVERIFY(codes.size() > 50);
        QSet<int> dictionary;
        for (const QJsonValue &entry : codes) {
            const int code = entry.toObject().value(u"code"_s).toInt();
            dictionary.insert(code);
            QVERIFY2(!ErrorCodes::title(code).isEmpty(), qPrintable(QString::number(code)));
            QVERIFY(ErrorCodes::title(code)
                != entry.toObject().value(u"message"_s).toString()); // our words, not theirs
        }
        for (const int code : ErrorCodes::known())
            QVERIFY2(dictionary.contains(code), qPrintable(QString::number(code)));
        QCOMPARE(ErrorCodes::known().size(), dictionary.size());
    }

    void errorCodeTexts()
    {
        QVERIFY(ErrorCodes::describe(30007).startsWith(u"30007 "_s));
        QCOMPARE(ErrorCodes::describe(12345), u"12345"_s);
        QVERIFY(ErrorCodes::title(12345).isEmpty());
        QCOMPARE(ErrorCodes::retry(20429), ErrorCodes::Retry::Helps);
        QCOMPARE(ErrorCodes::retry(21610), ErrorCodes::Retry::DoesNot);
        QVERIFY(ErrorCodes::retryText(12345).isEmpty());
        QCOMPARE(ErrorCodes::docsUrl(81016).toString(),
            u"https://www.twilio.com/docs/api/errors/81016"_s);
        QList<int> known = ErrorCodes::known();
        QVERIFY(std::is_sorted(known.begin(), known.end()));
    }

    // The execution's first problem, in step order, and what it does to the outcome.
    void theFirstProblemAndTheOutcome()
    {
        RelatedResources r;
        r.steps = storySteps();
        RelatedMessage reply;
        reply.sid = sid("SM", 2);
        reply.found = true;
        reply.status = u"undelivered"_s;
        reply.errorCode = 30007;
        reply.direction = u"outbound-api"_s;
        reply.pin = { 2, sid("FT", 2) };
        r.messages << reply;
        RelatedAlert late = alert(1, 19, kExecution);
        late.pin = { 3, sid("FT", 3) };
        r.alerts << late;
        QCOMPARE(r.firstProblem().errorCode, 30007);
        QCOMPARE(r.firstProblem().step, 2);
        QVERIFY(r.firstProblem().undelivered);
        QVERIFY(r.hasError(2) && r.hasError(3) && !r.hasError(1));
        QCOMPARE(r.errorCodeAt(3), 81016);

        // Studio said "sent": the rule makes it a failure, and says where.
        Outcome ok;
        ok.verdict = Outcome::Verdict::Ok;
        ok.stepCount = 4;
        OutcomeRules rules;
        Outcome withRule = ok;
        applyRelated(&withRule, r, true, rules);
        QVERIFY(withRule.failed());
        QCOMPARE(withRule.errorCode, 30007);
        QVERIFY(withRule.reason.startsWith(u"reply"_s));
        QCOMPARE(withRule.errorCodeText(), u"30007"_s);
        rules.undeliveredIsFailure = false;
        Outcome withoutRule = ok;
        applyRelated(&withoutRule, r, true, rules);
        QVERIFY(!withoutRule.failed());
        QCOMPARE(withoutRule.errorCode, 30007);

        // An alert about the message the flow sent counts as undelivered even when the message
        // itself is gone; a warning is no error; an inbound message never failed to deliver.
        r.messages[0].found = false;
        r.messages[0].gone = true;
        r.messages[0].status.clear();
        r.alerts[0].resource = sid("SM", 2);
        r.alerts[0].pin = { 2, sid("FT", 2) };
        QVERIFY(r.firstProblem().undelivered);
        r.alerts[0].logLevel = u"warning"_s;
        QVERIFY(!r.firstProblem().isValid());
        Outcome unread = ok;
        applyRelated(&unread, r, false, rules);
        QCOMPARE(unread.errorCodeText(), u"unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestRelated)
#include "tst_related.moc"
