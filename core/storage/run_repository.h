#pragma once

#include "model/run.h"
#include "model/sample.h"
#include "result.h"
#include "storage/run_query.h"

#include <QList>
#include <optional>

namespace stridewell::core {

class Database;

class RunRepository
{
public:
    explicit RunRepository(Database& db) : m_db(db) {}

    // Stores a new run (or restores a deleted one when run.id is set, for undo).
    Result<qint64> add(const Run& run);
    Status update(const Run& run);
    Status remove(qint64 runId);
    Result<std::optional<Run>> find(qint64 runId) const;
    // Oldest first; from/to are local calendar dates, inclusive.
    Result<QList<Run>> list(qint64 athleteId, std::optional<QDate> from = {},
                            std::optional<QDate> to = {}) const;
    Result<qint64> count(qint64 athleteId) const;

    // `limit` runs from `offset` in the query's order (ties by start, then id).
    Result<QList<Run>> page(const RunQuery& query, int offset, int limit) const;
    Result<RunTotals> totals(const RunQuery& query) const;
    // The ids of every matching run in the query's order: where a run sits in a table.
    Result<QList<qint64>> ids(const RunQuery& query) const;
    // The run types this athlete has used, lower-case, sorted.
    Result<QStringList> types(qint64 athleteId) const;

    // A run that is probably the same activity: same athlete, start within 60 s and distance
    // within 2%.
    Result<std::optional<qint64>> findSimilar(qint64 athleteId, const QDateTime& startUtc,
                                              Distance distance) const;
    // A run entered the same (design.md section 7): same athlete and local date, distance within
    // 10 m and duration (timer or elapsed) within 1 s, as rounding in a CSV leaves them. How a
    // row of the run CSV is found already in the log.
    Result<std::optional<qint64>> findSameEntry(qint64 athleteId, QDate localDate,
                                                Distance distance, Duration duration) const;
    Result<bool> hasContentHash(qint64 athleteId, const QByteArray& hash) const;
    // The athlete's run with that content hash, if any (what a merge links a symptom to).
    Result<std::optional<qint64>> findByContentHash(qint64 athleteId, const QByteArray& hash) const;

    Status saveSamples(qint64 runId, const SampleList& samples);
    Result<SampleList> samples(qint64 runId) const;

private:
    void notify(qint64 athleteId);

    Database& m_db;
};

} // namespace stridewell::core
