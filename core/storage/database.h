#pragma once

#include "result.h"

#include <QString>
#include <memory>
#include <utility>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)

namespace stridewell::core {

class ChangeNotifier;
struct Migration;
enum class Change;

// One open log file. Owns its SQLite connection (WAL, foreign keys, busy timeout) and brings
// the schema up to date on open, after a backup copy of the file. A log written by a newer
// version of Stridewell is refused and left untouched.
class Database
{
public:
    static constexpr int kSchemaVersion = 5;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path);

    // The default log location: $STRIDEWELL_DB, else stridewell.sqlite in the per-user data
    // folder ($XDG_DATA_HOME/stridewell on Linux).
    static QString defaultPath();

    const QString& path() const { return m_path; }
    ChangeNotifier& notifier() const { return *m_notifier; }

    // The backup taken before the last migration, if one ran on open.
    const QString& migrationBackupPath() const { return m_migrationBackup; }
    // True when open found the log readable by other users and made it owner-only (0600);
    // the command line and the window say so.
    bool madePrivate() const { return m_madePrivate; }

    // A consistent copy of the whole log (safe while other processes write), owner-only,
    // written to a temporary file beside `target` and renamed to it when complete. Refuses
    // an existing `target`.
    Status backupTo(const QString& target) const;
    // SQLite integrity and foreign-key checks; the problems found (empty when sound).
    Result<QStringList> check() const;

    // Tells the notifier once the outermost transaction commits (now, if none is open); dropped
    // if it rolls back, and told once however often one transaction reports it. Repositories
    // use this so views never hear of uncommitted changes.
    void changed(Change what, qint64 athleteId = 0);

private:
    friend class Transaction;
    // The connection stays inside core (storage/sql_connection.h): ui gets repositories.
    friend QSqlDatabase sqlConnection(const Database& db);
    QSqlDatabase connection() const;
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate();
    Status applyMigration(const Migration& step);
    Status execute(const QString& sql) const;

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    bool m_madePrivate = false;
    std::unique_ptr<ChangeNotifier> m_notifier;
    int m_transactionDepth = 0;
    std::vector<std::pair<Change, qint64>> m_pendingChanges;
    void flushChanges();
};

// A write transaction (a savepoint when nested); rolled back unless commit() is called.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (the log is locked by another writer beyond the busy timeout).
    bool active() const { return m_active; }
    const Error& beginError() const { return m_beginError; }
    Status commit();

private:
    void rollback();

    Database& m_db;
    int m_depth = 0;
    bool m_active = false;
    Error m_beginError;
};

} // namespace stridewell::core
