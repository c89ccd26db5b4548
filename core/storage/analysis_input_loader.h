#pragma once

#include "analysis/load_analysis.h"
#include "result.h"

#include <QDate>

namespace stridewell::core {

class Database;

// Everything the analysis of one athlete needs, read from the log: runs, symptoms, calf-raise
// tests, shoes and the log's analysis settings (defaults unless the log changes them). The one
// place the command line, the dashboard and the advice read it from. Stored settings that do
// not parse are left at their default and listed in `settingsProblems`.
Result<AnalysisInput> loadAnalysisInput(Database& db, qint64 athleteId, QDate asOf,
                                        QStringList* settingsProblems = nullptr);

} // namespace stridewell::core
