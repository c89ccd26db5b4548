#include "advice/adherence.h"

#include "analysis/daily_series.h"

namespace stridewell::core {

namespace {

// The input as it stood on `day`: nothing logged later, no flag dated later.
PlanInput asItStoodOn(const PlanInput& in, QDate day)
{
    PlanInput then = in;
    then.analysis.asOf = day;
    then.analysis.runs.removeIf([&](const Run& r) { return r.localDate() > day; });
    then.analysis.symptoms.removeIf([&](const Symptom& s) { return s.date > day; });
    then.analysis.calfTests.removeIf([&](const CalfTest& t) { return t.date > day; });
    then.strength.removeIf([&](const StrengthSession& s) { return s.date > day; });
    std::erase_if(then.flags, [&](const Flag& f) { return f.date > day; });
    return then;
}

} // namespace

QList<WeekAdherence> adherence(const PlanInput& in, int weeks, const ExerciseLibrary& library)
{
    QDate firstRun;
    for (const Run& r : in.analysis.runs)
        if (!firstRun.isValid() || r.localDate() < firstRun)
            firstRun = r.localDate();

    const QDate current = weekStartOf(in.asOf(), in.analysis.settings.weekStart);
    QList<WeekAdherence> list;
    for (int w = weeks - 1; w >= 0; --w) {
        WeekAdherence week;
        week.weekStart = current.addDays(-7 * w);
        const QDate weekEnd = week.weekStart.addDays(6);
        if (firstRun.isValid() && firstRun < week.weekStart) {
            // The plan of the day before the week began, scheduled from its first day.
            PlanInput then = asItStoodOn(in, week.weekStart.addDays(-1));
            then.analysis.asOf = week.weekStart;
            week.planned = int(buildPlan(then, library).schedule.size());
        }
        for (const StrengthSession& s : in.strength) {
            const Circuit* c = library.circuit(s.circuitId);
            if (s.date >= week.weekStart && s.date <= weekEnd && s.date <= in.asOf() &&
                !(c && c->daily))
                ++week.done;
        }
        list << week;
    }
    return list;
}

} // namespace stridewell::core
