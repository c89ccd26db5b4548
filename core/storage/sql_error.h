#pragma once

#include "result.h"

QT_BEGIN_NAMESPACE
class QSqlError;
QT_END_NAMESPACE

namespace stridewell::core {

// SQLite's own words for a failure ("database or disk is full"), without the part the Qt
// driver adds ("Unable to fetch row", "Unable to execute statement"), which says nothing a
// user can act on.
QString sqlReason(const QSqlError& error);

// An error about the log file at `path`: "<path>: <what failed>: <SQLite's reason>" (or
// "<path>: <reason>" when `what` is empty). Its kind says when the disk is full or the log
// itself cannot be read or written, so that an import stops at once instead of failing the
// same way for every file left.
Error sqlError(const QString& path, const QString& what, const QSqlError& error);

} // namespace stridewell::core
