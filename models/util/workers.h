#pragma once

// The threads that parse pages and render rows, below the GUI thread: each runs niced (+10), so
// that on a busy two-core machine the GUI thread — painting, taking input — gets the CPU first
// when both want it. The work is the same; only who waits changes.

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace flowscope {

QThreadPool *workerPool();
void niceThisThread(); // once per thread; the tasks of runInWorker() call it

// QtConcurrent::run on the worker pool.
template<typename Function>
auto runInWorker(Function &&function)
{
    return QtConcurrent::run(workerPool(), [function = std::forward<Function>(function)]() mutable {
        niceThisThread();
        return function();
    });
}

} // namespace flowscope
