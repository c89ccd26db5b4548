#include "storage/calf_test_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

namespace {

const QString kColumns =
    QStringLiteral("id, athlete_id, date, left_reps, right_reps, notes, hop_pain");

CalfTest readTest(const SqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toInt(),
            q.value(4).toInt(),
            q.value(5).toString(),
            q.optional<int>(6)};
}

} // namespace

Status CalfTestRepository::validate(const CalfTest& t)
{
    if (!t.date.isValid())
        return fail(QStringLiteral("date: missing or invalid"));
    if (t.leftReps < 0 || t.leftReps > kMaxReps)
        return fail(
            QStringLiteral("left: %1 repetitions is outside 0-%2").arg(t.leftReps).arg(kMaxReps));
    if (t.rightReps < 0 || t.rightReps > kMaxReps)
        return fail(
            QStringLiteral("right: %1 repetitions is outside 0-%2").arg(t.rightReps).arg(kMaxReps));
    if (t.leftReps == 0 && t.rightReps == 0)
        return fail(QStringLiteral("repetitions: at least one side needs a count above 0"));
    if (t.hopPain && (*t.hopPain < 0 || *t.hopPain > 10))
        return fail(QStringLiteral("hop-pain: %1 is outside 0-10").arg(*t.hopPain));
    return Ok{};
}

Result<qint64> CalfTestRepository::add(const CalfTest& t)
{
    if (Status ok = validate(t); !ok)
        return ok.error();
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO calf_test (%1athlete_id, date, left_reps, right_reps, notes, "
                         "hop_pain) VALUES (%2?, ?, ?, ?, ?, ?)")
                         .arg(t.id ? QStringLiteral("id, ") : QString(),
                              t.id ? QStringLiteral("?, ") : QString()));
    if (t.id)
        q.bind(t.id);
    q.bind(t.athleteId)
        .bind(t.date.toString(Qt::ISODate))
        .bind(t.leftReps)
        .bind(t.rightReps)
        .bind(t.notes)
        .bind(t.hopPain);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    m_db.changed(Change::CalfTests, t.athleteId);
    return q.lastInsertId();
}

Status CalfTestRepository::update(const CalfTest& t)
{
    if (Status ok = validate(t); !ok)
        return ok;
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE calf_test SET date = ?, left_reps = ?, right_reps = ?, notes = ?, "
                         "hop_pain = ? WHERE id = ?"));
    q.bind(t.date.toString(Qt::ISODate))
        .bind(t.leftReps)
        .bind(t.rightReps)
        .bind(t.notes)
        .bind(t.hopPain)
        .bind(t.id);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::CalfTests, t.athleteId);
    return Ok{};
}

Status CalfTestRepository::remove(qint64 testId)
{
    SqlQuery owner(m_db, QStringLiteral("SELECT athlete_id FROM calf_test WHERE id = ?"));
    owner.bind(testId);
    if (Status ok = owner.exec(); !ok)
        return ok;
    if (!owner.next())
        return fail(QStringLiteral("calf test %1: not in this log").arg(testId));
    const qint64 athleteId = owner.value(0).toLongLong();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM calf_test WHERE id = ?"));
    q.bind(testId);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::CalfTests, athleteId);
    return Ok{};
}

Result<std::optional<CalfTest>> CalfTestRepository::find(qint64 testId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM calf_test WHERE id = ?").arg(kColumns));
    q.bind(testId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<CalfTest>();
    return std::optional<CalfTest>(readTest(q));
}

Result<QList<CalfTest>> CalfTestRepository::list(qint64 athleteId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM calf_test WHERE athlete_id = ? ORDER BY date, id")
                   .arg(kColumns));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<CalfTest> tests;
    while (q.next())
        tests.append(readTest(q));
    return tests;
}

} // namespace stridewell::core
