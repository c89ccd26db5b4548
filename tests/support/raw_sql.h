#pragma once

#include <QString>
#include <QStringList>

namespace stridewell::test {

// Runs SQL statements on a database file through a connection of its own: to build old
// logs, or to damage or age a file, as no repository would. For the core and CLI tests only:
// the UI tests, like ui itself, have no QtSql.
void rawSql(const QString& path, const QStringList& statements);

} // namespace stridewell::test
