#pragma once

#include "analysis/analysis_settings.h"
#include "model/run.h"

#include <QDate>
#include <QList>
#include <optional>
#include <vector>

namespace stridewell::core {

// The typical cadence behind cadence_low: on each day with a run that has a cadence, the median
// of the run cadences of days d-27..d (the window is a setting), defined from 3 such runs on.
struct CadenceMedian
{
    QDate day;
    QDate windowStart;
    int runs = 0;                 // runs with a cadence in the window
    std::optional<double> median; // steps/min; null with too few runs
};

std::vector<CadenceMedian> cadenceMedians(const QList<Run>& runs, const AnalysisSettings& settings);

} // namespace stridewell::core
