#include "postgresarchive.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// Version 1, as in the SQLite store; the tables carry a prefix, as a shared database may hold
// other things. Made under an advisory lock, so two hosts starting at once do not race.
const QStringList kPgSchema {
    u"CREATE TABLE flowscope_executions ("
    "account_sid TEXT NOT NULL, sid TEXT NOT NULL, flow_sid TEXT NOT NULL, status TEXT NOT NULL, "
    "contact TEXT, contact_key TEXT, created_ms BIGINT NOT NULL, updated_ms BIGINT, "
    "raw BYTEA NOT NULL, context BYTEA, steps BYTEA, PRIMARY KEY (account_sid, sid))"_s,
    u"CREATE INDEX flowscope_executions_by_flow "
    "ON flowscope_executions (account_sid, flow_sid, created_ms, sid)"_s,
    u"CREATE INDEX flowscope_executions_by_contact "
    "ON flowscope_executions (account_sid, contact_key)"_s,
    u"CREATE INDEX flowscope_executions_by_status "
    "ON flowscope_executions (account_sid, status, flow_sid)"_s,
    u"CREATE TABLE flowscope_synced (account_sid TEXT NOT NULL, flow_sid TEXT NOT NULL, "
    "newest_ms BIGINT, synced_ms BIGINT NOT NULL, PRIMARY KEY (account_sid, flow_sid))"_s,
};

// Each step from version n to n + 1, run in the transaction that records the version it makes.
const std::array<QStringList, Archive::kSchemaVersion - 1> kPgMigrations {
    // 2: outcomes, and the order the API listed executions created in the same millisecond.
    QStringList { u"ALTER TABLE flowscope_executions ADD COLUMN outcome BYTEA"_s,
        u"ALTER TABLE flowscope_executions ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0"_s,
        u"DROP INDEX flowscope_executions_by_flow"_s,
        u"CREATE INDEX flowscope_executions_by_flow ON flowscope_executions "
        "(account_sid, flow_sid, created_ms DESC, ordinal, sid)"_s },
    // 3: the messages, calls and alerts a sync with --related read.
    QStringList { u"ALTER TABLE flowscope_executions ADD COLUMN related BYTEA"_s },
    // 4: the text index (textindex.h), as in the SQLite store; each execution gets a number the
    // lists name (an update keeps it). The executions already archived are filed once the tables
    // are made (indexExisting). And the flows' revisions, to draw archived executions on.
    QStringList { u"ALTER TABLE flowscope_executions ADD COLUMN id BIGSERIAL"_s,
        u"CREATE UNIQUE INDEX flowscope_executions_by_id ON flowscope_executions (id)"_s,
        u"ALTER TABLE flowscope_executions ADD COLUMN text_batch BIGINT"_s,
        u"CREATE INDEX flowscope_executions_by_text_batch ON flowscope_executions (text_batch)"_s,
        u"CREATE TABLE flowscope_text_grams (gram INTEGER NOT NULL, batch BIGINT NOT NULL, "
        "ids BYTEA NOT NULL, PRIMARY KEY (gram, batch))"_s,
        u"CREATE SEQUENCE flowscope_text_batches"_s,
        u"CREATE TABLE flowscope_revisions (account_sid TEXT NOT NULL, flow_sid TEXT NOT NULL, "
        "revision INTEGER NOT NULL, created_ms BIGINT NOT NULL, body BYTEA NOT NULL, "
        "PRIMARY KEY (account_sid, flow_sid, revision))"_s },
};

const QString kPgColumns
    = u"sid, flow_sid, status, contact, created_ms, updated_ms, raw, context, steps, outcome, "
      "ordinal, related"_s;
// The same, without what a search does not read (nulls in their places).
const QString kPgSearchColumns
    = u"sid, flow_sid, status, contact, created_ms, updated_ms, raw, context, NULL::BYTEA, "
      "NULL::BYTEA, ordinal, NULL::BYTEA"_s;

QVariant pgTime(qint64 ms)
{
    return ms == kNoTime ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(ms));
}

qint64 pgTimeOf(const QVariant &value)
{
    return value.isNull() ? kNoTime : value.toLongLong();
}

// What the server said, on one line (libpq's messages run over several).
QString whyOf(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

QVariant pgText(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant pgBlob(const QByteArray &bytes)
{
    return bytes.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

} // namespace

PostgresArchive::PostgresArchive(
    const QString &connection, const QString &name, const QString &accountSid)
    : m_connection(connection)
    , m_name(name)
    , m_account(accountSid)
    , m_db(QSqlDatabase::database(connection, false))
{ }

PostgresArchive::~PostgresArchive()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Archive> PostgresArchive::open(
    const ArchiveLocation &location, const QString &accountSid, ArchiveError *error)
{
    const QString name = location.display();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        error->kind = ArchiveError::Kind::Failed;
        error->message = PostgresArchive::tr("the archive %1 needs Qt's PostgreSQL driver (Debian: "
                                             "libqt6sql6-psql), which is not installed")
                             .arg(name);
        return nullptr;
    }
    static QAtomicInteger<int> counter;
    const QString connection = u"flowscope-archive-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        QStringList options { u"connect_timeout=15"_s };
        if (!location.sslMode.isEmpty())
            options << u"sslmode="_s + location.sslMode;
        db.setConnectOptions(options.join(u';'));
    }
    std::unique_ptr<PostgresArchive> archive(new PostgresArchive(connection, name, accountSid));
    if (!archive->m_db.open()) {
        error->kind = ArchiveError::Kind::Failed;
        error->message = PostgresArchive::tr("the archive %1 could not be reached: %2")
                             .arg(name, whyOf(archive->m_db.lastError()));
        return nullptr;
    }
    if (!archive->prepareSchema(error))
        return nullptr;
    return archive;
}

bool PostgresArchive::run(QSqlQuery &query, ArchiveError *error, const QString &what) const
{
    if (query.exec())
        return true;
    error->kind = ArchiveError::Kind::Failed;
    error->message
        = PostgresArchive::tr("the archive %1: %2: %3").arg(m_name, what, whyOf(query.lastError()));
    return false;
}

bool PostgresArchive::prepareSchema(ArchiveError *error)
{
    if (!m_db.transaction()) {
        error->kind = ArchiveError::Kind::Failed;
        error->message
            = PostgresArchive::tr("the archive %1: %2").arg(m_name, whyOf(m_db.lastError()));
        return false;
    }
    QSqlQuery query(m_db);
    const auto step = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        error->kind = ArchiveError::Kind::Failed;
        error->message
            = tr("the archive %1: preparing it: %2").arg(m_name, whyOf(query.lastError()));
        return false;
    };
    const auto abandon = [&] {
        m_db.rollback();
        return false;
    };
    // Quiet: "relation … already exists, skipping" is not news.
    if (!step(u"SET client_min_messages TO WARNING"_s)
        || !step(u"SELECT pg_advisory_xact_lock(7238164502)"_s)
        || !step(u"CREATE TABLE IF NOT EXISTS flowscope_meta (key TEXT PRIMARY KEY, value TEXT "
                 "NOT NULL)"_s)
        || !step(u"SELECT value FROM flowscope_meta WHERE key = 'schema'"_s))
        return abandon();
    if (query.next()) {
        m_schema = query.value(0).toInt();
        if (m_schema > kSchemaVersion) {
            m_db.rollback();
            error->kind = ArchiveError::Kind::Refused;
            error->message = PostgresArchive::tr(
                "the archive %1 was made by a newer FlowScope (schema %2; this "
                "one reads up to %3); it was left as it is")
                                 .arg(m_name)
                                 .arg(m_schema)
                                 .arg(kSchemaVersion);
            return false;
        }
    } else {
        // New: made at version 1, then migrated like any other.
        for (const QString &sql : kPgSchema) {
            if (!step(sql))
                return abandon();
        }
        if (!step(u"INSERT INTO flowscope_meta (key, value) VALUES ('schema', '1')"_s))
            return abandon();
        m_schema = 1;
    }
    if (m_schema == kSchemaVersion) {
        m_db.rollback(); // nothing was changed
        return true;
    }
    for (int version = m_schema; version < kSchemaVersion; ++version) {
        for (const QString &sql : kPgMigrations[size_t(version - 1)]) {
            if (!step(sql))
                return abandon();
        }
        if (version + 1 == 4 && !indexExisting(error))
            return abandon();
    }
    query.prepare(u"UPDATE flowscope_meta SET value = ? WHERE key = 'schema'"_s);
    query.addBindValue(QString::number(kSchemaVersion));
    if (!run(query, error, PostgresArchive::tr("migrating it")))
        return abandon();
    m_schema = kSchemaVersion;
    return m_db.commit();
}

bool PostgresArchive::failed(ArchiveError *error) const
{
    error->kind = ArchiveError::Kind::Failed;
    error->message = PostgresArchive::tr("the archive %1: %2").arg(m_name, whyOf(m_db.lastError()));
    return false;
}

bool PostgresArchive::write(const QList<ArchivedExecution> &executions, ArchiveError *error)
{
    if (!m_db.transaction())
        return failed(error);
    const qint64 batch = nextTextBatch(error);
    if (batch < 0) {
        m_db.rollback();
        return false;
    }
    textindex::BatchBuilder text;
    QSqlQuery insert(m_db);
    insert.prepare(
        u"INSERT INTO flowscope_executions (account_sid, sid, flow_sid, status, "
        "contact, contact_key, created_ms, updated_ms, raw, context, steps, outcome, "
        "ordinal, related, text_batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (account_sid, sid) DO "
        "UPDATE SET flow_sid = EXCLUDED.flow_sid, status = EXCLUDED.status, "
        "contact = EXCLUDED.contact, contact_key = EXCLUDED.contact_key, "
        "created_ms = EXCLUDED.created_ms, updated_ms = EXCLUDED.updated_ms, "
        "raw = EXCLUDED.raw, context = EXCLUDED.context, steps = EXCLUDED.steps, "
        "outcome = EXCLUDED.outcome, ordinal = EXCLUDED.ordinal, related = EXCLUDED.related, "
        "text_batch = EXCLUDED.text_batch RETURNING id"_s);
    for (const ArchivedExecution &e : executions) {
        const QString contact = e.contactAddress.isEmpty() ? QString() : e.contactAddress;
        insert.addBindValue(m_account);
        insert.addBindValue(e.sid);
        insert.addBindValue(e.flowSid);
        insert.addBindValue(e.status);
        insert.addBindValue(pgText(contact));
        insert.addBindValue(pgText(contact.isNull() ? QString() : contactKeyOf(contact)));
        insert.addBindValue(qlonglong(e.createdMs == kNoTime ? 0 : e.createdMs));
        insert.addBindValue(pgTime(e.updatedMs));
        insert.addBindValue(pgBlob(pack(e.raw)));
        insert.addBindValue(pgBlob(pack(e.context)));
        insert.addBindValue(pgBlob(pack(e.steps)));
        insert.addBindValue(pgBlob(pack(e.outcome)));
        insert.addBindValue(e.ordinal);
        insert.addBindValue(pgBlob(pack(e.related)));
        insert.addBindValue(qlonglong(batch));
        if (!run(insert, error, PostgresArchive::tr("writing %1").arg(e.sid)) || !insert.next()) {
            m_db.rollback();
            return error->isError() || failed(error);
        }
        text.add(insert.value(0).toLongLong(), textindex::gramsOfJson(e.context));
    }
    if (!fileText(batch, text, error)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit() || failed(error);
}

qint64 PostgresArchive::nextTextBatch(ArchiveError *error)
{
    QSqlQuery next(m_db);
    next.prepare(u"SELECT nextval('flowscope_text_batches')"_s);
    if (!run(next, error, PostgresArchive::tr("writing")) || !next.next())
        return -1;
    return next.value(0).toLongLong();
}

bool PostgresArchive::fileText(qint64 batch, textindex::BatchBuilder &text, ArchiveError *error)
{
    // Many rows a statement: a batch has thousands of lists, and each statement is a round trip.
    constexpr qsizetype kRows = 2000;
    const QList<std::pair<textindex::Gram, QByteArray>> lists = text.take();
    QSqlQuery insert(m_db);
    for (qsizetype i = 0; i < lists.size(); i += kRows) {
        const qsizetype n = std::min(kRows, lists.size() - i);
        QString sql = u"INSERT INTO flowscope_text_grams (gram, batch, ids) VALUES "_s;
        for (qsizetype k = 0; k < n; ++k)
            sql += k ? u",(?,?,?)"_s : u"(?,?,?)"_s;
        insert.prepare(sql);
        for (qsizetype k = i; k < i + n; ++k) {
            insert.addBindValue(int(lists.at(k).first));
            insert.addBindValue(qlonglong(batch));
            insert.addBindValue(lists.at(k).second);
        }
        if (!run(insert, error, PostgresArchive::tr("writing its text index")))
            return false;
    }
    return true;
}

bool PostgresArchive::indexExisting(ArchiveError *error)
{
    qint64 after = -1;
    for (;;) {
        QSqlQuery select(m_db);
        select.setForwardOnly(true);
        select.prepare(u"SELECT id, context FROM flowscope_executions WHERE id > ? AND context "
                       "IS NOT NULL ORDER BY id LIMIT ?"_s);
        select.addBindValue(qlonglong(after));
        select.addBindValue(kTextBatch);
        if (!run(select, error, PostgresArchive::tr("indexing its text")))
            return false;
        textindex::BatchBuilder text;
        const qint64 first = after + 1;
        while (select.next()) {
            after = select.value(0).toLongLong();
            text.add(after, textindex::gramsOfJson(unpack(select.value(1).toByteArray())));
        }
        if (after < first)
            return true; // none left
        const qint64 batch = nextTextBatch(error);
        QSqlQuery mark(m_db);
        mark.prepare(u"UPDATE flowscope_executions SET text_batch = ? WHERE id >= ? AND id <= ? "
                     "AND context IS NOT NULL"_s);
        mark.addBindValue(qlonglong(batch));
        mark.addBindValue(qlonglong(first));
        mark.addBindValue(qlonglong(after));
        if (batch < 0 || !run(mark, error, PostgresArchive::tr("indexing its text"))
            || !fileText(batch, text, error))
            return false;
    }
}

QList<textindex::Segment> PostgresArchive::textSegments(textindex::Gram gram, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT batch, ids FROM flowscope_text_grams WHERE gram = ?"_s);
    select.addBindValue(int(gram));
    QList<textindex::Segment> segments;
    if (run(select, error, PostgresArchive::tr("reading"))) {
        while (select.next())
            segments.append({ select.value(0).toLongLong(), select.value(1).toByteArray() });
    }
    return segments;
}

QList<qint64> PostgresArchive::textSizes(const QList<textindex::Gram> &grams, ArchiveError *error)
{
    QStringList list;
    for (const textindex::Gram gram : grams)
        list << QString::number(gram);
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT gram, sum(octet_length(ids)) FROM flowscope_text_grams WHERE gram = "
                   "ANY (?::INTEGER[]) GROUP BY gram"_s);
    select.addBindValue(QString(u"{"_s + list.join(u',') + u"}"_s));
    QHash<qint64, qint64> bytes;
    if (!run(select, error, PostgresArchive::tr("reading")))
        return {};
    while (select.next())
        bytes.insert(select.value(0).toLongLong(), select.value(1).toLongLong());
    QList<qint64> sizes;
    for (const textindex::Gram gram : grams)
        sizes << bytes.value(qint64(gram));
    return sizes;
}

QList<ArchivedExecution> PostgresArchive::byIds(const QList<qint64> &ids, ArchiveError *error)
{
    QList<ArchivedExecution> found;
    constexpr qsizetype kIds = 5000;
    for (qsizetype i = 0; i < ids.size(); i += kIds) {
        QStringList some;
        for (qsizetype k = i; k < std::min(ids.size(), i + kIds); ++k)
            some << QString::number(ids.at(k));
        QSqlQuery select(m_db);
        select.setForwardOnly(true);
        select.prepare(u"SELECT "_s + kPgSearchColumns
            + u" FROM flowscope_executions WHERE account_sid = ? AND id = ANY (?::BIGINT[])"_s);
        select.addBindValue(m_account);
        select.addBindValue(QString(u"{"_s + some.join(u',') + u"}"_s));
        found += executions(select, error);
        if (error->isError())
            return {};
    }
    return found;
}

QList<ArchivedExecution> PostgresArchive::executions(QSqlQuery &query, ArchiveError *error) const
{
    QList<ArchivedExecution> rows;
    if (!run(query, error, PostgresArchive::tr("reading")))
        return rows;
    while (query.next()) {
        ArchivedExecution e;
        e.sid = query.value(0).toString();
        e.flowSid = query.value(1).toString();
        e.status = query.value(2).toString();
        e.contactAddress = query.value(3).toString();
        e.createdMs = pgTimeOf(query.value(4));
        e.updatedMs = pgTimeOf(query.value(5));
        e.raw = unpack(query.value(6).toByteArray());
        e.context = unpack(query.value(7).toByteArray());
        e.steps = unpack(query.value(8).toByteArray());
        e.outcome = unpack(query.value(9).toByteArray());
        e.ordinal = query.value(10).toInt();
        e.related = unpack(query.value(11).toByteArray());
        rows << e;
    }
    return rows;
}

QList<ArchivedExecution> PostgresArchive::range(const ArchiveRange &r, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    QString sql = u"SELECT "_s + kPgColumns
        + u" FROM flowscope_executions WHERE account_sid = ? AND flow_sid = ?"_s;
    QVariantList values { m_account, r.flowSid };
    if (r.fromMs != kNoTime) {
        sql += u" AND created_ms >= ?"_s;
        values << qlonglong(r.fromMs);
    }
    if (r.toMs != kNoTime) {
        sql += u" AND created_ms < ?"_s;
        values << qlonglong(r.toMs);
    }
    if (r.afterCreatedMs != kNoTime) {
        sql += u" AND (created_ms < ? OR (created_ms = ? AND (ordinal > ? OR (ordinal = ? AND sid "
               "> ?))))"_s;
        values << qlonglong(r.afterCreatedMs) << qlonglong(r.afterCreatedMs) << r.afterOrdinal
               << r.afterOrdinal << r.afterSid;
    }
    sql += u" ORDER BY created_ms DESC, ordinal, sid LIMIT ?"_s;
    values << r.limit;
    select.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        select.addBindValue(value);
    return executions(select, error);
}

std::optional<ArchivedExecution> PostgresArchive::execution(const QString &sid, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.prepare(u"SELECT "_s + kPgColumns
        + u" FROM flowscope_executions WHERE account_sid = ? AND sid = ?"_s);
    select.addBindValue(m_account);
    select.addBindValue(sid);
    const QList<ArchivedExecution> rows = executions(select, error);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QStringList PostgresArchive::activeSids(const QString &flowSid, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.prepare(u"SELECT sid FROM flowscope_executions WHERE account_sid = ? AND status = "
                   "'active' AND flow_sid = ? ORDER BY created_ms DESC"_s);
    select.addBindValue(m_account);
    select.addBindValue(flowSid);
    QStringList sids;
    if (run(select, error, PostgresArchive::tr("reading"))) {
        while (select.next())
            sids << select.value(0).toString();
    }
    return sids;
}

QList<ArchivedExecution> PostgresArchive::byContactKey(const QString &key, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT "_s + kPgColumns
        + u" FROM flowscope_executions WHERE account_sid = ? AND contact_key = ? "
          "ORDER BY created_ms DESC, ordinal, sid"_s);
    select.addBindValue(m_account);
    select.addBindValue(key);
    return executions(select, error);
}

QList<int> PostgresArchive::revisionsHeld(const QString &flowSid, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.prepare(u"SELECT revision FROM flowscope_revisions WHERE account_sid = ? AND "
                   "flow_sid = ? ORDER BY revision"_s);
    select.addBindValue(m_account);
    select.addBindValue(flowSid);
    QList<int> held;
    if (run(select, error, PostgresArchive::tr("reading"))) {
        while (select.next())
            held << select.value(0).toInt();
    }
    return held;
}

bool PostgresArchive::writeRevision(const QString &flowSid, int revision, qint64 createdMs,
    const QByteArray &body, ArchiveError *error)
{
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO flowscope_revisions (account_sid, flow_sid, revision, "
                   "created_ms, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    insert.addBindValue(m_account);
    insert.addBindValue(flowSid);
    insert.addBindValue(revision);
    insert.addBindValue(qlonglong(createdMs == kNoTime ? 0 : createdMs));
    insert.addBindValue(pack(body));
    return run(insert, error, PostgresArchive::tr("writing"));
}

std::optional<QByteArray> PostgresArchive::revisionAt(
    const QString &flowSid, qint64 ms, ArchiveError *error)
{
    // In force then: the newest published by then; before the first held, the oldest held.
    QSqlQuery select(m_db);
    select.prepare(u"SELECT body FROM flowscope_revisions WHERE account_sid = ? AND flow_sid = ? "
                   "ORDER BY (created_ms <= ?) DESC, CASE WHEN created_ms <= ? THEN -created_ms "
                   "ELSE created_ms END, revision DESC LIMIT 1"_s);
    select.addBindValue(m_account);
    select.addBindValue(flowSid);
    select.addBindValue(qlonglong(ms));
    select.addBindValue(qlonglong(ms));
    if (!run(select, error, PostgresArchive::tr("reading")) || !select.next())
        return std::nullopt;
    return unpack(select.value(0).toByteArray());
}

bool PostgresArchive::markSynced(
    const QString &flowSid, qint64 newestMs, qint64 syncedMs, ArchiveError *error)
{
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO flowscope_synced (account_sid, flow_sid, newest_ms, synced_ms) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (account_sid, flow_sid) DO UPDATE SET "
                   "newest_ms = EXCLUDED.newest_ms, synced_ms = EXCLUDED.synced_ms"_s);
    upsert.addBindValue(m_account);
    upsert.addBindValue(flowSid);
    upsert.addBindValue(pgTime(newestMs));
    upsert.addBindValue(qlonglong(syncedMs));
    return run(upsert, error, PostgresArchive::tr("writing"));
}

qint64 PostgresArchive::syncedThrough(const QString &flowSid, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.prepare(u"SELECT newest_ms FROM flowscope_synced WHERE account_sid = ? AND flow_sid "
                   "= ?"_s);
    select.addBindValue(m_account);
    select.addBindValue(flowSid);
    if (!run(select, error, PostgresArchive::tr("reading")) || !select.next())
        return kNoTime;
    return pgTimeOf(select.value(0));
}

QList<ArchivedFlow> PostgresArchive::flows(ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.prepare(
        u"SELECT f.flow_sid, count(e.sid), count(*) FILTER (WHERE e.status = 'active'), "
        "min(e.created_ms), max(e.created_ms), max(s.synced_ms) "
        "FROM (SELECT flow_sid FROM flowscope_executions WHERE account_sid = ? "
        "      UNION SELECT flow_sid FROM flowscope_synced WHERE account_sid = ?) AS f "
        "LEFT JOIN flowscope_executions AS e ON e.account_sid = ? AND e.flow_sid = f.flow_sid "
        "LEFT JOIN flowscope_synced AS s ON s.account_sid = ? AND s.flow_sid = f.flow_sid "
        "GROUP BY f.flow_sid ORDER BY f.flow_sid"_s);
    for (int i = 0; i < 4; ++i)
        select.addBindValue(m_account);
    QList<ArchivedFlow> flows;
    if (run(select, error, PostgresArchive::tr("reading"))) {
        while (select.next()) {
            flows.append({ select.value(0).toString(), select.value(1).toLongLong(),
                select.value(2).toLongLong(), pgTimeOf(select.value(3)), pgTimeOf(select.value(4)),
                pgTimeOf(select.value(5)) });
        }
    }
    return flows;
}

qint64 PostgresArchive::countOlderThan(qint64 ms, ArchiveError *error)
{
    QSqlQuery select(m_db);
    select.prepare(u"SELECT count(*) FROM flowscope_executions WHERE account_sid = ? AND "
                   "created_ms < ?"_s);
    select.addBindValue(m_account);
    select.addBindValue(qlonglong(ms));
    if (!run(select, error, PostgresArchive::tr("reading")) || !select.next())
        return -1;
    return select.value(0).toLongLong();
}

qint64 PostgresArchive::purgeOlderThan(qint64 ms, ArchiveError *error)
{
    // The rows and the text index's lists only they were in, together.
    if (!m_db.transaction()) {
        failed(error);
        return -1;
    }
    const auto abandon = [this] {
        m_db.rollback();
        return qint64(-1);
    };
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM flowscope_executions WHERE account_sid = ? AND created_ms < ? "
                   "RETURNING text_batch"_s);
    remove.addBindValue(m_account);
    remove.addBindValue(qlonglong(ms));
    if (!run(remove, error, PostgresArchive::tr("deleting")))
        return abandon();
    qint64 removed = 0;
    QSet<qint64> batches;
    while (remove.next()) {
        ++removed;
        if (!remove.value(0).isNull())
            batches.insert(remove.value(0).toLongLong());
    }
    if (!batches.isEmpty()) {
        QStringList list;
        for (const qint64 batch : std::as_const(batches))
            list << QString::number(batch);
        QSqlQuery forget(m_db);
        forget.prepare(u"DELETE FROM flowscope_text_grams WHERE batch = ANY (?::BIGINT[]) AND "
                       "NOT EXISTS (SELECT 1 FROM flowscope_executions AS e WHERE e.text_batch = "
                       "flowscope_text_grams.batch)"_s);
        forget.addBindValue(QString(u"{"_s + list.join(u',') + u"}"_s));
        if (!run(forget, error, PostgresArchive::tr("deleting")))
            return abandon();
    }
    if (!m_db.commit()) {
        failed(error);
        return -1;
    }
    return removed;
}

} // namespace flowscope
