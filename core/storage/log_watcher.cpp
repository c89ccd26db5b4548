#include "storage/log_watcher.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

LogWatcher::LogWatcher(Database& db, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent), m_db(db), m_version(dataVersion())
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &LogWatcher::checkNow);
    m_timer.start();
}

bool LogWatcher::checkNow()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return false;
    m_version = version;
    Q_EMIT m_db.notifier().logChanged();
    return true;
}

qint64 LogWatcher::dataVersion() const
{
    // The statement ends with this function, so no read transaction outlives the look (one
    // would hold back the WAL's checkpoints).
    SqlQuery query(m_db, QStringLiteral("PRAGMA data_version"));
    if (!query.exec() || !query.next())
        return -1; // a busy moment: the next look will tell
    return query.value(0).toLongLong();
}

} // namespace stridewell::core
