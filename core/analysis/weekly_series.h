#pragma once

#include "analysis/acwr.h"
#include "analysis/daily_series.h"

#include <QDate>
#include <optional>
#include <vector>

namespace stridewell::core {

// One calendar week of a DailySeries, with the load figures of `weeks --json`.
struct WeekSummary
{
    QDate start;
    int runs = 0;
    Distance distance;
    Duration duration;
    double sessionRpe = 0.0; // of the runs that have an RPE
    bool everyRunHasRpe = false;
    // The week has ended on or before the as-of date.
    bool complete = false;

    // Distance against the previous week (C/P - 1); null when the previous week had none.
    std::optional<double> change;
    // The rolling coupled distance ACWR on the week's last day; null for a week not yet complete
    // or where it is undefined.
    std::optional<double> acwr;

    // Foster monotony over the 7 daily loads of a complete week with runs: mean / population
    // standard deviation. The load is session-RPE when every run of the week has an RPE, else
    // km. Null when the deviation is 0 (sameLoadEveryDay), the week is incomplete or has no run.
    bool loadIsSessionRpe = false;
    double weeklyLoad = 0.0; // the sum of the 7 daily loads used for monotony and strain
    std::optional<double> monotony;
    bool sameLoadEveryDay = false;
    std::optional<double> strain; // weeklyLoad x monotony

    QDate end() const { return start.addDays(6); }
};

// Every week from the one holding the series' first day to the one holding its last day, empty
// weeks included.
std::vector<WeekSummary> weeklySeries(const DailySeries& daily, const AcwrSeries& distanceAcwr,
                                      WeekStart weekStart, QDate asOf);

} // namespace stridewell::core
