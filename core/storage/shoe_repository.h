#pragma once

#include "model/shoe.h"
#include "result.h"

#include <QList>
#include <optional>

namespace stridewell::core {

class Database;

class ShoeRepository
{
public:
    explicit ShoeRepository(Database& db) : m_db(db) {}

    Result<qint64> add(const Shoe& shoe);
    Status update(const Shoe& shoe);
    Status remove(qint64 shoeId);
    Result<QList<Shoe>> list(qint64 athleteId) const;
    // Each shoe with its runs, total distance and last use; in the order of list().
    Result<QList<ShoeUsage>> usage(qint64 athleteId) const;
    // The runs logged with a shoe (what deleting it unlinks).
    Result<QList<qint64>> runsWith(qint64 shoeId) const;
    // Puts a deleted shoe back with its id and links these runs to it again (undo).
    Status restore(const Shoe& shoe, const QList<qint64>& runIds);
    Result<std::optional<Shoe>> findByName(qint64 athleteId, const QString& name) const;
    // The athlete's shoe of that name, added with default limits when it is new.
    Result<qint64> findOrAdd(qint64 athleteId, const QString& name);

private:
    Database& m_db;
};

} // namespace stridewell::core
