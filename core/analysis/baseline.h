#pragma once

#include "analysis/daily_series.h"
#include "analysis/threshold.h"

namespace stridewell::core::baseline {

// When history is too thin to compare with (design.md section 4, revision 2): a new log's first
// runs, or a comeback after a layoff. The rules skip such days; the dashboard and the report say
// "building a baseline" instead of showing nothing or a wild value.

// session_spike needs at least this many runs in the 30 days before a run.
constexpr int kSpikeMinRuns = 3;
// acwr_high (and the distance load ratio shown anywhere) needs a 28-day total of at least this.
constexpr double kAcwrMinTotalKm = 20.0;

// Runs on the days [day - window, day - 1] of the series.
inline int runsBefore(const DailySeries& daily, int day, int window)
{
    int n = 0;
    for (int i = std::max(day - window, 0); i < day && i < daily.size(); ++i)
        n += daily.runs[std::size_t(i)];
    return n;
}

inline bool forSpike(const DailySeries& daily, int day, int window)
{
    return runsBefore(daily, day, window) >= kSpikeMinRuns;
}

// The 28 days ending on `day` hold at least kAcwrMinTotalKm.
inline bool forAcwr(const DailySeries& daily, int day)
{
    return !below(daily.distanceBetween(day - 27, day).inKm(), kAcwrMinTotalKm);
}

} // namespace stridewell::core::baseline
