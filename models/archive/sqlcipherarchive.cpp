#include "sqlcipherarchive.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// Version 1, as it was first written (a new archive is made at version 1, then migrated, so the
// migrations always run): executions (each with its compressed raw object, context and steps)
// under their account, by (flow, date_created), contact key and status; the newest date each
// flow's last finished sync saw.
constexpr const char *kCipherSchema = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE executions (
    id INTEGER PRIMARY KEY,
    account_sid TEXT NOT NULL,
    sid TEXT NOT NULL,
    flow_sid TEXT NOT NULL,
    status TEXT NOT NULL,
    contact TEXT,
    contact_key TEXT,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER,
    raw BLOB NOT NULL,
    context BLOB,
    steps BLOB,
    UNIQUE (account_sid, sid)
);
CREATE INDEX executions_by_flow ON executions (account_sid, flow_sid, created_ms, sid);
CREATE INDEX executions_by_contact ON executions (account_sid, contact_key);
CREATE INDEX executions_by_status ON executions (account_sid, status, flow_sid);
CREATE TABLE synced (
    account_sid TEXT NOT NULL,
    flow_sid TEXT NOT NULL,
    newest_ms INTEGER,
    synced_ms INTEGER NOT NULL,
    PRIMARY KEY (account_sid, flow_sid)
);
)sql";

// Each step from version n to n + 1, run in one transaction with the version it makes.
constexpr std::array<const char *, Archive::kSchemaVersion - 1> kCipherMigrations {
    // 2: what became of each execution, and the order the API listed those created in the same
    // millisecond (a tie date_created alone cannot break), with the index reading follows.
    "ALTER TABLE executions ADD COLUMN outcome BLOB;"
    "ALTER TABLE executions ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0;"
    "DROP INDEX executions_by_flow;"
    "CREATE INDEX executions_by_flow ON executions "
    "(account_sid, flow_sid, created_ms DESC, ordinal, sid);",
    // 3: the messages, calls and alerts a sync with --related read.
    "ALTER TABLE executions ADD COLUMN related BLOB;",
    // 4: the text index (textindex.h): each trigram's lists of ids, a row per batch, and each
    // execution's batch, so that a purge can drop the lists no execution is left in. The
    // executions already archived are filed once the tables are made (indexExisting). And the
    // flows' revisions, to draw archived executions on.
    "ALTER TABLE executions ADD COLUMN text_batch INTEGER;"
    "CREATE INDEX executions_by_text_batch ON executions (text_batch);"
    "CREATE TABLE text_grams (gram INTEGER NOT NULL, batch INTEGER NOT NULL, ids BLOB NOT NULL,"
    " PRIMARY KEY (gram, batch)) WITHOUT ROWID;"
    "INSERT INTO meta (key, value) VALUES ('text_batch', '0');"
    "CREATE TABLE revisions (account_sid TEXT NOT NULL, flow_sid TEXT NOT NULL,"
    " revision INTEGER NOT NULL, created_ms INTEGER NOT NULL, body BLOB NOT NULL,"
    " PRIMARY KEY (account_sid, flow_sid, revision));",
};

constexpr const char *kCipherColumns
    = "sid, flow_sid, status, contact, created_ms, updated_ms, raw, context, steps, outcome, "
      "ordinal, related";
// The same, without what a search does not read (nulls in their places).
constexpr const char *kSearchColumns
    = "sid, flow_sid, status, contact, created_ms, updated_ms, raw, context, NULL, NULL, "
      "ordinal, NULL";

QByteArray sqlText(const QString &text)
{
    return text.toUtf8();
}

} // namespace

class SqlCipherArchive::Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }
    // Bound values must outlive step(): they are not copied.
    void bind(int index, const QByteArray &bytes, bool blob = false)
    {
        if (bytes.isNull())
            sqlite3_bind_null(m_statement, index);
        else if (blob)
            sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), nullptr);
        else
            sqlite3_bind_text(m_statement, index, bytes.constData(), int(bytes.size()), nullptr);
    }
    void bind(int index, qint64 value)
    {
        if (value == kNoTime)
            sqlite3_bind_null(m_statement, index);
        else
            sqlite3_bind_int64(m_statement, index, value);
    }
    // SQLITE_ROW, SQLITE_DONE or an error.
    int step() { return m_ok ? sqlite3_step(m_statement) : SQLITE_ERROR; }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    QByteArray blob(int column) const
    {
        const void *data = sqlite3_column_blob(m_statement, column);
        return data
            ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column))
            : QByteArray();
    }
    qint64 integer(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL
            ? kNoTime
            : sqlite3_column_int64(m_statement, column);
    }

    // One archived execution from the columns kCipherColumns names, from `first` on.
    ArchivedExecution execution(int first = 0) const
    {
        ArchivedExecution e;
        e.sid = text(first);
        e.flowSid = text(first + 1);
        e.status = text(first + 2);
        e.contactAddress = text(first + 3);
        e.createdMs = integer(first + 4);
        e.updatedMs = integer(first + 5);
        e.raw = unpack(blob(first + 6));
        e.context = unpack(blob(first + 7));
        e.steps = unpack(blob(first + 8));
        e.outcome = unpack(blob(first + 9));
        e.ordinal = int(integer(first + 10));
        e.related = unpack(blob(first + 11));
        return e;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
};

SqlCipherArchive::SqlCipherArchive(sqlite3 *db, const QString &path, const QString &accountSid)
    : m_db(db)
    , m_path(path)
    , m_account(accountSid)
{ }

SqlCipherArchive::~SqlCipherArchive()
{
    sqlite3_close(m_db);
}

QString SqlCipherArchive::name() const
{
    return u"sqlite:"_s + m_path;
}

bool SqlCipherArchive::fail(ArchiveError *error, const QString &what) const
{
    error->kind = ArchiveError::Kind::Failed;
    error->message = SqlCipherArchive::tr("the archive %1: %2: %3")
                         .arg(name(), what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool SqlCipherArchive::exec(const char *sql, ArchiveError *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    const QString why = QString::fromUtf8(message);
    sqlite3_free(message);
    error->kind = ArchiveError::Kind::Failed;
    error->message = SqlCipherArchive::tr("the archive %1: %2").arg(name(), why);
    return false;
}

std::unique_ptr<Archive> SqlCipherArchive::open(const ArchiveLocation &location,
    const QByteArray &key, const QString &accountSid, bool create, ArchiveError *error)
{
    const QString path = location.path;
    const QString name = u"sqlite:"_s + path;
    const auto refuse = [&](ArchiveError::Kind kind, const QString &message) {
        error->kind = kind;
        error->message = message;
        return nullptr;
    };
    if (key.isEmpty())
        return refuse(ArchiveError::Kind::Refused,
            SqlCipherArchive::tr("the archive %1 has no key").arg(name));
    const QFileInfo info(path);
    const bool fresh = !info.exists();
    if (fresh && !create)
        return refuse(ArchiveError::Kind::Missing,
            SqlCipherArchive::tr("there is no archive at %1").arg(path));
    if (!fresh) {
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            return refuse(ArchiveError::Kind::Refused,
                SqlCipherArchive::tr("the archive %1 is not a file that can be read").arg(name));
        if (file.read(16) == QByteArray("SQLite format 3\0", 16))
            return refuse(ArchiveError::Kind::Refused,
                SqlCipherArchive::tr(
                    "%1 is a plain SQLite database, not an encrypted archive; it was left as it "
                    "is")
                    .arg(path));
    } else {
        // The folder owner-only when it is made here; the file 0600 before SQLite writes to it.
        const QDir folder = info.absoluteDir();
        if (!folder.exists()) {
            if (!QDir().mkpath(folder.path()))
                return refuse(ArchiveError::Kind::Failed,
                    SqlCipherArchive::tr("the folder of the archive %1 could not be made")
                        .arg(name));
            ::chmod(QFile::encodeName(folder.path()).constData(), 0700);
        }
        const int fd
            = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY, 0600);
        if (fd < 0)
            return refuse(ArchiveError::Kind::Failed,
                SqlCipherArchive::tr("the archive %1 could not be made: %2")
                    .arg(name, QString::fromLocal8Bit(std::strerror(errno))));
        ::close(fd);
    }
    ::chmod(QFile::encodeName(path).constData(), 0600);

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        if (fresh)
            QFile::remove(path);
        return refuse(
            ArchiveError::Kind::Failed, SqlCipherArchive::tr("the archive %1: %2").arg(name, why));
    }
    std::unique_ptr<SqlCipherArchive> archive(new SqlCipherArchive(db, path, accountSid));
    // 64 hex digits are the key itself (no key derivation); anything else a passphrase.
    const bool rawKey = key.size() == 64 && std::all_of(key.cbegin(), key.cend(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c));
    });
    const QByteArray keyText = rawKey ? "x'" + key + "'" : key;
    sqlite3_key(db, keyText.constData(), int(keyText.size()));
    sqlite3_busy_timeout(db, 10'000);
    // Any read decrypts the first page: a wrong key or a file that is not SQLCipher's fails here.
    if (!fresh
        && sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return refuse(ArchiveError::Kind::Refused,
            SqlCipherArchive::tr(
                "the archive %1 cannot be read with this key (a wrong key, or not a FlowScope "
                "archive); it was left as it is")
                .arg(name));
    if (!archive->prepareSchema(fresh, error)) {
        archive.reset();
        if (fresh)
            QFile::remove(path);
        return nullptr;
    }
    return archive;
}

bool SqlCipherArchive::prepareSchema(bool fresh, ArchiveError *error)
{
    if (fresh) {
        if (!exec("PRAGMA journal_mode=WAL", error) || !exec("BEGIN", error)
            || !exec(kCipherSchema, error)
            || !exec("INSERT INTO meta (key, value) VALUES ('schema', '1')", error)
            || !exec("COMMIT", error))
            return false;
    }
    if (!readSchema(error))
        return false;
    if (m_schema == kSchemaVersion)
        return true;
    // Older: migrated in one transaction, read again inside it (another process may have done
    // it meanwhile).
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    if (!readSchema(error)) {
        exec("ROLLBACK", error);
        return false;
    }
    for (int version = m_schema; version < kSchemaVersion; ++version) {
        if (!exec(kCipherMigrations[size_t(version - 1)], error)
            || (version + 1 == 4 && !indexExisting(error))) {
            ArchiveError ignored;
            exec("ROLLBACK", &ignored);
            return false;
        }
    }
    Statement bump(m_db, "UPDATE meta SET value = ?1 WHERE key = 'schema'");
    const QByteArray v = QByteArray::number(kSchemaVersion);
    bump.bind(1, v);
    if (bump.step() != SQLITE_DONE) {
        fail(error, SqlCipherArchive::tr("migrating it"));
        exec("ROLLBACK", error);
        return false;
    }
    m_schema = kSchemaVersion;
    return exec("COMMIT", error);
}

bool SqlCipherArchive::readSchema(ArchiveError *error)
{
    Statement version(m_db, "SELECT value FROM meta WHERE key = 'schema'");
    if (!version.ok() || version.step() != SQLITE_ROW) {
        error->kind = ArchiveError::Kind::Refused;
        error->message = SqlCipherArchive::tr(
            "%1 is a database, but not a FlowScope archive; it was left as it is")
                             .arg(name());
        return false;
    }
    m_schema = version.text(0).toInt();
    if (m_schema < 1 || m_schema > kSchemaVersion) {
        error->kind = ArchiveError::Kind::Refused;
        error->message = SqlCipherArchive::tr(
            "the archive %1 was made by a newer FlowScope (schema %2; this one "
            "reads up to %3); it was left as it is")
                             .arg(name(), version.text(0))
                             .arg(kSchemaVersion);
        return false;
    }
    return true;
}

bool SqlCipherArchive::write(const QList<ArchivedExecution> &executions, ArchiveError *error)
{
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    Statement insert(m_db,
        "INSERT OR REPLACE INTO executions (account_sid, sid, flow_sid, status, contact, "
        "contact_key, created_ms, updated_ms, raw, context, steps, outcome, ordinal, related, "
        "text_batch) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    const QByteArray account = sqlText(m_account);
    const qint64 batch = nextTextBatch(error);
    if (batch < 0) {
        exec("ROLLBACK", error);
        return false;
    }
    textindex::BatchBuilder text;
    for (const ArchivedExecution &e : executions) {
        const QByteArray sid = sqlText(e.sid), flow = sqlText(e.flowSid),
                         status = sqlText(e.status);
        const QByteArray contact
            = e.contactAddress.isEmpty() ? QByteArray() : sqlText(e.contactAddress);
        const QByteArray key
            = contact.isNull() ? QByteArray() : sqlText(contactKeyOf(e.contactAddress));
        const QByteArray raw = pack(e.raw), context = pack(e.context), steps = pack(e.steps),
                         outcome = pack(e.outcome), related = pack(e.related);
        insert.bind(1, account);
        insert.bind(2, sid);
        insert.bind(3, flow);
        insert.bind(4, status);
        insert.bind(5, contact);
        insert.bind(6, key);
        insert.bind(7, e.createdMs == kNoTime ? 0 : e.createdMs);
        insert.bind(8, e.updatedMs);
        insert.bind(9, raw, true);
        insert.bind(10, context, true);
        insert.bind(11, steps, true);
        insert.bind(12, outcome, true);
        insert.bind(13, qint64(e.ordinal));
        insert.bind(14, related, true);
        insert.bind(15, batch);
        if (insert.step() != SQLITE_DONE) {
            fail(error, SqlCipherArchive::tr("writing %1").arg(e.sid));
            exec("ROLLBACK", error);
            return false;
        }
        insert.reset();
        text.add(sqlite3_last_insert_rowid(m_db), textindex::gramsOfJson(e.context));
    }
    if (!fileText(batch, text, error)) {
        ArchiveError ignored;
        exec("ROLLBACK", &ignored);
        return false;
    }
    return exec("COMMIT", error);
}

QList<ArchivedExecution> SqlCipherArchive::range(const ArchiveRange &r, ArchiveError *error)
{
    const QByteArray sql = QByteArray("SELECT ") + kCipherColumns
        + " FROM executions WHERE account_sid = ?1 AND flow_sid = ?2"
          " AND (?3 IS NULL OR created_ms >= ?3) AND (?4 IS NULL OR created_ms < ?4)"
          " AND (?5 IS NULL OR created_ms < ?5 OR (created_ms = ?5 AND (ordinal > ?8"
          " OR (ordinal = ?8 AND sid > ?6))))"
          " ORDER BY created_ms DESC, ordinal, sid LIMIT ?7";
    Statement select(m_db, sql.constData());
    const QByteArray account = sqlText(m_account), flow = sqlText(r.flowSid),
                     after = sqlText(r.afterSid);
    select.bind(1, account);
    select.bind(2, flow);
    select.bind(3, r.fromMs);
    select.bind(4, r.toMs);
    select.bind(5, r.afterCreatedMs);
    select.bind(6, after);
    select.bind(7, qint64(r.limit));
    select.bind(8, qint64(r.afterOrdinal));
    return rows(select, error);
}

QList<ArchivedExecution> SqlCipherArchive::rows(Statement &select, ArchiveError *error) const
{
    QList<ArchivedExecution> found;
    int status = SQLITE_ROW;
    while ((status = select.step()) == SQLITE_ROW)
        found << select.execution();
    if (status != SQLITE_DONE)
        fail(error, SqlCipherArchive::tr("reading"));
    return found;
}

std::optional<ArchivedExecution> SqlCipherArchive::execution(
    const QString &sid, ArchiveError *error)
{
    const QByteArray sql = QByteArray("SELECT ") + kCipherColumns
        + " FROM executions WHERE account_sid = ?1 AND sid = ?2";
    Statement select(m_db, sql.constData());
    const QByteArray account = sqlText(m_account), s = sqlText(sid);
    select.bind(1, account);
    select.bind(2, s);
    const QList<ArchivedExecution> found = rows(select, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QStringList SqlCipherArchive::activeSids(const QString &flowSid, ArchiveError *error)
{
    Statement select(m_db,
        "SELECT sid FROM executions WHERE account_sid = ?1 AND status = 'active' AND flow_sid = "
        "?2 ORDER BY created_ms DESC");
    const QByteArray account = sqlText(m_account), flow = sqlText(flowSid);
    select.bind(1, account);
    select.bind(2, flow);
    QStringList sids;
    int status = SQLITE_ROW;
    while ((status = select.step()) == SQLITE_ROW)
        sids << select.text(0);
    if (status != SQLITE_DONE)
        fail(error, SqlCipherArchive::tr("reading"));
    return sids;
}

QList<ArchivedExecution> SqlCipherArchive::byContactKey(const QString &key, ArchiveError *error)
{
    const QByteArray sql = QByteArray("SELECT ") + kCipherColumns
        + " FROM executions WHERE account_sid = ?1 AND contact_key = ?2"
          " ORDER BY created_ms DESC, ordinal, sid";
    Statement select(m_db, sql.constData());
    const QByteArray account = sqlText(m_account), k = sqlText(key);
    select.bind(1, account);
    select.bind(2, k);
    return rows(select, error);
}

QList<int> SqlCipherArchive::revisionsHeld(const QString &flowSid, ArchiveError *error)
{
    Statement select(m_db,
        "SELECT revision FROM revisions WHERE account_sid = ?1 AND flow_sid = ?2 ORDER BY "
        "revision");
    const QByteArray account = sqlText(m_account), flow = sqlText(flowSid);
    select.bind(1, account);
    select.bind(2, flow);
    QList<int> held;
    int status = SQLITE_ROW;
    while ((status = select.step()) == SQLITE_ROW)
        held << int(select.integer(0));
    if (status != SQLITE_DONE)
        fail(error, SqlCipherArchive::tr("reading"));
    return held;
}

bool SqlCipherArchive::writeRevision(const QString &flowSid, int revision, qint64 createdMs,
    const QByteArray &body, ArchiveError *error)
{
    Statement insert(m_db,
        "INSERT OR IGNORE INTO revisions (account_sid, flow_sid, revision, created_ms, body) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    const QByteArray account = sqlText(m_account), flow = sqlText(flowSid), packed = pack(body);
    insert.bind(1, account);
    insert.bind(2, flow);
    insert.bind(3, qint64(revision));
    insert.bind(4, createdMs == kNoTime ? 0 : createdMs);
    insert.bind(5, packed, true);
    return insert.step() == SQLITE_DONE || fail(error, SqlCipherArchive::tr("writing"));
}

std::optional<QByteArray> SqlCipherArchive::revisionAt(
    const QString &flowSid, qint64 ms, ArchiveError *error)
{
    // In force then: the newest published by then; before the first held, the oldest held.
    Statement select(m_db,
        "SELECT body FROM revisions WHERE account_sid = ?1 AND flow_sid = ?2 "
        "ORDER BY created_ms <= ?3 DESC, CASE WHEN created_ms <= ?3 THEN -created_ms "
        "ELSE created_ms END, revision DESC LIMIT 1");
    const QByteArray account = sqlText(m_account), flow = sqlText(flowSid);
    select.bind(1, account);
    select.bind(2, flow);
    select.bind(3, ms);
    const int status = select.step();
    if (status == SQLITE_ROW)
        return unpack(select.blob(0));
    if (status != SQLITE_DONE)
        fail(error, SqlCipherArchive::tr("reading"));
    return std::nullopt;
}

bool SqlCipherArchive::markSynced(
    const QString &flowSid, qint64 newestMs, qint64 syncedMs, ArchiveError *error)
{
    Statement insert(m_db,
        "INSERT OR REPLACE INTO synced (account_sid, flow_sid, newest_ms, synced_ms) "
        "VALUES (?1, ?2, ?3, ?4)");
    const QByteArray account = sqlText(m_account), flow = sqlText(flowSid);
    insert.bind(1, account);
    insert.bind(2, flow);
    insert.bind(3, newestMs);
    insert.bind(4, syncedMs);
    return insert.step() == SQLITE_DONE || fail(error, SqlCipherArchive::tr("writing"));
}

qint64 SqlCipherArchive::syncedThrough(const QString &flowSid, ArchiveError *error)
{
    Statement select(m_db, "SELECT newest_ms FROM synced WHERE account_sid = ?1 AND flow_sid = ?2");
    const QByteArray account = sqlText(m_account), flow = sqlText(flowSid);
    select.bind(1, account);
    select.bind(2, flow);
    const int status = select.step();
    if (status == SQLITE_ROW)
        return select.integer(0);
    if (status != SQLITE_DONE)
        fail(error, SqlCipherArchive::tr("reading"));
    return kNoTime;
}

QList<ArchivedFlow> SqlCipherArchive::flows(ArchiveError *error)
{
    Statement select(m_db,
        "SELECT f.flow_sid, count(e.sid), coalesce(sum(e.status = 'active'), 0), "
        "min(e.created_ms), max(e.created_ms), s.synced_ms "
        "FROM (SELECT flow_sid FROM executions WHERE account_sid = ?1 "
        "      UNION SELECT flow_sid FROM synced WHERE account_sid = ?1) AS f "
        "LEFT JOIN executions AS e ON e.account_sid = ?1 AND e.flow_sid = f.flow_sid "
        "LEFT JOIN synced AS s ON s.account_sid = ?1 AND s.flow_sid = f.flow_sid "
        "GROUP BY f.flow_sid ORDER BY f.flow_sid");
    const QByteArray account = sqlText(m_account);
    select.bind(1, account);
    QList<ArchivedFlow> flows;
    int status = SQLITE_ROW;
    while ((status = select.step()) == SQLITE_ROW) {
        flows.append({ select.text(0), select.integer(1), select.integer(2), select.integer(3),
            select.integer(4), select.integer(5) });
    }
    if (status != SQLITE_DONE)
        fail(error, SqlCipherArchive::tr("reading"));
    return flows;
}

qint64 SqlCipherArchive::countOlderThan(qint64 ms, ArchiveError *error)
{
    Statement select(
        m_db, "SELECT count(*) FROM executions WHERE account_sid = ?1 AND created_ms < ?2");
    const QByteArray account = sqlText(m_account);
    select.bind(1, account);
    select.bind(2, ms);
    if (select.step() != SQLITE_ROW) {
        fail(error, SqlCipherArchive::tr("reading"));
        return -1;
    }
    return select.integer(0);
}

qint64 SqlCipherArchive::purgeOlderThan(qint64 ms, ArchiveError *error)
{
    // The rows and the text index's lists only they were in, together.
    if (!exec("BEGIN IMMEDIATE", error))
        return -1;
    const auto abandon = [this] {
        ArchiveError ignored;
        exec("ROLLBACK", &ignored);
        return qint64(-1);
    };
    const QByteArray account = sqlText(m_account);
    QList<qint64> batches;
    {
        Statement select(m_db,
            "SELECT DISTINCT text_batch FROM executions WHERE account_sid = ?1 AND created_ms < ?2"
            " AND text_batch IS NOT NULL");
        select.bind(1, account);
        select.bind(2, ms);
        int status = SQLITE_ROW;
        while ((status = select.step()) == SQLITE_ROW)
            batches << select.integer(0);
        if (status != SQLITE_DONE) {
            fail(error, SqlCipherArchive::tr("reading"));
            return abandon();
        }
    }
    Statement remove(m_db, "DELETE FROM executions WHERE account_sid = ?1 AND created_ms < ?2");
    remove.bind(1, account);
    remove.bind(2, ms);
    if (remove.step() != SQLITE_DONE) {
        fail(error, SqlCipherArchive::tr("deleting"));
        return abandon();
    }
    const qint64 removed = sqlite3_changes(m_db);
    QList<qint64> emptied;
    Statement left(m_db, "SELECT 1 FROM executions WHERE text_batch = ?1 LIMIT 1");
    for (const qint64 batch : std::as_const(batches)) {
        left.bind(1, batch);
        const int status = left.step();
        if (status == SQLITE_DONE)
            emptied << batch;
        else if (status != SQLITE_ROW) {
            fail(error, SqlCipherArchive::tr("reading"));
            return abandon();
        }
        left.reset();
    }
    for (qsizetype i = 0; i < emptied.size(); i += 5000) {
        QByteArray sql = "DELETE FROM text_grams WHERE batch IN (";
        for (qsizetype k = i; k < std::min(emptied.size(), i + 5000); ++k)
            sql += (k > i ? "," : "") + QByteArray::number(emptied.at(k));
        sql += ')';
        if (!exec(sql.constData(), error))
            return abandon();
    }
    return exec("COMMIT", error) ? removed : -1;
}

qint64 SqlCipherArchive::nextTextBatch(ArchiveError *error)
{
    Statement bump(
        m_db, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'text_batch'");
    Statement read(m_db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'text_batch'");
    if (bump.step() != SQLITE_DONE || read.step() != SQLITE_ROW) {
        fail(error, SqlCipherArchive::tr("writing"));
        return -1;
    }
    return read.integer(0);
}

bool SqlCipherArchive::fileText(qint64 batch, textindex::BatchBuilder &text, ArchiveError *error)
{
    Statement insert(m_db, "INSERT INTO text_grams (gram, batch, ids) VALUES (?1, ?2, ?3)");
    for (const auto &[gram, ids] : text.take()) {
        insert.bind(1, qint64(gram));
        insert.bind(2, batch);
        insert.bind(3, ids, true);
        if (insert.step() != SQLITE_DONE)
            return fail(error, SqlCipherArchive::tr("writing its text index"));
        insert.reset();
    }
    return true;
}

bool SqlCipherArchive::indexExisting(ArchiveError *error)
{
    QList<qint64> ids;
    {
        Statement select(m_db, "SELECT id FROM executions WHERE context IS NOT NULL ORDER BY id");
        int status = SQLITE_ROW;
        while ((status = select.step()) == SQLITE_ROW)
            ids << select.integer(0);
        if (status != SQLITE_DONE)
            return fail(error, SqlCipherArchive::tr("indexing its text"));
    }
    Statement context(m_db, "SELECT context FROM executions WHERE id = ?1");
    Statement mark(m_db, "UPDATE executions SET text_batch = ?1 WHERE id = ?2");
    for (qsizetype i = 0; i < ids.size(); i += kTextBatch) {
        const qint64 batch = nextTextBatch(error);
        if (batch < 0)
            return false;
        textindex::BatchBuilder text;
        for (qsizetype k = i; k < std::min(ids.size(), i + kTextBatch); ++k) {
            context.bind(1, ids.at(k));
            if (context.step() != SQLITE_ROW)
                return fail(error, SqlCipherArchive::tr("indexing its text"));
            text.add(ids.at(k), textindex::gramsOfJson(unpack(context.blob(0))));
            context.reset();
            mark.bind(1, batch);
            mark.bind(2, ids.at(k));
            if (mark.step() != SQLITE_DONE)
                return fail(error, SqlCipherArchive::tr("indexing its text"));
            mark.reset();
        }
        if (!fileText(batch, text, error))
            return false;
    }
    return true;
}

QList<textindex::Segment> SqlCipherArchive::textSegments(textindex::Gram gram, ArchiveError *error)
{
    Statement select(m_db, "SELECT batch, ids FROM text_grams WHERE gram = ?1");
    select.bind(1, qint64(gram));
    QList<textindex::Segment> segments;
    int status = SQLITE_ROW;
    while ((status = select.step()) == SQLITE_ROW)
        segments.append({ select.integer(0), select.blob(1) });
    if (status != SQLITE_DONE)
        fail(error, SqlCipherArchive::tr("reading"));
    return segments;
}

QList<qint64> SqlCipherArchive::textSizes(const QList<textindex::Gram> &grams, ArchiveError *error)
{
    Statement select(m_db, "SELECT coalesce(sum(length(ids)), 0) FROM text_grams WHERE gram = ?1");
    QList<qint64> sizes;
    for (const textindex::Gram gram : grams) {
        select.bind(1, qint64(gram));
        if (select.step() != SQLITE_ROW) {
            fail(error, SqlCipherArchive::tr("reading"));
            return {};
        }
        sizes << select.integer(0);
        select.reset();
    }
    return sizes;
}

QList<ArchivedExecution> SqlCipherArchive::byIds(const QList<qint64> &ids, ArchiveError *error)
{
    const QByteArray sql = QByteArray("SELECT ") + kSearchColumns
        + " FROM executions WHERE id = ?1 AND account_sid = ?2";
    Statement select(m_db, sql.constData());
    const QByteArray account = sqlText(m_account);
    QList<ArchivedExecution> found;
    for (const qint64 id : ids) {
        select.bind(1, id);
        select.bind(2, account);
        const int status = select.step();
        if (status == SQLITE_ROW)
            found << select.execution();
        else if (status != SQLITE_DONE) {
            fail(error, SqlCipherArchive::tr("reading"));
            return {};
        }
        select.reset();
    }
    return found;
}

} // namespace flowscope
