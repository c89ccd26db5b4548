#include "analysis/daily_series.h"

#include <algorithm>

namespace stridewell::core {

QDate weekStartOf(QDate day, WeekStart start)
{
    const int firstDow = start == WeekStart::Monday ? Qt::Monday : Qt::Sunday;
    return day.addDays(-((day.dayOfWeek() - firstDow + 7) % 7));
}

DailySeries DailySeries::build(const QList<Run>& runs, QDate until)
{
    DailySeries s;
    std::vector<QDate> days;
    days.reserve(runs.size());
    QDate first, last;
    for (const Run& run : runs) {
        const QDate day = run.localDate();
        days.push_back(day);
        if (until.isValid() && day > until)
            continue;
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    if (!first.isValid())
        return s;
    if (until.isValid() && until > last)
        last = until;
    s.first = first;
    const std::size_t n = std::size_t(first.daysTo(last) + 1);
    s.distance.assign(n, Distance());
    s.duration.assign(n, Duration());
    s.sessionRpe.assign(n, 0.0);
    s.runs.assign(n, 0);
    s.runsWithoutRpe.assign(n, 0);
    s.longestRun.assign(n, Distance());
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const Run& run = runs[r];
        if (until.isValid() && days[std::size_t(r)] > until)
            continue;
        const std::size_t i = std::size_t(first.daysTo(days[std::size_t(r)]));
        s.distance[i] += run.distance;
        // A run of unknown duration still counts its distance; its time counts as 0 and its
        // session-RPE as missing.
        s.duration[i] += run.loadDuration().value_or(Duration());
        if (const auto load = run.sessionRpe())
            s.sessionRpe[i] += *load;
        else
            ++s.runsWithoutRpe[i];
        ++s.runs[i];
        s.longestRun[i] = std::max(s.longestRun[i], run.distance);
    }
    return s;
}

int DailySeries::lastRunIndex() const
{
    for (int i = size() - 1; i >= 0; --i)
        if (runs[std::size_t(i)] > 0)
            return i;
    return -1;
}

Distance DailySeries::distanceBetween(int from, int to) const
{
    Distance total;
    for (int i = std::max(from, 0); i <= std::min(to, size() - 1); ++i)
        total += distance[std::size_t(i)];
    return total;
}

std::vector<double> DailySeries::distanceKm() const
{
    std::vector<double> km(distance.size());
    std::transform(distance.begin(), distance.end(), km.begin(),
                   [](Distance d) { return d.inKm(); });
    return km;
}

} // namespace stridewell::core
