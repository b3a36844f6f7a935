// .xlsx exports as people open them: the workbook is read back by LibreOffice Calc (values and
// the types the spreadsheet gave each cell) and by openpyxl (frozen header, autofilter, bold,
// widths), never by the code that wrote it. Expected values come from the API's JSON, parsed here
// independently. Also: Excel's limits said, the file atomic, and the command line end to end.

#include "export/cellrecords.h"
#include "export/executioncrawler.h"
#include "export/exportfile.h"
#include "export/exportformat.h"
#include "export/workbookfile.h"
#include "sandbox/sandboxserver.h"
#include "support/pagebuilder.h"
#include "support/processrun.h"
#include "support/sandboxfixture.h"
#include "support/sandboxtruth.h"
#include "support/spreadsheetreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

using spreadsheet::Cell;

const QString kMarkerStart = WorkbookFile::cutMarker(0).left(12);

// A long text whose cut falls inside a surrogate pair when shift is odd.
QString longText(int shift)
{
    QString text(shift, u'a');
    while (text.size() < 40'000)
        text += u"😀"_s;
    return text;
}

QByteArray contextWith(const QString &text)
{
    // Written by hand so the bytes stay in this order and the big number stays exact.
    return R"({"flow":{"variables":{"count":42,"ok":true,"big":12345678901234567890,"phone":"+14155550100","text":)"
        + QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + "}}}";
}

// The hand-made page: phone numbers, formula-like text, an active row, long contexts.
CrawledPage samplePage()
{
    using namespace pagebuilder;
    const QList<QByteArray> items { execution(1, "ended", "\"+14155550100\""),
        execution(2, "active", "\"=1+1\""), execution(3, "ended", "\"whatsapp:+447700900123\""),
        execution(4, "ended", "\"@SUM(A1:A2)\""), execution(5, "ended", "null") };
    CrawledPage page;
    page.page = parseExecutionsPage(pagebuilder::page(items), QString::fromLatin1(kFlow), true);
    page.rowCount = qsizetype(page.page.rows.size());
    page.contexts = { contextWith(u"short"_s), contextWith(u"-1"_s), contextWith(u"x"_s),
        contextWith(longText(0)), contextWith(longText(1)) };
    return page;
}

ExportOptions sampleOptions()
{
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.columns = { u"sid"_s, u"status"_s, u"contact_channel_address"_s, u"date_created"_s,
        u"date_updated"_s, u"duration_seconds"_s, u"url"_s };
    options.includeContext = true;
    options.contextPaths = { u"flow.variables.count"_s, u"flow.variables.ok"_s,
        u"flow.variables.big"_s, u"flow.variables.phone"_s, u"flow.variables.missing"_s };
    return options;
}

// Writes bytes in pieces of `piece`, so records arrive split at every kind of place.
bool writeInPieces(QIODevice &device, const QByteArray &bytes, qsizetype piece)
{
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const QByteArray part = bytes.mid(at, piece);
        if (device.write(part) != part.size())
            return false;
    }
    return true;
}

QString apiTime(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString().chopped(1); // LibreOffice's date-value: no Z
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestWorkbook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void requireTools()
    {
        if (spreadsheet::libreOffice().isEmpty() || spreadsheet::python3WithOpenpyxl().isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL(
                    "LibreOffice and python3-openpyxl are installed by packaging/install-deps.sh");
            QSKIP("LibreOffice or python3-openpyxl is not installed");
        }
    }

    QString writeSample(const QString &name, qsizetype piece, qint64 *rowsCut = nullptr)
    {
        const QString path = m_dir.filePath(name);
        const CrawledPage page = samplePage();
        const RowRenderer renderer(sampleOptions(), QString::fromLatin1(pagebuilder::kFlow));
        WorkbookFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        if (!writeInPieces(file, renderer.header() + renderer.render(page), piece))
            return {};
        if (!file.commit())
            return {};
        if (rowsCut)
            *rowsCut = file.rowsCut();
        return path;
    }

private Q_SLOTS:
    // A workbook's time columns say their clock: "(UTC)", or the local zone with local times;
    // a CSV's header keeps the names machines read.
    void timeHeadersNameTheirClock()
    {
        ExportOptions options = sampleOptions();
        options.includeContext = false;
        options.contextPaths.clear();
        options.includeOutcome = true;
        const QByteArray utc = RowRenderer(options, {}).header();
        QVERIFY(utc.contains("date_created (UTC)"));
        QVERIFY(utc.contains("date_updated (UTC)"));
        QVERIFY(utc.contains("ended_at (UTC)"));
        QVERIFY(!utc.contains("sid ("));
        options.localTimes = true;
        const QByteArray local = RowRenderer(options, {}).header();
        QVERIFY2(local.contains(QByteArray("date_created (" + QTimeZone::systemTimeZoneId() + ")")),
            local.constData());
        QVERIFY(local.contains("ended_at (UTC)")); // as Twilio gave it, whatever the option
        options.format = ExportFormat::Csv;
        QCOMPARE(RowRenderer(options, {}).header().left(72),
            QByteArray("sid,status,contact_channel_address,date_created,date_updated,duration_se"));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("TZ", "Europe/Berlin"); // local times must differ from UTC
    }

    void cellsAsASpreadsheetReadsThem()
    {
        requireTools();
        qint64 rowsCut = -1;
        const QString path = writeSample(u"typed.xlsx"_s, 3, &rowsCut);
        QVERIFY(!path.isEmpty());
        QCOMPARE(rowsCut, qint64(2));
        QString error;
        const auto sheets = spreadsheet::readWithLibreOffice(path, &error);
        QVERIFY2(sheets, qPrintable(error));
        QCOMPARE(sheets->size(), 1);
        QCOMPARE(sheets->first().name, u"Executions"_s);
        const QList<QList<Cell>> &rows = sheets->first().rows;
        QCOMPARE(rows.size(), 6);

        QList<Cell> header;
        // Its time columns say their clock (UTC here); the other names as a CSV has them.
        for (const QString &name : sampleOptions().headerNames())
            header << Cell { u"string"_s,
                name.startsWith(u"date_"_s) || name == u"ended_at"_s ? name + u" (UTC)"_s : name };
        QCOMPARE(rows[0], header);

        const CrawledPage page = samplePage();
        const QJsonArray items
            = QJsonDocument::fromJson(page.page.body).object().value(u"executions"_s).toArray();
        QCOMPARE(items.size(), 5);
        for (int k = 0; k < 5; ++k) {
            const QJsonObject o = items[k].toObject();
            const QList<Cell> &row = rows[k + 1];
            QVERIFY2(row.size() >= 12, qPrintable(QString::number(row.size())));
            QCOMPARE(row[0], (Cell { u"string"_s, o.value(u"sid"_s).toString() }));
            QCOMPARE(row[1], (Cell { u"string"_s, o.value(u"status"_s).toString() }));
            // A phone number keeps its +, formula-like text stays text, null stays empty.
            const QJsonValue contact = o.value(u"contact_channel_address"_s);
            QCOMPARE(
                row[2], (contact.isNull() ? Cell {} : Cell { u"string"_s, contact.toString() }));
            QCOMPARE(row[3], (Cell { u"date"_s, apiTime(o, u"date_created"_s) }));
            QCOMPARE(row[4], (Cell { u"date"_s, apiTime(o, u"date_updated"_s) }));
            const qint64 seconds
                = QDateTime::fromString(o.value(u"date_created"_s).toString(), Qt::ISODate)
                      .secsTo(QDateTime::fromString(
                          o.value(u"date_updated"_s).toString(), Qt::ISODate));
            QCOMPARE(row[5],
                (o.value(u"status"_s) == u"ended"_s ? Cell { u"float"_s, QString::number(seconds) }
                                                    : Cell {}));
            QCOMPARE(row[6], (Cell { u"string"_s, o.value(u"url"_s).toString() }));
            // The context, whole, or cut at the cell's limit with the marker.
            QCOMPARE(row[7].type, u"string"_s);
            const QString context = QString::fromUtf8(page.contexts[k]);
            if (context.size() <= WorkbookFile::kMaxCellCharacters) {
                QCOMPARE(row[7].value, context);
            } else {
                const qsizetype marker = row[7].value.indexOf(kMarkerStart);
                QVERIFY(marker > 30'000);
                QVERIFY(row[7].value.size() <= WorkbookFile::kMaxCellCharacters);
                QVERIFY(QStringView(row[7].value).left(marker).isValidUtf16());
                QCOMPARE(row[7].value.left(marker), context.left(marker));
                QVERIFY(row[7].value.contains(QString::number(context.size() - marker)));
            }
            QCOMPARE(row[8], (Cell { u"float"_s, u"42"_s }));
            QCOMPARE(row[9], (Cell { u"boolean"_s, u"true"_s }));
            // More digits than a spreadsheet keeps: the exact text, not a rounded number.
            QCOMPARE(row[10], (Cell { u"string"_s, u"12345678901234567890"_s }));
            QCOMPARE(row[11], (Cell { u"string"_s, u"+14155550100"_s }));
            QCOMPARE(row.size(), 12); // the missing path is an empty cell at the end
        }

        // Split anyhow, the records make the same workbook.
        const QString whole = writeSample(u"whole.xlsx"_s, 1 << 30);
        QVERIFY(!whole.isEmpty());
        const auto again = spreadsheet::readWithLibreOffice(whole, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->first().rows, rows);
    }

    void aHeaderPeopleCanWorkWith()
    {
        requireTools();
        const QString path = writeSample(u"structure.xlsx"_s, 4096);
        QVERIFY(!path.isEmpty());
        QString error;
        const auto structure = spreadsheet::structureWithOpenpyxl(path, &error);
        QVERIFY2(structure, qPrintable(error));
        const QJsonObject sheet = structure->value(u"sheets"_s).toArray().first().toObject();
        QCOMPARE(sheet.value(u"freeze"_s).toString(), u"A2"_s); // the header row stays in view
        QCOMPARE(sheet.value(u"autofilter"_s).toString(), u"A1:M6"_s); // 13 columns, 5 rows
        for (const QJsonValue bold : sheet.value(u"bold"_s).toArray())
            QVERIFY(bold.toBool());
        QCOMPARE(sheet.value(u"bold"_s).toArray().size(), 13);
        // Types of the first data row: text, time (a date with seconds), number, boolean.
        const QJsonArray types = sheet.value(u"types"_s).toArray();
        QCOMPARE(types[0].toString(), u"s"_s);
        QCOMPARE(types[3].toString(), u"dd"_s); // openpyxl: a datetime
        QCOMPARE(types[5].toString(), u"n"_s);
        QCOMPARE(types[9].toString(), u"b"_s);
        QVERIFY(sheet.value(u"number_formats"_s).toArray()[3].toString().contains(u"ss"_s));
        // Widths fitted to the content: a SID's column is wider than a status's, and none is
        // wider than a screen's worth because of one long context.
        const QJsonObject widths = sheet.value(u"widths"_s).toObject();
        QVERIFY2(widths.value(u"A"_s).toDouble() >= 34, QJsonDocument(widths).toJson().constData());
        QVERIFY(widths.value(u"B"_s).toDouble() < widths.value(u"A"_s).toDouble());
        QVERIFY(widths.value(u"H"_s).toDouble() <= 61);
    }

    void rowsContinueOnANewSheet()
    {
        requireTools();
        const QString path = m_dir.filePath(u"sheets.xlsx"_s);
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.columns = { u"sid"_s };
        const RowRenderer renderer(options, QString::fromLatin1(pagebuilder::kFlow));
        QList<QByteArray> items;
        for (int n = 1; n <= 10; ++n)
            items << pagebuilder::execution(n);
        CrawledPage page;
        page.page = parseExecutionsPage(
            pagebuilder::page(items), QString::fromLatin1(pagebuilder::kFlow));
        page.rowCount = 10;
        WorkbookFile file(path);
        file.setRowsPerSheet(4); // the header and three rows (a real sheet: 1,048,576)
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(writeInPieces(file, renderer.header() + renderer.render(page), 5));
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QCOMPARE(file.rowsWritten(), qint64(10));
        QCOMPARE(file.sheetCount(), 4);
        QVERIFY(workbookNotes(nullptr).isEmpty());

        QString error;
        const auto sheets = spreadsheet::readWithLibreOffice(path, &error);
        QVERIFY2(sheets, qPrintable(error));
        QCOMPARE(sheets->size(), 4);
        QStringList sids;
        for (int s = 0; s < 4; ++s) {
            QCOMPARE(sheets->at(s).name, s == 0 ? u"Executions"_s : u"Executions %1"_s.arg(s + 1));
            QCOMPARE(sheets->at(s).rows.first(), QList<Cell> { (Cell { u"string"_s, u"sid"_s }) });
            QCOMPARE(sheets->at(s).rows.size(), s < 3 ? 4 : 2);
            for (qsizetype r = 1; r < sheets->at(s).rows.size(); ++r)
                sids << sheets->at(s).rows[r].first().value;
        }
        QStringList expected;
        for (int n = 1; n <= 10; ++n)
            expected << QString::fromLatin1(pagebuilder::sid("FN", n));
        QCOMPARE(sids, expected); // every row, in order, none twice
    }

    void theFileAppearsWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.xlsx"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old report");
        old.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const ExportOptions options = sampleOptions();
        const RowRenderer renderer(options, QString::fromLatin1(pagebuilder::kFlow));
        const QByteArray bytes = renderer.header() + renderer.render(samplePage());
        const auto readAll = [&path] { return fileBytes(path); };

        {
            // Cancelled halfway: the old file is untouched and nothing is left beside it.
            WorkbookFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(bytes.left(bytes.size() / 2)) > 0);
            file.cancelWriting();
            QCOMPARE(readAll(), QByteArray("the old report"));
            QCOMPARE(entries(dir.path()), QStringList { u"report.xlsx"_s });
        }
        {
            // Destroyed without a commit (an export that failed): the same.
            WorkbookFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(bytes) > 0);
        }
        QCOMPARE(readAll(), QByteArray("the old report"));
        QCOMPARE(entries(dir.path()), QStringList { u"report.xlsx"_s });
        {
            // Rows that are not records: the commit fails loudly and keeps the old file.
            WorkbookFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(renderer.header() + "?garbage");
            QVERIFY(!file.commit());
            QVERIFY2(file.errorString().contains(u"corrupt"_s), qPrintable(file.errorString()));
            QCOMPARE(readAll(), QByteArray("the old report"));
            QCOMPARE(entries(dir.path()), QStringList { u"report.xlsx"_s });
        }
        {
            // Committed: replaced whole (a zip), with the old file's permissions.
            WorkbookFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(bytes) == bytes.size());
            QCOMPARE(readAll(), QByteArray("the old report")); // not until the commit
            QVERIFY2(file.commit(), qPrintable(file.errorString()));
        }
        QVERIFY(readAll().startsWith("PK\x03\x04"));
        QCOMPARE(QFile::permissions(path) & 0x0777,
            QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup);
        QCOMPARE(entries(dir.path()), QStringList { u"report.xlsx"_s });

        // A new file gets what a new file gets under the umask.
        const mode_t mask = ::umask(022);
        const QString fresh = dir.filePath(u"fresh.xlsx"_s);
        {
            WorkbookFile file(fresh);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(bytes) == bytes.size());
            QVERIFY(file.commit());
        }
        ::umask(mask);
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(fresh).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0644));

        // A folder that is not there is refused at open, before any row.
        WorkbookFile nowhere(dir.filePath(u"missing/report.xlsx"_s));
        QVERIFY(!nowhere.open(QIODevice::WriteOnly));
        QVERIFY(!nowhere.errorString().isEmpty());
    }

    void theCommandLineWritesWorkbooks()
    {
        requireTools();
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.data.seed = 8;
        sandboxOptions.data.flows = 2;
        sandboxOptions.data.executionsPerFlow = 400; // its now is now: search's 30 days hold all
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(sandboxOptions));
        sandbox::SandboxServer &server = sandbox.server();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"TWILIO_"_s))
                env.remove(key);
        }
        QTemporaryDir dir;
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"FLOWSCOPE_BASE_URL"_s, server.url().toString());
        env.insert(u"TWILIO_ACCOUNT_SID"_s, QString::fromLatin1(server.accountSid()));
        env.insert(u"TWILIO_AUTH_TOKEN"_s, QString::fromLatin1(server.authToken()));
        env.insert(u"TZ"_s, u"Europe/Berlin"_s);
        const auto run = [&env](const QStringList &arguments) {
            return runProcess(QStringLiteral(FLOWSCOPE_BIN), arguments, env);
        };
        const QString flow = QString::fromLatin1(server.data().flow(1).sid);
        const QStringList columns { u"sid"_s, u"account_sid"_s, u"flow_sid"_s, u"contact_sid"_s,
            u"contact_channel_address"_s, u"status"_s, u"date_created"_s, u"date_updated"_s,
            u"duration_seconds"_s, u"url"_s };

        // Refused before any request: a workbook does not go to a terminal.
        const qint64 before = server.requestCount();
        const ProcessRun toTerminal
            = run({ u"executions"_s, u"--flow"_s, flow, u"--format"_s, u"xlsx"_s });
        QCOMPARE(toTerminal.exitCode, 2);
        QVERIFY2(toTerminal.err.contains("-o FILE.xlsx"), toTerminal.err.constData());
        QCOMPARE(server.requestCount(), before);

        const ProcessRun jsonl
            = run({ u"executions"_s, u"--flow"_s, flow, u"--format"_s, u"jsonl"_s });
        QCOMPARE(jsonl.exitCode, 0);
        QList<QJsonObject> api;
        for (const QByteArray &line : jsonl.out.split('\n')) {
            if (!line.isEmpty())
                api << QJsonDocument::fromJson(line).object();
        }
        QCOMPARE(api.size(), 400);

        for (const bool local : { false, true }) {
            const QString path = dir.filePath(local ? u"local.xlsx"_s : u"utc.xlsx"_s);
            QStringList arguments { u"executions"_s, u"--flow"_s, flow, u"--format"_s, u"xlsx"_s,
                u"--columns"_s, columns.join(u','), u"-o"_s, path };
            if (local)
                arguments << u"--local-times"_s;
            const ProcessRun r = run(arguments);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QString error;
            const auto sheets = spreadsheet::readWithLibreOffice(path, &error);
            QVERIFY2(sheets, qPrintable(error));
            const QList<QList<Cell>> &rows = sheets->first().rows;
            QCOMPARE(rows.size(), 401);
            const QTimeZone berlin("Europe/Berlin");
            const auto time = [&](const QJsonObject &o, const QString &key) {
                if (!local)
                    return apiTime(o, key);
                return QDateTime::fromString(o.value(key).toString(), Qt::ISODate)
                    .toTimeZone(berlin)
                    .toString(u"yyyy-MM-ddTHH:mm:ss"_s);
            };
            for (int k = 0; k < 400; ++k) {
                const QJsonObject &o = api[k];
                QList<Cell> expected;
                for (const QString &c : columns) {
                    if (c == u"date_created"_s || c == u"date_updated"_s) {
                        expected << Cell { u"date"_s, time(o, c) };
                    } else if (c == u"duration_seconds"_s) {
                        const qint64 s
                            = QDateTime::fromString(
                                o.value(u"date_created"_s).toString(), Qt::ISODate)
                                  .secsTo(QDateTime::fromString(
                                      o.value(u"date_updated"_s).toString(), Qt::ISODate));
                        expected << (o.value(u"status"_s) == u"ended"_s
                                ? Cell { u"float"_s, QString::number(s) }
                                : Cell {});
                    } else {
                        expected << Cell { u"string"_s, o.value(c).toString() };
                    }
                }
                while (!expected.isEmpty() && expected.constLast().type.isEmpty())
                    expected.removeLast();
                QCOMPARE(rows[k + 1], expected);
            }
        }

        // A failed export leaves the workbook that was there as it was.
        const QString kept = dir.filePath(u"utc.xlsx"_s);
        const QByteArray keptBytes = fileBytes(kept);
        QVERIFY(!keptBytes.isEmpty());
        const ProcessRun missing = run({ u"executions"_s, u"--flow"_s, u"FW"_s + QString(32, u'0'),
            u"--format"_s, u"xlsx"_s, u"-o"_s, kept });
        QCOMPARE(missing.exitCode, 4);
        QCOMPARE(fileBytes(kept), keptBytes);
        QCOMPARE(entries(dir.path()).filter(u".xlsx"_s).size(), 2); // nothing left beside it

        // A customer's executions across flows, as a workbook.
        const QString number = sandboxtruth::numberInFlows(server.data(), 2);
        QVERIFY(!number.isEmpty());
        const QString found = dir.filePath(u"customer.xlsx"_s);
        const ProcessRun search = run({ u"search"_s, u"--contact"_s, number, u"--format"_s,
            u"xlsx"_s, u"--columns"_s, u"sid,contact_channel_address,flow_sid"_s, u"-o"_s, found });
        QVERIFY2(search.exitCode == 0, search.err.constData());
        QString error;
        const auto results = spreadsheet::readWithLibreOffice(found, &error);
        QVERIFY2(results, qPrintable(error));
        qint64 truth = 0;
        for (int f2 = 0; f2 < server.data().flowCount(); ++f2) {
            for (qint64 i = 0; i < server.data().executionCount(f2); ++i)
                truth += sandboxtruth::numberOf(server.data().execution(f2, i).contactAddress)
                    == number;
        }
        QCOMPARE(qint64(results->first().rows.size() - 1), truth);
        QSet<QString> flows;
        for (qsizetype r = 1; r < results->first().rows.size(); ++r) {
            const QList<Cell> &row = results->first().rows[r];
            QCOMPARE(row[1].type, u"string"_s);
            QVERIFY(row[1].value.endsWith(number)); // with its +
            flows.insert(row[2].value);
        }
        QVERIFY(flows.size() >= 2);
    }

    void theWindowsCommitDoesNotBlock()
    {
        // ExportFile::commitAsync: the zip is written on the workbook's thread; done comes here.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"async.xlsx"_s);
        const RowRenderer renderer(sampleOptions(), QString::fromLatin1(pagebuilder::kFlow));
        ExportFile file(path, ExportFormat::Xlsx);
        QString why;
        QVERIFY(file.open(&why));
        QVERIFY(file.write(renderer.header() + renderer.render(samplePage()), &why));
        bool done = false;
        bool result = false;
        QObject context;
        file.commitAsync(&context, [&](bool ok, const QString &) {
            done = true;
            result = ok;
        });
        QVERIFY(!done); // never before the event loop runs again
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(result);
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY(workbookNotes(file.workbook()).contains(u"2 row"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
