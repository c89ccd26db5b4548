#include "storage/strength_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

namespace {

const QString kColumns = QStringLiteral("id, athlete_id, date, circuit, pain, notes");

StrengthSession readSession(const SqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toString(),
            q.optional<int>(4),
            q.value(5).toString()};
}

} // namespace

Status StrengthRepository::validate(const StrengthSession& s)
{
    if (!s.date.isValid())
        return fail(QStringLiteral("date: missing or invalid"));
    if (s.circuitId.trimmed().isEmpty())
        return fail(QStringLiteral("circuit: must be given"));
    if (s.pain && (*s.pain < 0 || *s.pain > 10))
        return fail(QStringLiteral("pain: %1 is outside 0-10").arg(*s.pain));
    return Ok{};
}

Result<qint64> StrengthRepository::add(const StrengthSession& s)
{
    if (Status ok = validate(s); !ok)
        return ok.error();
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO strength_session (%1athlete_id, date, circuit, pain, notes) "
                         "VALUES (%2?, ?, ?, ?, ?)")
                         .arg(s.id ? QStringLiteral("id, ") : QString(),
                              s.id ? QStringLiteral("?, ") : QString()));
    if (s.id)
        q.bind(s.id);
    q.bind(s.athleteId)
        .bind(s.date.toString(Qt::ISODate))
        .bind(s.circuitId)
        .bind(s.pain)
        .bind(s.notes);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    m_db.changed(Change::Strength, s.athleteId);
    return q.lastInsertId();
}

Status StrengthRepository::remove(qint64 sessionId)
{
    SqlQuery owner(m_db, QStringLiteral("SELECT athlete_id FROM strength_session WHERE id = ?"));
    owner.bind(sessionId);
    if (Status ok = owner.exec(); !ok)
        return ok;
    if (!owner.next())
        return fail(QStringLiteral("strength session %1: not in this log").arg(sessionId));
    const qint64 athleteId = owner.value(0).toLongLong();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM strength_session WHERE id = ?"));
    q.bind(sessionId);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Strength, athleteId);
    return Ok{};
}

Result<std::optional<StrengthSession>> StrengthRepository::find(qint64 sessionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM strength_session WHERE id = ?").arg(kColumns));
    q.bind(sessionId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<StrengthSession>();
    return std::optional<StrengthSession>(readSession(q));
}

Result<QList<StrengthSession>> StrengthRepository::list(qint64 athleteId) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT %1 FROM strength_session WHERE athlete_id = ? ORDER BY date, id")
                         .arg(kColumns));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<StrengthSession> sessions;
    while (q.next())
        sessions.append(readSession(q));
    return sessions;
}

} // namespace stridewell::core
