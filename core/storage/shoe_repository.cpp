#include "storage/shoe_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

namespace {

Shoe readShoe(const SqlQuery& q)
{
    Shoe shoe;
    shoe.id = q.value(0).toLongLong();
    shoe.athleteId = q.value(1).toLongLong();
    shoe.name = q.value(2).toString();
    shoe.limit = Distance::metres(q.value(3).toDouble());
    shoe.startDistance = Distance::metres(q.value(4).toDouble());
    shoe.retired = q.value(5).toBool();
    return shoe;
}

const QString kSelect =
    QStringLiteral("SELECT id, athlete_id, name, limit_m, start_m, retired FROM shoe ");

Status validate(const Shoe& shoe)
{
    if (shoe.name.trimmed().isEmpty())
        return fail(QStringLiteral("shoe name: must not be empty"));
    if (shoe.name.size() > 80)
        return fail(QStringLiteral("shoe name: at most 80 characters"));
    if (shoe.limit.inMetres() <= 0)
        return fail(QStringLiteral("shoe limit: must be more than 0"));
    if (shoe.startDistance.inMetres() < 0)
        return fail(QStringLiteral("shoe start distance: must not be negative"));
    return Ok{};
}

} // namespace

Result<qint64> ShoeRepository::add(const Shoe& shoe)
{
    if (Status ok = validate(shoe); !ok)
        return ok.error();
    auto existing = findByName(shoe.athleteId, shoe.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return fail(QStringLiteral("shoe \"%1\": the athlete already has a shoe of that name")
                        .arg(shoe.name.trimmed()));
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO shoe (%1athlete_id, name, limit_m, start_m, retired) "
                              "VALUES (%2?, ?, ?, ?, ?)")
                   .arg(shoe.id ? QStringLiteral("id, ") : QString(),
                        shoe.id ? QStringLiteral("?, ") : QString()));
    if (shoe.id)
        q.bind(shoe.id);
    q.bind(shoe.athleteId)
        .bind(shoe.name.trimmed())
        .bind(shoe.limit.inMetres())
        .bind(shoe.startDistance.inMetres())
        .bind(shoe.retired);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    m_db.changed(Change::Shoes, shoe.athleteId);
    return q.lastInsertId();
}

Status ShoeRepository::update(const Shoe& shoe)
{
    if (Status ok = validate(shoe); !ok)
        return ok;
    SqlQuery q(m_db,
               QStringLiteral("UPDATE shoe SET name = ?, limit_m = ?, start_m = ?, retired = ? "
                              "WHERE id = ?"));
    q.bind(shoe.name.trimmed())
        .bind(shoe.limit.inMetres())
        .bind(shoe.startDistance.inMetres())
        .bind(shoe.retired)
        .bind(shoe.id);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Shoes, shoe.athleteId);
    return Ok{};
}

Status ShoeRepository::remove(qint64 shoeId)
{
    SqlQuery owner(m_db, QStringLiteral("SELECT athlete_id FROM shoe WHERE id = ?"));
    owner.bind(shoeId);
    if (Status ok = owner.exec(); !ok)
        return ok;
    if (!owner.next())
        return fail(QStringLiteral("shoe %1: not in this log").arg(shoeId));
    const qint64 athleteId = owner.value(0).toLongLong();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM shoe WHERE id = ?"));
    q.bind(shoeId);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Shoes, athleteId);
    m_db.changed(Change::Runs, athleteId);
    return Ok{};
}

Result<QList<Shoe>> ShoeRepository::list(qint64 athleteId) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(
                                   "WHERE athlete_id = ? ORDER BY retired, name COLLATE NOCASE"));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<Shoe> shoes;
    while (q.next())
        shoes.append(readShoe(q));
    return shoes;
}

Result<QList<ShoeUsage>> ShoeRepository::usage(qint64 athleteId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT shoe.id, shoe.athlete_id, shoe.name, shoe.limit_m, "
                                    "shoe.start_m, shoe.retired, count(run.id), "
                                    "total(run.distance_m), max(run.local_date) "
                                    "FROM shoe LEFT JOIN run ON run.shoe_id = shoe.id "
                                    "WHERE shoe.athlete_id = ? GROUP BY shoe.id "
                                    "ORDER BY shoe.retired, shoe.name COLLATE NOCASE"));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<ShoeUsage> shoes;
    while (q.next()) {
        ShoeUsage u;
        u.shoe = readShoe(q);
        u.runs = q.value(6).toInt();
        u.runDistance = Distance::metres(q.value(7).toDouble());
        if (!q.value(8).isNull())
            u.lastRun = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        shoes.append(u);
    }
    return shoes;
}

Result<QList<qint64>> ShoeRepository::runsWith(qint64 shoeId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM run WHERE shoe_id = ? ORDER BY id"));
    q.bind(shoeId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status ShoeRepository::restore(const Shoe& shoe, const QList<qint64>& runIds)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.beginError();
    if (auto added = add(shoe); !added)
        return added.error();
    for (qint64 runId : runIds) {
        SqlQuery link(m_db, QStringLiteral("UPDATE run SET shoe_id = ? WHERE id = ? "
                                           "AND athlete_id = ?"));
        link.bind(shoe.id).bind(runId).bind(shoe.athleteId);
        if (Status ok = link.exec(); !ok)
            return ok;
    }
    m_db.changed(Change::Runs, shoe.athleteId);
    return tx.commit();
}

Result<std::optional<Shoe>> ShoeRepository::findByName(qint64 athleteId, const QString& name) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE athlete_id = ? AND name = ? COLLATE NOCASE"));
    q.bind(athleteId).bind(name.trimmed());
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<Shoe>();
    return std::optional<Shoe>(readShoe(q));
}

Result<qint64> ShoeRepository::findOrAdd(qint64 athleteId, const QString& name)
{
    auto existing = findByName(athleteId, name);
    if (!existing)
        return existing.error();
    if (*existing)
        return (*existing)->id;
    Shoe shoe;
    shoe.athleteId = athleteId;
    shoe.name = name.trimmed();
    return add(shoe);
}

} // namespace stridewell::core
