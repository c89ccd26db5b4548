#pragma once

#include "model/clearance.h"
#include "result.h"

#include <QList>

namespace stridewell::core {

class Database;

// Clearances are part of the health record: a write is announced as Change::Symptoms, so every
// view that follows the symptoms (banner, plan, flags) follows the hold too.
class ClearanceRepository
{
public:
    explicit ClearanceRepository(Database& db) : m_db(db) {}

    static constexpr int kMaxNotes = 2000;
    static Status validate(const Clearance& clearance);

    Result<qint64> add(const Clearance& clearance); // restores the id when set (undo)
    Status remove(qint64 clearanceId);
    Result<QList<Clearance>> list(qint64 athleteId) const; // oldest first

private:
    Database& m_db;
};

} // namespace stridewell::core
