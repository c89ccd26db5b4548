#include "storage/run_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sample_codec.h"
#include "storage/sql_query.h"

#include <cmath>

namespace stridewell::core {

namespace {

const QString kColumns = QStringLiteral(
    "run.id, run.athlete_id, run.start_utc, run.utc_offset_s, run.distance_m, run.elapsed_s, "
    "run.timer_s, run.avg_cadence_spm, run.avg_hr_bpm, run.rpe, run.type, run.surface, "
    "run.shoe_id, shoe.name, run.notes, run.source, run.content_hash, run.elevation_gain_m");

Run readRun(const SqlQuery& q)
{
    Run run;
    run.id = q.value(0).toLongLong();
    run.athleteId = q.value(1).toLongLong();
    run.startUtc = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    run.utcOffsetS = q.value(3).toInt();
    run.distance = Distance::metres(q.value(4).toDouble());
    if (auto elapsed = q.optional<double>(5))
        run.elapsed = Duration::seconds(*elapsed);
    if (auto timer = q.optional<double>(6))
        run.timer = Duration::seconds(*timer);
    run.avgCadenceSpm = q.optional<double>(7);
    run.avgHrBpm = q.optional<double>(8);
    run.rpe = q.optional<int>(9);
    run.type = q.value(10).toString();
    run.surface = q.value(11).toString();
    run.shoeId = q.optional<qint64>(12);
    run.shoeName = q.value(13).toString();
    run.notes = q.value(14).toString();
    run.source = q.value(15).toString();
    run.contentHash = q.value(16).toByteArray();
    run.elevationGainM = q.optional<double>(17);
    return run;
}

// Binds every stored column of the run except id, in the order of kWritable.
void bindFields(SqlQuery& q, const Run& run)
{
    q.bind(run.athleteId)
        .bind(run.startUtc.toSecsSinceEpoch())
        .bind(run.utcOffsetS)
        .bind(run.localDate().toString(Qt::ISODate))
        .bind(run.distance.inMetres())
        .bind(run.elapsed ? QVariant(run.elapsed->inSeconds()) : QVariant())
        .bind(run.timer ? QVariant(run.timer->inSeconds()) : QVariant())
        .bind(run.avgCadenceSpm)
        .bind(run.avgHrBpm)
        .bind(run.rpe)
        .bind(run.type)
        .bind(run.surface)
        .bind(run.shoeId)
        .bind(run.notes)
        .bind(run.source)
        .bind(run.contentHash.isEmpty() ? QVariant() : QVariant(run.contentHash))
        .bind(run.elevationGainM);
}

const QString kWritable = QStringLiteral(
    "athlete_id, start_utc, utc_offset_s, local_date, distance_m, elapsed_s, timer_s, "
    "avg_cadence_spm, avg_hr_bpm, rpe, type, surface, shoe_id, notes, source, content_hash, "
    "elevation_gain_m");

const char* sortExpression(RunQuery::Sort sort)
{
    switch (sort) {
    case RunQuery::Sort::Start:
        return "run.start_utc";
    case RunQuery::Sort::Distance:
        return "run.distance_m";
    case RunQuery::Sort::Duration:
        return "coalesce(run.timer_s, run.elapsed_s)";
    case RunQuery::Sort::Pace:
        return "coalesce(run.timer_s, run.elapsed_s) / max(run.distance_m, 1)";
    case RunQuery::Sort::Cadence:
        return "run.avg_cadence_spm";
    case RunQuery::Sort::HeartRate:
        return "run.avg_hr_bpm";
    case RunQuery::Sort::Rpe:
        return "run.rpe";
    case RunQuery::Sort::Type:
        return "lower(run.type)";
    case RunQuery::Sort::Surface:
        return "lower(run.surface)";
    case RunQuery::Sort::Shoe:
        return "lower(coalesce(shoe.name, ''))";
    case RunQuery::Sort::Notes:
        return "lower(run.notes)";
    }
    return "run.start_utc";
}

// FROM ... WHERE ... ORDER BY for a query; its parameters are bound by bindQuery(). The sort
// expression comes from the fixed list above, never from user text.
QString querySql(const RunQuery& query, bool ordered)
{
    QString sql = QStringLiteral("FROM run LEFT JOIN shoe ON shoe.id = run.shoe_id "
                                 "WHERE run.athlete_id = ? AND run.local_date >= ? "
                                 "AND run.local_date <= ?");
    if (!query.type.isEmpty())
        sql += QStringLiteral(" AND lower(run.type) = lower(?)");
    if (ordered) {
        const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
        // A run of unknown duration (a track without times) sorts last either way.
        const bool untimedLast =
            query.sort == RunQuery::Sort::Duration || query.sort == RunQuery::Sort::Pace;
        sql += QStringLiteral(" ORDER BY %1%2 %3, run.start_utc %3, run.id %3")
                   .arg(untimedLast ? QStringLiteral("(%1) IS NULL, ")
                                          .arg(QLatin1String(sortExpression(query.sort)))
                                    : QString(),
                        QLatin1String(sortExpression(query.sort)), direction);
    }
    return sql;
}

void bindQuery(SqlQuery& q, const RunQuery& query)
{
    q.bind(query.athleteId)
        .bind(query.from ? query.from->toString(Qt::ISODate) : QStringLiteral("0000-00-00"))
        .bind(query.to ? query.to->toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (!query.type.isEmpty())
        q.bind(query.type);
}

} // namespace

void RunRepository::notify(qint64 athleteId)
{
    m_db.changed(Change::Runs, athleteId);
}

Result<qint64> RunRepository::add(const Run& run)
{
    const bool restoring = run.id != 0;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO run (%1%2) VALUES (%3?%4)")
                              .arg(restoring ? QStringLiteral("id, ") : QString(), kWritable,
                                   restoring ? QStringLiteral("?, ") : QString(),
                                   QStringLiteral(", ?").repeated(16)));
    if (restoring)
        insert.bind(run.id);
    bindFields(insert, run);
    if (Status ok = insert.exec(); !ok)
        return ok.error();
    notify(run.athleteId);
    return insert.lastInsertId();
}

Status RunRepository::update(const Run& run)
{
    QString assignments = kWritable;
    assignments.replace(QStringLiteral(","), QStringLiteral(" = ?,"));
    SqlQuery update(m_db, QStringLiteral("UPDATE run SET %1 = ? WHERE id = ?").arg(assignments));
    bindFields(update, run);
    update.bind(run.id);
    if (Status ok = update.exec(); !ok)
        return ok;
    notify(run.athleteId);
    return Ok{};
}

Status RunRepository::remove(qint64 runId)
{
    SqlQuery owner(m_db, QStringLiteral("SELECT athlete_id FROM run WHERE id = ?"));
    owner.bind(runId);
    if (Status ok = owner.exec(); !ok)
        return ok;
    if (!owner.next())
        return fail(QStringLiteral("run %1: not in this log").arg(runId));
    const qint64 athleteId = owner.value(0).toLongLong();
    SqlQuery del(m_db, QStringLiteral("DELETE FROM run WHERE id = ?"));
    del.bind(runId);
    if (Status ok = del.exec(); !ok)
        return ok;
    notify(athleteId);
    return Ok{};
}

Result<std::optional<Run>> RunRepository::find(qint64 runId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM run LEFT JOIN shoe ON shoe.id = run.shoe_id "
                                    "WHERE run.id = ?")
                         .arg(kColumns));
    q.bind(runId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<Run>();
    return std::optional<Run>(readRun(q));
}

Result<QList<Run>> RunRepository::list(qint64 athleteId, std::optional<QDate> from,
                                       std::optional<QDate> to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM run LEFT JOIN shoe ON shoe.id = run.shoe_id "
                                    "WHERE run.athlete_id = ? AND run.local_date >= ? "
                                    "AND run.local_date <= ? ORDER BY run.start_utc, run.id")
                         .arg(kColumns));
    q.bind(athleteId)
        .bind(from ? from->toString(Qt::ISODate) : QStringLiteral("0000-00-00"))
        .bind(to ? to->toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<Run> runs;
    while (q.next())
        runs.append(readRun(q));
    return runs;
}

Result<qint64> RunRepository::count(qint64 athleteId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM run WHERE athlete_id = ?"));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<Run>> RunRepository::page(const RunQuery& query, int offset, int limit) const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT %1 %2 LIMIT ? OFFSET ?").arg(kColumns, querySql(query, true)));
    bindQuery(q, query);
    q.bind(limit).bind(offset);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<Run> runs;
    runs.reserve(limit);
    while (q.next())
        runs.append(readRun(q));
    return runs;
}

Result<RunTotals> RunRepository::totals(const RunQuery& query) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*), total(run.distance_m), "
                                    "total(coalesce(run.timer_s, run.elapsed_s)) %1")
                         .arg(querySql(query, false)));
    bindQuery(q, query);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    q.next();
    return RunTotals{q.value(0).toLongLong(), Distance::metres(q.value(1).toDouble()),
                     Duration::seconds(q.value(2).toDouble())};
}

Result<QList<qint64>> RunRepository::ids(const RunQuery& query) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT run.id %1").arg(querySql(query, true)));
    bindQuery(q, query);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QStringList> RunRepository::types(qint64 athleteId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT lower(type) FROM run WHERE athlete_id = ? "
                                    "AND type <> '' ORDER BY 1"));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QStringList types;
    while (q.next())
        types << q.value(0).toString();
    return types;
}

Result<std::optional<qint64>>
RunRepository::findSimilar(qint64 athleteId, const QDateTime& startUtc, Distance distance) const
{
    const qint64 start = startUtc.toSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral("SELECT id, distance_m FROM run WHERE athlete_id = ? "
                                    "AND start_utc BETWEEN ? AND ?"));
    q.bind(athleteId).bind(start - 60).bind(start + 60);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    while (q.next()) {
        const double other = q.value(1).toDouble();
        const double larger = std::max(other, distance.inMetres());
        if (larger == 0 || std::abs(other - distance.inMetres()) <= 0.02 * larger)
            return std::optional<qint64>(q.value(0).toLongLong());
    }
    return std::optional<qint64>();
}

Result<std::optional<qint64>> RunRepository::findSameEntry(qint64 athleteId, QDate localDate,
                                                           Distance distance,
                                                           Duration duration) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM run WHERE athlete_id = ? AND local_date = ? "
                                    "AND abs(distance_m - ?) <= 10 "
                                    "AND (abs(timer_s - ?) <= 1 OR abs(elapsed_s - ?) <= 1) "
                                    "ORDER BY id LIMIT 1"));
    q.bind(athleteId)
        .bind(localDate.toString(Qt::ISODate))
        .bind(distance.inMetres())
        .bind(duration.inSeconds())
        .bind(duration.inSeconds());
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (q.next())
        return std::optional<qint64>(q.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<bool> RunRepository::hasContentHash(qint64 athleteId, const QByteArray& hash) const
{
    auto found = findByContentHash(athleteId, hash);
    if (!found)
        return found.error();
    return found->has_value();
}

Result<std::optional<qint64>> RunRepository::findByContentHash(qint64 athleteId,
                                                               const QByteArray& hash) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM run WHERE content_hash = ? AND athlete_id = ? "
                                    "ORDER BY id LIMIT 1"));
    q.bind(hash).bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status RunRepository::saveSamples(qint64 runId, const SampleList& samples)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT OR REPLACE INTO run_samples (run_id, point_count, data) "
                              "VALUES (?, ?, ?)"));
    q.bind(runId).bind(qint64(samples.size())).bind(sample_codec::encode(samples));
    return q.exec();
}

Result<SampleList> RunRepository::samples(qint64 runId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT data FROM run_samples WHERE run_id = ?"));
    q.bind(runId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return SampleList{};
    return sample_codec::decode(q.value(0).toByteArray());
}

} // namespace stridewell::core
