#pragma once

#include "advice/plan_builder.h"

#include <QList>

namespace stridewell::core {

// Strength sessions planned and done in one week.
struct WeekAdherence
{
    QDate weekStart;
    int planned = 0; // the sessions the plan of the week's first day scheduled for that week
    int done = 0;    // strength sessions logged that week (daily circuits not counted)
};

// The `weeks` weeks up to and including the one holding input.asOf(), oldest first. Each week's
// plan is rebuilt from what was logged before the week began, so a later change of plan does
// not rewrite the past. Weeks before the first logged run plan nothing.
QList<WeekAdherence> adherence(const PlanInput& input, int weeks,
                               const ExerciseLibrary& library = ExerciseLibrary::builtIn());

} // namespace stridewell::core
