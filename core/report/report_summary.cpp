#include "analysis/baseline.h"
#include "report/report_assembler.h"

#include <algorithm>

namespace stridewell::core {

namespace {

std::optional<ReportSummary::WeekIncrease> biggestWeekIncrease(const LoadAnalysis& analysis,
                                                               const ReportPeriod& period,
                                                               const AnalysisSettings& settings)
{
    std::optional<ReportSummary::WeekIncrease> best;
    const auto& weeks = analysis.weeks;
    for (std::size_t i = 1; i < weeks.size(); ++i) {
        const WeekSummary& w = weeks[i];
        if (w.end() < period.from || w.start > period.to)
            continue;
        const Distance previous = weeks[i - 1].distance;
        if (previous.inKm() < settings.weeklyIncreaseMinPreviousKm || w.distance <= previous)
            continue;
        const double change = w.distance.inMetres() / previous.inMetres() - 1.0;
        if (!best || change > best->change)
            best = ReportSummary::WeekIncrease{w.start, w.distance, previous, change};
    }
    return best;
}

std::optional<ReportSummary::SessionSpike> biggestSessionSpike(const QList<Run>& runs,
                                                               const DailySeries& daily,
                                                               const AnalysisSettings& settings,
                                                               int& withBaseline)
{
    std::optional<ReportSummary::SessionSpike> best;
    for (const Run& run : runs) {
        const int day = daily.indexOf(run.localDate());
        // As session_spike: fewer than 3 runs in the 30 days before is no baseline.
        if (!baseline::forSpike(daily, day, settings.sessionSpikeWindowDays))
            continue;
        ++withBaseline;
        Distance longest;
        for (int i = std::max(0, day - settings.sessionSpikeWindowDays);
             i < day && i < daily.size(); ++i)
            longest = std::max(longest, daily.longestRun[std::size_t(i)]);
        if (longest.inMetres() <= 0 || run.distance <= longest)
            continue;
        const double change = run.distance.inMetres() / longest.inMetres() - 1.0;
        if (!best || change > best->change)
            best = ReportSummary::SessionSpike{run.localDate(), run.distance, longest, change};
    }
    return best;
}

} // namespace

ReportSummary summariseTraining(const QList<Run>& periodRuns, const LoadAnalysis& analysis,
                                const ReportPeriod& period, const AnalysisSettings& settings,
                                QDate firstEntry)
{
    ReportSummary s;
    s.weeks = period.weeks();
    if (firstEntry.isValid() && firstEntry > period.from && firstEntry <= period.to) {
        // Weeks before logging began are not weeks of no running: average from the start of
        // the week it began in (whole weeks, so a first run on a Sunday is not a week's worth).
        s.loggingBegan = firstEntry;
        const QDate from = std::max(period.from, weekStartOf(firstEntry, settings.weekStart));
        s.weeks = (from.daysTo(period.to) + 1) / 7.0;
    }
    double cadenceMinutes = 0.0;
    double steps = 0.0;
    for (const Run& run : periodRuns) {
        ++s.runs;
        s.distance += run.distance;
        const std::optional<Duration> time = run.loadDuration();
        if (time)
            s.time += *time;
        if (!s.longestDate || run.distance > s.longest) {
            s.longest = run.distance;
            s.longestDate = run.localDate();
        }
        // Weighted by time, so a run of unknown duration cannot weigh in.
        if (run.avgCadenceSpm && time) {
            ++s.runsWithCadence;
            cadenceMinutes += time->inMinutes();
            steps += *run.avgCadenceSpm * time->inMinutes();
        }
    }
    if (s.runsWithCadence > 0 && cadenceMinutes > 0)
        s.averageCadenceSpm = steps / cadenceMinutes;
    s.weeklyAverage = s.weeks > 0 ? s.distance * (1.0 / s.weeks) : Distance();
    s.biggestWeekIncrease = biggestWeekIncrease(analysis, period, settings);
    s.biggestSessionSpike =
        biggestSessionSpike(periodRuns, analysis.daily, settings, s.runsWithSpikeBaseline);
    return s;
}

} // namespace stridewell::core
