#pragma once

// The one way FlowScope hands work off the GUI thread and its result back: a Handoff runs a
// function on the worker pool and calls `deliver` with its result on its owner's thread — unless
// the owner is gone, cancel() was called, or (Latest) a newer piece of work was handed over
// since. Nothing else needs a QFutureWatcher or a generation counter.
//
// The worker threads run niced (+10), so that on a busy two-core machine the GUI thread —
// painting, taking input — gets the CPU first when both want it. The work is the same; only who
// waits changes.

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace flowscope {

QThreadPool *workerPool();
void niceThisThread(); // once per thread; the tasks of runInWorker() call it

// QtConcurrent::run on the worker pool; for a caller that keeps the QFuture itself (a benchmark,
// a test). Code that wants the result back on its thread uses a Handoff.
template<typename Function>
auto runInWorker(Function &&function)
{
    return QtConcurrent::run(workerPool(), [function = std::forward<Function>(function)]() mutable {
        niceThisThread();
        return function();
    });
}

class Handoff final
{
public:
    enum class Keep {
        Latest, // a new run() drops what earlier ones would deliver: a selection, a query
        Every, // every run() delivers, in the order the work finishes: pages of several flows
    };

    // owner: the object whose thread the results come to; its destruction drops them all. Not
    // owned: a Handoff is usually a member of its owner.
    explicit Handoff(QObject *owner, Keep keep = Keep::Latest)
        : m_owner(owner)
        , m_state(std::make_shared<State>())
        , m_keep(keep)
    { }
    ~Handoff() { cancel(); }
    Q_DISABLE_COPY_MOVE(Handoff)

    // Runs work() on a worker thread; then deliver(result) (or deliver() for void work) on the
    // owner's thread, unless dropped meanwhile.
    template<typename Work, typename Deliver>
    void run(Work &&work, Deliver &&deliver)
    {
        using Result = std::invoke_result_t<std::decay_t<Work>>;
        State &state = *m_state;
        if (m_keep == Keep::Latest) {
            state.firstValid = state.nextTicket;
            state.outstanding = 0;
        }
        const quint64 ticket = state.nextTicket++;
        ++state.outstanding;
        auto *watcher = new QFutureWatcher<Result>(m_owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
            [watcher, ticket, state = m_state, deliver = std::forward<Deliver>(deliver)]() mutable {
                watcher->deleteLater();
                if (ticket < state->firstValid)
                    return; // dropped: cancelled, superseded, or the Handoff is gone
                --state->outstanding;
                if constexpr (std::is_void_v<Result>)
                    deliver();
                else
                    deliver(watcher->future().takeResult());
            });
        watcher->setFuture(runInWorker(std::forward<Work>(work)));
    }

    // Drops every result still to come (the work itself finishes in the pool, unseen).
    void cancel()
    {
        m_state->firstValid = m_state->nextTicket;
        m_state->outstanding = 0;
    }
    // Results still to be delivered.
    int pending() const { return m_state->outstanding; }
    bool isBusy() const { return pending() > 0; }

private:
    // Shared with the deliveries under way, so that one arriving after the Handoff is gone (its
    // owner's other members go first) finds it cancelled instead of dangling.
    struct State
    {
        quint64 nextTicket = 0;
        quint64 firstValid = 0; // tickets before this one are dropped
        int outstanding = 0;
    };

    QObject *m_owner;
    std::shared_ptr<State> m_state;
    Keep m_keep;
};

} // namespace flowscope
