// The CSV writer and the export renderer: RFC 4180 byte for byte, the formula guard (and what it
// must leave alone), the BOM, context columns, and a round trip through an independent reader.

#include "export/csvwriter.h"
#include "export/executioncrawler.h"
#include "export/exportformat.h"
#include "support/csvreader.h"
#include "support/pagebuilder.h"
#include "json/jsonpath.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

Execution sample(const QString &contact)
{
    Execution e;
    e.sid = u"FN0123456789abcdef0123456789abcdef"_s;
    e.flowSid = u"FW0123456789abcdef0123456789abcdef"_s;
    e.contactSid = u"FC0123456789abcdef0123456789abcdef"_s;
    e.contactAddress = contact;
    e.contactIsNull = contact.isNull();
    e.status = ExecutionStatus::Ended;
    e.statusText = u"ended"_s;
    e.created = QDateTime(QDate(2026, 11, 27), QTime(23, 56, 43), Qt::UTC);
    e.createdText = u"2026-11-27T23:56:43Z"_s;
    e.updated = QDateTime(QDate(2026, 11, 27), QTime(23, 59, 17), Qt::UTC);
    e.updatedText = u"2026-11-27T23:59:17Z"_s;
    return e;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("guarded");
        QTest::addColumn<QByteArray>("verbatim");
        QTest::newRow("plain") << u"hello"_s << QByteArray("hello") << QByteArray("hello");
        QTest::newRow("empty") << QString() << QByteArray() << QByteArray();
        QTest::newRow("comma") << u"a, b"_s << QByteArray("\"a, b\"") << QByteArray("\"a, b\"");
        QTest::newRow("quotes doubled")
            << u"He said \"hi\""_s << QByteArray("\"He said \"\"hi\"\"\"")
            << QByteArray("\"He said \"\"hi\"\"\"");
        QTest::newRow("CR LF") << u"one\r\ntwo"_s << QByteArray("\"one\r\ntwo\"")
                               << QByteArray("\"one\r\ntwo\"");
        QTest::newRow("LF") << u"one\ntwo"_s << QByteArray("\"one\ntwo\"")
                            << QByteArray("\"one\ntwo\"");
        QTest::newRow("tab inside") << u"a\tb"_s << QByteArray("a\tb") << QByteArray("a\tb");
        QTest::newRow("emoji") << u"Thanks 👍🏽🎉"_s << u"Thanks 👍🏽🎉"_s.toUtf8()
                               << u"Thanks 👍🏽🎉"_s.toUtf8();
        QTest::newRow("RTL") << u"مرحبا، طلبي"_s << u"مرحبا، طلبي"_s.toUtf8()
                             << u"مرحبا، طلبي"_s.toUtf8();
        QTest::newRow("formula") << u"=HYPERLINK(\"http://evil.example\",\"x\")"_s
                                 << QByteArray(
                                        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                                 << QByteArray(
                                        "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        QTest::newRow("=1+1") << u"=1+1"_s << QByteArray("'=1+1") << QByteArray("=1+1");
        QTest::newRow("leading plus, text")
            << u"+ plus"_s << QByteArray("'+ plus") << QByteArray("+ plus");
        QTest::newRow("leading minus, text")
            << u"-5 degrees"_s << QByteArray("'-5 degrees") << QByteArray("-5 degrees");
        QTest::newRow("leading at")
            << u"@support"_s << QByteArray("'@support") << QByteArray("@support");
        QTest::newRow("leading tab")
            << u"\tSUM(A1)"_s << QByteArray("'\tSUM(A1)") << QByteArray("\tSUM(A1)");
        QTest::newRow("leading CR")
            << u"\r=1"_s << QByteArray("\"'\r=1\"") << QByteArray("\"\r=1\"");
        QTest::newRow("negative number stays")
            << u"-12.5"_s << QByteArray("-12.5") << QByteArray("-12.5");
        QTest::newRow("signed exponent stays")
            << u"+1.5e3"_s << QByteArray("+1.5e3") << QByteArray("+1.5e3");
        QTest::newRow("E.164 stays")
            << u"+14155550100"_s << QByteArray("+14155550100") << QByteArray("+14155550100");
        QTest::newRow("UK E.164 stays")
            << u"+447700900123"_s << QByteArray("+447700900123") << QByteArray("+447700900123");
        QTest::newRow("a long signed number is a number")
            << u"+1234567890123456"_s << QByteArray("+1234567890123456")
            << QByteArray("+1234567890123456");
        QTest::newRow("E.164 with letters is text")
            << u"+1415555CALL"_s << QByteArray("'+1415555CALL") << QByteArray("+1415555CALL");
        QTest::newRow("spaced number is text")
            << u"+1 (415) 555-0100"_s << QByteArray("'+1 (415) 555-0100")
            << QByteArray("+1 (415) 555-0100");
        QTest::newRow("WhatsApp address")
            << u"whatsapp:+14155550100"_s << QByteArray("whatsapp:+14155550100")
            << QByteArray("whatsapp:+14155550100");
        QTest::newRow("lone minus") << u"-"_s << QByteArray("'-") << QByteArray("-");
    }
    void fields()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, guarded);
        QFETCH(QByteArray, verbatim);
        QCOMPARE(CsvWriter::encodeField(field, CsvOptions { ',', true }), guarded);
        QCOMPARE(CsvWriter::encodeField(field, CsvOptions { ',', false }), verbatim);
        // Whatever the writer did, a reader gets the cell back (guard: with its apostrophe).
        const QList<QStringList> back = readCsv(guarded + "\r\n");
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().first(), CsvWriter::looksLikeFormula(field) ? u'\'' + field : field);
        QCOMPARE(readCsv(verbatim + "\r\n").first().first(), field);
    }

    void tsvQuotesTabs()
    {
        QCOMPARE(
            CsvWriter::encodeField(u"a\tb"_s, CsvOptions { '\t', true }), QByteArray("\"a\tb\""));
        QCOMPARE(CsvWriter::encodeField(u"a,b"_s, CsvOptions { '\t', true }), QByteArray("a,b"));
    }

    void goldenFile()
    {
        ExportOptions options;
        options.columns = { u"sid"_s, u"status"_s, u"contact_channel_address"_s, u"date_created"_s,
            u"duration_seconds"_s };
        options.includeContext = true;
        options.contextPaths
            = { u"widgets.gather_1.Digits"_s, u"flow.data[\"first name\"]"_s, u"missing.path"_s };
        options.bom = true;
        const RowRenderer renderer(options, u"FW0123456789abcdef0123456789abcdef"_s);
        const QByteArray context
            = "{ \"widgets\": {\"gather_1\": {\"Digits\": \"2\"}}, \"flow\": {\"data\": {\"first "
              "name\": \"Ana, \\\"A\\\"\"}}, \"list\": [1, null] }";
        QByteArray file = renderer.header();
        file += renderer.render(sample(u"=cmd|' /C calc'!A0"_s), context);
        file += renderer.render(sample(u"+14155550100"_s), "null");
        Execution noContact = sample(QString());
        noContact.status = ExecutionStatus::Active;
        noContact.statusText = u"active"_s;
        file += renderer.render(noContact, {});
        const QByteArray expected = QByteArray("\xEF\xBB\xBF")
            + "sid,status,contact_channel_address,date_created,duration_seconds,context,widgets."
              "gather_1.Digits,"
              "\"flow.data[\"\"first name\"\"]\",missing.path\r\n"
              "FN0123456789abcdef0123456789abcdef,ended,'=cmd|' /C "
              "calc'!A0,2026-11-27T23:56:43Z,154,"
              "\"{\"\"widgets\"\":{\"\"gather_1\"\":{\"\"Digits\"\":\"\"2\"\"}},\"\"flow\"\":{"
              "\"\"data\"\":{\"\"first name\"\":\"\"Ana, "
              "\\\"\"A\\\"\"\"\"}},\"\"list\"\":[1,null]}\","
              "2,\"Ana, \"\"A\"\"\",\r\n"
              "FN0123456789abcdef0123456789abcdef,ended,+14155550100,2026-11-27T23:56:43Z,154,null,"
              ",,\r\n"
              "FN0123456789abcdef0123456789abcdef,active,,2026-11-27T23:56:43Z,,,,,\r\n";
        QCOMPARE(file, expected);

        // The round trip: an independent reader sees the header, the cells and the JSON intact.
        const QList<QStringList> rows = readCsv(file.mid(3));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], options.headerNames());
        QCOMPARE(rows[1][2], u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(QJsonDocument::fromJson(rows[1][5].toUtf8()), QJsonDocument::fromJson(context));
        QCOMPARE(rows[1][7], u"Ana, \"A\""_s);
        QCOMPARE(rows[2][2], u"+14155550100"_s);
    }

    void withoutBomOrGuard()
    {
        ExportOptions options;
        options.columns = { u"contact_channel_address"_s };
        options.formulaGuard = false;
        const RowRenderer renderer(options, {});
        QCOMPARE(renderer.header(), QByteArray("contact_channel_address\r\n"));
        QCOMPARE(renderer.render(sample(u"@SUM(1)"_s), {}), QByteArray("@SUM(1)\r\n"));
    }

    void localTimes()
    {
        ExportOptions options;
        options.columns = { u"date_created"_s };
        options.localTimes = true;
        const RowRenderer renderer(options, {});
        const QByteArray cell = renderer.render(sample(u"x"_s), {}).trimmed();
        const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(cell), Qt::ISODate);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.toSecsSinceEpoch(), sample(u"x"_s).created.toSecsSinceEpoch());
        QVERIFY(cell.size() == 25 || cell.endsWith('Z')); // an explicit offset
    }

    void liquidPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("dots") << u"widgets.gather_1.Digits"_s << u"/widgets/gather_1/Digits"_s;
        QTest::newRow("index") << u"widgets.http_1.parsed.items[0].id"_s
                               << u"/widgets/http_1/parsed/items/0/id"_s;
        QTest::newRow("quoted") << u"flow.data[\"first name\"]"_s << u"/flow/data/first name"_s;
        QTest::newRow("slash and tilde") << u"flow.data[\"a/b~c\"]"_s << u"/flow/data/a~1b~0c"_s;
        QTest::newRow("not a path") << u"flow..data"_s << QString();
        QTest::newRow("bad index") << u"items[x]"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void liquidPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, pointer);
        std::string out;
        const bool ok = liquidToPointer(path, &out);
        QCOMPARE(ok, !pointer.isEmpty());
        if (ok)
            QCOMPARE(QString::fromStdString(out), pointer);
    }

    void valuesAtPaths()
    {
        const QByteArray json = "{\"a\":{\"s\":\"text\",\"n\":-1.5,\"b\":false,\"z\":null,\"o\":{"
                                "\"k\":[1,2]}},\"arr\":[{\"id\":7}]}";
        QCOMPARE(jsonTextAt(json, u"a.s"_s), u"text"_s);
        QCOMPARE(jsonTextAt(json, u"a.n"_s), u"-1.5"_s);
        QCOMPARE(jsonTextAt(json, u"a.b"_s), u"false"_s);
        QCOMPARE(jsonTextAt(json, u"a.z"_s), QString());
        QCOMPARE(jsonTextAt(json, u"a.o"_s), u"{\"k\":[1,2]}"_s);
        QCOMPARE(jsonTextAt(json, u"arr[0].id"_s), u"7"_s);
        QCOMPARE(jsonTextAt(json, u"arr[3].id"_s), QString());
        QCOMPARE(jsonTextAt("not json", u"a"_s), QString());
    }

    void pagesRenderAsTheirRowsDo()
    {
        // The fast path (compact rows straight to UTF-8) and the field-by-field one agree,
        // odd rows included.
        QList<QByteArray> items;
        for (int n = 0; n < 50; ++n)
            items << pagebuilder::execution(n, n % 7 == 0 ? "active" : "ended",
                n % 5 == 0 ? QByteArray("null")
                           : QByteArray("\"=1+" + QByteArray::number(n) + "\""));
        QByteArray odd = pagebuilder::execution(99);
        odd.replace("\"status\":\"ended\"", "\"status\":\"paused, really\"");
        odd.replace("2026-11-27T23:56:43Z", "2026-11-27T23:56:43.5+01:00");
        odd.replace(pagebuilder::sid("FN", 99), "FN-not-a-sid");
        items << odd;
        CrawledPage page;
        page.page = parseExecutionsPage(
            pagebuilder::page(items), QString::fromLatin1(pagebuilder::kFlow), true);
        page.rowCount = qsizetype(page.page.rows.size());
        ExportOptions options;
        options.columns = RowRenderer::knownColumns();
        const RowRenderer renderer(options, QString::fromLatin1(pagebuilder::kFlow));
        QByteArray fieldByField;
        for (qsizetype k = 0; k < page.rowCount; ++k)
            fieldByField += renderer.render(
                executionOf(page.page, k, QString::fromLatin1(pagebuilder::kFlow)), {});
        const QByteArray fast = renderer.render(page);
        // account_sid and url come from the raw object only on the page path.
        QList<QStringList> a = readCsv(fast);
        QList<QStringList> b = readCsv(fieldByField);
        QCOMPARE(a.size(), 51);
        const int account = int(options.columns.indexOf(u"account_sid"_s));
        const int url = int(options.columns.indexOf(u"url"_s));
        for (qsizetype k = 0; k < a.size(); ++k) {
            QCOMPARE(a[k][account], u"AC0123456789abcdef0123456789abcdef"_s);
            QCOMPARE(a[k][url], u"https://studio.twilio.com/x"_s);
            a[k][account].clear();
            a[k][url].clear();
        }
        QCOMPARE(a, b);
        QCOMPARE(a.last()[options.columns.indexOf(u"status"_s)], u"paused, really"_s);
        QCOMPARE(
            a.last()[options.columns.indexOf(u"date_created"_s)], u"2026-11-27T23:56:43.5+01:00"_s);
        QCOMPARE(a[1][options.columns.indexOf(u"contact_channel_address"_s)], u"'=1+1"_s);
    }

    void jsonlIsOneObjectPerLine()
    {
        // Found by fuzzing: a server (or proxy) that pretty-prints puts line breaks between
        // tokens; JSONL keeps the object, one per line. An object without members takes its
        // context without a stray comma.
        const QByteArray pretty
            = "{\r\n  \"sid\": \"" + pagebuilder::sid("FN", 1) + "\",\n  \"status\": \"ended\"\n}";
        CrawledPage page;
        page.page = parseExecutionsPage(
            pagebuilder::page({ pretty, "{ }" }), QString::fromLatin1(pagebuilder::kFlow), true);
        QVERIFY(page.page.error.isEmpty());
        page.rowCount = 2;
        page.contexts = { "{\n \"flow\": {\"data\": {}}\n}", "null" };
        for (const bool withContext : { false, true }) {
            ExportOptions options;
            options.format = ExportFormat::Jsonl;
            options.includeContext = withContext;
            const QByteArray out
                = RowRenderer(options, QString::fromLatin1(pagebuilder::kFlow)).render(page);
            QList<QByteArray> lines = out.split('\n');
            QCOMPARE(lines.takeLast(), QByteArray());
            QCOMPARE(lines.size(), 2);
            QJsonParseError error;
            const QJsonObject first = QJsonDocument::fromJson(lines[0], &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(first.value(u"sid"_s).toString().toLatin1(), pagebuilder::sid("FN", 1));
            const QJsonDocument second = QJsonDocument::fromJson(lines[1], &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            if (withContext) {
                QVERIFY(first.value(u"context"_s).toObject().contains(u"flow"_s));
                QCOMPARE(lines[1], QByteArray("{ \"context\":null}"));
            } else {
                QCOMPARE(lines[1], QByteArray("{ }")); // as the server sent it
            }
        }
    }

    void writerStreamsAndReportsFailure()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            CsvWriter writer(&buffer);
            for (int k = 0; k < 5000; ++k)
                writer.writeRow({ QString::number(k), u"a,b"_s });
            QVERIFY(writer.flush());
        }
        const QList<QStringList> rows = readCsv(buffer.data());
        QCOMPARE(rows.size(), 5000);
        QCOMPARE(rows[4999], (QStringList { u"4999"_s, u"a,b"_s }));

        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        CsvWriter failing(&readOnly);
        failing.writeRow({ u"x"_s });
        QVERIFY(!failing.flush());
        QVERIFY(!failing.ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
