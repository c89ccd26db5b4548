#pragma once

#include "model/symptom.h"
#include "result.h"

#include <QList>
#include <optional>

namespace stridewell::core {

class Database;

class SymptomRepository
{
public:
    explicit SymptomRepository(Database& db) : m_db(db) {}

    static Status validate(const Symptom& symptom);

    Result<qint64> add(const Symptom& symptom); // restores the id when set (undo)
    Status update(const Symptom& symptom);
    Status remove(qint64 symptomId);
    // What the runner says they have read: the entry's red-flag advice, or the "book an
    // assessment" advice raised at it.
    enum class Notice { RedFlag, Assessment };
    Status acknowledge(qint64 symptomId, Notice notice, bool acknowledged = true);
    Result<std::optional<Symptom>> find(qint64 symptomId) const;
    // Oldest first, inclusive local dates.
    Result<QList<Symptom>> list(qint64 athleteId, std::optional<QDate> from = {},
                                std::optional<QDate> to = {}) const;

private:
    Database& m_db;
};

} // namespace stridewell::core
