#pragma once

#include "advice/plan_builder.h"
#include "report/report_input.h"
#include "result.h"

#include <QDate>
#include <QStringList>

namespace stridewell::core {

class Database;

// What the clinician report of one athlete needs, read from the log: the athlete and the plan's
// input (see plan_input_loader.h). The command line and the Reports page both read it here.
Result<ReportInput> loadReportInput(Database& db, qint64 athleteId, ReportPeriod period,
                                    QDate madeOn, AdviceSettings advice = {},
                                    QStringList* settingsProblems = nullptr);

} // namespace stridewell::core
