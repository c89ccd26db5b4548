#include "storage/sql_error.h"

#include <QSqlError>

namespace stridewell::core {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt reports them as the native error code.
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

ErrorKind kindOf(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF; // extended codes keep it low
    if (!ok)
        return ErrorKind::Other;
    switch (code) {
    case kSqliteFull:
        return ErrorKind::DiskFull;
    case kSqliteReadOnly:
    case kSqliteIoError:
    case kSqliteCorrupt:
    case kSqliteCantOpen:
    case kSqliteNotADatabase:
        return ErrorKind::LogFailure;
    default:
        return ErrorKind::Other;
    }
}

} // namespace

QString sqlReason(const QSqlError& error)
{
    const QString reason = error.databaseText().trimmed();
    return reason.isEmpty() ? error.driverText().trimmed() : reason;
}

Error sqlError(const QString& path, const QString& what, const QSqlError& error)
{
    Error e = fail(what.isEmpty() ? QStringLiteral("%1: %2").arg(path, sqlReason(error))
                                  : QStringLiteral("%1: %2: %3").arg(path, what, sqlReason(error)));
    e.kind = kindOf(error);
    return e;
}

} // namespace stridewell::core
