#include "storage/analysis_settings_store.h"

#include "storage/database.h"
#include "storage/settings_repository.h"

namespace stridewell::core {

Result<AnalysisSettings> loadAnalysisSettings(Database& db, QStringList* problems)
{
    auto values = SettingsRepository(db).all();
    if (!values)
        return values.error();
    return AnalysisSettings::fromMap(*values, problems);
}

Status saveAnalysisSettings(Database& db, const AnalysisSettings& settings)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    SettingsRepository repository(db);
    const QMap<QString, QString> values = settings.toMap();
    for (const QString& key : AnalysisSettings::keys()) {
        const Status ok =
            values.contains(key) ? repository.set(key, values.value(key)) : repository.unset(key);
        if (!ok)
            return ok;
    }
    return tx.commit();
}

} // namespace stridewell::core
