#include "analysis/roster.h"

#include "advice/health_notices.h"

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
    int rank = 0;
    switch (urgent.urgency) {
    case Urgency::Emergency:
        rank = 5;
        break;
    case Urgency::SeeDoctorToday:
        rank = 4;
        break;
    case Urgency::SeeClinicianPromptly:
        rank = 3;
        break;
    case Urgency::BookAssessment:
        rank = 1;
        break;
    case Urgency::None:
        break;
    }
    if (ranDuringHold > 0 && rank < 3)
        rank = 2;
    const int flags = std::min(count(Severity::High), 99) * 1000 +
                      std::min(count(Severity::Caution), 99) * 10 +
                      std::min(count(Severity::Info), 9);
    return rank * 1000000 + flags;
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
        if (hasWarningSign(s) && !s.acknowledged && !isCleared(s, input.clearances, input.asOf))
            e.unacknowledgedRedFlag = true;
    }
    // The same notices, in the same order, as the plan and the banner.
    QList<HealthNotice> notices =
        bannerNotices(input.symptoms, input.clearances, analysis.flags, input.asOf);
    for (const HealthNotice& n : redFlagNotices(input.symptoms, input.clearances, input.asOf))
        if (!std::any_of(notices.begin(), notices.end(), [&](const HealthNotice& o) {
                return o.symptomId == n.symptomId && o.kind == n.kind;
            }))
            notices << n;
    mostUrgentFirst(notices);
    if (!notices.isEmpty()) {
        e.urgent = notices.front().triage;
        e.signs = notices.front().signs;
    }
    e.hold = currentHold(input.symptoms, input.clearances, input.asOf);
    // A hold lasts until a clearance, however long ago its entry was read.
    if (e.hold && e.hold->deciding.triage.urgency > e.urgent.urgency) {
        e.urgent = e.hold->deciding.triage;
        e.signs = warningSigns(e.hold->deciding.entry);
    }
    if (e.hold)
        for (const Flag& f : analysis.flags)
            if (f.kind == FlagKind::RanDuringHold && f.date >= e.hold->since)
                ++e.ranDuringHold;
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
