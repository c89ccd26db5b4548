#pragma once

#include <QSqlDatabase>

namespace stridewell::core {

class Database;

// The SQL connection behind a log, for core's storage code (SqlQuery, the bundle writer) and
// core's own tests. Not for ui or app: they get repositories and services, and this header
// does not compile there, since Qt6::Sql is linked PRIVATE to stridewell_core and its headers
// are not on their include path.
QSqlDatabase sqlConnection(const Database& db);

} // namespace stridewell::core
