#include "joinedthread.h"

#include <QThread>

namespace sandbox {

QThread *JoinedThread::start()
{
    Q_ASSERT(!isRunning());
    m_thread = std::thread([this] {
        QEventLoop loop;
        m_loop = &loop;
        m_ready.release();
        loop.exec();
    });
    m_ready.acquire(); // m_loop is set from here on
    return m_loop->thread();
}

void JoinedThread::stop()
{
    if (!isRunning())
        return;
    // Queued: safe from this thread, and it waits for exec() if the loop has not reached it yet.
    QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread.join();
    m_loop = nullptr;
}

} // namespace sandbox
