#include "storage/settings_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM setting"));
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QMap<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Status SettingsRepository::set(const QString& key, const QString& value)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(key).bind(value);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Settings);
    return Ok{};
}

Status SettingsRepository::unset(const QString& key)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM setting WHERE key = ?"));
    q.bind(key);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Settings);
    return Ok{};
}

} // namespace stridewell::core
