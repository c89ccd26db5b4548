#include "storage/symptom_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

namespace {

const QString kColumns = QStringLiteral(
    "athlete_id, date, location, location_note, side, pain, type, timing, stretch, red_flags, "
    "notes, run_id, acknowledged, assessment_acknowledged, injury");

QString encodeSigns(const QList<RedFlagSign>& signs)
{
    QStringList ids;
    for (RedFlagSign sign : signs)
        ids << toId(sign);
    return ids.join(QLatin1Char(','));
}

QList<RedFlagSign> decodeSigns(const QString& text)
{
    QList<RedFlagSign> signs;
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto sign = redFlagSignFromId(id))
            signs << *sign;
    return signs;
}

template <typename E> QVariant optionalId(const std::optional<E>& value)
{
    return value ? QVariant(toId(*value)) : QVariant();
}

void bindFields(SqlQuery& q, const Symptom& s)
{
    q.bind(s.athleteId)
        .bind(s.date.toString(Qt::ISODate))
        .bind(toId(s.location))
        .bind(s.locationNote)
        .bind(toId(s.side))
        .bind(s.pain)
        .bind(optionalId(s.type))
        .bind(optionalId(s.timing))
        .bind(optionalId(s.stretch))
        .bind(encodeSigns(s.redFlags))
        .bind(s.notes)
        .bind(s.runId)
        .bind(s.acknowledged)
        .bind(s.assessmentAcknowledged)
        .bind(s.injury);
}

Symptom readSymptom(const SqlQuery& q)
{
    Symptom s;
    s.id = q.value(0).toLongLong();
    s.athleteId = q.value(1).toLongLong();
    s.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.location = bodyLocationFromId(q.value(3).toString()).value_or(BodyLocation::Other);
    s.locationNote = q.value(4).toString();
    s.side = sideFromId(q.value(5).toString()).value_or(Side::Both);
    s.pain = q.value(6).toInt();
    s.type = symptomTypeFromId(q.value(7).toString());
    s.timing = symptomTimingFromId(q.value(8).toString());
    s.stretch = stretchTestFromId(q.value(9).toString());
    s.redFlags = decodeSigns(q.value(10).toString());
    s.notes = q.value(11).toString();
    s.runId = q.optional<qint64>(12);
    s.acknowledged = q.value(13).toBool();
    s.assessmentAcknowledged = q.value(14).toBool();
    s.injury = q.value(15).toBool();
    return s;
}

} // namespace

Status SymptomRepository::validate(const Symptom& s)
{
    if (!s.date.isValid())
        return fail(QStringLiteral("date: missing or invalid"));
    if (s.pain < 0 || s.pain > 10)
        return fail(QStringLiteral("pain: %1 is outside 0-10").arg(s.pain));
    if (s.notes.size() > 4000)
        return fail(QStringLiteral("notes: at most 4000 characters"));
    return Ok{};
}

Result<qint64> SymptomRepository::add(const Symptom& s)
{
    if (Status ok = validate(s); !ok)
        return ok.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO symptom (%1%2) VALUES (%3?%4)")
                         .arg(s.id ? QStringLiteral("id, ") : QString(), kColumns,
                              s.id ? QStringLiteral("?, ") : QString(),
                              QStringLiteral(", ?").repeated(14)));
    if (s.id)
        q.bind(s.id);
    bindFields(q, s);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    m_db.changed(Change::Symptoms, s.athleteId);
    return q.lastInsertId();
}

Status SymptomRepository::update(const Symptom& s)
{
    if (Status ok = validate(s); !ok)
        return ok;
    QString assignments = kColumns;
    assignments.replace(QStringLiteral(","), QStringLiteral(" = ?,"));
    SqlQuery q(m_db, QStringLiteral("UPDATE symptom SET %1 = ? WHERE id = ?").arg(assignments));
    bindFields(q, s);
    q.bind(s.id);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Symptoms, s.athleteId);
    return Ok{};
}

Status SymptomRepository::remove(qint64 symptomId)
{
    auto existing = find(symptomId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return fail(QStringLiteral("symptom %1: not in this log").arg(symptomId));
    SqlQuery q(m_db, QStringLiteral("DELETE FROM symptom WHERE id = ?"));
    q.bind(symptomId);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Symptoms, (*existing)->athleteId);
    return Ok{};
}

Status SymptomRepository::acknowledge(qint64 symptomId, Notice notice, bool acknowledged)
{
    auto existing = find(symptomId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return fail(QStringLiteral("symptom %1: not in this log").arg(symptomId));
    Symptom s = **existing;
    (notice == Notice::RedFlag ? s.acknowledged : s.assessmentAcknowledged) = acknowledged;
    return update(s);
}

Result<std::optional<Symptom>> SymptomRepository::find(qint64 symptomId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, %1 FROM symptom WHERE id = ?").arg(kColumns));
    q.bind(symptomId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<Symptom>();
    return std::optional<Symptom>(readSymptom(q));
}

Result<QList<Symptom>> SymptomRepository::list(qint64 athleteId, std::optional<QDate> from,
                                               std::optional<QDate> to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, %1 FROM symptom WHERE athlete_id = ? AND date >= ? "
                                    "AND date <= ? ORDER BY date, id")
                         .arg(kColumns));
    q.bind(athleteId)
        .bind(from ? from->toString(Qt::ISODate) : QStringLiteral("0000-00-00"))
        .bind(to ? to->toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<Symptom> list;
    while (q.next())
        list.append(readSymptom(q));
    return list;
}

} // namespace stridewell::core
