#pragma once

#include "advice/plan_builder.h"
#include "result.h"

#include <QDate>

namespace stridewell::core {

class Database;

// Everything the plan of one athlete needs, read from the log: the analysis input (see
// analysis_input_loader.h), the strength sessions, and the flags computed over them. The one
// place the command line, the pages and the report read it from.
Result<PlanInput> loadPlanInput(Database& db, qint64 athleteId, QDate asOf,
                                AdviceSettings advice = {});

} // namespace stridewell::core
