#pragma once

// A thread with an event loop whose stop() returns only once the thread has gone entirely,
// thread-local teardown included. QThread::wait() returns before that teardown, so a program that
// stops a QThread and then exits can still have the thread freeing Qt's per-thread data while
// the process tears down (a CI run of the soak under AddressSanitizer caught a double free
// there). The sandbox's thread and the test servers that need a thread of their own use this.

#include <QEventLoop>
#include <QSemaphore>

#include <thread>

class QThread;

namespace sandbox {

class JoinedThread final
{
    Q_DISABLE_COPY_MOVE(JoinedThread)

public:
    JoinedThread() = default;
    ~JoinedThread() { stop(); }

    // Starts the thread and its event loop; returns its QThread, for QObject::moveToThread().
    QThread *start();
    // Quits the event loop and joins. What lives on the thread must be gone by then.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Runs f on the thread and waits for it, e.g. to create or destroy objects that live there.
    template<typename F>
    void runBlocking(F f)
    {
        Q_ASSERT(isRunning());
        QMetaObject::invokeMethod(m_loop, std::move(f), Qt::BlockingQueuedConnection);
    }

private:
    std::thread m_thread;
    QSemaphore m_ready;
    QEventLoop *m_loop = nullptr; // lives on the thread; set before start() returns
};

} // namespace sandbox
