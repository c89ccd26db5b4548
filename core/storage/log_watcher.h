#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace stridewell::core {

class Database;

// Notices commits to the log by any other connection (a worker thread of this process, the
// command line, another program) and tells the Database's notifier once per look that finds
// some (ChangeNotifier::logChanged), as that Database's own commits do. It asks SQLite's
// PRAGMA data_version, which changes only when another connection has committed: a cheap
// look that holds no lock afterwards. It looks on a timer in the thread that made it (the
// window's GUI thread), and whenever checkNow() is called.
class LogWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kInterval{500};

    explicit LogWatcher(Database& db, std::chrono::milliseconds interval = kInterval,
                        QObject* parent = nullptr);

    // Looks now rather than at the next tick (when a worker has finished, say); true when
    // another connection had committed, and then logChanged has been emitted.
    bool checkNow();

private:
    qint64 dataVersion() const;

    Database& m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace stridewell::core
