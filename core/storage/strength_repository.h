#pragma once

#include "model/strength_session.h"
#include "result.h"

#include <QList>
#include <optional>

namespace stridewell::core {

class Database;

class StrengthRepository
{
public:
    explicit StrengthRepository(Database& db) : m_db(db) {}

    static Status validate(const StrengthSession& session);

    Result<qint64> add(const StrengthSession& session); // restores the id when set (undo)
    Status remove(qint64 sessionId);
    Result<std::optional<StrengthSession>> find(qint64 sessionId) const;
    Result<QList<StrengthSession>> list(qint64 athleteId) const; // oldest first

private:
    Database& m_db;
};

} // namespace stridewell::core
