#pragma once

#include "report/report_content.h"
#include "report/report_input.h"

namespace stridewell::core {

// What the clinician report holds for input.period (see report_content.h). Pure: the same
// input gives the same content, whatever the clock or the machine.
ReportContent assembleReport(const ReportInput& input);

// The summary figures of the runs of `period` (report_content.h says how each is computed).
// `analysis` covers the runs up to the period's end, for the comparisons with earlier weeks and
// the 30 days before a run. `firstEntry`: the log's first entry of any kind (the weekly average
// counts from the week it falls in, when that is later than the period's start).
ReportSummary summariseTraining(const QList<Run>& periodRuns, const LoadAnalysis& analysis,
                                const ReportPeriod& period, const AnalysisSettings& settings,
                                QDate firstEntry = {});

} // namespace stridewell::core
