#pragma once

// A flow's executions in [from, to), loaded page by page (ExecutionPages) as the view asks
// (canFetchMore / fetchMore). Pages are parsed off the GUI thread; each lands with one
// beginInsertRows/endInsertRows. A query change resets the model: the request or parse under way
// is dropped, so nothing of an older query ever lands; the generation it bumps lets others (an
// export of the rows) tell that the table was reset.

#include "api/apierror.h"
#include "executionpages.h"
#include "executionquery.h"
#include "executionstore.h"
#include "olderexecutions.h"
#include "outcome/outcomecache.h"

#include <QPointer>

#include <QAbstractTableModel>

namespace flowscope {

class ExecutionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionsModel)

public:
    enum Column {
        StatusColumn,
        SidColumn,
        ContactColumn,
        StartedColumn,
        UpdatedColumn,
        DurationColumn,
        ContactSidColumn,
        FlowSidColumn,
        // From the outcome (steps), as the rows on screen or Analyse read them; empty until then.
        EndedAtColumn,
        LastEventColumn,
        StepsColumn,
        ErrorColumn, // the first Twilio error code (a Debugger alert, a message not delivered)
        RevisionColumn, // the flow's revision it ran on (v2's flow_version)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SidRole = Qt::UserRole,
        StatusRole, // ExecutionStatus as int
        ContactRole,
        CreatedRole, // QDateTime, UTC
        UpdatedRole,
        DurationRole, // seconds, or -1
        ContactSidRole,
        FlowSidRole,
        SortRole, // a value that sorts the column naturally
        FilterRole, // SID and contact, for a quick filter
        OutcomeRole, // Outcome::Verdict as int, or -1 while not read
        OutcomeReasonRole, // why it failed, or why it is unknown
    };
    Q_ENUM(Role)

    enum class State { Idle, Loading, Error, Complete };
    Q_ENUM(State)

    explicit ExecutionsModel(StudioClient *client, QObject *parent = nullptr);
    ~ExecutionsModel() override;

    // Where the outcome columns come from (not owned); its changes repaint the rows they concern.
    void setOutcomeCache(OutcomeCache *cache);
    OutcomeCache *outcomeCache() const { return m_outcomes; }
    const Outcome *outcomeAt(int row) const;
    // What the outcome cache knows of a stored row (store order, as store() reads), kept up to
    // date as rows come and outcomes arrive: a count over every row looks up no SID (with 20,000
    // outcomes known, those lookups were 10 ms of the chart's recount on the GUI thread).
    enum class Known : quint8 { No, Ok, Failed };
    Known knownOutcome(qsizetype storeRow) const
    {
        return storeRow < qsizetype(m_known.size()) ? m_known[size_t(storeRow)] : Known::No;
    }
    OutcomeTarget outcomeTargetAt(int row) const;

    // The newest executions, put on top (the live tail): rows already loaded are updated where
    // they are, the others inserted at row 0 in the page's order. Returns how many were added.
    int prependNewest(const ParsedPage &page);

    // Where executions older than Twilio keeps come from (not owned; null: nowhere). A range
    // reaching before its keptSince() is read from Twilio down to it, then from there; a first
    // page Twilio cannot be reached for (network, timeout) is read from there whole. Applies from
    // the next query.
    void setOlderExecutions(OlderExecutions *older);
    // Rows of the current query that came from there, and whether Twilio could not be reached.
    qint64 olderRows() const { return m_olderRows; }
    bool isOffline() const { return m_offline; }
    // For the status bar: empty when every row came from Twilio.
    QString sourceNote() const;

    // Resets and starts loading the first page. An invalid query sends nothing: the model goes
    // to Error with an InvalidInput error that says why.
    void setQuery(const ExecutionQuery &query);
    QString accountSid() const; // the account the rows are of (the client's)
    const ExecutionQuery &query() const { return m_query; }
    bool hasQuery() const { return !m_query.flowSid.isEmpty(); }
    void clear(); // no query: "pick a flow"
    void refresh(); // the same query again, from the first page

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // After an error, requests the failed page again; rows loaded before are kept.
    void retry();
    bool canRetry() const
    {
        return m_state == State::Error && !readingOlder() && m_pages.pager().canRetry();
    }
    // Keeps fetching pages until the last one, or cancelLoadAll().
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadAll; }

    Execution executionAt(int row) const;
    int rowOfSid(const QString &sid) const;
    // Replaces the row of this execution from its JSON (e.g. the answer to ending it).
    bool updateExecution(const QByteArray &executionJson);

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    bool hasMore() const { return m_hasMore; }
    int pagesLoaded() const { return m_pages.pager().pagesAccepted(); }
    quint64 generation() const { return m_generation; }
    qint64 memoryBytes() const { return m_store.memoryBytes(); }
    // The rows as stored: in the order they arrived, which is the table's until the live tail
    // puts rows on top (rowOfSid() and executionAt() speak in table rows).
    const ExecutionStore &store() const { return m_store; }

    static QString columnName(Column column); // API field name: sid, contact_channel_address, …
    static QString columnTitle(Column column); // for people: "Execution SID", …
    // "Active", "Ended", or the word the API gave for a status FlowScope does not know.
    static QString statusText(ExecutionStatus status, const QString &asGiven);

Q_SIGNALS:
    void stateChanged(flowscope::ExecutionsModel::State state);
    void errorOccurred(const flowscope::ApiError &error);
    void completed(qint64 total);
    void pageLoaded(int added, int total);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void sourceChanged(); // sourceNote() says something else

private:
    void reset(const ExecutionQuery &query);
    void pageRead(const ReadPage &read);
    void olderPageRead(quint64 walk, const ParsedPage &page, const QList<OlderOutcome> &outcomes,
        bool last, const QString &error);
    // The page's new rows appended (older rows go below any put on top); how many.
    int insert(const ParsedPage &page);
    // After a page: Idle for more, or Complete; pageLoaded, and the next page when loading all.
    void pageDone(int added);
    void startOlder(const ExecutionQuery &query);
    bool readingOlder() const { return m_walk != 0; }
    void setState(State state);
    void fail(const ApiError &error);

    qsizetype physical(int row) const { return m_order.empty() ? row : m_order[size_t(row)]; }
    int logical(qsizetype physicalRow) const
    {
        return m_rowOf.empty() ? int(physicalRow) : int(m_rowOf[size_t(physicalRow)]);
    }
    const Outcome *outcomeOfPhysical(qsizetype physicalRow) const;
    // The stored rows from `first` on: what the cache knows of them.
    void markKnown(qsizetype first);

    StudioClient *m_client; // not owned
    QPointer<OutcomeCache> m_outcomes; // not owned
    // Once rows were put on top, the table's order differs from the store's (append-only): row
    // -> store index and back. Empty while they are the same (no live tail yet).
    std::vector<quint32> m_order;
    std::vector<quint32> m_rowOf;
    std::vector<Known> m_known; // by stored row
    ExecutionQuery m_query;
    ExecutionStore m_store;
    ExecutionPages m_pages;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    ApiError m_error;
    bool m_hasMore = false;
    bool m_loadAll = false;
    QPointer<OlderExecutions> m_older;
    std::optional<ExecutionQuery> m_olderPart; // to read there once Twilio's part is done
    quint64 m_walk = 0; // the walk under way there; 0: reading Twilio
    bool m_olderBusy = false;
    qint64 m_olderRows = 0;
    bool m_offline = false;
};

} // namespace flowscope
