#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace Accordo {

/// Runs `work` in a thread of its own and, when it ends, `finished(thread)` on `receiver`'s
/// thread (queued). The caller owns the thread: it waits for it and deletes it, which is how
/// a wait that delivers at once (a test, a closing window) and the queued call tell each other
/// apart.
template<typename Finished>
QThread *startWorker(QObject *receiver, std::function<void()> work, Finished finished,
                     QThread::Priority priority = QThread::InheritPriority)
{
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(
        thread, &QThread::finished, receiver, [thread, finished] { finished(thread); },
        Qt::QueuedConnection);
    thread->start(priority);
    return thread;
}

/// Waits for the worker `thread` (see startWorker) to end, deletes it and forgets it; false when
/// there was none.
inline bool finishWorker(QThread *&thread)
{
    if (!thread)
        return false;
    thread->wait();
    delete thread;
    thread = nullptr;
    return true;
}

} // namespace Accordo
