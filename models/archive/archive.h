#pragma once

// The archive: executions with their steps and contexts kept past Twilio's 30 days, one
// account's rows apart from another's. One interface, two stores behind it — an encrypted SQLite
// file (SQLCipher) on this machine, or a PostgreSQL database a team shares. Opening checks the
// key, the schema and the file before anything is written; a failure names the archive and
// leaves it as it was. Calls are synchronous and belong to the thread that opened it (the
// command line's, or a worker's); contexts and steps are stored compressed.

#include "api/listfetcher.h"
#include "archivelocation.h"
#include "executions/executionstore.h"
#include "outcome/outcome.h"
#include "textindex.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace flowscope {

struct ArchiveError
{
    enum class Kind {
        None,
        Missing, // the path does not exist (and was not to be created)
        Refused, // wrong key, not an archive, a newer schema, not owner-only: left untouched
        Failed, // the store failed (disk full, the server went away)
    };
    Kind kind = Kind::None;
    QString message; // names the archive

    bool isError() const { return kind != Kind::None; }
};

// One execution as archived. raw is the execution object as the API gave it; context and steps
// are empty when they were not archived, "null" when Twilio no longer had them.
struct ArchivedExecution
{
    QString sid;
    QString flowSid;
    QString status; // "active", "ended", or what the API said
    QString contactAddress; // empty when null
    qint64 createdMs = kNoTime;
    qint64 updatedMs = kNoTime;
    QByteArray raw;
    QByteArray context;
    QByteArray steps; // a JSON array of the step objects as listed (newest first)
    QByteArray outcome; // what became of it (outcomeBytes); empty when not archived
    // Its messages, calls and alerts as `execution --related` writes them; empty when they were
    // not archived (a sync without --related).
    QByteArray related;
    // Its place among the executions created in the same millisecond, as the API listed them
    // (0 first): the archive lists them in that order, as the API does.
    int ordinal = 0;

    bool isActive() const { return status == u"active"; }
    // Its steps as the API listed them, each item's bytes as sent; nullopt when none were kept
    // (or they cannot be read).
    std::optional<QList<ListItem>> stepItems() const;
};

// Rows read from the archive as the parser reads a page of the API's (their raw objects), for
// the flow: what the table and the writers take.
ParsedPage parsedPageOf(const QList<ArchivedExecution> &rows, const QString &flowSid, bool keepRaw);

// What one flow's archive holds; times in ms since the epoch, kNoTime when there are none.
struct ArchivedFlow
{
    QString flowSid;
    qint64 executions = 0;
    qint64 active = 0;
    qint64 oldestMs = kNoTime;
    qint64 newestMs = kNoTime;
    qint64 lastSyncMs = kNoTime;
};

// A flow's executions created in [fromMs, toMs), newest first (ties as the API listed them), read
// a page at a time: the next page starts after (afterCreatedMs, afterOrdinal, afterSid), the last
// row of the page before.
struct ArchiveRange
{
    QString flowSid;
    qint64 fromMs = kNoTime; // kNoTime: unbounded
    qint64 toMs = kNoTime;
    qint64 afterCreatedMs = kNoTime; // kNoTime: from the newest
    int afterOrdinal = 0;
    QString afterSid;
    int limit = 1000;

    // The next page: the rows after this one.
    void continueAfter(const ArchivedExecution &last)
    {
        afterCreatedMs = last.createdMs;
        afterOrdinal = last.ordinal;
        afterSid = last.sid;
    }
};

class Archive
{
public:
    // 1: executions, steps, contexts; 2: their outcomes; 3: their related resources; 4: the
    // text index, and the flows' revisions.
    static constexpr int kSchemaVersion = 4;

    virtual ~Archive() = default;

    // Opens (with create, making it when it is not there) the archive for one account. key:
    // the SQLCipher key (64 hex digits are a raw 256-bit key, anything else a passphrase);
    // unused for PostgreSQL.
    static std::unique_ptr<Archive> open(const ArchiveLocation &location, const QByteArray &key,
        const QString &accountSid, bool create, ArchiveError *error);
    // 256 random bits as 64 hex digits: a new archive's key.
    static QByteArray newKey();

    virtual QString name() const = 0; // what messages call it: its location, no password
    virtual int schemaVersion() const = 0;

    // Adds or replaces the executions (by SID) in one transaction: all or none.
    virtual bool write(const QList<ArchivedExecution> &executions, ArchiveError *error) = 0;
    virtual QList<ArchivedExecution> range(const ArchiveRange &range, ArchiveError *error) = 0;
    virtual std::optional<ArchivedExecution> execution(const QString &sid, ArchiveError *error) = 0;
    // The SIDs of a flow's executions the archive holds as active (to be read again).
    virtual QStringList activeSids(const QString &flowSid, ArchiveError *error) = 0;
    // Executions whose normalised contact (see contactKeyOf) is this, any flow, newest first.
    virtual QList<ArchivedExecution> byContactKey(const QString &key, ArchiveError *error) = 0;
    // Executions whose context may hold the text (textindex.h): every one that does, perhaps some
    // that do not — the caller's matcher decides — newest first, any flow, without their steps,
    // outcome or related resources. nullopt when the text has fewer than three characters, which
    // the index cannot narrow.
    std::optional<QList<ArchivedExecution>> byText(const QString &text, ArchiveError *error);

    // A flow's revisions as the API gave them (the v2 Flow Revision resource, definition and all),
    // so that an archived execution is drawn on its flow with Twilio gone: which are held, one
    // kept (once; createdMs is when it was published), and the one in force at a time — the
    // newest published at or before it, else the oldest held; nullopt when none is.
    virtual QList<int> revisionsHeld(const QString &flowSid, ArchiveError *error) = 0;
    virtual bool writeRevision(const QString &flowSid, int revision, qint64 createdMs,
        const QByteArray &body, ArchiveError *error)
        = 0;
    virtual std::optional<QByteArray> revisionAt(
        const QString &flowSid, qint64 ms, ArchiveError *error)
        = 0;

    // The newest date_created a finished sync of the flow has seen, and when it ran.
    virtual bool markSynced(
        const QString &flowSid, qint64 newestMs, qint64 syncedMs, ArchiveError *error)
        = 0;
    virtual qint64 syncedThrough(const QString &flowSid, ArchiveError *error) = 0; // kNoTime: never
    virtual QList<ArchivedFlow> flows(ArchiveError *error) = 0;

    // Executions created before the time: how many, and deleting them.
    virtual qint64 countOlderThan(qint64 ms, ArchiveError *error) = 0;
    virtual qint64 purgeOlderThan(qint64 ms, ArchiveError *error) = 0;

    // The key an address is indexed by (ContactMatcher::indexKeyOf): a phone number's E.164 on
    // any channel ("whatsapp:+44…" and "+44…" are one key), any other address lowercased, so that
    // the key of a search's matcher finds every execution it matches. Empty for none.
    static QString contactKeyOf(const QString &address);
    // An outcome as the archive keeps it (compact JSON, every field), and back: Unknown, saying
    // so, when there is none or it cannot be read.
    static QByteArray outcomeBytes(const Outcome &outcome);
    static Outcome outcomeFrom(const QByteArray &bytes);
    static QByteArray pack(const QByteArray &json); // compressed, for the store
    static QByteArray unpack(const QByteArray &stored);

protected:
    // Every batch's list of one trigram, and how many bytes each trigram's lists take (0: none).
    virtual QList<textindex::Segment> textSegments(textindex::Gram gram, ArchiveError *error) = 0;
    virtual QList<qint64> textSizes(const QList<textindex::Gram> &grams, ArchiveError *error) = 0;
    // The account's executions of these ids (another account's are not among them), with what a
    // search reads: no steps, outcome or related resources.
    virtual QList<ArchivedExecution> byIds(const QList<qint64> &ids, ArchiveError *error) = 0;
    // How many executions a batch of the text index takes, as written or migrated.
    static constexpr int kTextBatch = 1000;
};

} // namespace flowscope
