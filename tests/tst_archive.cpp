// The archive: one suite over both stores — the encrypted SQLite file always, PostgreSQL on a
// real server (ctest runs this under pg_virtualenv; under CI=true a missing server fails) — then
// the file's encryption and refusals, then syncing from the sandbox: everything archived, a
// second sync costs a tenth of the first, an execution that ended since is updated, a cut sync
// resumed loses and doubles nothing.

#include "archive/archive.h"
#include "archive/archivekey.h"
#include "archive/archivesync.h"
#include "support/sandboxfixture.h"
#include "support/testclient.h"
#include "json/jsonpath.h"

#include <sqlcipher/sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

const QByteArray kKey = "8f3c1e0d2b4a69788f3c1e0d2b4a69788f3c1e0d2b4a69788f3c1e0d2b4a6978";
constexpr qint64 kBase = 1795824000000; // 2026-11-28T00:00:00Z

QString accountSid(int n)
{
    return u"AC%1"_s.arg(QString::number(n, 16), 32, u'0');
}

QString fakeSid(const char *prefix, int n)
{
    return QString::fromLatin1(prefix) + u"%1"_s.arg(QString::number(n, 16), 32, u'0');
}

// A synthetic execution: flow n % 2, one a minute back from kBase, every tenth active; contacts
// on two channels of one number among others.
ArchivedExecution synthetic(int n)
{
    ArchivedExecution e;
    e.sid = fakeSid("FN", n);
    e.flowSid = fakeSid("FW", n % 2);
    e.status = n % 10 == 0 ? u"active"_s : u"ended"_s;
    e.contactAddress = n % 7 == 0 ? u"whatsapp:+447700900123"_s
        : n % 7 == 1              ? u"+447700900123"_s
                                  : u"+1415555%1"_s.arg(n % 10000, 4, 10, QChar(u'0'));
    e.createdMs = kBase - qint64(n) * 60'000;
    e.updatedMs = e.createdMs + 5'000;
    e.raw = QJsonDocument(QJsonObject { { u"sid"_s, e.sid }, { u"status"_s, e.status } })
                .toJson(QJsonDocument::Compact);
    e.context = QJsonDocument(
        QJsonObject { { u"flow"_s, QJsonObject { { u"data"_s, u"said %1 words"_s.arg(n) } } } })
                    .toJson(QJsonDocument::Compact);
    e.steps = "[{\"sid\":\"FT" + QByteArray::number(n) + "\"}]";
    if (n % 3 == 0) // some synced with --related, some without
        e.related = R"({"messages":[],"calls":[],"alerts":[{"sid":"NO)" + QByteArray::number(n)
            + R"("}]})";
    return e;
}

int modeOf(const QString &path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                     : -1;
}

bool sameRow(const ArchivedExecution &a, const ArchivedExecution &b)
{
    return a.sid == b.sid && a.flowSid == b.flowSid && a.status == b.status
        && a.contactAddress == b.contactAddress && a.createdMs == b.createdMs
        && a.updatedMs == b.updatedMs && a.raw == b.raw && a.context == b.context
        && a.steps == b.steps && a.related == b.related;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_accounts = 0; // each test its own account: PostgreSQL's tables are shared

    static bool postgresAvailable() { return !qEnvironmentVariableIsEmpty("PGHOST"); }

    static ArchiveLocation postgres()
    {
        ArchiveLocation location;
        location.kind = ArchiveLocation::Kind::Postgres;
        location.host = qEnvironmentVariable("PGHOST");
        location.port = qEnvironmentVariableIntValue("PGPORT");
        location.user = qEnvironmentVariable("PGUSER");
        location.database = qEnvironmentVariable("PGDATABASE", location.user);
        return location; // the password: PGPASSWORD, read by libpq
    }

    ArchiveLocation sqlite(const QString &name) const
    {
        ArchiveLocation location;
        location.path = m_dir.filePath(name);
        return location;
    }

    void storeRows()
    {
        QTest::addColumn<bool>("onPostgres");
        QTest::newRow("sqlcipher") << false;
        QTest::newRow("postgresql") << true;
    }

    // The store of the row, for a fresh account; nullptr after failing or skipping.
    std::unique_ptr<Archive> openStore(bool onPostgres, const QString &account, const QString &file)
    {
        if (onPostgres && !postgresAvailable()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                qFatal("CI=true and no PostgreSQL server (run under pg_virtualenv)");
            return nullptr;
        }
        ArchiveError error;
        auto archive
            = Archive::open(onPostgres ? postgres() : sqlite(file), kKey, account, true, &error);
        if (!archive)
            qWarning("%s", qPrintable(error.message));
        return archive;
    }

    // How many batches the text index's lists name, read straight from the store.
    qint64 textBatches(bool onPostgres, const QString &file) const
    {
        const char *sql = onPostgres ? "SELECT count(DISTINCT batch) FROM flowscope_text_grams"
                                     : "SELECT count(DISTINCT batch) FROM text_grams";
        if (onPostgres) {
            qint64 count = -1;
            {
                const ArchiveLocation location = postgres();
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"count"_s);
                db.setHostName(location.host);
                db.setPort(location.port);
                db.setUserName(location.user);
                db.setDatabaseName(location.database);
                QSqlQuery query(db);
                if (db.open() && query.exec(QString::fromLatin1(sql)) && query.next())
                    count = query.value(0).toLongLong();
            }
            QSqlDatabase::removeDatabase(u"count"_s);
            return count;
        }
        sqlite3 *db = nullptr;
        sqlite3_stmt *select = nullptr;
        qint64 count = -1;
        const QByteArray keyText = "x'" + kKey + "'";
        if (sqlite3_open(QFile::encodeName(m_dir.filePath(file)).constData(), &db) == SQLITE_OK
            && sqlite3_key(db, keyText.constData(), int(keyText.size())) == SQLITE_OK
            && sqlite3_prepare_v2(db, sql, -1, &select, nullptr) == SQLITE_OK
            && sqlite3_step(select) == SQLITE_ROW)
            count = sqlite3_column_int64(select, 0);
        sqlite3_finalize(select);
        sqlite3_close(db);
        return count;
    }

    static QList<ArchivedExecution> readAll(Archive &archive, const QString &flow, int page)
    {
        QList<ArchivedExecution> all;
        ArchiveRange range;
        range.flowSid = flow;
        range.limit = page;
        for (;;) {
            ArchiveError error;
            const QList<ArchivedExecution> rows = archive.range(range, &error);
            if (error.isError() || rows.isEmpty())
                return all;
            all += rows;
            range.continueAfter(rows.last());
        }
    }

    [[nodiscard]] static bool sync(StudioClient &client, Archive &archive,
        const ArchiveSyncOptions &options, ApiError *error = nullptr,
        ArchiveSyncCounts *counts = nullptr)
    {
        ArchiveSync sync(&client, &archive, options);
        QSignalSpy finished(&sync, &ArchiveSync::finished);
        sync.start();
        if (!finished.wait(120'000))
            return false;
        const ApiError result = finished.first().first().value<ApiError>();
        if (error)
            *error = result;
        if (counts)
            *counts = sync.counts();
        return !result.isError();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storeRoundTrip_data() { storeRows(); }
    void storeRoundTrip()
    {
        QFETCH(bool, onPostgres);
        auto archive = openStore(onPostgres, accountSid(++m_accounts), u"roundtrip.db"_s);
        if (!archive && onPostgres && !postgresAvailable())
            QSKIP("no PostgreSQL server (ctest runs this under pg_virtualenv)");
        QVERIFY(archive);
        QCOMPARE(archive->schemaVersion(), Archive::kSchemaVersion);

        QList<ArchivedExecution> written;
        for (int n = 0; n < 2500; ++n)
            written << synthetic(n);
        ArchiveError error;
        for (qsizetype at = 0; at < written.size(); at += 1000)
            QVERIFY2(archive->write(written.mid(at, 1000), &error), qPrintable(error.message));

        // Each flow read back a page at a time, newest first, every field as written.
        for (int flow = 0; flow < 2; ++flow) {
            QList<ArchivedExecution> expected;
            for (const ArchivedExecution &e : std::as_const(written)) {
                if (e.flowSid == fakeSid("FW", flow))
                    expected << e;
            }
            const QList<ArchivedExecution> read = readAll(*archive, fakeSid("FW", flow), 300);
            QCOMPARE(read.size(), expected.size());
            for (qsizetype k = 0; k < read.size(); ++k)
                QVERIFY2(sameRow(read[k], expected[k]), qPrintable(read[k].sid));
        }

        // A range: [from, to) by date_created.
        ArchiveRange range;
        range.flowSid = fakeSid("FW", 0);
        range.fromMs = kBase - 100 * 60'000;
        range.toMs = kBase - 10 * 60'000;
        const QList<ArchivedExecution> inRange = archive->range(range, &error);
        QCOMPARE(inRange.size(), 45); // n = 10, 12, …, 98 (n = 100 is at from: included)
        QCOMPARE(inRange.first().sid, fakeSid("FN", 12));
        QCOMPARE(inRange.last().sid, fakeSid("FN", 100));

        // Written again, changed: replaced by SID, nothing doubled.
        ArchivedExecution ended = synthetic(10);
        ended.status = u"ended"_s;
        ended.steps = "[{\"sid\":\"FTchanged\"}]";
        QVERIFY(archive->write({ ended, synthetic(11) }, &error));
        QVERIFY(sameRow(*archive->execution(fakeSid("FN", 10), &error), ended));
        QVERIFY(!archive->execution(fakeSid("FN", 99999), &error));
        QVERIFY(!archive->activeSids(fakeSid("FW", 0), &error).contains(fakeSid("FN", 10)));
        QCOMPARE(archive->activeSids(fakeSid("FW", 0), &error).size(), 249);

        // What each flow holds.
        QVERIFY(archive->markSynced(fakeSid("FW", 1), kBase - 60'000, kBase + 1, &error));
        QCOMPARE(archive->syncedThrough(fakeSid("FW", 1), &error), kBase - 60'000);
        QCOMPARE(archive->syncedThrough(fakeSid("FW", 0), &error), kNoTime);
        const QList<ArchivedFlow> flows = archive->flows(&error);
        QCOMPARE(flows.size(), 2);
        QCOMPARE(flows[0].executions, 1250);
        QCOMPARE(flows[0].active, 249);
        QCOMPARE(flows[0].newestMs, kBase);
        QCOMPARE(flows[0].oldestMs, kBase - 2498LL * 60'000);
        QCOMPARE(flows[0].lastSyncMs, kNoTime);
        QCOMPARE(flows[1].lastSyncMs, kBase + 1);

        // A number on any channel is one key.
        const QString key = Archive::contactKeyOf(u"whatsapp:+447700900123"_s);
        QCOMPARE(key, u"+447700900123"_s);
        QCOMPARE(Archive::contactKeyOf(u"client:Alice"_s), u"client:alice"_s);
        const QList<ArchivedExecution> hers = archive->byContactKey(key, &error);
        QCOMPARE(hers.size(), 715); // n % 7 is 0 or 1 among 2,500
        QVERIFY(std::is_sorted(hers.cbegin(), hers.cend(),
            [](const auto &a, const auto &b) { return a.createdMs > b.createdMs; }));

        // Purge: counted, then deleted, only what is older.
        const qint64 cut = kBase - 2000LL * 60'000;
        QCOMPARE(archive->countOlderThan(cut, &error), 499);
        QCOMPARE(archive->purgeOlderThan(cut, &error), 499);
        QCOMPARE(archive->countOlderThan(cut, &error), 0);
        QCOMPARE(readAll(*archive, fakeSid("FW", 0), 1000).size()
                + readAll(*archive, fakeSid("FW", 1), 1000).size(),
            2001);
    }

    // The text index: trigrams of the context's string values, in any case; the lists as gaps or
    // a bitmap, read back exactly; a broken list reads as none.
    void textIndexPieces()
    {
        using namespace textindex;
        QVERIFY(gramsOfText(u"ab"_s).isEmpty());
        QVERIFY(gramsOfText(u"👍🏽"_s).isEmpty()); // two characters, four UTF-16 units
        QCOMPARE(
            gramsOfText(u"ÉCOLE Straße"_s), gramsOfText(u"école STRASSE"_s.left(9) + u"aße"_s));
        QCOMPARE(gramsOfText(u"abcabc"_s).size(), 3); // abc, bca, cab
        QVERIFY(gramsOfJson(R"({"secret":1,"another key":true,"n":12345})").isEmpty());
        QVERIFY(gramsOfJson("not json").isEmpty());
        const QList<Gram> context = gramsOfJson(R"({"a":["x",{"b":"Où est ma COMMANDE ?"}]})");
        for (const Gram g : gramsOfText(u"où est ma commande"_s))
            QVERIFY(context.contains(g));
        QVERIFY(!context.contains(gramsOfText(u"a[x"_s).first())); // not across strings

        QList<qint64> sparse { 5, 9000, 9001, 123456789 }, dense;
        for (qint64 id = 1000; id < 2000; id += (id % 3 == 0 ? 1 : 2))
            dense << id;
        for (const QList<qint64> &ids : { sparse, dense, QList<qint64> { 7 } })
            QCOMPARE(decodeIds(encodeIds(ids)), ids);
        QCOMPARE(encodeIds(dense).at(0), char(1)); // a bitmap: smaller than 600 gaps
        QVERIFY(encodeIds(dense).size() < 140);
        QCOMPARE(encodeIds(sparse).at(0), char(0));
        QCOMPARE(decodeIds(encodeIds({ 3, 1, 3, 2 })), (QList<qint64> { 1, 2, 3 }));
        QByteArray broken = encodeIds(dense);
        broken.chop(1);
        QVERIFY(decodeIds(broken).isEmpty());
        QVERIFY(decodeIds("\x00\xff").isEmpty());

        // Batch by batch: an id counts only where every trigram has it in the same batch.
        const QList<Segment> a { { 1, encodeIds({ 1, 2, 3 }) }, { 2, encodeIds({ 10, 11 }) } };
        const QList<Segment> b { { 1, encodeIds({ 2, 3, 4 }) }, { 3, encodeIds({ 10 }) } };
        const auto intersect = [](const QList<QList<Segment>> &lists) {
            Narrowing narrowing;
            for (const QList<Segment> &segments : lists)
                narrowing.add(segments);
            return narrowing.ids();
        };
        QCOMPARE(intersect({ a, b }), (QList<qint64> { 2, 3 }));
        QCOMPARE(intersect({ a }), (QList<qint64> { 1, 2, 3, 10, 11 }));
        QVERIFY(intersect({ a, {} }).isEmpty());
    }

    // search --text in the archive: every execution whose context holds the text is among what
    // the index names (checked against every row), the index narrows to a few, a row written
    // again is found by its new text, and purged rows are gone from it.
    void textIndexFindsEveryMatch_data() { storeRows(); }
    void textIndexFindsEveryMatch()
    {
        QFETCH(bool, onPostgres);
        auto archive = openStore(onPostgres, accountSid(++m_accounts), u"text.db"_s);
        if (!archive && onPostgres && !postgresAvailable())
            QSKIP("no PostgreSQL server (ctest runs this under pg_virtualenv)");
        QVERIFY(archive);
        const QStringList bodies { u"Où est ma COMMANDE ?"_s, u"配達はいつですか"_s,
            u"Thanks!! 👍🏽🎉"_s, u"Ünïcödé façade"_s, u"order #4521, please"_s };
        QList<ArchivedExecution> written;
        for (int n = 0; n < 2500; ++n) {
            ArchivedExecution e = synthetic(n);
            if (n % 5 == 0) // some say something else too, deeper down
                e.context = QJsonDocument(
                    QJsonObject { { u"trigger"_s,
                                      QJsonObject { { u"message"_s,
                                          QJsonObject { { u"Body"_s,
                                              bodies.at(n / 5 % bodies.size()) } } } } },
                        { u"flow"_s, QJsonObject { { u"data"_s, u"said %1 words"_s.arg(n) } } } })
                                .toJson(QJsonDocument::Compact);
            if (n == 7)
                e.context.clear(); // synced without its context
            written << e;
        }
        ArchiveError error;
        for (qsizetype at = 0; at < written.size(); at += 1000)
            QVERIFY2(archive->write(written.mid(at, 1000), &error), qPrintable(error.message));

        const auto found = [&](const QString &text) {
            ArchiveError e;
            const auto rows = archive->byText(text, &e);
            QStringList sids;
            for (const ArchivedExecution &row : rows.value_or(QList<ArchivedExecution>())) {
                if (anyStringContains(row.context, text))
                    sids << row.sid;
            }
            return std::pair(sids, rows ? rows->size() : -1);
        };
        for (const QString &text : { u"said 42 words"_s, u"COMMANDE"_s, u"commande ?"_s,
                 u"配達は"_s, u"👍🏽🎉"_s, u"ÜNÏCÖDÉ FAÇ"_s, u"#4521"_s, u"words"_s,
                 u"nobody wrote this"_s, u"said 7 words"_s }) {
            QStringList truth;
            for (const ArchivedExecution &e : std::as_const(written)) {
                if (anyStringContains(e.context, text))
                    truth << e.sid;
            }
            auto [sids, candidates] = found(text);
            sids.sort();
            truth.sort();
            QCOMPARE(sids, truth);
            if (text.startsWith(u"said"_s))
                QVERIFY2(candidates <= 256, qPrintable(QString::number(candidates)));
        }
        QCOMPARE(found(u"said 42 words"_s).first, QStringList { fakeSid("FN", 42) });
        QCOMPARE(found(u"said 7 words"_s).first, QStringList()); // no context, nothing to find
        QCOMPARE(found(u"ab"_s).second, -1); // too short for the index: refused
        QCOMPARE(found(u"words"_s).first.size(), 2499);

        // Written again with other words: found by the new ones only.
        ArchivedExecution changed = synthetic(42);
        changed.context = R"({"flow":{"data":"now it says parcel"}})";
        QVERIFY(archive->write({ changed }, &error));
        QCOMPARE(found(u"said 42 words"_s).first, QStringList());
        QCOMPARE(found(u"now it says"_s).first, QStringList { changed.sid });

        // Another account's text is not this one's.
        auto other = openStore(onPostgres, accountSid(++m_accounts), u"text.db"_s);
        QVERIFY(other);
        QVERIFY(other->byText(u"now it says"_s, &error)->isEmpty());

        // Purged: gone from the index with the rows — the lists of the two batches no row is
        // left in (n from 1,000 on) are deleted.
        const qint64 batchesBefore = textBatches(onPostgres, u"text.db"_s);
        QCOMPARE(archive->purgeOlderThan(kBase - 999LL * 60'000, &error), 1500);
        QCOMPARE(textBatches(onPostgres, u"text.db"_s), batchesBefore - 2);
        QCOMPARE(found(u"words"_s).first.size(), 998); // n below 1,000 but 7 and 42
        QVERIFY(found(u"said 1500 words"_s).first.isEmpty());
    }

    // Two accounts in one database never see each other's rows.
    void accountsApart_data() { storeRows(); }
    void accountsApart()
    {
        QFETCH(bool, onPostgres);
        const QString mine = accountSid(++m_accounts), theirs = accountSid(++m_accounts);
        auto a = openStore(onPostgres, mine, u"shared.db"_s);
        if (!a && onPostgres && !postgresAvailable())
            QSKIP("no PostgreSQL server (ctest runs this under pg_virtualenv)");
        auto b = openStore(onPostgres, theirs, u"shared.db"_s);
        QVERIFY(a && b);
        ArchiveError error;
        QVERIFY(a->write({ synthetic(1), synthetic(3) }, &error));
        ArchivedExecution same = synthetic(1); // the same SID under the other account
        same.context = "{\"theirs\":true}";
        QVERIFY(b->write({ same }, &error));
        QCOMPARE(readAll(*a, fakeSid("FW", 1), 10).size(), 2);
        QCOMPARE(readAll(*b, fakeSid("FW", 1), 10).size(), 1);
        QCOMPARE(a->execution(fakeSid("FN", 1), &error)->context, synthetic(1).context);
        QCOMPARE(b->execution(fakeSid("FN", 1), &error)->context, same.context);
        QVERIFY(!b->execution(fakeSid("FN", 3), &error));
        QCOMPARE(b->flows(&error).first().executions, 1);
        QCOMPARE(b->byContactKey(u"+447700900123"_s, &error).size(), 1);
        QCOMPARE(b->purgeOlderThan(kBase + 1, &error), 1);
        QCOMPARE(readAll(*a, fakeSid("FW", 1), 10).size(), 2);
    }

    // The file: no SQLite header, no clear text, owner-only in an owner-only folder.
    void encryptedAtRest()
    {
        const QString folder = m_dir.filePath(u"fresh/archive"_s);
        ArchiveLocation location;
        location.path = folder + u"/a.db"_s;
        ArchiveError error;
        {
            auto archive = Archive::open(location, kKey, accountSid(1), true, &error);
            QVERIFY2(archive, qPrintable(error.message));
            ArchivedExecution e = synthetic(7);
            e.context = "{\"said\":\"my order never arrived, plainly readable\"}";
            QVERIFY(archive->write({ e }, &error));
        }
        QFile file(location.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("never arrived"));
        QVERIFY(!bytes.contains("+447700900123"));
        QVERIFY(!bytes.contains(fakeSid("FN", 7).toLatin1()));
        QCOMPARE(modeOf(location.path), 0600);
        QCOMPARE(modeOf(folder), 0700);
        // With the key, it reads back.
        auto again = Archive::open(location, kKey, accountSid(1), false, &error);
        QVERIFY2(again, qPrintable(error.message));
        QVERIFY(again->execution(fakeSid("FN", 7), &error)->context.contains("never arrived"));
    }

    // A wrong key, a plain SQLite file, another file, a newer schema, nothing there: refused
    // with words that name the archive, and the file as it was.
    void refusedAndUntouched()
    {
        ArchiveLocation location = sqlite(u"refused.db"_s);
        ArchiveError error;
        QVERIFY(Archive::open(location, kKey, accountSid(1), true, &error));
        const QByteArray before = hashOf(location.path);

        QVERIFY(!Archive::open(location, Archive::newKey(), accountSid(1), false, &error));
        QCOMPARE(error.kind, ArchiveError::Kind::Refused);
        QVERIFY(error.message.contains(location.path));
        QVERIFY(!Archive::open(location, "a passphrase", accountSid(1), true, &error));
        QCOMPARE(error.kind, ArchiveError::Kind::Refused);
        QCOMPARE(hashOf(location.path), before);

        ArchiveLocation plain = sqlite(u"plain.db"_s);
        {
            QFile file(plain.path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        }
        const QByteArray plainBefore = hashOf(plain.path);
        QVERIFY(!Archive::open(plain, kKey, accountSid(1), true, &error));
        QCOMPARE(error.kind, ArchiveError::Kind::Refused);
        QVERIFY(error.message.contains(u"plain SQLite"_s));
        QCOMPARE(hashOf(plain.path), plainBefore);

        ArchiveLocation text = sqlite(u"notes.txt"_s);
        {
            QFile file(text.path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        QVERIFY(!Archive::open(text, kKey, accountSid(1), true, &error));
        QCOMPARE(error.kind, ArchiveError::Kind::Refused);
        QCOMPARE(hashOf(text.path),
            QCryptographicHash::hash(QByteArray(8192, 'x'), QCryptographicHash::Sha256));

        QVERIFY(!Archive::open(sqlite(u"none.db"_s), kKey, accountSid(1), false, &error));
        QCOMPARE(error.kind, ArchiveError::Kind::Missing);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none.db"_s)));

        // A schema from a newer FlowScope.
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(location.path).constData(), &db), SQLITE_OK);
            const QByteArray keyText = "x'" + kKey + "'";
            sqlite3_key(db, keyText.constData(), int(keyText.size()));
            QCOMPARE(sqlite3_exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema'", nullptr,
                         nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray newer = hashOf(location.path);
        QVERIFY(!Archive::open(location, kKey, accountSid(1), true, &error));
        QCOMPARE(error.kind, ArchiveError::Kind::Refused);
        QVERIFY(error.message.contains(u"newer"_s));
        QCOMPARE(hashOf(location.path), newer);
    }

    // An archive made by the previous schema (version 1, as it was first written: no outcomes,
    // no order among ties) opens, is migrated in place, keeps its rows and takes new ones.
    void previousSchemaIsMigrated_data() { storeRows(); }
    void previousSchemaIsMigrated()
    {
        QFETCH(bool, onPostgres);
        const QStringList v1 {
            u"CREATE TABLE %1executions (%2account_sid TEXT NOT NULL, sid TEXT NOT NULL, "
            "flow_sid TEXT NOT NULL, status TEXT NOT NULL, contact TEXT, contact_key TEXT, "
            "created_ms %3 NOT NULL, updated_ms %3, raw %4 NOT NULL, context %4, steps %4, %5)"_s,
            u"CREATE INDEX %1executions_by_flow ON %1executions (account_sid, flow_sid, "
            "created_ms, sid)"_s,
            u"CREATE TABLE %1synced (account_sid TEXT NOT NULL, flow_sid TEXT NOT NULL, "
            "newest_ms %3, synced_ms %3 NOT NULL, PRIMARY KEY (account_sid, flow_sid))"_s,
            u"CREATE TABLE %1meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"INSERT INTO %1meta (key, value) VALUES ('schema', '1')"_s,
        };
        // %1 table prefix, %2 a row id column, %3 integer type, %4 blob type, %5 the key.
        const auto dialect = [](QString sql, const QStringList &words) {
            for (qsizetype k = 0; k < words.size(); ++k)
                sql.replace(u"%"_s + QString::number(k + 1), words[k]);
            return sql;
        };
        const QString account = accountSid(++m_accounts);
        const ArchivedExecution old = synthetic(42);
        ArchiveLocation location;
        if (onPostgres) {
            if (!postgresAvailable())
                QSKIP("no PostgreSQL server (ctest runs this under pg_virtualenv)");
            location = postgres();
            {
                QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"v1"_s);
                admin.setHostName(location.host);
                admin.setPort(location.port);
                admin.setUserName(location.user);
                admin.setDatabaseName(location.database);
                QVERIFY(admin.open());
                QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS flowscope_v1"_s);
                QVERIFY(QSqlQuery(admin).exec(u"CREATE DATABASE flowscope_v1"_s));
                admin.setDatabaseName(u"flowscope_v1"_s);
                admin.close();
                QVERIFY(admin.open());
                for (const QString &sql : v1) {
                    QSqlQuery query(admin);
                    QVERIFY2(query.exec(dialect(sql,
                                 { u"flowscope_"_s, QString(), u"BIGINT"_s, u"BYTEA"_s,
                                     u"PRIMARY KEY (account_sid, sid)"_s })),
                        qPrintable(query.lastError().text()));
                }
                QSqlQuery insert(admin);
                insert.prepare(u"INSERT INTO flowscope_executions (account_sid, sid, flow_sid, "
                               "status, created_ms, raw, context) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
                for (const QVariant &value :
                    QVariantList { account, old.sid, old.flowSid, old.status, old.createdMs,
                        Archive::pack(old.raw), Archive::pack(old.context) })
                    insert.addBindValue(value);
                QVERIFY(insert.exec());
            }
            QSqlDatabase::removeDatabase(u"v1"_s);
            location.database = u"flowscope_v1"_s;
        } else {
            location = sqlite(u"v1.db"_s);
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(location.path).constData(), &db), SQLITE_OK);
            const QByteArray keyText = "x'" + kKey + "'";
            sqlite3_key(db, keyText.constData(), int(keyText.size()));
            for (const QString &sql : v1) {
                const QByteArray text = dialect(sql,
                    { QString(), u"id INTEGER PRIMARY KEY, "_s, u"INTEGER"_s, u"BLOB"_s,
                        u"UNIQUE (account_sid, sid)"_s })
                                            .toUtf8();
                QCOMPARE(sqlite3_exec(db, text.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            }
            sqlite3_stmt *insert = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db,
                         "INSERT INTO executions (account_sid, sid, flow_sid, status, created_ms, "
                         "raw, context) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                         -1, &insert, nullptr),
                SQLITE_OK);
            const QByteArray a = account.toUtf8(), sid = old.sid.toUtf8(),
                             flow = old.flowSid.toUtf8(), status = old.status.toUtf8(),
                             raw = Archive::pack(old.raw), context = Archive::pack(old.context);
            sqlite3_bind_text(insert, 1, a.constData(), int(a.size()), nullptr);
            sqlite3_bind_text(insert, 2, sid.constData(), int(sid.size()), nullptr);
            sqlite3_bind_text(insert, 3, flow.constData(), int(flow.size()), nullptr);
            sqlite3_bind_text(insert, 4, status.constData(), int(status.size()), nullptr);
            sqlite3_bind_int64(insert, 5, old.createdMs);
            sqlite3_bind_blob(insert, 6, raw.constData(), int(raw.size()), nullptr);
            sqlite3_bind_blob(insert, 7, context.constData(), int(context.size()), nullptr);
            QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_finalize(insert);
            sqlite3_close(db);
        }

        ArchiveError error;
        auto archive = Archive::open(location, kKey, account, false, &error);
        QVERIFY2(archive, qPrintable(error.message));
        QCOMPARE(archive->schemaVersion(), Archive::kSchemaVersion);
        const auto kept = archive->execution(old.sid, &error);
        QVERIFY2(kept, qPrintable(error.message));
        QCOMPARE(kept->raw, old.raw);
        QVERIFY(kept->outcome.isEmpty());
        QVERIFY(!Archive::outcomeFrom(kept->outcome).isKnown());
        // What it held before the text index is filed in it.
        QCOMPARE(archive->byText(u"SAID 42 WORDS"_s, &error)->size(), 1);
        ArchivedExecution fresh = synthetic(44); // the same flow
        Outcome failed;
        failed.verdict = Outcome::Verdict::Failed;
        failed.endedAt = u"send_error"_s;
        failed.stepCount = 5;
        failed.errorCode = 30007;
        failed.relatedKnown = true;
        fresh.outcome = Archive::outcomeBytes(failed);
        QVERIFY2(archive->write({ fresh }, &error), qPrintable(error.message));
        QCOMPARE(Archive::outcomeFrom(archive->execution(fresh.sid, &error)->outcome), failed);
        QCOMPARE(readAll(*archive, old.flowSid, 10).size(), 2);
        QCOMPARE(archive->byText(u"said 44 words"_s, &error)->first().sid, fresh.sid);
        archive.reset();
        // Opened again: already migrated, nothing to do.
        QVERIFY(Archive::open(location, kKey, account, false, &error));
    }

    // A PostgreSQL password the window kept in the keychain is handed over for the connection
    // when neither the URL nor PGPASSWORD gives one; the URL's wins; the entry names no secret.
    void postgresPasswordFromTheKeychain()
    {
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        const auto restore = qScopeGuard([&saved] {
            if (!saved.isEmpty())
                qputenv("PGPASSWORD", saved);
        });
        QString why;
        auto location
            = ArchiveLocation::parse(u"postgresql://support@db.example:5433/team"_s, &why);
        QVERIFY2(location, qPrintable(why));
        MemorySecretStore keychain;
        const QString entry = ArchiveKey::passwordEntryFor(*location);
        QCOMPARE(entry, u"archive-postgresql/support@db.example:5433/team"_s);
        const auto obtained = [&](const ArchiveLocation &where) {
            ArchiveKey got;
            got.status = ArchiveKey::Status::Failed;
            ArchiveKey::obtain(&keychain, where, accountSid(1), false, this,
                [&got](const ArchiveKey &key) { got = key; }); // memory answers at once
            return got;
        };
        QCOMPARE(obtained(*location).status, ArchiveKey::Status::Ok);
        QVERIFY(obtained(*location).password.isEmpty()); // none kept: ~/.pgpass may have it
        keychain.write(entry, u"s3cret"_s, [](auto, auto) {});
        QCOMPARE(obtained(*location).password, u"s3cret"_s);
        QVERIFY(!location->display().contains(u"s3cret"_s));
        auto inUrl
            = ArchiveLocation::parse(u"postgresql://support:other@db.example:5433/team"_s, &why);
        QVERIFY(inUrl);
        QVERIFY(obtained(*inUrl).password.isEmpty()); // the URL's is used as it is
        qputenv("PGPASSWORD", "fromenv");
        QVERIFY(obtained(*location).password.isEmpty()); // libpq reads PGPASSWORD itself
        qunsetenv("PGPASSWORD");
    }

    void locations()
    {
        QString error;
        auto pg = ArchiveLocation::parse(
            u"postgresql://ana:s3cret@db.example.com:6543/support?sslmode=require"_s, &error);
        QVERIFY(pg);
        QCOMPARE(pg->host, u"db.example.com"_s);
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->user, u"ana"_s);
        QCOMPARE(pg->password, u"s3cret"_s);
        QCOMPARE(pg->database, u"support"_s);
        QCOMPARE(pg->sslMode, u"require"_s);
        QVERIFY(!pg->display().contains(u"s3cret"_s));
        for (const QString &bad : { u"postgresql://ana:s3cret@/support"_s,
                 u"postgresql://ana:s3cret@host/"_s, u"postgresql://ana:s3cret@host/db?x=1"_s,
                 u"postgresql://ana:s3cret@host/db?sslmode=maybe"_s, u"mysql://ana:s3cret@h/d"_s,
                 u"sqlite:"_s }) {
            QVERIFY2(!ArchiveLocation::parse(bad, &error), qPrintable(bad));
            QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
        }
        auto file = ArchiveLocation::parse(u"sqlite:rel/a.db"_s, &error);
        QVERIFY(file && file->isSqlite() && QFileInfo(file->path).isAbsolute());
        QVERIFY(ArchiveLocation::defaultFor(u"work/../x"_s)
                    .path.endsWith(u"/flowscope/archive-work____x.db"_s));
    }

    // Syncing from the sandbox: everything, then only what is new, an ended one updated.
    void syncArchivesAndIsIncremental_data() { storeRows(); }
    void syncArchivesAndIsIncremental()
    {
        QFETCH(bool, onPostgres);
        SandboxFixture sandbox;
        QVERIFY(
            sandbox.start(SandboxFixture::options(3, 150, 17, QDateTime::currentSecsSinceEpoch())));
        StudioClient client;
        client.setSettings(localClientSettings(sandbox));
        auto archive = openStore(onPostgres, QString::fromLatin1(sandbox.accountSid()),
            u"sync-%1.db"_s.arg(m_accounts++));
        if (!archive && onPostgres && !postgresAvailable())
            QSKIP("no PostgreSQL server (ctest runs this under pg_virtualenv)");
        QVERIFY(archive);

        ArchiveSyncCounts counts;
        ArchiveError error;
        const qint64 before = sandbox->requestCount();
        QVERIFY(sync(client, *archive, {}, nullptr, &counts));
        const qint64 first = sandbox->requestCount() - before;
        QCOMPARE(counts.flows, 3);
        const sandbox::SandboxData &data = sandbox.data();
        for (int f = 0; f < 3; ++f) {
            const QList<ArchivedExecution> rows = readAll(*archive, sandbox.flowSid(f), 1000);
            QCOMPARE(rows.size(), data.executionCount(f));
            QHash<QString, ArchivedExecution> bySid; // ties in a second come in either order
            for (const ArchivedExecution &row : rows)
                bySid.insert(row.sid, row);
            QCOMPARE(bySid.size(), rows.size());
            for (qint64 i = 0; i < data.executionCount(f); i += 37) {
                const ArchivedExecution row = bySid.value(sandbox.executionSid(f, i));
                QCOMPARE(row.sid, sandbox.executionSid(f, i));
                QCOMPARE(row.createdMs, data.execution(f, i).dateCreated * 1000);
                QCOMPARE(QJsonDocument::fromJson(row.context).object(), data.context(f, i));
                QCOMPARE(
                    QJsonDocument::fromJson(row.steps).array().size(), data.steps(f, i).size());
                QCOMPARE(
                    QJsonDocument::fromJson(row.raw).object().value(u"sid"_s).toString(), row.sid);
                // The revision it ran on (flow 0 was republished within the range), kept whole.
                const auto revision = archive->revisionAt(row.flowSid, row.createdMs, &error);
                QVERIFY2(revision, qPrintable(row.sid));
                const QJsonObject resource = QJsonDocument::fromJson(*revision).object();
                QCOMPARE(resource.value(u"revision"_s).toInt(), data.flowVersion(f, i));
                QCOMPARE(resource.value(u"definition"_s).toObject(),
                    data.definition(f, data.flowVersion(f, i)));
            }
            QCOMPARE(
                archive->revisionsHeld(sandbox.flowSid(f), &error).size(), data.flow(f).version);
        }
        QVERIFY(data.flowVersion(0, 0) != data.flowVersion(0, data.executionCount(0) - 1));

        // An active execution ends at Twilio; the next sync reads it again.
        qint64 activeIndex = -1;
        // The newest: one stuck for weeks would have weeks of alerts listed for its error code.
        for (qint64 i = data.executionCount(0) - 1; i >= 0 && activeIndex < 0; --i) {
            if (data.isActive(0, i))
                activeIndex = i;
        }
        QVERIFY(activeIndex >= 0);
        const QString activeSid = sandbox.executionSid(0, activeIndex);
        QCOMPARE(archive->execution(activeSid, &error)->status, u"active"_s);
        {
            ApiReplyPtr end(
                client.post(client.executionUrl(sandbox.flowSid(0), activeSid), "Status=ended"));
            QSignalSpy done(end.get(), &ApiReply::finished);
            QVERIFY(done.wait(10000));
            QVERIFY(!end->error().isError());
        }

        const qint64 secondStart = sandbox->requestCount();
        QVERIFY(sync(client, *archive, {}, nullptr, &counts));
        const qint64 second = sandbox->requestCount() - secondStart;
        QVERIFY2(second * 10 < first, qPrintable(u"%1 then %2"_s.arg(first).arg(second)));
        QCOMPARE(archive->execution(activeSid, &error)->status, u"ended"_s);
        for (int f = 0; f < 3; ++f)
            QCOMPARE(readAll(*archive, sandbox.flowSid(f), 1000).size(), data.executionCount(f));
    }

    // A sync cut part-way keeps what it wrote; the next one completes it, nothing doubled.
    void cutSyncResumes()
    {
        SandboxFixture sandbox;
        QVERIFY(
            sandbox.start(SandboxFixture::options(2, 1100, 5, QDateTime::currentSecsSinceEpoch())));
        StudioClient client;
        client.setSettings(localClientSettings(sandbox));
        auto archive = openStore(false, QString::fromLatin1(sandbox.accountSid()), u"cut.db"_s);
        QVERIFY(archive);
        ArchiveSyncOptions options;
        options.flows = { sandbox.flowSid(0), sandbox.flowSid(1) };
        options.parallelFlows = 1;
        {
            ArchiveSync cut(&client, archive.get(), options);
            QSignalSpy finished(&cut, &ArchiveSync::finished);
            connect(&cut, &ArchiveSync::progress, &cut, [&cut](const ArchiveSyncCounts &counts) {
                if (counts.written >= 1000)
                    cut.cancel();
            });
            cut.start();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
            QVERIFY(cut.counts().written >= 1000 && cut.counts().written < 2200);
        }
        ArchiveError error;
        QCOMPARE(archive->syncedThrough(sandbox.flowSid(0), &error), kNoTime); // not finished
        const qint64 kept = readAll(*archive, sandbox.flowSid(0), 1000).size();
        QVERIFY(kept >= 1000);

        QVERIFY(sync(client, *archive, options));
        for (int f = 0; f < 2; ++f) {
            const QList<ArchivedExecution> rows = readAll(*archive, sandbox.flowSid(f), 1000);
            QCOMPARE(rows.size(), sandbox.data().executionCount(f));
            QSet<QString> sids;
            for (const ArchivedExecution &row : rows)
                sids.insert(row.sid);
            QCOMPARE(sids.size(), rows.size());
        }
        QVERIFY(archive->syncedThrough(sandbox.flowSid(0), &error) != kNoTime);
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
