#include "analysis/weekly_series.h"

#include <array>
#include <cmath>

namespace stridewell::core {

namespace {

void addMonotony(WeekSummary& week, const DailySeries& daily)
{
    const int start = daily.indexOf(week.start);
    week.loadIsSessionRpe = week.everyRunHasRpe;
    std::array<double, 7> loads{};
    for (int k = 0; k < 7; ++k) {
        const int i = start + k;
        if (i < 0 || i >= daily.size())
            continue;
        loads[std::size_t(k)] = week.loadIsSessionRpe ? daily.sessionRpe[std::size_t(i)]
                                                      : daily.distance[std::size_t(i)].inKm();
    }
    double sum = 0.0;
    for (double l : loads)
        sum += l;
    const double mean = sum / 7.0;
    double squares = 0.0;
    for (double l : loads)
        squares += (l - mean) * (l - mean);
    const double sd = std::sqrt(squares / 7.0); // population deviation (Foster 1998)
    week.weeklyLoad = sum;
    // Seven equal loads leave only rounding noise in the deviation.
    if (sd <= 1e-9 * std::max(1.0, mean)) {
        week.sameLoadEveryDay = true;
        return;
    }
    week.monotony = mean / sd;
    week.strain = sum * *week.monotony;
}

} // namespace

std::vector<WeekSummary> weeklySeries(const DailySeries& daily, const AcwrSeries& distanceAcwr,
                                      WeekStart weekStart, QDate asOf)
{
    std::vector<WeekSummary> weeks;
    if (daily.empty())
        return weeks;
    const QDate firstWeek = weekStartOf(daily.first, weekStart);
    const QDate lastWeek = weekStartOf(daily.last(), weekStart);
    weeks.reserve(std::size_t(firstWeek.daysTo(lastWeek) / 7 + 1));
    for (QDate ws = firstWeek; ws <= lastWeek; ws = ws.addDays(7)) {
        WeekSummary week;
        week.start = ws;
        const int start = daily.indexOf(ws);
        int withoutRpe = 0;
        for (int i = std::max(start, 0); i <= std::min(start + 6, daily.size() - 1); ++i) {
            const std::size_t u = std::size_t(i);
            week.runs += daily.runs[u];
            week.distance += daily.distance[u];
            week.duration += daily.duration[u];
            week.sessionRpe += daily.sessionRpe[u];
            withoutRpe += daily.runsWithoutRpe[u];
        }
        week.everyRunHasRpe = week.runs > 0 && withoutRpe == 0;
        week.complete = asOf.isValid() && week.end() <= asOf;
        if (!weeks.empty() && weeks.back().distance.inMetres() > 0)
            week.change = week.distance.inMetres() / weeks.back().distance.inMetres() - 1.0;
        if (week.complete) {
            week.acwr = distanceAcwr.coupledAt(week.end());
            if (week.runs > 0)
                addMonotony(week, daily);
        }
        weeks.push_back(week);
    }
    return weeks;
}

} // namespace stridewell::core
