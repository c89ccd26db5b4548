// Daily and weekly series, ACWR, monotony and strain: expected values worked out by hand.
#include "analysis/acwr.h"
#include "analysis/daily_series.h"
#include "analysis/load_analysis.h"
#include "analysis/weekly_series.h"
#include "core/analysis_fixtures.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace stridewell::core;
namespace core = stridewell::core;
using stridewell::test::dailyRuns;
using stridewell::test::runOn;

namespace {

const QDate kMonday(2024, 3, 4);

std::vector<WeekSummary> weeksOf(const QList<core::Run>& runs, QDate asOf,
                                 WeekStart start = WeekStart::Monday)
{
    const DailySeries daily = DailySeries::build(runs, asOf);
    return weeklySeries(daily, AcwrSeries::compute(daily.first, daily.distanceKm()), start, asOf);
}

} // namespace

TEST(DailySeries, ALateSundayRunBelongsToThatSundayWhateverUtcSays)
{
    // 23:30 on Sunday 10 March in New York (-05:00) is 04:30 UTC on Monday 11 March.
    const core::Run late = runOn(QDate(2024, 3, 10), 8.0, std::nullopt, QTime(23, 30), -5 * 3600);
    ASSERT_EQ(late.startUtc.date(), QDate(2024, 3, 11));
    // 00:30 on Monday 11 March in Berlin (+01:00) is 23:30 UTC on Sunday.
    const core::Run early = runOn(QDate(2024, 3, 11), 5.0, std::nullopt, QTime(0, 30), 3600);
    ASSERT_EQ(early.startUtc.date(), QDate(2024, 3, 10));

    const std::vector<WeekSummary> weeks = weeksOf({late, early}, QDate(2024, 3, 17));
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].start, kMonday);
    EXPECT_EQ(weeks[0].runs, 1);
    EXPECT_DOUBLE_EQ(weeks[0].distance.inKm(), 8.0);
    EXPECT_EQ(weeks[1].start, QDate(2024, 3, 11));
    EXPECT_DOUBLE_EQ(weeks[1].distance.inKm(), 5.0);
    // 5 / 8 - 1
    ASSERT_TRUE(weeks[1].change);
    EXPECT_DOUBLE_EQ(*weeks[1].change, -0.375);
}

TEST(DailySeries, ADaylightSavingWeekKeepsSevenDaysAndEveryRunOnItsDay)
{
    // Berlin moves from +01:00 to +02:00 at 02:00 on Sunday 31 March 2024.
    const core::Run saturday = runOn(QDate(2024, 3, 30), 6.0, std::nullopt, QTime(23, 30), 3600);
    const core::Run sunday = runOn(QDate(2024, 3, 31), 7.0, std::nullopt, QTime(23, 30), 7200);
    const core::Run monday = runOn(QDate(2024, 4, 1), 4.0, std::nullopt, QTime(0, 30), 7200);
    ASSERT_EQ(monday.startUtc.date(), QDate(2024, 3, 31)); // 22:30 UTC on the Sunday
    const DailySeries daily = DailySeries::build({monday, sunday, saturday});
    EXPECT_EQ(daily.first, QDate(2024, 3, 30));
    ASSERT_EQ(daily.size(), 3);
    EXPECT_DOUBLE_EQ(daily.distance[0].inKm(), 6.0);
    EXPECT_DOUBLE_EQ(daily.distance[1].inKm(), 7.0);
    EXPECT_DOUBLE_EQ(daily.distance[2].inKm(), 4.0);

    const std::vector<WeekSummary> weeks = weeksOf({saturday, sunday, monday}, QDate(2024, 4, 7));
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].start, QDate(2024, 3, 25));
    EXPECT_EQ(weeks[0].runs, 2);
    EXPECT_DOUBLE_EQ(weeks[0].distance.inKm(), 13.0);
    EXPECT_EQ(weeks[1].runs, 1);
}

TEST(DailySeries, SeveralRunsOnOneDayAddUpAndKeepTheLongest)
{
    const QDate day(2024, 3, 5);
    core::Run morning = runOn(day, 6.0, 3);                // 36 min x 3 = 108
    core::Run evening = runOn(day, 10.0, 5, QTime(18, 0)); // 60 min x 5 = 300
    evening.timer = Duration::minutes(55);                 // timer time wins: 55 x 5 = 275
    core::Run noRpe = runOn(day.addDays(1), 5.0);
    const DailySeries daily = DailySeries::build({noRpe, evening, morning});
    ASSERT_EQ(daily.size(), 2);
    EXPECT_EQ(daily.runs[0], 2);
    EXPECT_DOUBLE_EQ(daily.distance[0].inKm(), 16.0);
    EXPECT_DOUBLE_EQ(daily.longestRun[0].inKm(), 10.0);
    EXPECT_DOUBLE_EQ(daily.duration[0].inMinutes(), 36.0 + 55.0);
    EXPECT_DOUBLE_EQ(daily.sessionRpe[0], 108.0 + 275.0);
    EXPECT_EQ(daily.runsWithoutRpe[0], 0);
    EXPECT_EQ(daily.runsWithoutRpe[1], 1);
}

TEST(DailySeries, ARunOfUnknownDurationCountsItsDistanceAndNoTime)
{
    // A GPS track without times: 8 km, no duration, an RPE but no session-RPE (minutes x RPE
    // needs the minutes). The week still has 2 runs and 13 km, and 30 min (the timed run's).
    core::Run untimed = runOn(kMonday, 8.0, 4);
    untimed.elapsed.reset();
    EXPECT_FALSE(untimed.loadDuration());
    EXPECT_FALSE(untimed.sessionRpe());
    const core::Run timed = runOn(kMonday.addDays(2), 5.0); // 30 min
    const DailySeries daily = DailySeries::build({untimed, timed});
    EXPECT_DOUBLE_EQ(daily.distance[0].inKm(), 8.0);
    EXPECT_DOUBLE_EQ(daily.duration[0].inSeconds(), 0.0);
    EXPECT_DOUBLE_EQ(daily.sessionRpe[0], 0.0);
    EXPECT_EQ(daily.runsWithoutRpe[0], 1) << "its session-RPE is unknown";
    const auto weeks = weeksOf({untimed, timed}, kMonday.addDays(6));
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_EQ(weeks[0].runs, 2);
    EXPECT_DOUBLE_EQ(weeks[0].distance.inKm(), 13.0);
    EXPECT_DOUBLE_EQ(weeks[0].duration.inMinutes(), 30.0);
    EXPECT_FALSE(weeks[0].everyRunHasRpe);
}

TEST(DailySeries, RunsAfterTheAsOfDateAreLeftOutAndRestDaysRunToIt)
{
    const QList<core::Run> runs = {runOn(kMonday, 5.0), runOn(kMonday.addDays(10), 9.0)};
    const DailySeries daily = DailySeries::build(runs, kMonday.addDays(3));
    EXPECT_EQ(daily.size(), 4); // Monday .. Thursday
    EXPECT_DOUBLE_EQ(daily.distanceBetween(0, 100).inKm(), 5.0);
    EXPECT_TRUE(DailySeries::build({}, kMonday).empty());
}

TEST(WeeklySeries, SundayStartMovesTheWeekBoundary)
{
    const QList<core::Run> runs = {runOn(QDate(2024, 3, 10), 5.0), runOn(QDate(2024, 3, 11), 6.0)};
    // As of Saturday 16 March: Monday weeks of 4 and 11 March; one Sunday week from 10 March.
    const auto monday = weeksOf(runs, QDate(2024, 3, 16));
    ASSERT_EQ(monday.size(), 2u);
    const auto sunday = weeksOf(runs, QDate(2024, 3, 16), WeekStart::Sunday);
    ASSERT_EQ(sunday.size(), 1u);
    EXPECT_EQ(sunday[0].start, QDate(2024, 3, 10));
    EXPECT_EQ(sunday[0].end(), QDate(2024, 3, 16));
    EXPECT_DOUBLE_EQ(sunday[0].distance.inKm(), 11.0);
    EXPECT_EQ(weekStartOf(QDate(2024, 3, 16), WeekStart::Sunday), QDate(2024, 3, 10));
    EXPECT_EQ(weekStartOf(QDate(2024, 3, 17), WeekStart::Monday), QDate(2024, 3, 11));
}

TEST(WeeklySeries, MonotonyAndStrainOfACompleteWeek)
{
    // Mon..Sun 10, 0, 5, 0, 10, 0, 5 km: sum 30, mean 30/7. Deviations 40/7 (x2), -30/7 (x3),
    // 5/7 (x2): squares 3200/49 + 2700/49 + 50/49 = 5950/49, / 7 = 850/49, sd = sqrt(850)/7.
    // monotony = (30/7) / (sqrt(850)/7) = 30/sqrt(850) = 1.029; strain = 30 x that.
    const QList<core::Run> runs = dailyRuns(kMonday, {10, 0, 5, 0, 10, 0, 5});
    const auto weeks = weeksOf(runs, kMonday.addDays(6));
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_TRUE(weeks[0].complete);
    EXPECT_FALSE(weeks[0].loadIsSessionRpe);
    ASSERT_TRUE(weeks[0].monotony);
    EXPECT_NEAR(*weeks[0].monotony, 30.0 / std::sqrt(850.0), 1e-12);
    ASSERT_TRUE(weeks[0].strain);
    EXPECT_NEAR(*weeks[0].strain, 30.0 * 30.0 / std::sqrt(850.0), 1e-9);
    EXPECT_EQ(weeks[0].runs, 4);
    EXPECT_DOUBLE_EQ(weeks[0].duration.inMinutes(), 180.0); // 30 km at 6 min/km
}

TEST(WeeklySeries, AWeekInProgressHasNoMonotonyAndNoAcwr)
{
    const QList<core::Run> runs = dailyRuns(kMonday, {10, 0, 5, 0, 10, 0, 5});
    const auto weeks = weeksOf(runs, kMonday.addDays(5)); // as of Saturday
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_FALSE(weeks[0].complete);
    EXPECT_FALSE(weeks[0].monotony);
    EXPECT_FALSE(weeks[0].strain);
    EXPECT_FALSE(weeks[0].acwr);
    EXPECT_DOUBLE_EQ(weeks[0].distance.inKm(), 25.0); // the Sunday run is after the as-of date
}

TEST(WeeklySeries, SessionRpeIsTheLoadWhenEveryRunHasAnRpe)
{
    // 2..8 km, RPE 4 each, 6 min/km: sRPE 48, 72, ..., 192 = 24 x (2..8); mean 24 x 5,
    // sd 24 x 2, monotony 2.5; weekly load 24 x 35 = 840, strain 840 x 2.5 = 2100.
    QList<core::Run> runs;
    for (int k = 0; k < 7; ++k)
        runs << runOn(kMonday.addDays(k), 2.0 + k, 4);
    auto weeks = weeksOf(runs, kMonday.addDays(6));
    ASSERT_TRUE(weeks[0].loadIsSessionRpe);
    EXPECT_DOUBLE_EQ(weeks[0].weeklyLoad, 840.0);
    EXPECT_NEAR(*weeks[0].monotony, 2.5, 1e-12);
    EXPECT_NEAR(*weeks[0].strain, 2100.0, 1e-9);

    runs[3].rpe.reset(); // one run without RPE: back to km (same shape, load 35)
    weeks = weeksOf(runs, kMonday.addDays(6));
    EXPECT_FALSE(weeks[0].loadIsSessionRpe);
    EXPECT_DOUBLE_EQ(weeks[0].weeklyLoad, 35.0);
    EXPECT_NEAR(*weeks[0].strain, 35.0 * 2.5, 1e-9);
}

TEST(WeeklySeries, ChangeIsNullAfterAnEmptyWeekAndEmptyWeeksAreListed)
{
    const QList<core::Run> runs = {runOn(kMonday, 10.0), runOn(kMonday.addDays(14), 8.0),
                                   runOn(kMonday.addDays(21), 12.0)};
    const auto weeks = weeksOf(runs, kMonday.addDays(27));
    ASSERT_EQ(weeks.size(), 4u);
    EXPECT_FALSE(weeks[0].change); // nothing before
    ASSERT_TRUE(weeks[1].change);
    EXPECT_DOUBLE_EQ(*weeks[1].change, -1.0); // 0 / 10 - 1
    EXPECT_EQ(weeks[1].runs, 0);
    EXPECT_FALSE(weeks[1].monotony);
    EXPECT_FALSE(weeks[2].change);           // previous week empty
    EXPECT_DOUBLE_EQ(*weeks[3].change, 0.5); // 12 / 8 - 1
}

TEST(Acwr, UndefinedForTheFirst27DaysThenSteadyLoadGivesOne)
{
    // 10 km every day for 28 days: on day 27 acute = 70, chronic = 280 / 4 = 70.
    const std::vector<double> load(28, 10.0);
    const AcwrSeries s = AcwrSeries::compute(kMonday, load);
    for (int d = 0; d < 27; ++d) {
        EXPECT_FALSE(s.rollingCoupled[std::size_t(d)]) << d;
        EXPECT_FALSE(s.rollingUncoupled[std::size_t(d)]) << d;
        EXPECT_FALSE(s.ewma[std::size_t(d)]) << d;
    }
    ASSERT_TRUE(s.rollingCoupled[27]);
    EXPECT_DOUBLE_EQ(*s.rollingCoupled[27], 1.0);
    EXPECT_DOUBLE_EQ(*s.rollingUncoupled[27], 1.0); // 70 / (210 / 3)
    // EWMA from 0: after n days of 10, acute = 10 (1 - 0.75^n), chronic = 10 (1 - (27/29)^n).
    const double ewma = (1 - std::pow(0.75, 28)) / (1 - std::pow(27.0 / 29.0, 28));
    EXPECT_NEAR(*s.ewma[27], ewma, 1e-12);
    EXPECT_NEAR(ewma, 1.156, 1e-3);
    EXPECT_EQ(s.coupledAt(kMonday.addDays(27)), s.rollingCoupled[27]);
    EXPECT_FALSE(s.coupledAt(kMonday.addDays(28)));
}

TEST(Acwr, ASpikeWeekThreeWays)
{
    // Days 0..20 at 10 km, days 21..27 at 15 km. Day 27: acute 105; coupled chronic
    // (210 + 105) / 4 = 78.75 -> 1.3333; uncoupled chronic (days 0..20) 210 / 3 = 70 -> 1.5.
    std::vector<double> load(21, 10.0);
    load.insert(load.end(), 7, 15.0);
    const AcwrSeries s = AcwrSeries::compute(kMonday, load);
    EXPECT_NEAR(*s.rollingCoupled[27], 105.0 / 78.75, 1e-12);
    EXPECT_NEAR(*s.rollingUncoupled[27], 1.5, 1e-12);
    // EWMA: acute 10 (1 - 0.75^21) after 21 days, then 15 + (a21 - 15) 0.75^7; likewise chronic.
    const double a21 = 10 * (1 - std::pow(0.75, 21));
    const double c21 = 10 * (1 - std::pow(27.0 / 29.0, 21));
    const double a27 = 15 + (a21 - 15) * std::pow(0.75, 7);
    const double c27 = 15 + (c21 - 15) * std::pow(27.0 / 29.0, 7);
    EXPECT_NEAR(*s.ewma[27], a27 / c27, 1e-12);
}

TEST(Acwr, UndefinedAfterFourWeeksWithoutRunning)
{
    std::vector<double> load(28, 10.0);
    load.resize(28 + 28, 0.0); // days 28..55 rest: on day 55 days 28..55 hold nothing
    const AcwrSeries s = AcwrSeries::compute(kMonday, load);
    ASSERT_TRUE(s.rollingCoupled[54]); // day 27's run is still in the window
    EXPECT_DOUBLE_EQ(*s.rollingCoupled[54], 0.0);
    EXPECT_FALSE(s.rollingCoupled[55]);
    // Uncoupled chronic = days d-27..d-7: day 54 still holds day 27, day 55 does not.
    ASSERT_TRUE(s.rollingUncoupled[54]);
    EXPECT_DOUBLE_EQ(*s.rollingUncoupled[54], 0.0);
    EXPECT_FALSE(s.rollingUncoupled[55]);
    EXPECT_TRUE(s.ewma[55]); // the EWMA only fades: never exactly 0
}

TEST(LoadAnalysis, SessionRpeAcwrRunsBesideTheDistanceOne)
{
    // 28 days of 10 km at RPE 5: 60 min x 5 = 300 a day, a steady ratio of 1.
    QList<core::Run> runs;
    for (int d = 0; d < 28; ++d)
        runs << runOn(kMonday.addDays(d), 10.0, 5);
    AnalysisInput input;
    input.runs = runs;
    input.asOf = kMonday.addDays(27);
    const LoadAnalysis a = analyse(input);
    ASSERT_EQ(a.sessionRpeAcwr.size(), 28);
    EXPECT_DOUBLE_EQ(a.daily.sessionRpe[0], 300.0);
    EXPECT_DOUBLE_EQ(*a.sessionRpeAcwr.rollingCoupled[27], 1.0);
    EXPECT_DOUBLE_EQ(*a.distanceAcwr.rollingCoupled[27], 1.0);
    ASSERT_EQ(a.weeks.size(), 4u);
    EXPECT_DOUBLE_EQ(*a.weeks[3].acwr, 1.0);
    EXPECT_FALSE(a.weeks[2].acwr); // day 20: still in the first 27 days
}
