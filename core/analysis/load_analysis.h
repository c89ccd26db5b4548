#pragma once

#include "analysis/acwr.h"
#include "analysis/analysis_settings.h"
#include "analysis/cadence_series.h"
#include "analysis/daily_series.h"
#include "analysis/flag_kinds.h"
#include "analysis/weekly_series.h"
#include "model/calf_test.h"
#include "model/clearance.h"
#include "model/episode_end.h"
#include "model/flag.h"
#include "model/run.h"
#include "model/shoe.h"
#include "model/symptom.h"

#include <QDate>
#include <QList>
#include <optional>
#include <vector>

// The entry point of core/analysis: everything the flags and figures are computed from, as
// plain values (no database, no settings singleton, no clock), and everything computed.
namespace stridewell::core {

struct AnalysisInput
{
    QList<Run> runs; // one athlete's, any order
    QList<Symptom> symptoms;
    QList<CalfTest> calfTests;
    QList<Shoe> shoes;
    QList<Clearance> clearances;   // a clinician's clearance ends a hold (domain.md section 4)
    QList<EpisodeEnd> episodeEnds; // calf episodes ended by hand (domain.md section 8)
    AnalysisSettings settings;
    // Nothing dated later counts, and only weeks ending on or before it are complete. Required:
    // callers pass "today" themselves, so results never depend on the clock.
    QDate asOf;
};

struct LoadAnalysis
{
    QDate asOf;
    DailySeries daily;         // first run .. asOf (runs after asOf left out)
    AcwrSeries distanceAcwr;   // on daily km, one value per day of `daily`
    AcwrSeries sessionRpeAcwr; // on daily session-RPE
    std::vector<WeekSummary> weeks;
    std::vector<CadenceMedian> cadence; // the 28-day median on each day with a cadence
    std::vector<Flag> flags;            // every event up to asOf, sorted by date then kind
};

// All series and all flag events.
LoadAnalysis analyse(const AnalysisInput& input);
// Only the flag events (design.md section 4), sorted by date then kind.
std::vector<Flag> computeFlags(const AnalysisInput& input);

// The longest run on `day` that stays clear of session_spike: 1.10 x the longest single run of
// the 30 days before it (day-30 .. day-1; the multiplier and window are settings).
struct SafeNextRun
{
    QDate day;
    Distance limit;    // at most this far
    Distance longest;  // the longest run of the window
    QDate longestDate; // when it was run
    QDate windowStart; // day - 30
    QDate windowEnd;   // day - 1
    int runs = 0;      // runs in the window
    // Revision 2: session_spike compares only with 3 runs or more in the window; with fewer
    // the limit is no baseline yet.
    bool hasBaseline() const;
};
// Null when there is no run in the window (nothing to compare a next run with).
std::optional<SafeNextRun> safeNextRun(const QList<Run>& runs, QDate day,
                                       const AnalysisSettings& settings);

// The events still worth showing on `asOf`: dated in the last `days` days (asOf-days+1 ..
// asOf), plus the passed limit of a shoe still in use. Red flags first, then runs during a
// hold, then pain not easing; then the most severe first, then newest.
std::vector<Flag> activeFlags(const std::vector<Flag>& flags, const QList<Shoe>& shoes, QDate asOf,
                              int days = 14);

} // namespace stridewell::core
