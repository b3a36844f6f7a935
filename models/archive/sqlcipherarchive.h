#pragma once

// The archive on this machine: one SQLCipher file, every page encrypted (AES-256), created 0600
// (in a folder made 0700). Never plain SQLite: a plain database at the path is refused, as is a
// wrong key, a file that is not an archive and a schema newer than this build's.

#include "archive.h"

#include <QCoreApplication>

struct sqlite3;

namespace flowscope {

class SqlCipherArchive final : public Archive
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherArchive)

public:
    ~SqlCipherArchive() override;

    static std::unique_ptr<Archive> open(const ArchiveLocation &location, const QByteArray &key,
        const QString &accountSid, bool create, ArchiveError *error);

    QString name() const override;
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

    class Statement; // a prepared statement, finalised when it goes

protected:
    QList<textindex::Segment> textSegments(textindex::Gram gram, ArchiveError *error) override;
    QList<qint64> textSizes(const QList<textindex::Gram> &grams, ArchiveError *error) override;
    QList<ArchivedExecution> byIds(const QList<qint64> &ids, ArchiveError *error) override;

private:
    SqlCipherArchive(sqlite3 *db, const QString &path, const QString &accountSid);
    bool exec(const char *sql, ArchiveError *error);
    bool fail(ArchiveError *error, const QString &what) const;
    // Every row the statement selects (kCipherColumns); fails *error when reading stops short.
    QList<ArchivedExecution> rows(Statement &select, ArchiveError *error) const;
    bool prepareSchema(bool fresh, ArchiveError *error);
    bool readSchema(ArchiveError *error); // m_schema; refused when not one this build reads
    // The text index: a write's batch number, its lists, and the executions archived before it.
    qint64 nextTextBatch(ArchiveError *error);
    bool fileText(qint64 batch, textindex::BatchBuilder &text, ArchiveError *error);
    bool indexExisting(ArchiveError *error);

    sqlite3 *m_db;
    QString m_path;
    QString m_account;
    int m_schema = 0;
};

} // namespace flowscope
