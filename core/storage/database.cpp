#include "storage/database.h"

#include "storage/change_notifier.h"
#include "storage/migrations.h"
#include "storage/sql_connection.h"
#include "storage/sql_error.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace stridewell::core {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("stridewell-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlFailure(const QString& path, const QSqlError& error)
{
    return sqlError(path, QString(), error);
}

constexpr QFileDevice::Permissions kGroupOrOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// A log (or its -wal and -shm files) that others may read is made owner-only: health data is
// private, whoever copied the file with a loose umask. True when anything changed.
bool makePrivate(const QString& path)
{
    bool changed = false;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        const QFileDevice::Permissions mode = QFile::permissions(file);
        if (QFileInfo::exists(file) && (mode & kGroupOrOthers))
            changed |= QFile::setPermissions(file, mode & ~kGroupOrOthers);
    }
    return changed;
}

// Creates the folder (owner-only when new) and an empty owner-only file, so SQLite, which
// gives its -wal and -shm files the main file's permissions, never makes a readable copy.
Status prepareFile(const QString& path, bool& madePrivate)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QDir(dir).exists()) {
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("%1: cannot create the folder").arg(dir));
        QFile::setPermissions(dir, kOwnerOnly | QFileDevice::ExeOwner);
    }
    if (info.exists()) {
        if (info.isDir())
            return fail(QStringLiteral("%1: is a folder, not a log file").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return fail(
                QStringLiteral("%1: not a Stridewell log (not an SQLite database)").arg(path));
        madePrivate = makePrivate(path);
        return Ok{};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: cannot create: %2").arg(path, file.errorString()));
    file.close();
    if (!file.setPermissions(kOwnerOnly))
        return fail(QStringLiteral("%1: cannot make it private to its owner").arg(path));
    return Ok{};
}

// Flushes a file SQLite wrote (VACUUM INTO does not sync its output) before it is renamed
// into place.
Status syncToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(file.errorString());
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    return Ok{};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_notifier(std::make_unique<ChangeNotifier>())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("STRIDEWELL_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // AppDataLocation follows XDG_DATA_HOME on Linux.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/stridewell/stridewell.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    if (path.isEmpty())
        return fail(QStringLiteral("no log file given"));
    bool madePrivate = false;
    if (Status prepared = prepareFile(path, madePrivate); !prepared)
        return prepared.error();

    std::unique_ptr<Database> db(
        new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName()));
    db->m_madePrivate = madePrivate;
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(db->m_path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open())
            return sqlFailure(path, conn.lastError());
    }
    if (Status configured = db->configure(); !configured)
        return configured.error();
    if (Status migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlDatabase sqlConnection(const Database& db)
{
    return db.connection();
}

Status Database::execute(const QString& sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlFailure(m_path, query.lastError());
    return Ok{};
}

Status Database::configure()
{
    // Refuse a newer schema before anything could write to the file.
    QSqlQuery version(connection());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return sqlFailure(m_path, version.lastError());
    const int fileVersion = version.value(0).toInt();
    version.finish(); // an open statement would hold a read transaction
    if (fileVersion > kSchemaVersion)
        return fail(QStringLiteral("%1: this log was written by a newer version of Stridewell "
                                   "(schema %2; this version knows up to %3). Update Stridewell "
                                   "to open it; the file was not changed.")
                        .arg(m_path)
                        .arg(fileVersion)
                        .arg(kSchemaVersion));
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (Status ok = execute(QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    return Ok{};
}

Status Database::migrate()
{
    QSqlQuery version(connection());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return sqlFailure(m_path, version.lastError());
    const int fileVersion = version.value(0).toInt();
    version.finish();
    if (fileVersion == kSchemaVersion)
        return Ok{};

    QSqlQuery content(connection());
    if (!content.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !content.next())
        return sqlFailure(m_path, content.lastError());
    const bool hasContent = content.value(0).toInt() > 0;
    content.finish();
    // A brand-new empty file has nothing to lose; anything else is copied before it changes.
    if (hasContent) {
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup =
            QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fileVersion).arg(stamp);
        if (Status saved = backupTo(backup); !saved)
            return fail(QStringLiteral("%1: not upgraded, the backup before the upgrade failed: %2")
                            .arg(m_path, saved.message()));
        m_migrationBackup = backup;
    }

    for (const Migration& step : migrations()) {
        if (step.version <= fileVersion)
            continue;
        // PRAGMA foreign_keys is a no-op inside a transaction: it is switched around the step.
        if (step.rebuildsTables)
            if (Status ok = execute(QStringLiteral("PRAGMA foreign_keys = OFF")); !ok)
                return ok;
        Status applied = applyMigration(step);
        if (step.rebuildsTables)
            if (Status ok = execute(QStringLiteral("PRAGMA foreign_keys = ON")); !ok && applied)
                applied = ok;
        if (!applied)
            return applied;
    }
    return Ok{};
}

Status Database::applyMigration(const Migration& step)
{
    const auto failed = [&](const QString& reason) {
        return fail(QStringLiteral("%1: upgrade to schema %2 (%3) failed: %4")
                        .arg(m_path)
                        .arg(step.version)
                        .arg(QString::fromLatin1(step.description), reason));
    };
    Transaction tx(*this);
    if (!tx.active())
        return tx.beginError();
    for (const QString& sql : step.statements) {
        if (Status ok = execute(sql); !ok)
            return failed(ok.message());
    }
    if (step.rebuildsTables) {
        QSqlQuery keys(connection());
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return failed(sqlReason(keys.lastError()));
        if (keys.next())
            return failed(QStringLiteral("table %1 row %2 points to a missing %3")
                              .arg(keys.value(0).toString(), keys.value(1).toString(),
                                   keys.value(2).toString()));
    }
    if (Status ok = execute(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !ok)
        return ok;
    return tx.commit();
}

Status Database::backupTo(const QString& target) const
{
    const QFileInfo info(target);
    if (info.exists())
        return fail(QStringLiteral("%1: already exists; choose a new file name").arg(target));
    if (!info.absoluteDir().exists())
        return fail(QStringLiteral("%1: cannot write: the folder %2 does not exist")
                        .arg(target, info.absolutePath()));
    // Written under a temporary name beside the target and renamed to it only when SQLite has
    // written it whole, so a full disk leaves no half copy. VACUUM INTO needs a missing or
    // empty file; QTemporaryFile makes an empty one that only the owner can read, whatever
    // the umask, and removes it unless it was renamed.
    QTemporaryFile temp(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    if (!temp.open())
        return fail(QStringLiteral("%1: cannot write a file in its folder: %2")
                        .arg(target, temp.errorString()));
    temp.close();
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temp.fileName());
    if (!query.exec())
        return sqlError(target, QStringLiteral("backup failed"), query.lastError());
    query.finish();
    if (Status synced = syncToDisk(temp.fileName()); !synced)
        return fail(QStringLiteral("%1: backup failed: %2").arg(target, synced.message()));
    if (!QFile::rename(temp.fileName(), target))
        return fail(QStringLiteral("%1: backup failed: cannot rename %2 to it")
                        .arg(target, QFileInfo(temp.fileName()).fileName()));
    return Ok{};
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    QSqlQuery integrity(connection());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlFailure(m_path, integrity.lastError());
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery keys(connection());
    if (!keys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlFailure(m_path, keys.lastError());
    while (keys.next())
        problems << QStringLiteral("table %1 row %2 points to a missing %3")
                        .arg(keys.value(0).toString(), keys.value(1).toString(),
                             keys.value(2).toString());
    return problems;
}

void Database::changed(Change what, qint64 athleteId)
{
    const std::pair<Change, qint64> change{what, athleteId};
    if (std::find(m_pendingChanges.begin(), m_pendingChanges.end(), change) ==
        m_pendingChanges.end())
        m_pendingChanges.push_back(change);
    if (m_transactionDepth == 0)
        flushChanges();
}

void Database::flushChanges()
{
    const auto pending = std::exchange(m_pendingChanges, {});
    for (const auto& [what, athleteId] : pending)
        m_notifier->emitChange(what, athleteId);
    if (!pending.empty())
        Q_EMIT m_notifier->logChanged();
}

Transaction::Transaction(Database& db) : m_db(db), m_depth(db.m_transactionDepth)
{
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (Status ok = m_db.execute(sql); !ok) {
        m_beginError = ok.error();
        return;
    }
    m_active = true;
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(QStringLiteral("%1: no transaction to commit").arg(m_db.path()));
    const QString sql =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (Status ok = m_db.execute(sql); !ok) {
        rollback();
        return ok;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_depth == 0)
        m_db.flushChanges();
    return Ok{};
}

void Transaction::rollback()
{
    if (m_depth == 0) {
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
        m_db.m_pendingChanges.clear();
    } else {
        (void)m_db.execute(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        (void)m_db.execute(QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace stridewell::core
