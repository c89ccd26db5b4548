#pragma once

#include "advice/plan.h"

#include <QJsonObject>

namespace stridewell::core {

// The plan as `plan --json` prints it: {"as_of", "red_flags": [...], "pattern",
// "next_run_max_km", "circuits": [{"id", "name", "reason", "sessions_per_week", "exercises":
// [{"id", "name", "sets", "reps", "hold_s", "notes"}]}], "advice": [{"id", "text", "reason"}],
// "schedule": [{"date", "circuit"}]}. A red flag is {"date", "symptom_id", "urgency", "signs",
// "headline", "advice", "acknowledged"}. Missing numbers are null.
QJsonObject planToJson(const Plan& plan);

} // namespace stridewell::core
