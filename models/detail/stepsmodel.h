#pragma once

// One execution's steps, oldest first: what happened, from which widget to which, and — once it is
// known — what Twilio said at each (a mark: its messages, calls and Debugger alerts). Setting
// another execution cancels the request for the previous one, so a quick selection never shows
// stale steps.

#include "api/apierror.h"
#include "api/listfetcher.h"
#include "step.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace flowscope {

class StepsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepsModel)

public:
    enum Column {
        TimeColumn,
        DurationColumn,
        EventColumn,
        NoteColumn, // what Twilio said: "✕ 30007", "● SMS delivered"
        TransitionColumn,
        TypeColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // The timeline: when a step began after the first (ms), how long it lasted (ms; -1 unknown),
    // and the whole span the bars share (ms).
    enum Role {
        SidRole = Qt::UserRole,
        CreatedRole,
        OffsetRole,
        DurationRole,
        SpanRole,
        SubflowRole,
        NoteErrorRole, // bool: the step's note is an error (drawn red, and says so in words)
    };
    Q_ENUM(Role)
    enum class State { Idle, Loading, Error, Ready };
    Q_ENUM(State)

    // A step's note: what Twilio said there.
    struct Note
    {
        QString text;
        QString tip;
        bool error = false;
    };

    explicit StepsModel(StudioClient *client, QObject *parent = nullptr);

    void setExecution(const QString &flowSid, const QString &executionSid);
    // The steps as listed elsewhere (the archive), in place of a request.
    void setListed(
        const QString &flowSid, const QString &executionSid, const QList<ListItem> &items);
    void clear();
    // When the execution ended (its last update) or, while active, now: the last step lasts until
    // then. Invalid: the last step's length is unknown.
    void setEnd(const QDateTime &end);
    // The notes by step row; replaces the earlier ones (cleared with the execution).
    void setNotes(const QHash<int, Note> &notes);
    Note noteAt(int row) const { return m_notes.value(row); }
    // How long step `row` lasted, in ms (until the next step; the last until the end); -1 unknown.
    qint64 durationMs(int row) const;
    QString flowSid() const { return m_flowSid; }
    QString executionSid() const { return m_executionSid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Step stepAt(int row) const { return row >= 0 && row < m_steps.size() ? m_steps[row] : Step(); }
    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void stateChanged(flowscope::StepsModel::State state);
    void loaded(int count);
    void errorOccurred(const flowscope::ApiError &error);

private:
    void setState(State state);
    void show(const QList<ListItem> &items); // the steps listed, in the order they happened

    StudioClient *m_client; // not owned
    ListFetcher m_fetcher;
    QString m_flowSid;
    QString m_executionSid;
    QList<Step> m_steps;
    QHash<int, Note> m_notes;
    QDateTime m_end;
    State m_state = State::Idle;
    ApiError m_error;
};

} // namespace flowscope
