#pragma once

#include "model/calf_test.h"
#include "result.h"

#include <QList>
#include <optional>

namespace stridewell::core {

class Database;

class CalfTestRepository
{
public:
    explicit CalfTestRepository(Database& db) : m_db(db) {}

    static constexpr int kMaxReps = 500;
    static Status validate(const CalfTest& test);

    Result<qint64> add(const CalfTest& test); // restores the id when set (undo)
    Status update(const CalfTest& test);
    Status remove(qint64 testId);
    Result<std::optional<CalfTest>> find(qint64 testId) const;
    Result<QList<CalfTest>> list(qint64 athleteId) const; // oldest first

private:
    Database& m_db;
};

} // namespace stridewell::core
