#include "storage/sql_query.h"

#include "storage/database.h"
#include "storage/sql_connection.h"

#include <QSqlError>

namespace stridewell::core {

SqlQuery::SqlQuery(const Database& db, const QString& sql) : m_query(sqlConnection(db)), m_sql(sql)
{
    m_prepared = m_query.prepare(sql);
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec())
        return fail(QStringLiteral("database: %1").arg(m_query.lastError().text()));
    return Ok{};
}

} // namespace stridewell::core
