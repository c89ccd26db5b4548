#pragma once

#include "model/athlete.h"
#include "result.h"

#include <QList>
#include <optional>

namespace stridewell::core {

class Database;

class AthleteRepository
{
public:
    explicit AthleteRepository(Database& db) : m_db(db) {}

    static constexpr int kMaxNameLength = 80;
    // Trimmed, non-empty, not too long; the message says what is wrong.
    static Status validateName(const QString& name);

    Result<Athlete> add(const QString& name);
    Status rename(qint64 id, const QString& name);
    Status remove(qint64 id);
    Result<QList<Athlete>> list() const;
    Result<std::optional<Athlete>> findByName(const QString& name) const;
    Result<std::optional<Athlete>> find(qint64 id) const;

private:
    Database& m_db;
};

} // namespace stridewell::core
