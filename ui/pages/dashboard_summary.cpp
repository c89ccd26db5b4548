#include "pages/dashboard_summary.h"

#include "analysis/baseline.h"
#include "analysis/roster.h"
#include "flag_format.h"
#include "symptom_text.h"
#include "unit_format.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace stridewell::ui {

namespace {

// " km" or " mi" as a unit, not the start of a word such as " min".
const QRegularExpression kSpaceBeforeUnit(QStringLiteral(" (km|mi)\\b"));

// "Thu 7 Mar", with the year when it is not the as-of date's year ("Thu 7 Mar 2024").
QString day(QDate d, QDate asOf)
{
    return QLocale().toString(d, d.year() == asOf.year() ? QStringLiteral("ddd d MMM")
                                                         : QStringLiteral("ddd d MMM yyyy"));
}

QString ratio(double v)
{
    return QLocale().toString(v, 'f', 2);
}

const core::WeekSummary* weekAt(const core::LoadAnalysis& a, QDate start)
{
    for (const core::WeekSummary& w : a.weeks)
        if (w.start == start)
            return &w;
    return nullptr;
}

// The week's figures are the roster's (analysis/roster.h), so the coach and the runner read
// the same numbers.
CardContent thisWeekCard(const core::AnalysisInput& in, const core::LoadAnalysis& a,
                         const core::RosterEntry& e, DistanceUnit unit)
{
    CardContent c;
    c.title = DashboardSummary::tr("This week");
    const QDate start = core::weekStartOf(in.asOf, in.settings.weekStart);
    const core::WeekSummary* now = weekAt(a, start);
    const core::Distance distance = e.thisWeek;
    const core::Distance previous = e.lastWeek;
    const int runs = now ? now->runs : 0;
    c.value = formatDistance(distance, unit, 1);
    QString change;
    if (e.weekChange) {
        const double r = *e.weekChange;
        const long p = std::lround(r * 100.0 + std::copysign(1e-7, r));
        // A week still under way is below last week's total on Monday by construction: say
        // how much of last week is done rather than a "drop" that is not one.
        const bool weekOver = in.asOf >= start.addDays(6);
        if (!weekOver && r < 0)
            change = DashboardSummary::tr("%1% of last week's %2 so far")
                         .arg(std::lround((r + 1.0) * 100.0))
                         .arg(formatDistance(previous, unit, 1));
        else
            change = DashboardSummary::tr("%1%2% on last week (%3)")
                         .arg(p > 0 ? QStringLiteral("+") : QString())
                         .arg(p)
                         .arg(formatDistance(previous, unit, 1));
        c.how = DashboardSummary::tr("%1 ÷ %2 − 1 = %3%4%. ")
                    .arg(formatDistance(distance, unit, 1), formatDistance(previous, unit, 1),
                         p > 0 ? QStringLiteral("+") : QString())
                    .arg(p);
    } else {
        change = DashboardSummary::tr("no runs last week");
    }
    c.detail = DashboardSummary::tr("%1\n%n run(s) so far", nullptr, runs).arg(change);
    c.how =
        DashboardSummary::tr("From %1 to %2: %n run(s), %3. The week before: %4. ", nullptr, runs)
            .arg(day(start, in.asOf), day(in.asOf, in.asOf), formatDistance(distance, unit, 1),
                 formatDistance(previous, unit, 1)) +
        c.how +
        DashboardSummary::tr("A week more than 10% above the one before is flagged "
                             "(caution), more than 30% high, once last week had at least "
                             "5 km: bigger jumps went with more injuries in novice runners "
                             "(Nielsen et al. 2014).");
    for (const core::Flag& f : a.flags)
        if (f.kind == core::FlagKind::WeeklyIncrease && f.date >= start && f.date <= in.asOf)
            c.severity = std::max(c.severity.value_or(f.severity), f.severity);
    return c;
}

CardContent loadRatioCard(const core::AnalysisInput& in, const core::LoadAnalysis& a,
                          const core::RosterEntry& e, DistanceUnit unit)
{
    CardContent c;
    c.title = DashboardSummary::tr("Load ratio");
    const std::optional<double> r = e.acwr;
    const std::optional<double> ewma =
        core::AcwrSeries::at(a.distanceAcwr.ewma, a.daily.first, in.asOf);
    const QString why = DashboardSummary::tr(
        "0.8–1.3 is the commonly cited range; above 1.5 load is rising much faster than you "
        "are used to (Gabbett 2016). The ratio is one signal among several, not a verdict "
        "(Impellizzeri et al. 2020).");
    if (!r && a.daily.empty()) {
        c.value = QStringLiteral("–");
        c.detail = DashboardSummary::tr("no runs yet");
        c.how = DashboardSummary::tr("No runs yet. ") + why;
        return c;
    }
    if (!r) {
        // Too little history to compare a week with (design.md section 4, revision 2): a new
        // log, or a comeback after a break. Said in words, not shown as nothing or 4.0.
        c.value = DashboardSummary::tr("Building a baseline");
        const int i = a.daily.indexOf(in.asOf);
        const core::Distance needed = core::Distance::km(core::baseline::kAcwrMinTotalKm);
        if (i < core::AcwrSeries::kChronicDays - 1) {
            c.detail = DashboardSummary::tr("the ratio needs 4 weeks of runs, from %1")
                           .arg(day(a.daily.first.addDays(27), in.asOf));
            c.how = DashboardSummary::tr("The first run was on %1. The ratio compares the last 7 "
                                         "days with the 4 weeks before, so it needs 28 days of "
                                         "history, from %2 on. ")
                        .arg(day(a.daily.first, in.asOf), day(a.daily.first.addDays(27), in.asOf));
        } else {
            const core::Distance total = a.daily.distanceBetween(i - 27, i);
            c.detail = DashboardSummary::tr("%1 in the last 28 days; the ratio needs %2")
                           .arg(formatDistance(total, unit, 1), formatDistance(needed, unit, 0));
            c.how = DashboardSummary::tr("The 28 days from %1 to %2 hold %3 of running. Under %4 "
                                         "there is too little to compare a week with (a new "
                                         "start, or a comeback after a break): the ratio would "
                                         "swing wildly on one run, so it is shown again once the "
                                         "28 days hold %4. ")
                        .arg(day(in.asOf.addDays(-27), in.asOf), day(in.asOf, in.asOf),
                             formatDistance(total, unit, 1), formatDistance(needed, unit, 0));
        }
        c.how += why;
        return c;
    }
    c.value = ratio(*r);
    if (*r > in.settings.acwrHigh) {
        c.detail = DashboardSummary::tr("above %1: high").arg(in.settings.acwrHigh);
        c.severity = core::Severity::High;
    } else if (*r > in.settings.acwrCaution) {
        c.detail = DashboardSummary::tr("above %1: rising fast").arg(in.settings.acwrCaution);
        c.severity = core::Severity::Caution;
    } else if (*r >= 0.8) {
        c.detail = DashboardSummary::tr("usual range (0.8–1.3)");
    } else {
        c.detail = DashboardSummary::tr("below 0.8: lighter than usual");
    }
    if (ewma)
        c.detail += QLatin1Char('\n') + DashboardSummary::tr("EWMA: %1").arg(ratio(*ewma));
    const int i = a.daily.indexOf(in.asOf);
    const core::Distance acute = a.daily.distanceBetween(i - 6, i);
    const core::Distance chronic = a.daily.distanceBetween(i - 27, i);
    c.how = DashboardSummary::tr("The 7 days from %1 to %2 ran %3; the 28 days from %4, %5, "
                                 "that is %6 a week. %3 ÷ %6 = %7. ")
                .arg(day(in.asOf.addDays(-6), in.asOf), day(in.asOf, in.asOf),
                     formatDistance(acute, unit, 1), day(in.asOf.addDays(-27), in.asOf),
                     formatDistance(chronic, unit, 1), formatDistance(chronic * 0.25, unit, 2),
                     ratio(*r)) +
            (ewma ? DashboardSummary::tr("The exponentially weighted version (7 and 28 days, "
                                         "Williams et al. 2017) gives %1. ")
                        .arg(ratio(*ewma))
                  : QString()) +
            why;
    return c;
}

CardContent safeNextRunCard(const core::AnalysisInput& in, const core::LoadAnalysis& a,
                            const QList<core::Episode>& episodes, DistanceUnit unit)
{
    const std::optional<core::Episode> e = core::openEpisode(episodes);
    CardContent c;
    c.title = DashboardSummary::tr("Safe next run");
    // A hold means a hold: no distance at all, and why (domain.md section 4).
    if (const auto hold = core::currentHold(in.symptoms, in.clearances, in.asOf)) {
        const core::Triage& t = hold->deciding.triage;
        c.value = DashboardSummary::tr("On hold");
        c.detail =
            DashboardSummary::tr("%1\n(since %2)").arg(t.headline, day(hold->since, in.asOf));
        c.severity = core::Severity::High;
        c.how = DashboardSummary::tr("Warning signs logged on %1 put training on hold: no "
                                     "running until a clinician has seen you. %2 Once they "
                                     "clear you to train, log it with \"Cleared by a "
                                     "clinician…\" in the notice at the top.")
                    .arg(day(hold->deciding.start, in.asOf), t.advice);
        return c;
    }
    // During the return to running the programme says what to run, not the 30-day rule.
    if (e && e->inProgramme()) {
        c.value = e->stage == 0 ? DashboardSummary::tr("Gates first")
                                : DashboardSummary::tr("Stage %1").arg(e->stage);
        c.detail = e->next ? DashboardSummary::tr("%1 or later:\n%2")
                                 .arg(day(e->next->date, in.asOf), e->next->text)
                           : DashboardSummary::tr("the return-to-running\ngates come first");
        c.how = DashboardSummary::tr("A calf episode began on %1: until the return to running "
                                     "is done, its stages say what to run (see Back to "
                                     "running below), not the 30-day rule.")
                    .arg(day(e->start, in.asOf));
        return c;
    }
    const int today = a.daily.indexOf(in.asOf);
    const bool ranToday = today >= 0 && today < a.daily.size() && a.daily.runs[std::size_t(today)];
    const QDate next = ranToday ? in.asOf.addDays(1) : in.asOf;
    QList<core::Run> done;
    for (const core::Run& run : in.runs)
        if (run.localDate() <= in.asOf)
            done << run;
    const auto safe = core::safeNextRun(done, next, in.settings);
    const QString why = DashboardSummary::tr(
        "In a study of 5,200 runners, a single run more than 10% longer than the longest of "
        "the 30 days before it went with a higher injury risk (Frandsen et al. 2025).");
    // The first four weeks after the programme: a little past its longest run at most, as the
    // plan says (domain.md section 8).
    if (const auto cap = core::programmeCap(episodes, next);
        cap && (!safe || !safe->hasBaseline() || *cap < safe->limit)) {
        const core::Episode* done = nullptr;
        for (const core::Episode& ep : episodes)
            if (ep.backToNormal.isValid() && ep.backToNormal < next)
                done = &ep;
        const double shown = std::floor(toDisplay(*cap, unit) * 10.0 + 1e-9) / 10.0;
        c.value = formatDistance(fromDisplay(shown, unit), unit, 1);
        c.detail = DashboardSummary::tr("1.1 × the return to running's\nlongest run (%1)")
                       .arg(formatDistance(done ? done->longestRun : *cap * (1 / 1.1), unit, 1));
        if (done)
            c.how =
                DashboardSummary::tr(
                    "The return to running was done on %1. For four weeks after it, a run "
                    "stays within 1.1 × the programme's longest run (%2): %3. From %4 the "
                    "usual limit of 1.1 × the longest run of 30 days takes over.")
                    .arg(day(done->backToNormal, in.asOf),
                         formatDistance(done->longestRun, unit, 1), formatDistance(*cap, unit, 2),
                         day(done->backToNormal.addDays(core::ReturnToRunRules().cappedDays + 1),
                             in.asOf));
        return c;
    }
    if (!safe) {
        c.value = DashboardSummary::tr("Building a baseline");
        c.detail = DashboardSummary::tr("no runs in the last 30 days: start short and easy");
        c.how = DashboardSummary::tr("The limit is 1.1 × the longest run of the 30 days before, "
                                     "once those days hold %1 runs. ")
                    .arg(core::baseline::kSpikeMinRuns) +
                why;
        return c;
    }
    if (!safe->hasBaseline()) {
        // Revision 2: with fewer than 3 runs in the 30 days there is no baseline to take a
        // limit from (and session_spike does not compare either).
        c.value = DashboardSummary::tr("Building a baseline");
        c.detail = DashboardSummary::tr("%n run(s) in the last 30 days; a limit needs %1", nullptr,
                                        safe->runs)
                       .arg(core::baseline::kSpikeMinRuns);
        c.how = DashboardSummary::tr("For a run on %1: the days from %2 to %3 hold %n run(s), the "
                                     "longest %4 on %5. A limit of 1.1 × the longest run needs "
                                     "at least %6 runs in those days to stand on; until then, "
                                     "keep runs short and easy and build up gently. ",
                                     nullptr, safe->runs)
                    .arg(day(next, in.asOf), day(safe->windowStart, in.asOf),
                         day(safe->windowEnd, in.asOf), formatDistance(safe->longest, unit, 1),
                         day(safe->longestDate, in.asOf))
                    .arg(core::baseline::kSpikeMinRuns) +
                why;
        return c;
    }
    // Rounded down, so the figure shown never passes the limit.
    const double shown = std::floor(toDisplay(safe->limit, unit) * 10.0 + 1e-9) / 10.0;
    c.value = formatDistance(fromDisplay(shown, unit), unit, 1);
    c.detail = DashboardSummary::tr("1.1 × longest of 30 days\n(%1, %2)")
                   .arg(formatDistance(safe->longest, unit, 1), day(safe->longestDate, in.asOf));
    const std::optional<double> load = a.distanceAcwr.coupledAt(in.asOf);
    if (load && *load > in.settings.acwrCaution) {
        // The limit only avoids a spike; with the load already climbing, shorter is wiser.
        c.detail = DashboardSummary::tr("a limit, not a target: your load is already high, so "
                                        "an easy, shorter run is wiser");
        c.severity = *load > in.settings.acwrHigh ? core::Severity::High : core::Severity::Caution;
    }
    c.how = DashboardSummary::tr("For a run on %1: the longest run from %2 to %3 was %4 on %5; "
                                 "1.1 × %4 = %6. ")
                .arg(day(next, in.asOf), day(safe->windowStart, in.asOf),
                     day(safe->windowEnd, in.asOf), formatDistance(safe->longest, unit, 1),
                     day(safe->longestDate, in.asOf), formatDistance(safe->limit, unit, 2)) +
            why;
    return c;
}

CardContent latestPainCard(const core::AnalysisInput& in)
{
    CardContent c;
    c.title = DashboardSummary::tr("Latest calf pain");
    const core::Symptom* latest = nullptr;
    for (const core::Symptom& s : in.symptoms)
        if (s.date <= in.asOf && (!latest || s.date >= latest->date))
            latest = &s;
    if (!latest) {
        c.value = QStringLiteral("–");
        c.detail = DashboardSummary::tr("none logged");
        c.how = DashboardSummary::tr("Log calf symptoms to see them beside your load.");
        return c;
    }
    c.value = DashboardSummary::tr("%1/10").arg(latest->pain);
    c.detail =
        DashboardSummary::tr("%1\n%2").arg(SymptomText::where(*latest), day(latest->date, in.asOf));
    c.how = DashboardSummary::tr("Your latest symptom entry, on %1: pain %2 of 10, %3.")
                .arg(day(latest->date, in.asOf))
                .arg(latest->pain)
                .arg(SymptomText::where(*latest));
    if (!latest->notes.trimmed().isEmpty())
        c.how += QLatin1Char(' ') + DashboardSummary::tr("Notes: %1").arg(latest->notes.trimmed());
    if (const core::Triage t = core::triage(*latest); t.urgency != core::Urgency::None) {
        c.severity = core::Severity::High;
        c.how +=
            QLatin1Char(' ') + DashboardSummary::tr("It notes a warning sign: %1.").arg(t.headline);
    }
    return c;
}

} // namespace

DashboardSummary DashboardSummary::build(const core::AnalysisInput& input,
                                         const core::LoadAnalysis& analysis, DistanceUnit unit)
{
    DashboardSummary s;
    s.hasData = !analysis.daily.empty() || !input.symptoms.isEmpty();
    const core::RosterEntry entry = core::summariseAthlete(core::Athlete(), input, analysis);
    s.thisWeek = thisWeekCard(input, analysis, entry, unit);
    s.loadRatio = loadRatioCard(input, analysis, entry, unit);
    s.episodes = core::calfEpisodes(input);
    s.episode = core::openEpisode(s.episodes);
    s.safeNextRun = safeNextRunCard(input, analysis, s.episodes, unit);
    s.latestPain = latestPainCard(input);
    // A line may break between words, never between a number and its unit.
    for (CardContent* c : {&s.thisWeek, &s.loadRatio, &s.safeNextRun, &s.latestPain})
        c->detail.replace(kSpaceBeforeUnit, QStringLiteral("\u00A0\\1"));
    s.activeFlags = entry.active;
    if (!analysis.flags.empty())
        s.lastFlag = analysis.flags.back();
    return s;
}

} // namespace stridewell::ui
