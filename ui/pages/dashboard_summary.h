#pragma once

#include "advice/return_to_run.h"
#include "analysis/load_analysis.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace stridewell::ui {

// One card of the dashboard: a title, the figure, a line of context and how it was computed.
struct CardContent
{
    QString title;
    QString value;
    QString detail;
    QString how; // the arithmetic and why it matters, for the tooltip and the click
    std::optional<core::Severity> severity;
};

// What the dashboard's cards say on `asOf`, worked out from the analysis: this week against the
// last, the load ratio and its zone, the safe next run, the latest calf pain, the active flags.
struct DashboardSummary
{
    Q_DECLARE_TR_FUNCTIONS(DashboardSummary)
public:
    bool hasData = false; // any run or symptom at all
    CardContent thisWeek;
    CardContent loadRatio;
    CardContent safeNextRun;
    CardContent latestPain;
    std::vector<core::Flag> activeFlags;  // most severe first
    std::optional<core::Flag> lastFlag;   // the newest event of all, active or not
    std::optional<core::Episode> episode; // the calf episode open on asOf, if any
    QList<core::Episode> episodes;        // every episode up to asOf, oldest first

    static constexpr int kActiveDays = 14;
    static DashboardSummary build(const core::AnalysisInput& input,
                                  const core::LoadAnalysis& analysis, DistanceUnit unit);
};

} // namespace stridewell::ui
