#pragma once

#include "model/clearance.h"
#include "model/episode_end.h"
#include "result.h"

#include <QList>

namespace stridewell::core {

class Database;

// The small health-record entries that are a day and a note: a clinician's clearance (it ends a
// hold) and the end of a calf episode. One repository for both, over the table `Table<T>`
// names. A write is announced as Change::Symptoms, so every view that follows the symptoms
// (banner, plan, flags) follows these too.
template <typename T> class DatedNoteRepository
{
public:
    explicit DatedNoteRepository(Database& db) : m_db(db) {}

    static constexpr int kMaxNotes = 2000;
    static Status validate(const T& entry);

    Result<qint64> add(const T& entry); // restores the id when set (undo)
    Status remove(qint64 id);
    Result<QList<T>> list(qint64 athleteId) const; // oldest first

private:
    Database& m_db;
};

using ClearanceRepository = DatedNoteRepository<Clearance>;
using EpisodeEndRepository = DatedNoteRepository<EpisodeEnd>;

extern template class DatedNoteRepository<Clearance>;
extern template class DatedNoteRepository<EpisodeEnd>;

} // namespace stridewell::core
