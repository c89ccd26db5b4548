#pragma once

#include "result.h"

#include <QMap>
#include <QString>

namespace stridewell::core {

class Database;

// Settings that belong to the log (so a coach's thresholds travel with it), as text values.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<QMap<QString, QString>> all() const;
    Status set(const QString& key, const QString& value);
    Status unset(const QString& key);

private:
    Database& m_db;
};

} // namespace stridewell::core
