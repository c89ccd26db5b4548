#pragma once

#include "analysis/analysis_settings.h"
#include "result.h"

#include <QStringList>

namespace stridewell::core {

class Database;

// The log's own analysis settings (thresholds, week start), kept through SettingsRepository:
// defaults unless the log changes them. Values that do not parse are left at their default and
// listed in `problems`.
Result<AnalysisSettings> loadAnalysisSettings(Database& db, QStringList* problems = nullptr);
// Stores what differs from the defaults and removes the keys that are back at their default;
// one transaction, one settings-changed notification.
Status saveAnalysisSettings(Database& db, const AnalysisSettings& settings);

} // namespace stridewell::core
