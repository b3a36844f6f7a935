#pragma once

// The archive a team shares: tables in a PostgreSQL database (through Qt SQL's QPSQL driver),
// every row under its account SID so that accounts sharing the database never see each other's.
// The password comes from the URL, PGPASSWORD or ~/.pgpass (libpq reads the last two itself); it
// is never printed, logged or kept.

#include "archive.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QSqlQuery;

namespace flowscope {

class PostgresArchive final : public Archive
{
    Q_DECLARE_TR_FUNCTIONS(PostgresArchive)

public:
    ~PostgresArchive() override;

    static std::unique_ptr<Archive> open(
        const ArchiveLocation &location, const QString &accountSid, ArchiveError *error);

    QString name() const override { return m_name; }
    int schemaVersion() const override { return m_schema; }
    bool write(const QList<ArchivedExecution> &executions, ArchiveError *error) override;
    QList<ArchivedExecution> range(const ArchiveRange &range, ArchiveError *error) override;
    std::optional<ArchivedExecution> execution(const QString &sid, ArchiveError *error) override;
    QStringList activeSids(const QString &flowSid, ArchiveError *error) override;
    QList<ArchivedExecution> byContactKey(const QString &key, ArchiveError *error) override;
    QList<int> revisionsHeld(const QString &flowSid, ArchiveError *error) override;
    bool writeRevision(const QString &flowSid, int revision, qint64 createdMs,
        const QByteArray &body, ArchiveError *error) override;
    std::optional<QByteArray> revisionAt(
        const QString &flowSid, qint64 ms, ArchiveError *error) override;
    bool markSynced(
        const QString &flowSid, qint64 newestMs, qint64 syncedMs, ArchiveError *error) override;
    qint64 syncedThrough(const QString &flowSid, ArchiveError *error) override;
    QList<ArchivedFlow> flows(ArchiveError *error) override;
    qint64 countOlderThan(qint64 ms, ArchiveError *error) override;
    qint64 purgeOlderThan(qint64 ms, ArchiveError *error) override;

protected:
    QList<textindex::Segment> textSegments(textindex::Gram gram, ArchiveError *error) override;
    QList<qint64> textSizes(const QList<textindex::Gram> &grams, ArchiveError *error) override;
    QList<ArchivedExecution> byIds(const QList<qint64> &ids, ArchiveError *error) override;

private:
    PostgresArchive(const QString &connection, const QString &name, const QString &accountSid);
    bool prepareSchema(ArchiveError *error);
    bool run(QSqlQuery &query, ArchiveError *error, const QString &what) const;
    QList<ArchivedExecution> executions(QSqlQuery &query, ArchiveError *error) const;
    // The text index: a write's batch number, its lists, and the executions archived before it.
    qint64 nextTextBatch(ArchiveError *error);
    bool fileText(qint64 batch, textindex::BatchBuilder &text, ArchiveError *error);
    bool indexExisting(ArchiveError *error);
    bool failed(ArchiveError *error) const; // the connection's last error; false

    QString m_connection;
    QString m_name;
    QString m_account;
    QSqlDatabase m_db;
    int m_schema = 0;
};

} // namespace flowscope
