#include "storage/clearance_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

Status ClearanceRepository::validate(const Clearance& c)
{
    if (!c.date.isValid())
        return fail(QStringLiteral("date: missing or invalid"));
    if (c.notes.size() > kMaxNotes)
        return fail(QStringLiteral("notes: %1 characters is more than %2")
                        .arg(c.notes.size())
                        .arg(kMaxNotes));
    return Ok{};
}

Result<qint64> ClearanceRepository::add(const Clearance& c)
{
    if (Status ok = validate(c); !ok)
        return ok.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO clearance (%1athlete_id, date, notes) "
                                    "VALUES (%2?, ?, ?)")
                         .arg(c.id ? QStringLiteral("id, ") : QString(),
                              c.id ? QStringLiteral("?, ") : QString()));
    if (c.id)
        q.bind(c.id);
    q.bind(c.athleteId).bind(c.date.toString(Qt::ISODate)).bind(c.notes);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    m_db.changed(Change::Symptoms, c.athleteId);
    return q.lastInsertId();
}

Status ClearanceRepository::remove(qint64 clearanceId)
{
    SqlQuery owner(m_db, QStringLiteral("SELECT athlete_id FROM clearance WHERE id = ?"));
    owner.bind(clearanceId);
    if (Status ok = owner.exec(); !ok)
        return ok;
    if (!owner.next())
        return fail(QStringLiteral("clearance %1: not in this log").arg(clearanceId));
    const qint64 athleteId = owner.value(0).toLongLong();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM clearance WHERE id = ?"));
    q.bind(clearanceId);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Symptoms, athleteId);
    return Ok{};
}

Result<QList<Clearance>> ClearanceRepository::list(qint64 athleteId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, athlete_id, date, notes FROM clearance "
                                    "WHERE athlete_id = ? ORDER BY date, id"));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<Clearance> all;
    while (q.next())
        all.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                    QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()});
    return all;
}

} // namespace stridewell::core
