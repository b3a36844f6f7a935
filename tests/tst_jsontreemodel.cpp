// JsonTreeModel: lazy children, exact values, Studio variable paths, search that opens its way.

#include "detail/jsontreemodel.h"
#include "sandbox/sandboxdata.h"
#include "json/jsonpretty.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

const QByteArray kContext = QByteArrayLiteral(
    "{\"trigger\":{\"message\":{\"Body\":\"Where is \\\"my\\\" "
    "order?\\nThanks\",\"From\":\"+14155550100\"}},"
    "\"flow\":{\"flow_sid\":\"FW0123\",\"data\":{\"first "
    "name\":\"Ana\",\"opt-in\":true,\"count\":3,\"ratio\":0.25,\"big\":12345678901234567890,"
    "\"neg\":-7,\"nothing\":null}},"
    "\"widgets\":{\"http_1\":{\"status_code\":200,\"parsed\":{\"items\":[{\"id\":1001,\"sku\":\"A-"
    "1\"},{\"id\":1002,\"sku\":\"B-2\"}],\"empty\":[],\"none\":{}}},"
    "\"gather_1\":{\"Digits\":\"2\",\"SpeechResult\":\"مرحبا 你好\"}}}");

QModelIndex child(const JsonTreeModel &model, const QModelIndex &parent, const QString &key)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data().toString() == key)
            return i;
    }
    return {};
}

// fetchMore() asks; the rows arrive from the event loop.
bool fetch(JsonTreeModel &model, const QModelIndex &at)
{
    const int before = model.rowCount(at);
    if (model.canFetchMore(at))
        model.fetchMore(at); // (the model tester may have asked already)
    return QTest::qWaitFor([&] { return model.rowCount(at) > before; }, 5000);
}

QModelIndex open(JsonTreeModel &model, const QStringList &keys)
{
    QModelIndex at;
    for (const QString &key : keys) {
        if (model.rowCount(at) == 0 && model.hasChildren(at) && !fetch(model, at))
            return {};
        at = child(model, at, key);
        if (!at.isValid())
            return {};
    }
    return at;
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLevelOnlyUntilAsked()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson(kContext));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nodeCount(), 3); // nothing below the first level yet
        const QModelIndex widgets = child(model, {}, u"widgets"_s);
        QVERIFY(model.hasChildren(widgets));
        QCOMPARE(model.rowCount(widgets), 0);
        model.fetchMore(widgets); // (or the tester, walking the tree, asked first)
        QCOMPARE(model.rowCount(widgets), 0); // asked, not yet answered
        QVERIFY(!model.canFetchMore(widgets)); // no second request while one is pending
        QTRY_COMPARE(model.rowCount(widgets), 2);
        QVERIFY(!model.canFetchMore(widgets));
        QVERIFY(!model.canFetchMore(widgets));
    }

    void valuesAndTypes_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("valueText");
        QTest::newRow("string with quotes and newline")
            << QStringList { u"trigger"_s, u"message"_s, u"Body"_s }
            << u"\"Where is \"my\" order?\\nThanks\""_s << u"string"_s
            << u"Where is \"my\" order?\nThanks"_s;
        QTest::newRow("E.164 stays a string")
            << QStringList { u"trigger"_s, u"message"_s, u"From"_s } << u"\"+14155550100\""_s
            << u"string"_s << u"+14155550100"_s;
        QTest::newRow("boolean") << QStringList { u"flow"_s, u"data"_s, u"opt-in"_s } << u"true"_s
                                 << u"boolean"_s << u"true"_s;
        QTest::newRow("integer") << QStringList { u"flow"_s, u"data"_s, u"count"_s } << u"3"_s
                                 << u"number"_s << u"3"_s;
        QTest::newRow("fraction") << QStringList { u"flow"_s, u"data"_s, u"ratio"_s } << u"0.25"_s
                                  << u"number"_s << u"0.25"_s;
        QTest::newRow("beyond int64")
            << QStringList { u"flow"_s, u"data"_s, u"big"_s } << u"12345678901234567890"_s
            << u"number"_s << u"12345678901234567890"_s;
        QTest::newRow("negative") << QStringList { u"flow"_s, u"data"_s, u"neg"_s } << u"-7"_s
                                  << u"number"_s << u"-7"_s;
        QTest::newRow("null") << QStringList { u"flow"_s, u"data"_s, u"nothing"_s } << u"null"_s
                              << u"null"_s << u"null"_s;
        QTest::newRow("object")
            << QStringList { u"widgets"_s, u"http_1"_s } << u"{2 keys}"_s << u"object"_s
            << u"{\"status_code\":200,\"parsed\":{\"items\":[{\"id\":1001,\"sku\":\"A-1\"},{\"id\":1002,\"sku\":\"B-2\"}],\"empty\":[],\"none\":{}}}"_s;
        QTest::newRow("array")
            << QStringList { u"widgets"_s, u"http_1"_s, u"parsed"_s, u"items"_s } << u"[2 items]"_s
            << u"array"_s << u"[{\"id\":1001,\"sku\":\"A-1\"},{\"id\":1002,\"sku\":\"B-2\"}]"_s;
        QTest::newRow("empty array")
            << QStringList { u"widgets"_s, u"http_1"_s, u"parsed"_s, u"empty"_s } << u"[]"_s
            << u"array"_s << u"[]"_s;
        QTest::newRow("empty object")
            << QStringList { u"widgets"_s, u"http_1"_s, u"parsed"_s, u"none"_s } << u"{}"_s
            << u"object"_s << u"{}"_s;
        QTest::newRow("RTL and CJK")
            << QStringList { u"widgets"_s, u"gather_1"_s, u"SpeechResult"_s } << u"\"مرحبا 你好\""_s
            << u"string"_s << u"مرحبا 你好"_s;
    }
    void valuesAndTypes()
    {
        QFETCH(QStringList, path);
        QFETCH(QString, value);
        QFETCH(QString, type);
        QFETCH(QString, valueText);
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson(kContext));
        const QModelIndex at = open(model, path);
        QVERIFY(at.isValid());
        QCOMPARE(at.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), value);
        QCOMPARE(at.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), type);
        QCOMPARE(at.data(JsonTreeModel::ValueTextRole).toString(), valueText);
        // Copy JSON gives valid JSON of exactly that node.
        const QByteArray json = at.data(JsonTreeModel::JsonRole).toString().toUtf8();
        QVERIFY(!QJsonDocument::fromJson("[" + json + "]").isNull());
    }

    void arraysAreLabelledByPosition()
    {
        JsonTreeModel model;
        QVERIFY(model.setJson(kContext));
        const QModelIndex items
            = open(model, { u"widgets"_s, u"http_1"_s, u"parsed"_s, u"items"_s });
        QVERIFY(fetch(model, items));
        QCOMPARE(model.index(0, 0, items).data().toString(), u"[0]"_s);
        QCOMPARE(model.index(1, 0, items).data().toString(), u"[1]"_s);
    }

    void studioVariables_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("variable");
        QTest::newRow("widget output")
            << QStringList { u"widgets"_s, u"http_1"_s, u"parsed"_s, u"items"_s, u"[0]"_s, u"id"_s }
            << u"{{widgets.http_1.parsed.items[0].id}}"_s;
        QTest::newRow("trigger") << QStringList { u"trigger"_s, u"message"_s, u"Body"_s }
                                 << u"{{trigger.message.Body}}"_s;
        QTest::newRow("key with a space") << QStringList { u"flow"_s, u"data"_s, u"first name"_s }
                                          << u"{{flow.data[\"first name\"]}}"_s;
        QTest::newRow("key with a dash")
            << QStringList { u"flow"_s, u"data"_s, u"opt-in"_s } << u"{{flow.data[\"opt-in\"]}}"_s;
        QTest::newRow("top level") << QStringList { u"flow"_s } << u"{{flow}}"_s;
    }
    void studioVariables()
    {
        QFETCH(QStringList, path);
        QFETCH(QString, variable);
        JsonTreeModel model;
        QVERIFY(model.setJson(kContext));
        const QModelIndex at = open(model, path);
        QVERIFY(at.isValid());
        QCOMPARE(at.data(JsonTreeModel::StudioVariableRole).toString(), variable);
    }

    void longStringsAreElidedWithTheFullTextInTheTooltip()
    {
        const QString text = QString(500, u'x') + u"END"_s;
        JsonTreeModel model;
        QVERIFY(model.setJson(QJsonDocument(QJsonObject { { u"long"_s, text } }).toJson()));
        const QModelIndex value = model.index(0, JsonTreeModel::ValueColumn);
        QCOMPARE(
            value.data().toString().size(), JsonTreeModel::kElideAt + 2); // quote + text + ellipsis
        QVERIFY(value.data().toString().endsWith(u"…"_s));
        QCOMPARE(value.data(Qt::ToolTipRole).toString(), text);
        QCOMPARE(value.data(JsonTreeModel::ValueTextRole).toString(), text);
    }

    void bigArraysArriveInBatches()
    {
        QByteArray json = "[";
        for (int k = 0; k < 2500; ++k)
            json += (k ? "," : "") + QByteArray::number(k);
        json += "]";
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson(json));
        QCOMPARE(model.rowCount(), JsonTreeModel::kBatch);
        QCOMPARE(model.childCount({}), 2500);
        QVERIFY(fetch(model, {}));
        QCOMPARE(model.rowCount(), 2 * JsonTreeModel::kBatch);
        QVERIFY(fetch(model, {}));
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(2499, JsonTreeModel::ValueColumn).data().toString(), u"2499"_s);
    }

    void findWalksTheWholeDocument()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson(kContext));
        // A value deep in nodes that do not exist yet.
        QModelIndex hit = model.find(u"b-2"_s);
        QVERIFY(hit.isValid());
        QCOMPARE(
            hit.data(JsonTreeModel::PathRole).toString(), u"widgets.http_1.parsed.items[1].sku"_s);
        // A key.
        hit = model.find(u"digits"_s);
        QCOMPARE(hit.data(JsonTreeModel::PathRole).toString(), u"widgets.gather_1.Digits"_s);
        // Next, then wrap around.
        const QModelIndex first = model.find(u"100"_s);
        QCOMPARE(first.data(JsonTreeModel::PathRole).toString(), u"trigger.message.From"_s);
        const QModelIndex second = model.find(u"100"_s, first);
        QCOMPARE(second.data(JsonTreeModel::PathRole).toString(),
            u"widgets.http_1.parsed.items[0].id"_s);
        const QModelIndex third = model.find(u"100"_s, second);
        QCOMPARE(
            third.data(JsonTreeModel::PathRole).toString(), u"widgets.http_1.parsed.items[1].id"_s);
        QCOMPARE(model.find(u"100"_s, third), first);
        // Non-ASCII, and nothing.
        QCOMPARE(model.find(u"你好"_s).data(JsonTreeModel::PathRole).toString(),
            u"widgets.gather_1.SpeechResult"_s);
        QVERIFY(!model.find(u"no such thing"_s).isValid());
    }

    void notJson()
    {
        JsonTreeModel model;
        QString error;
        QVERIFY(!model.setJson("{\"a\":", &error));
        QCOMPARE(error,
            u"not valid JSON: it ends after 5 bytes with an object or array still open (cut off "
            "on the way?)"_s);
        QVERIFY(model.isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void aTenMegabyteContextOpensLazily()
    {
        sandbox::SandboxConfig config;
        config.flows = 1;
        config.executionsPerFlow = 300;
        config.bigContextBytes = 10 * 1024 * 1024;
        config.now = 1795824000;
        const sandbox::SandboxData data(config);
        const QByteArray json = QJsonDocument(data.context(0, 249)).toJson(QJsonDocument::Compact);
        QVERIFY(json.size() > 9 * 1024 * 1024);
        JsonTreeModel model;
        QVERIFY(model.setJson(json));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nodeCount(), 3);
        // Flow 0 was republished: a recent execution's HTTP widget is lookup_order.
        const QString http = data.context(0, 249)[u"widgets"_s].toObject().contains(u"http_1"_s)
            ? u"http_1"_s
            : u"lookup_order"_s;
        const QModelIndex items = open(model, { u"widgets"_s, http, u"parsed"_s, u"items"_s });
        QVERIFY(model.childCount(items) > 20'000);
        QCOMPARE(model.rowCount(items), 0);
        QVERIFY(fetch(model, items));
        QCOMPARE(model.rowCount(items), JsonTreeModel::kBatch);
        QVERIFY(model.nodeCount() < 1100);
    }

    void pretty()
    {
        const QByteArray pretty
            = prettyJson("{\"a\":[1,{\"b\":\"x,{y}:\\\"z\\\"\"}],\"e\":{},\"f\":[]}");
        QCOMPARE(pretty,
            QByteArray("{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x,{y}:\\\"z\\\"\"\n    }\n  "
                       "],\n  \"e\": {},\n  \"f\": []\n}"));
        QCOMPARE(QJsonDocument::fromJson(prettyJson(kContext)), QJsonDocument::fromJson(kContext));
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
