#include "worker.h"

#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace flowscope {

void niceThisThread()
{
    thread_local bool done = false;
    if (std::exchange(done, true))
        return;
    // On Linux the nice value belongs to the thread, not the process.
    const auto tid = id_t(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, tid, std::min(19, ::getpriority(PRIO_PROCESS, tid) + 10));
}

QThreadPool *workerPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        pool.setObjectName(QStringLiteral("flowscope-workers"));
        return true;
    }();
    Q_UNUSED(configured)
    return &pool;
}

} // namespace flowscope
