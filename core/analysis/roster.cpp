#include "analysis/roster.h"

#include <algorithm>

namespace stridewell::core {

namespace {

Distance distanceBetween(const DailySeries& daily, QDate from, QDate to)
{
    Distance sum;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const int i = daily.indexOf(day);
        if (i >= 0 && i < daily.size())
            sum += daily.distance[size_t(i)];
    }
    return sum;
}

} // namespace

int RosterEntry::count(Severity severity) const
{
    return int(std::count_if(active.begin(), active.end(),
                             [severity](const Flag& f) { return f.severity == severity; }));
}

int RosterEntry::concern() const
{
    return (unacknowledgedRedFlag ? 1000000 : 0) + count(Severity::High) * 1000 +
           count(Severity::Caution) * 10 + count(Severity::Info);
}

RosterEntry summariseAthlete(const Athlete& athlete, const AnalysisInput& input,
                             const LoadAnalysis& analysis)
{
    RosterEntry e;
    e.athlete = athlete;
    e.asOf = input.asOf;
    const QDate start = weekStartOf(input.asOf, input.settings.weekStart);
    if (!analysis.daily.empty()) {
        e.thisWeek = distanceBetween(analysis.daily, start, input.asOf);
        e.lastWeek = distanceBetween(analysis.daily, start.addDays(-7), start.addDays(-1));
        if (e.lastWeek.inMetres() > 0)
            e.weekChange = e.thisWeek.inMetres() / e.lastWeek.inMetres() - 1.0;
        e.acwr = analysis.distanceAcwr.coupledAt(input.asOf);
    }
    e.active = activeFlags(analysis.flags, input.shoes, input.asOf);
    for (const Run& run : input.runs) {
        const QDate day = run.localDate();
        if (day <= input.asOf && (!e.lastRun || day > *e.lastRun))
            e.lastRun = day;
    }
    for (const Symptom& s : input.symptoms) {
        if (s.date > input.asOf)
            continue;
        if (s.pain >= 1 && (!e.latestPain || s.date >= e.latestPain->date))
            e.latestPain = s;
        if (!s.redFlags.isEmpty() && !s.acknowledged)
            e.unacknowledgedRedFlag = true;
    }
    return e;
}

void sortByConcern(QList<RosterEntry>& roster)
{
    std::stable_sort(roster.begin(), roster.end(), [](const RosterEntry& a, const RosterEntry& b) {
        if (a.concern() != b.concern())
            return a.concern() > b.concern();
        return a.athlete.name.compare(b.athlete.name, Qt::CaseInsensitive) < 0;
    });
}

} // namespace stridewell::core
