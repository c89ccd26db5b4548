#include "storage/sql_query.h"

#include "storage/database.h"
#include "storage/sql_connection.h"
#include "storage/sql_error.h"

#include <QSqlError>

namespace stridewell::core {

SqlQuery::SqlQuery(const Database& db, const QString& sql)
    : m_query(sqlConnection(db)), m_sql(sql), m_path(db.path())
{
    m_prepared = m_query.prepare(sql);
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec()) {
        const bool reads = m_sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) ||
                           m_sql.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive);
        return sqlError(m_path,
                        reads ? QStringLiteral("cannot read") : QStringLiteral("cannot write"),
                        m_query.lastError());
    }
    return Ok{};
}

} // namespace stridewell::core
