#include "storage/dated_note_repository.h"

#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/sql_query.h"

namespace stridewell::core {

namespace {

// The table and the words for an entry of each kind.
template <typename T> struct Table;
template <> struct Table<Clearance>
{
    static constexpr const char* name = "clearance";
};
template <> struct Table<EpisodeEnd>
{
    static constexpr const char* name = "episode_end";
};

template <typename T> QString table()
{
    return QString::fromLatin1(Table<T>::name);
}

template <typename T> QString words()
{
    return table<T>().replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

template <typename T> Status DatedNoteRepository<T>::validate(const T& entry)
{
    if (!entry.date.isValid())
        return fail(QStringLiteral("date: missing or invalid"));
    if (entry.notes.size() > kMaxNotes)
        return fail(QStringLiteral("notes: %1 characters is more than %2")
                        .arg(entry.notes.size())
                        .arg(kMaxNotes));
    return Ok{};
}

template <typename T> Result<qint64> DatedNoteRepository<T>::add(const T& entry)
{
    if (Status ok = validate(entry); !ok)
        return ok.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO %1 (%2athlete_id, date, notes) VALUES (%3?, ?, ?)")
                         .arg(table<T>(), entry.id ? QStringLiteral("id, ") : QString(),
                              entry.id ? QStringLiteral("?, ") : QString()));
    if (entry.id)
        q.bind(entry.id);
    q.bind(entry.athleteId).bind(entry.date.toString(Qt::ISODate)).bind(entry.notes);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    m_db.changed(Change::Symptoms, entry.athleteId);
    return q.lastInsertId();
}

template <typename T> Status DatedNoteRepository<T>::remove(qint64 id)
{
    SqlQuery owner(m_db, QStringLiteral("SELECT athlete_id FROM %1 WHERE id = ?").arg(table<T>()));
    owner.bind(id);
    if (Status ok = owner.exec(); !ok)
        return ok;
    if (!owner.next())
        return fail(QStringLiteral("%1 %2: not in this log").arg(words<T>()).arg(id));
    const qint64 athleteId = owner.value(0).toLongLong();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table<T>()));
    q.bind(id);
    if (Status ok = q.exec(); !ok)
        return ok;
    m_db.changed(Change::Symptoms, athleteId);
    return Ok{};
}

template <typename T> Result<QList<T>> DatedNoteRepository<T>::list(qint64 athleteId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, athlete_id, date, notes FROM %1 "
                                    "WHERE athlete_id = ? ORDER BY date, id")
                         .arg(table<T>()));
    q.bind(athleteId);
    if (Status ok = q.exec(); !ok)
        return ok.error();
    QList<T> all;
    while (q.next())
        all.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                    QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()});
    return all;
}

template class DatedNoteRepository<Clearance>;
template class DatedNoteRepository<EpisodeEnd>;

} // namespace stridewell::core
