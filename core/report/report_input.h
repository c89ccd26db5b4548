#pragma once

#include "advice/plan_builder.h"
#include "model/athlete.h"
#include "report/report_period.h"

#include <QDate>

namespace stridewell::core {

// Everything a clinician report is assembled from: the athlete's whole log as the plan reads it
// (runs, symptoms, calf-raise tests, shoes, strength sessions, the flags and thresholds), the
// period, and the day it is made. Data dated after the period is ignored by the assembly.
struct ReportInput
{
    Athlete athlete;
    ReportPeriod period;
    QDate madeOn;
    PlanInput plan;
};

} // namespace stridewell::core
