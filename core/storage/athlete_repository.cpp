#include "storage/athlete_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

#include <QDateTime>

namespace stridewell::core {

Status AthleteRepository::validateName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("athlete name: must not be empty"));
    if (trimmed.size() > kMaxNameLength)
        return fail(QStringLiteral("athlete name: at most %1 characters").arg(kMaxNameLength));
    return Ok{};
}

Result<Athlete> AthleteRepository::add(const QString& name)
{
    if (Status valid = validateName(name); !valid)
        return valid.error();
    const QString trimmed = name.trimmed();
    auto existing = findByName(trimmed);
    if (!existing)
        return existing.error();
    if (existing.value())
        return fail(QStringLiteral("athlete \"%1\": already in this log").arg(trimmed));

    SqlQuery insert(m_db, QStringLiteral("INSERT INTO athlete (name, created_utc) VALUES (?, ?)"));
    insert.bind(trimmed).bind(QDateTime::currentSecsSinceEpoch());
    if (Status ok = insert.exec(); !ok)
        return ok.error();
    Athlete athlete{insert.lastInsertId(), trimmed};
    m_db.changed(Change::Athletes);
    return athlete;
}

Status AthleteRepository::rename(qint64 id, const QString& name)
{
    if (Status valid = validateName(name); !valid)
        return valid;
    SqlQuery update(m_db, QStringLiteral("UPDATE athlete SET name = ? WHERE id = ?"));
    update.bind(name.trimmed()).bind(id);
    if (Status ok = update.exec(); !ok)
        return ok;
    m_db.changed(Change::Athletes);
    return Ok{};
}

Status AthleteRepository::remove(qint64 id)
{
    SqlQuery del(m_db, QStringLiteral("DELETE FROM athlete WHERE id = ?"));
    del.bind(id);
    if (Status ok = del.exec(); !ok)
        return ok;
    m_db.changed(Change::Athletes);
    return Ok{};
}

Result<QList<Athlete>> AthleteRepository::list() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id, name FROM athlete ORDER BY name COLLATE NOCASE, id"));
    if (Status ok = query.exec(); !ok)
        return ok.error();
    QList<Athlete> athletes;
    while (query.next())
        athletes.append({query.value(0).toLongLong(), query.value(1).toString()});
    return athletes;
}

Result<std::optional<Athlete>> AthleteRepository::findByName(const QString& name) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id, name FROM athlete WHERE name = ? COLLATE NOCASE"));
    query.bind(name.trimmed());
    if (Status ok = query.exec(); !ok)
        return ok.error();
    if (!query.next())
        return std::optional<Athlete>();
    return std::optional<Athlete>(Athlete{query.value(0).toLongLong(), query.value(1).toString()});
}

Result<std::optional<Athlete>> AthleteRepository::find(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name FROM athlete WHERE id = ?"));
    query.bind(id);
    if (Status ok = query.exec(); !ok)
        return ok.error();
    if (!query.next())
        return std::optional<Athlete>();
    return std::optional<Athlete>(Athlete{query.value(0).toLongLong(), query.value(1).toString()});
}

} // namespace stridewell::core
