// The page parser and the compact store: exact values, odd data kept, nothing lost, no duplicates.

#include "executions/executionref.h"
#include "executions/executionstore.h"
#include "executions/seensids.h"
#include "support/pagebuilder.h"
#include "json/jsonspans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

using namespace pagebuilder;

class TestPageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The set an export drops repeated rows by: each SID true once, whatever its bits, and at
    // most 46 bytes a SID (16 bytes in a table kept 35–70 % full).
    void seenSidsKeepEachOnce()
    {
        SeenSids seen;
        std::vector<Sid> sids(100'000);
        QRandomGenerator random(7);
        for (Sid &sid : sids)
            random.fillRange(reinterpret_cast<quint32 *>(sid.bytes.data()), 4);
        sids[10] = Sid {}; // all zero: a SID like any other
        for (const Sid &sid : sids)
            QVERIFY(seen.insert(sid));
        for (const Sid &sid : sids)
            QVERIFY(!seen.insert(sid));
        QVERIFY(seen.insert(u"FNodd"_s));
        QVERIFY(!seen.insert(u"FNodd"_s));
        QCOMPARE(seen.size(), qsizetype(100'001));
        const double perSid = double(seen.memoryBytes()) / 100'000.0;
        qInfo("%.1f bytes per SID", perSid);
        QVERIFY2(perSid <= 48, qPrintable(QString::number(perSid)));
    }

    void parsesAPage()
    {
        const ParsedPage p
            = parseExecutionsPage(page({ execution(1), execution(2, "active", "null") },
                                      "\"https://studio.twilio.com/v1/next\""),
                QString::fromLatin1(kFlow));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), size_t(2));
        QCOMPARE(p.nextPageUrl, u"https://studio.twilio.com/v1/next"_s);
        QCOMPARE(p.pageSize, 50);
        const Execution a = executionOf(p, 0, QString::fromLatin1(kFlow));
        QCOMPARE(a.sid.toLatin1(), sid("FN", 1));
        QCOMPARE(a.contactSid.toLatin1(), sid("FC", 1));
        QCOMPARE(a.flowSid.toLatin1(), kFlow);
        QCOMPARE(a.contactAddress, u"+14155550100"_s);
        QCOMPARE(a.status, ExecutionStatus::Ended);
        QCOMPARE(a.created, QDateTime(QDate(2026, 11, 27), QTime(23, 56, 43), Qt::UTC));
        QCOMPARE(a.createdText, u"2026-11-27T23:56:43Z"_s);
        QCOMPARE(a.durationSeconds(), qint64(154));
        const Execution b = executionOf(p, 1, QString::fromLatin1(kFlow));
        QCOMPARE(b.status, ExecutionStatus::Active);
        QVERIFY(b.contactIsNull);
        QCOMPARE(b.durationSeconds(), qint64(-1));
        QVERIFY(p.odd.empty()); // nothing unusual here
    }

    void lastPage()
    {
        const ParsedPage p = parseExecutionsPage(page({}), QString::fromLatin1(kFlow));
        QVERIFY(p.error.isEmpty());
        QVERIFY(p.rows.empty());
        QVERIFY(p.nextPageUrl.isEmpty());
    }

    void theArrayIsTheOneMetaKeyNames()
    {
        const QByteArray body = "{\"other\":[1,2,3],\"items\":[" + execution(7)
            + "],\"meta\":{\"key\":\"items\",\"next_page_url\":null}}";
        const ParsedPage p = parseExecutionsPage(body, QString::fromLatin1(kFlow), true);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), size_t(1));
        QCOMPARE(sidOf(p, 0).toLatin1(), sid("FN", 7));
    }

    void oddDataIsKeptNotLost()
    {
        QByteArray odd = execution(3);
        odd.replace(sid("FN", 3), "FN0123456789ABCDEF0123456789ABCDEF"); // uppercase hex
        odd.replace("\"status\":\"ended\"", "\"status\":\"paused\"");
        odd.replace("\"date_created\":\"2026-11-27T23:56:43Z\"",
            "\"date_created\":\"2026-11-27T23:56:43.250+01:00\"");
        odd.replace("\"date_updated\":\"2026-11-27T23:59:17Z\"", "\"date_updated\":null");
        odd.replace(kFlow, "FWffffffffffffffffffffffffffffffff");
        odd.replace(QByteArray("\"" + sid("FC", 3) + "\""), QByteArray("42"));
        const ParsedPage p = parseExecutionsPage(page({ odd }), QString::fromLatin1(kFlow));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        const Execution e = executionOf(p, 0, QString::fromLatin1(kFlow));
        QCOMPARE(e.sid, u"FN0123456789ABCDEF0123456789ABCDEF"_s);
        QCOMPARE(e.statusText, u"paused"_s);
        QCOMPARE(e.status, ExecutionStatus::Unknown);
        QCOMPARE(e.createdText, u"2026-11-27T23:56:43.250+01:00"_s);
        QCOMPARE(e.created, QDateTime(QDate(2026, 11, 27), QTime(22, 56, 43, 250), Qt::UTC));
        QVERIFY(!e.updated.isValid());
        QCOMPARE(e.updatedText, QString());
        QCOMPARE(e.flowSid, u"FWffffffffffffffffffffffffffffffff"_s);
        QCOMPARE(e.contactSid, u"42"_s);
    }

    void missingFieldsAreEmptyNotFatal()
    {
        const ParsedPage p = parseExecutionsPage(
            page({ "{\"sid\":\"" + sid("FN", 9) + "\"}", "{}" }), QString::fromLatin1(kFlow));
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.rows.size(), size_t(2));
        const Execution e = executionOf(p, 0, QString::fromLatin1(kFlow));
        QCOMPARE(e.sid.toLatin1(), sid("FN", 9));
        QVERIFY(e.contactIsNull);
        QVERIFY(!e.created.isValid());
        QCOMPARE(executionOf(p, 1, QString::fromLatin1(kFlow)).sid, QString());
    }

    void unreadablePages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated") << page({ execution(1) }).left(100);
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("no meta") << QByteArray("{\"executions\":[]}");
        QTest::newRow("no array") << QByteArray("{\"meta\":{\"key\":\"executions\"}}");
        QTest::newRow("array of numbers")
            << QByteArray("{\"executions\":[1],\"meta\":{\"key\":\"executions\"}}");
        QTest::newRow("next is a number") << QByteArray(
            "{\"executions\":[],\"meta\":{\"key\":\"executions\",\"next_page_url\":5}}");
        QTest::newRow("empty") << QByteArray();
    }
    void unreadablePages()
    {
        QFETCH(QByteArray, body);
        const ParsedPage p = parseExecutionsPage(body, QString::fromLatin1(kFlow));
        QVERIFY(!p.error.isEmpty());
    }

    // The common real causes are named, not the parser's rule.
    void invalidJsonIsExplained_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray full = page({ execution(1) });
        const qsizetype inSid = full.indexOf("\"FN") + 5;
        QTest::newRow("cut inside a string")
            << full.left(inSid) << u"ends after %1 bytes in the middle of a string"_s.arg(inSid);
        QTest::newRow("cut after an escaped quote") << QByteArray(
            "{\"executions\":[{\"name\":\"say \\\"") << u"in the middle of a string"_s;
        const QByteArray betweenMembers = "{\"executions\":[{\"sid\":\"FN1\",";
        QTest::newRow("cut between members") << betweenMembers
                                             << u"ends after %1 bytes with 3 objects or arrays "
                                                "still open (cut off"_s.arg(betweenMembers.size());
        QTest::newRow("one left open") << QByteArray("{\"meta\":{}, \"executions\":[] ")
                                       << u"with an object or array still open"_s;
        QTest::newRow("brackets inside strings do not count")
            << QByteArray("{\"a\":\"{[\", \"b\":1,}") << u"not valid JSON: the JSON document"_s;
        QTest::newRow("a stray comma") << QByteArray("{\"executions\":[1,],\"meta\":{}}")
                                       << u"not valid JSON: the JSON document has an improper"_s;
        QTest::newRow("closed too often") << QByteArray("{\"a\":[1]]}") << u"not valid JSON: "_s;
        QTest::newRow("empty") << QByteArray(" \r\n") << u"not valid JSON: it is empty"_s;
        QTest::newRow("HTML") << QByteArray("<html><body>502</body></html>")
                              << u"looks like an HTML or XML page"_s;
    }
    void invalidJsonIsExplained()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const ParsedPage p = parseExecutionsPage(body, QString::fromLatin1(kFlow));
        QVERIFY2(p.error.startsWith(u"the page is not valid JSON"_s), qPrintable(p.error));
        QVERIFY2(p.error.contains(expected), qPrintable(p.error));
        const bool cutOff = QString::fromLatin1(QTest::currentDataTag()).startsWith(u"cut"_s)
            || expected.contains(u"still open"_s);
        QCOMPARE(p.error.contains(u"cut off"_s), cutOff);
    }

    // What a support person pastes to open one execution.
    void executionReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currentFlow");
        QTest::addColumn<QString>("flow"); // expected; empty: refused
        QTest::addColumn<QString>("execution");
        QTest::addColumn<QString>("refusal"); // words of the reason when refused
        const QString fw = QString::fromLatin1(kFlow);
        const QString other = QString::fromLatin1(sid("FW", 77));
        const QString fn = QString::fromLatin1(sid("FN", 5));
        QTest::newRow("bare SID, current flow") << fn << fw << fw << fn << QString();
        QTest::newRow("upper-case hex, spaces")
            << u"  FN"_s + fn.mid(2).toUpper() + u"\n"_s << fw << fw << fn << QString();
        QTest::newRow("in a sentence, twice")
            << u"customer %1 hung up (%1)."_s.arg(fn) << fw << fw << fn << QString();
        QTest::newRow("Console link, another flow")
            << u"https://console.twilio.com/us1/develop/studio/flows/%1/executions/%2"_s.arg(
                   other, fn)
            << fw << other << fn << QString();
        QTest::newRow("API URL of its context")
            << u"https://studio.twilio.com/v1/Flows/%1/Executions/%2/Context"_s.arg(other, fn)
            << QString() << other << fn << QString();
        QTest::newRow("bare SID, no flow")
            << fn << QString() << QString() << QString() << u"pick the flow first"_s;
        QTest::newRow("nothing") << u"the bot hung up"_s << fw << QString() << QString()
                                 << u"No execution SID found"_s;
        QTest::newRow("one hex digit short")
            << fn.left(33) << fw << QString() << QString() << u"No execution SID found"_s;
        QTest::newRow("inside a longer token")
            << fn + u"0"_s << fw << QString() << QString() << u"No execution SID found"_s;
        QTest::newRow("two executions") << fn + u" "_s + QString::fromLatin1(sid("FN", 6)) << fw
                                        << QString() << QString() << u"names 2 executions"_s;
        QTest::newRow("two flows") << u"%1 %2 %3"_s.arg(fw, other, fn) << fw << QString()
                                   << QString() << u"names 2 flows"_s;
    }
    void executionReferences()
    {
        QFETCH(QString, text);
        QFETCH(QString, currentFlow);
        QFETCH(QString, flow);
        QFETCH(QString, execution);
        QFETCH(QString, refusal);
        QString error;
        const std::optional<ExecutionRef> ref = parseExecutionRef(text, currentFlow, &error);
        if (flow.isEmpty()) {
            QVERIFY(!ref);
            QVERIFY2(error.contains(refusal), qPrintable(error));
            return;
        }
        QVERIFY2(ref, qPrintable(error));
        QCOMPARE(ref->flowSid, flow);
        QCOMPARE(ref->executionSid, execution);
    }

    void oneExecutionObject()
    {
        QString error;
        const Execution e
            = executionFromObject(execution(9, "active"), QString::fromLatin1(kFlow), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(e.sid.toLatin1(), sid("FN", 9));
        QCOMPARE(e.status, ExecutionStatus::Active);
        QCOMPARE(e.contactAddress, u"+14155550100"_s);
        for (const QByteArray &bad : { QByteArray("[]"), QByteArray("{}"), QByteArray("{\"sid\":"),
                 QByteArray(execution(1) + "," + execution(2)) }) {
            error.clear();
            QVERIFY(!executionFromObject(bad, QString::fromLatin1(kFlow), &error).isValid());
            QVERIFY2(!error.isEmpty(), bad.constData());
        }
    }

    void rawSpansAreExactBytes()
    {
        // Whitespace, escapes and key order as the server wrote them.
        const QByteArray first
            = execution(1, "ended", "\"a \\\"quoted\\\" \\\\ name, with [brackets] {and} braces\"");
        const QByteArray second = "{ \"sid\" : \"" + sid("FN", 2)
            + "\" ,\n \"context\": {\"x\": [1, {\"y\": \"}\"}]} }";
        const QByteArray body = "{ \"executions\" : [ " + first + " ,\n" + second
            + " ], \"meta\": {\"key\": \"executions\", \"next_page_url\": null} }";
        const ParsedPage p = parseExecutionsPage(body, QString::fromLatin1(kFlow), true);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rawSpans.size(), size_t(2));
        QCOMPARE(p.body.mid(p.rawSpans[0].first, p.rawSpans[0].second), first);
        QCOMPARE(p.body.mid(p.rawSpans[1].first, p.rawSpans[1].second), second);
        QCOMPARE(executionOf(p, 0, {}).contactAddress,
            u"a \"quoted\" \\ name, with [brackets] {and} braces"_s);
    }

    void memberSpans()
    {
        const QByteArray json
            = "{\"account_sid\":\"AC1\",\"context\":{\"a\":\"}\\\"\",\"b\":[1,2]},\"url\":\"u\"}";
        ByteSpan span;
        QVERIFY(memberValueSpan(
            std::string_view(json.constData(), size_t(json.size())), "context", &span));
        QCOMPARE(json.mid(span.first, span.second), QByteArray("{\"a\":\"}\\\"\",\"b\":[1,2]}"));
        QVERIFY(
            memberValueSpan(std::string_view(json.constData(), size_t(json.size())), "url", &span));
        QCOMPARE(json.mid(span.first, span.second), QByteArray("\"u\""));
        QVERIFY(!memberValueSpan(
            std::string_view(json.constData(), size_t(json.size())), "missing", &span));
    }

    void storeDropsDuplicates()
    {
        ExecutionStore store;
        store.setFlowSid(QString::fromLatin1(kFlow));
        const ParsedPage first = parseExecutionsPage(
            page({ execution(1), execution(2), execution(1) }), QString::fromLatin1(kFlow));
        std::vector<qsizetype> fresh = store.newRows(first);
        QCOMPARE(fresh, (std::vector<qsizetype> { 0, 1 })); // the repeat inside the page is dropped
        store.append(first, fresh);
        const ParsedPage second
            = parseExecutionsPage(page({ execution(2), execution(3) }), QString::fromLatin1(kFlow));
        fresh = store.newRows(second);
        QCOMPARE(fresh, (std::vector<qsizetype> { 1 })); // the one already loaded is dropped
        store.append(second, fresh);
        QCOMPARE(store.size(), qsizetype(3));
        QCOMPARE(store.sid(2).toLatin1(), sid("FN", 3));
        QCOMPARE(store.indexOf(QString::fromLatin1(sid("FN", 2))), qsizetype(1));
        QCOMPARE(store.indexOf(QString::fromLatin1(sid("FN", 99))), qsizetype(-1));
        QCOMPARE(store.contactAddress(0), u"+14155550100"_s);
    }

    void storeIndexesManyRows()
    {
        ExecutionStore store;
        for (int p = 0; p < 20; ++p) {
            QList<QByteArray> items;
            for (int k = 0; k < 1000; ++k)
                items << execution(p * 1000 + k);
            const ParsedPage parsed = parseExecutionsPage(page(items), QString::fromLatin1(kFlow));
            store.append(parsed, store.newRows(parsed));
        }
        QCOMPARE(store.size(), qsizetype(20000));
        for (const int n : { 0, 4095, 4096, 12345, 19999 }) {
            QCOMPARE(store.indexOf(QString::fromLatin1(sid("FN", n))), qsizetype(n));
            QCOMPARE(store.sid(n).toLatin1(), sid("FN", n));
        }
        // The compact form's promise: well under 200 bytes a row.
        const double perRow = double(store.memoryBytes()) / double(store.size());
        QVERIFY2(perRow < 120, qPrintable(QString::number(perRow)));
    }

    void updateReplacesInPlace()
    {
        ExecutionStore store;
        const ParsedPage first = parseExecutionsPage(
            page({ execution(1, "active"), execution(2, "active") }), QString::fromLatin1(kFlow));
        store.append(first, store.newRows(first));
        const ParsedPage ended
            = parseExecutionsPage(page({ execution(2, "ended") }), QString::fromLatin1(kFlow));
        store.update(1, ended, 0);
        QCOMPARE(store.execution(1).status, ExecutionStatus::Ended);
        QCOMPARE(store.execution(0).status, ExecutionStatus::Active);
        QCOMPARE(store.indexOf(QString::fromLatin1(sid("FN", 2))), qsizetype(1));
    }

    void minify()
    {
        QCOMPARE(minifyJson("{ \"a\" : [ 1 , \"b c\" ] ,\n \"z\" : null }"),
            QByteArray("{\"a\":[1,\"b c\"],\"z\":null}"));
    }
};

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
