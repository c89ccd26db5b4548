// The rules on running load: weekly_increase, session_spike, acwr_high, monotony_high.
#include "analysis/baseline.h"
#include "analysis/flag_rules.h"
#include "analysis/flag_text.h"
#include "analysis/threshold.h"

#include <algorithm>

namespace stridewell::core::rules {

Flag event(QDate date, FlagKind kind, Severity severity, std::optional<double> value,
           std::optional<double> threshold)
{
    Flag f;
    f.date = date;
    f.kind = kind;
    f.severity = severity;
    f.value = value;
    f.threshold = threshold;
    f.reference = flagKind(kind).referenceText();
    return f;
}

QList<Run> runsUpTo(const QList<Run>& runs, QDate asOf)
{
    QList<Run> kept;
    kept.reserve(runs.size());
    for (const Run& run : runs)
        if (!asOf.isValid() || run.localDate() <= asOf)
            kept << run;
    auto byStart = [](const Run& a, const Run& b) { return a.startUtc < b.startUtc; };
    if (!std::is_sorted(kept.begin(), kept.end(), byStart)) // the log lists them in order
        std::stable_sort(kept.begin(), kept.end(), byStart);
    return kept;
}

std::vector<Flag> weeklyIncrease(const DailySeries& daily, const AnalysisSettings& settings,
                                 QDate asOf)
{
    std::vector<Flag> flags;
    if (daily.empty())
        return flags;
    const int lastDay =
        asOf.isValid() ? std::min(daily.indexOf(asOf), daily.size() - 1) : daily.size() - 1;
    for (QDate ws = weekStartOf(daily.first, settings.weekStart); daily.indexOf(ws) <= lastDay;
         ws = ws.addDays(7)) {
        const int start = daily.indexOf(ws);
        const Distance previous = daily.distanceBetween(start - 7, start - 1);
        if (previous.inKm() < settings.weeklyIncreaseMinPreviousKm - 1e-9)
            continue; // too little last week for a percentage to mean anything
        bool caution = false, high = false;
        Distance soFar;
        for (int i = std::max(start, 0); i <= std::min(start + 6, lastDay) && !high; ++i) {
            if (daily.runs[std::size_t(i)] == 0)
                continue;
            soFar += daily.distance[std::size_t(i)];
            const double value = soFar.inMetres() / previous.inMetres() - 1.0;
            Severity severity;
            double threshold;
            if (above(value, settings.weeklyIncreaseHigh)) {
                high = true; // crossing both on one day gives only `high`
                severity = Severity::High;
                threshold = settings.weeklyIncreaseHigh;
            } else if (!caution && above(value, settings.weeklyIncreaseCaution)) {
                caution = true;
                severity = Severity::Caution;
                threshold = settings.weeklyIncreaseCaution;
            } else {
                continue;
            }
            Flag f = event(daily.date(i), FlagKind::WeeklyIncrease, severity, value, threshold);
            f.message = flag_text::weeklyIncrease(severity, value, threshold);
            f.measured = soFar;
            f.baseline = previous;
            f.periodStart = ws;
            flags.push_back(f);
        }
    }
    return flags;
}

std::vector<Flag> sessionSpike(const QList<Run>& runsByStart, const DailySeries& daily,
                               const AnalysisSettings& settings)
{
    std::vector<Flag> flags;
    const int window = settings.sessionSpikeWindowDays;
    for (const Run& run : runsByStart) {
        const int day = daily.indexOf(run.localDate());
        if (day < 0 || day >= daily.size())
            continue;
        // Revision 2: fewer than 3 runs in those days is no baseline (a new log's first runs).
        if (!baseline::forSpike(daily, day, window))
            continue;
        // The longest single run of days day-30 .. day-1: runs the same day do not count.
        Distance longest;
        for (int i = std::max(day - window, 0); i < day; ++i)
            longest = std::max(longest, daily.longestRun[std::size_t(i)]);
        if (longest.inMetres() <= 0)
            continue;
        const double value = run.distance.inMetres() / longest.inMetres() - 1.0;
        if (!above(value, settings.sessionSpikeCaution))
            continue;
        const bool high = above(value, settings.sessionSpikeHigh);
        const Severity severity = high ? Severity::High : Severity::Caution;
        Flag f = event(run.localDate(), FlagKind::SessionSpike, severity, value,
                       high ? settings.sessionSpikeHigh : settings.sessionSpikeCaution);
        f.message = flag_text::sessionSpike(severity, value, *f.threshold, window);
        f.measured = run.distance;
        f.baseline = longest;
        f.periodStart = run.localDate().addDays(-window);
        f.runId = run.id;
        flags.push_back(f);
    }
    return flags;
}

std::vector<Flag> acwrHigh(const DailySeries& daily, const AcwrSeries& distanceAcwr,
                           const AnalysisSettings& settings, QDate asOf)
{
    std::vector<Flag> flags;
    const int lastRun = daily.lastRunIndex();
    if (lastRun < 0)
        return flags;
    int last = std::min(lastRun + 6, daily.size() - 1);
    if (asOf.isValid())
        last = std::min(last, daily.indexOf(asOf));
    // The first evaluated day, and a day after an undefined one, compare with 0: a first
    // ratio above 1.3 is a crossing.
    double previous = 0.0;
    for (int d = AcwrSeries::kChronicDays - 1; d <= last; ++d) {
        std::optional<double> ratio = distanceAcwr.rollingCoupled[std::size_t(d)];
        // Revision 2: a 28-day total under 20 km (a new log, a layoff) is no baseline; the ratio
        // counts as undefined.
        if (!baseline::forAcwr(daily, d))
            ratio.reset();
        if (!ratio) {
            previous = 0.0;
            continue;
        }
        const double r = *ratio;
        const bool high = above(r, settings.acwrHigh) && !above(previous, settings.acwrHigh);
        const bool caution =
            above(r, settings.acwrCaution) && !above(previous, settings.acwrCaution);
        previous = r;
        if (!high && !caution)
            continue;
        const Severity severity = high ? Severity::High : Severity::Caution;
        const double threshold = high ? settings.acwrHigh : settings.acwrCaution;
        Flag f = event(daily.date(d), FlagKind::AcwrHigh, severity, r, threshold);
        f.message = flag_text::acwrHigh(severity, r, threshold);
        f.periodStart = daily.date(d - AcwrSeries::kChronicDays + 1);
        flags.push_back(f);
    }
    return flags;
}

std::vector<Flag> monotonyHigh(const std::vector<WeekSummary>& weeks,
                               const AnalysisSettings& settings)
{
    std::vector<Flag> flags;
    for (const WeekSummary& week : weeks) {
        if (!week.complete || week.runs == 0)
            continue;
        if (!week.sameLoadEveryDay &&
            !(week.monotony && above(*week.monotony, settings.monotonyHigh)))
            continue;
        // Dated the week's last day (the Sunday, with weeks starting on Monday).
        Flag f = event(week.end(), FlagKind::MonotonyHigh, Severity::Caution, week.monotony,
                       settings.monotonyHigh);
        f.message =
            flag_text::monotonyHigh(week.monotony, settings.monotonyHigh, week.loadIsSessionRpe);
        f.periodStart = week.start;
        flags.push_back(f);
    }
    return flags;
}

} // namespace stridewell::core::rules
