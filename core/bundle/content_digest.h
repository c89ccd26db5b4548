#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace stridewell::core::bundle_format {

// SHA-256 over the schema and every row of every table (the digest row itself left out), in
// rowid order with typed values, hex-encoded. SQLite finds a damaged page structure, not a
// changed value inside a row; this finds both. Inside core (and its tests) only: it takes a
// connection, which ui never has.
Result<QByteArray> contentDigest(const QSqlDatabase& connection);

} // namespace stridewell::core::bundle_format
