#include "support/wait_until.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QThread>

namespace stridewell::test {

bool waitUntil(const std::function<bool()>& predicate, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        // Outside an event loop deleteLater() is only honoured when asked for (as QTest::qWait
        // does), and a finished worker thread is handed back that way.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (predicate())
            return true;
        QThread::msleep(2); // nothing to do yet: let the workers have the cores
    }
    return true;
}

} // namespace stridewell::test
