// weekly_increase, session_spike, acwr_high and monotony_high (design.md section 4), with the
// expected values worked out by hand in the comments.
#include "analysis/load_analysis.h"
#include "core/analysis_fixtures.h"

#include <gtest/gtest.h>

using namespace stridewell::core;
namespace core = stridewell::core;
using stridewell::test::dailyRuns;
using stridewell::test::ofKind;
using stridewell::test::runOn;

namespace {

const QDate kMonday(2024, 3, 4); // previous week; the week under test starts 11 March
const QDate kWeek = kMonday.addDays(7);

std::vector<Flag> flags(const QList<core::Run>& runs, FlagKind kind, QDate asOf,
                        AnalysisSettings settings = {})
{
    AnalysisInput input;
    input.runs = runs;
    input.asOf = asOf;
    input.settings = settings;
    return ofKind(computeFlags(input), kind);
}

// Last week 20 km (Tuesday and Saturday), then this week's runs on the given weekdays.
QList<core::Run> afterTwentyKm(const std::vector<std::pair<int, double>>& thisWeek)
{
    QList<core::Run> runs = {runOn(kMonday.addDays(1), 10.0), runOn(kMonday.addDays(5), 10.0)};
    for (const auto& [weekday, km] : thisWeek)
        runs << runOn(kWeek.addDays(weekday - 1), km);
    return runs;
}

} // namespace

TEST(WeeklyIncrease, CautionThenHighAsTheWeekAddsUp)
{
    // P = 20. Running total: Mon 8, Wed 18, Fri 22.5 (22.5/20 - 1 = 0.125 > 0.10: caution),
    // Sun 26.5 (26.5/20 - 1 = 0.325 > 0.30: high).
    const auto f = flags(afterTwentyKm({{1, 8}, {3, 10}, {5, 4.5}, {7, 4}}),
                         FlagKind::WeeklyIncrease, kWeek.addDays(6));
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].date, kWeek.addDays(4));
    EXPECT_EQ(f[0].severity, Severity::Caution);
    EXPECT_NEAR(*f[0].value, 0.125, 1e-12);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 0.10);
    EXPECT_DOUBLE_EQ(f[0].measured->inKm(), 22.5);
    EXPECT_DOUBLE_EQ(f[0].baseline->inKm(), 20.0);
    EXPECT_EQ(f[0].periodStart, kWeek);
    EXPECT_EQ(f[1].date, kWeek.addDays(6));
    EXPECT_EQ(f[1].severity, Severity::High);
    EXPECT_NEAR(*f[1].value, 0.325, 1e-12);
    EXPECT_DOUBLE_EQ(*f[1].threshold, 0.30);
    // 32.5% reads 33%.
    EXPECT_TRUE(f[1].message.contains(QStringLiteral("33%"))) << f[1].message.toStdString();
    EXPECT_TRUE(f[1].reference.contains(QStringLiteral("Nielsen")));
}

TEST(WeeklyIncrease, ExactlyAtTheThresholdsIsNotAbove)
{
    // P = 20: Mon 22 -> 22/20 - 1 = 0.10, not > 0.10. Tue +4 = 26 -> 0.30: caution (> 0.10)
    // but not high (0.30 is not > 0.30).
    const auto f =
        flags(afterTwentyKm({{1, 22}, {2, 4}}), FlagKind::WeeklyIncrease, kWeek.addDays(6));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kWeek.addDays(1));
    EXPECT_EQ(f[0].severity, Severity::Caution);
    EXPECT_NEAR(*f[0].value, 0.30, 1e-12);
}

TEST(WeeklyIncrease, CrossingBothOnOneDayGivesOnlyHigh)
{
    // P = 20, Wednesday 27 km: 0.35 crosses 0.10 and 0.30 the same day.
    const auto f = flags(afterTwentyKm({{3, 27}}), FlagKind::WeeklyIncrease, kWeek.addDays(6));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::High);
    EXPECT_NEAR(*f[0].value, 0.35, 1e-12);
}

TEST(WeeklyIncrease, SeveralRunsOnOneDayCountAsThatDay)
{
    // P = 20, Monday 14 + 12 = 26 km in two runs: one day, 0.30 -> only caution, once.
    const auto f =
        flags(afterTwentyKm({{1, 14}, {1, 12}}), FlagKind::WeeklyIncrease, kWeek.addDays(6));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kWeek);
    EXPECT_EQ(f[0].severity, Severity::Caution);
}

TEST(WeeklyIncrease, SkippedAfterAWeekUnderFiveKm)
{
    // P = 4.9 < 5: skipped, however big this week is. P = 5.0 exactly is not skipped:
    // 6 / 5 - 1 = 0.2 -> caution.
    const QList<core::Run> small = {runOn(kMonday.addDays(2), 4.9), runOn(kWeek, 20.0)};
    EXPECT_TRUE(flags(small, FlagKind::WeeklyIncrease, kWeek.addDays(6)).empty());
    const QList<core::Run> five = {runOn(kMonday.addDays(2), 5.0), runOn(kWeek, 6.0)};
    const auto f = flags(five, FlagKind::WeeklyIncrease, kWeek.addDays(6));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NEAR(*f[0].value, 0.2, 1e-12);
    // The first week has no previous week at all (P = 0 < 5).
    EXPECT_TRUE(flags({runOn(kMonday, 30)}, FlagKind::WeeklyIncrease, kWeek).empty());
}

TEST(WeeklyIncrease, AsOfMidWeekSeesOnlyTheDaysSoFar)
{
    const QList<core::Run> runs = afterTwentyKm({{1, 8}, {3, 10}, {5, 4.5}, {7, 4}});
    // As of Wednesday: 18 km so far, -10%: nothing.
    EXPECT_TRUE(flags(runs, FlagKind::WeeklyIncrease, kWeek.addDays(2)).empty());
    // As of Friday: the caution only.
    const auto f = flags(runs, FlagKind::WeeklyIncrease, kWeek.addDays(4));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Caution);
}

TEST(WeeklyIncrease, SundayWeeksAndThresholdsFromTheSettings)
{
    AnalysisSettings sunday;
    sunday.weekStart = WeekStart::Sunday;
    // Sunday weeks: 3..9 March holds Tue 5 and Sat 9 (20 km); 10..16 March holds Mon 11
    // (8), Wed 13 (10), Fri 15 (4.5) = 22.5: caution; Sun 17 starts the next week.
    const auto f = flags(afterTwentyKm({{1, 8}, {3, 10}, {5, 4.5}, {7, 4}}),
                         FlagKind::WeeklyIncrease, kWeek.addDays(6), sunday);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kWeek.addDays(4));
    EXPECT_EQ(f[0].periodStart, QDate(2024, 3, 10));

    AnalysisSettings strict;
    strict.weeklyIncreaseCaution = 0.2; // 0.125 is no longer above it; 0.325 still is high
    const auto g = flags(afterTwentyKm({{1, 8}, {3, 10}, {5, 4.5}, {7, 4}}),
                         FlagKind::WeeklyIncrease, kWeek.addDays(6), strict);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].severity, Severity::High);
}

TEST(SessionSpike, AgainstTheLongestRunOfTheThirtyDaysBefore)
{
    // Three 10 km runs first: the 30 days before a run need 3 runs to compare with (rev. 2).
    const QDate d0(2024, 1, 1);
    const QList<core::Run> runs = {
        runOn(d0, 10.0),
        runOn(d0.addDays(2), 10.0),
        runOn(d0.addDays(4), 10.0),
        runOn(d0.addDays(6), 11.0),  // 3 runs before, L = 10: 11/10 - 1 = 0.10 exactly: none
        runOn(d0.addDays(8), 12.2),  // L = 11: 12.2/11 - 1 = 0.1091 -> caution
        runOn(d0.addDays(10), 25.0), // L = 12.2: 25/12.2 - 1 = 1.0492 -> high
        runOn(d0.addDays(12), 50.0), // L = 25: 50/25 - 1 = 1.00 -> caution
    };
    const auto f = flags(runs, FlagKind::SessionSpike, d0.addDays(90));
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(f[0].date, d0.addDays(8));
    EXPECT_EQ(f[0].severity, Severity::Caution);
    EXPECT_NEAR(*f[0].value, 1.2 / 11.0, 1e-12);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 0.10);
    EXPECT_DOUBLE_EQ(f[0].baseline->inKm(), 11.0);
    EXPECT_EQ(f[0].runId, runs[4].id);
    EXPECT_EQ(f[1].date, d0.addDays(10));
    EXPECT_EQ(f[1].severity, Severity::High);
    EXPECT_NEAR(*f[1].value, 25.0 / 12.2 - 1.0, 1e-12);
    EXPECT_DOUBLE_EQ(*f[1].threshold, 1.00);
    EXPECT_EQ(f[2].severity, Severity::Caution); // exactly +100% is still caution
    EXPECT_NEAR(*f[2].value, 1.0, 1e-12);
    EXPECT_TRUE(f[1].reference.contains(QStringLiteral("Frandsen")));
}

TEST(SessionSpike, NeedsThreeRunsInTheThirtyDaysBefore)
{
    // A new log: 5, 10, 6, 12 km on four days running. Revision 1 flagged the second run
    // (10/5 - 1 = 1.00, caution) with one run to compare with. Now the second and third have
    // 1 and 2 runs before them: no baseline. The fourth has 3 (L = 10): 12/10 - 1 = 0.2, caution.
    const QDate d0(2024, 1, 1);
    const QList<core::Run> runs = {runOn(d0, 5), runOn(d0.addDays(1), 10), runOn(d0.addDays(2), 6),
                                   runOn(d0.addDays(3), 12)};
    const auto f = flags(runs, FlagKind::SessionSpike, d0.addDays(10));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, d0.addDays(3));
    EXPECT_NEAR(*f[0].value, 0.2, 1e-12);
    // Two runs of one day are two runs of history for the days after, none for each other.
    const QList<core::Run> twice = {runOn(d0, 5), runOn(d0, 5, std::nullopt, QTime(18, 0)),
                                    runOn(d0.addDays(1), 20)};
    EXPECT_TRUE(flags(twice, FlagKind::SessionSpike, d0.addDays(10)).empty())
        << "2 runs before day 1";
    QList<core::Run> thrice = twice;
    thrice.insert(2, runOn(d0, 5, std::nullopt, QTime(19, 0)));
    EXPECT_EQ(flags(thrice, FlagKind::SessionSpike, d0.addDays(10)).size(), 1u)
        << "3 runs before day 1: 20/5 - 1 = 3.0, high";
}

TEST(SessionSpike, TheWindowIsDayMinus30ToDayMinus1)
{
    const QDate d0(2024, 1, 1);
    // Day 30: days 0..29 hold 10, 5 and 5 km: L = 10, 11.5/10 - 1 = 0.15 -> caution.
    const auto f = flags({runOn(d0, 10), runOn(d0.addDays(1), 5), runOn(d0.addDays(2), 5),
                          runOn(d0.addDays(30), 11.5)},
                         FlagKind::SessionSpike, d0.addDays(40));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Caution);
    // Day 31: day 0 has left the window; days 1..30 hold 5, 5 and 5 km: L = 5,
    // 11.5/5 - 1 = 1.3 -> high.
    const auto g = flags({runOn(d0, 10), runOn(d0.addDays(1), 5), runOn(d0.addDays(2), 5),
                          runOn(d0.addDays(3), 5), runOn(d0.addDays(31), 11.5)},
                         FlagKind::SessionSpike, d0.addDays(40));
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].severity, Severity::High);
    EXPECT_NEAR(*g[0].value, 1.3, 1e-12);
    // Day 32: days 2..31 hold two runs: no baseline, no flag.
    EXPECT_TRUE(flags({runOn(d0, 10), runOn(d0.addDays(1), 5), runOn(d0.addDays(2), 5),
                       runOn(d0.addDays(3), 5), runOn(d0.addDays(32), 11.5)},
                      FlagKind::SessionSpike, d0.addDays(40))
                    .size() == 0u);
}

TEST(SessionSpike, RunsOnTheSameDayDoNotCountForEachOther)
{
    const QDate d0(2024, 1, 1);
    // Days 0-2: 10 km each. Day 5: 8 km and 12 km, each against L = 10 (3 runs before): only
    // the 12 km spikes (0.2). Day 6: 13 km against max(10, 12) = 12: 13/12 - 1 = 0.083, none.
    const QList<core::Run> runs = {runOn(d0, 10),
                                   runOn(d0.addDays(1), 10),
                                   runOn(d0.addDays(2), 10),
                                   runOn(d0.addDays(5), 8),
                                   runOn(d0.addDays(5), 12, std::nullopt, QTime(18, 0)),
                                   runOn(d0.addDays(6), 13)};
    const auto f = flags(runs, FlagKind::SessionSpike, d0.addDays(10));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].runId, runs[4].id);
    EXPECT_NEAR(*f[0].value, 0.2, 1e-12);
}

TEST(SafeNextRun, OnePointOneTimesTheLongestOfTheLastThirtyDays)
{
    const QDate d0(2024, 1, 1);
    const QList<core::Run> runs = {runOn(d0, 14), runOn(d0.addDays(10), 12),
                                   runOn(d0.addDays(25), 9)};
    // For a run on day 30: days 0..29, longest 14 (day 0): 1.1 x 14 = 15.4 km.
    auto safe = safeNextRun(runs, d0.addDays(30), {});
    ASSERT_TRUE(safe);
    EXPECT_NEAR(safe->limit.inKm(), 15.4, 1e-9);
    EXPECT_EQ(safe->longestDate, d0);
    EXPECT_EQ(safe->windowStart, d0);
    EXPECT_EQ(safe->windowEnd, d0.addDays(29));
    // Day 31: day 0 has left the window: 1.1 x 12 = 13.2.
    safe = safeNextRun(runs, d0.addDays(31), {});
    EXPECT_NEAR(safe->limit.inKm(), 13.2, 1e-9);
    // A run of exactly the limit is no spike.
    QList<core::Run> withNext = runs;
    withNext << runOn(d0.addDays(31), 13.2);
    EXPECT_TRUE(flags(withNext, FlagKind::SessionSpike, d0.addDays(31)).empty());
    // Nothing in the 30 days before: no limit to give.
    EXPECT_FALSE(safeNextRun(runs, d0.addDays(60), {}));
}

TEST(SafeNextRun, SaysHowManyRunsItStandsOn)
{
    // Revision 2: with fewer than 3 runs in the 30 days the limit is no baseline yet (the
    // dashboard says "building a baseline"); session_spike skips such a run too.
    const QDate d0(2024, 1, 1);
    const QList<core::Run> runs = {runOn(d0, 14), runOn(d0.addDays(10), 12),
                                   runOn(d0.addDays(25), 9)};
    auto safe = safeNextRun(runs, d0.addDays(30), {});
    ASSERT_TRUE(safe);
    EXPECT_EQ(safe->runs, 3);
    EXPECT_TRUE(safe->hasBaseline());
    safe = safeNextRun(runs, d0.addDays(31), {});
    ASSERT_TRUE(safe);
    EXPECT_EQ(safe->runs, 2);
    EXPECT_FALSE(safe->hasBaseline());
}

TEST(AcwrHigh, NoRatioInTheFirst27DaysAndAFirstRatioAboveIsACrossing)
{
    // 10 km a day on days 0..20, 20 km on days 21..27. Days 0..26: no ratio at all, however
    // steep. Day 27: acute 140, chronic (210 + 140) / 4 = 87.5, ratio 1.6: the first evaluated
    // day counts the previous ratio as 0, so it crosses 1.3 and 1.5 at once: only high.
    std::vector<double> km(21, 10.0);
    km.insert(km.end(), 7, 20.0);
    const QDate d0(2024, 1, 1);
    EXPECT_TRUE(flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(26)).empty());
    const auto f = flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(60));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, d0.addDays(27));
    EXPECT_EQ(f[0].severity, Severity::High);
    EXPECT_NEAR(*f[0].value, 1.6, 1e-12);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 1.5);
    EXPECT_EQ(f[0].periodStart, d0);
}

TEST(AcwrHigh, ExactlyOnePointThreeIsNotACrossing)
{
    // 9 km on days 0..20 (189), 13 km on days 21..27 (91): day 27 ratio 91 / (280 / 4) = 1.3.
    // Afterwards the ratio only falls (day 28: 78 / 67.75 = 1.15).
    std::vector<double> km(21, 9.0);
    km.insert(km.end(), 7, 13.0);
    const QDate d0(2024, 1, 1);
    EXPECT_TRUE(flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(60)).empty());
    // A 14 km last run: 92 / (281 / 4) = 368 / 281 = 1.3096 -> caution.
    km.back() = 14.0;
    const auto f = flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(60));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Caution);
    EXPECT_NEAR(*f[0].value, 368.0 / 281.0, 1e-12);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 1.3);
}

TEST(AcwrHigh, CautionThenHighOnTheNextDay)
{
    // Days 0..20 at 10, days 21..27 at 15, day 28 40 km.
    // Day 27: 105 / ((210 + 105) / 4) = 4/3 -> caution.
    // Day 28: acute 6 x 15 + 40 = 130, chronic days 1..28 = (200 + 105 + 40) / 4 = 86.25:
    // 1.5072 -> crosses 1.5 from 1.33: high.
    // Day 29: 115 / 83.75 = 1.373, above 1.3 but no crossing; then falling to day 34.
    std::vector<double> km(21, 10.0);
    km.insert(km.end(), 7, 15.0);
    km.push_back(40.0);
    const QDate d0(2024, 1, 1);
    const auto f = flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(60));
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].date, d0.addDays(27));
    EXPECT_EQ(f[0].severity, Severity::Caution);
    EXPECT_NEAR(*f[0].value, 4.0 / 3.0, 1e-12);
    EXPECT_EQ(f[1].date, d0.addDays(28));
    EXPECT_EQ(f[1].severity, Severity::High);
    EXPECT_NEAR(*f[1].value, 130.0 / 86.25, 1e-12);
}

TEST(AcwrHigh, AfterAnUndefinedRatioTheNextOneStartsFromZero)
{
    // 10 km a day on days 0..27 (ratio 1.0 on day 27), then nothing until day 70. From day 54
    // the 28 days hold under 20 km (day 54: days 27..54 = 10 km): undefined (rev. 2). Day 70:
    // 10 km, a total of 10: still undefined, however wild 10 / (10 / 4) = 4.0 looks. Day 72:
    // 12 km more, total 22: acute 22, chronic 22 / 4 = 5.5, ratio 4.0, compared with 0: high.
    // Days 73..78 stay at or fall from 4.0: no new crossing.
    std::vector<double> km(28, 10.0);
    km.resize(70, 0.0);
    km.push_back(10.0);
    km.push_back(0.0);
    km.push_back(12.0);
    const QDate d0(2024, 1, 1);
    const auto f = flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(120));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, d0.addDays(72));
    EXPECT_EQ(f[0].severity, Severity::High);
    EXPECT_NEAR(*f[0].value, 4.0, 1e-12);
}

TEST(AcwrHigh, A28DayTotalUnder20KmIsNoBaseline)
{
    // A new log (or a comeback) of a few short runs: 2 km on days 0..6, then 10 km on day 27.
    // Day 27: total 24 km, acute 10, chronic 6: 1.67 -> high. With 1 km runs instead the total is
    // 17 km: no baseline, no flag (revision 1 said "high" for 10 / 4.25 = 2.35).
    std::vector<double> km(7, 2.0);
    km.resize(27, 0.0);
    km.push_back(10.0);
    const QDate d0(2024, 1, 1);
    auto f = flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(40));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, d0.addDays(27));
    EXPECT_NEAR(*f[0].value, 10.0 / 6.0, 1e-12);
    std::fill(km.begin(), km.begin() + 7, 1.0);
    EXPECT_TRUE(flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(40)).empty());
    // Exactly 20 km is a baseline: 10 km on day 0 and day 27. Day 27: acute 10, chronic 5: 2.0.
    std::vector<double> twenty(28, 0.0);
    twenty.front() = 10.0;
    twenty.back() = 10.0;
    f = flags(dailyRuns(d0, twenty), FlagKind::AcwrHigh, d0.addDays(40));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NEAR(*f[0].value, 2.0, 1e-12);
    twenty.back() = 9.9; // 19.9 km
    EXPECT_TRUE(flags(dailyRuns(d0, twenty), FlagKind::AcwrHigh, d0.addDays(40)).empty());
}

TEST(MonotonyHigh, AboveTwoOnTheSundayOfACompleteWeek)
{
    // 2, 3, ..., 8 km Mon..Sun: mean 5, population sd 2 (squares 9+4+1+0+1+4+9 = 28, / 7 = 4):
    // monotony 2.5 > 2.0. Dated the Sunday.
    const auto f = flags(dailyRuns(kMonday, {2, 3, 4, 5, 6, 7, 8}), FlagKind::MonotonyHigh,
                         kMonday.addDays(6));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kMonday.addDays(6));
    EXPECT_EQ(f[0].severity, Severity::Caution);
    EXPECT_NEAR(*f[0].value, 2.5, 1e-12);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 2.0);
    EXPECT_EQ(f[0].periodStart, kMonday);
    // A week not yet over is not judged.
    EXPECT_TRUE(
        flags(dailyRuns(kMonday, {2, 3, 4, 5, 6, 7, 8}), FlagKind::MonotonyHigh, kMonday.addDays(5))
            .empty());
}

TEST(MonotonyHigh, ExactlyTwoIsNotAboveAndEqualDaysHaveNoValue)
{
    // 1..7 km: mean 4, sd 2 (same squares as above): monotony exactly 2.0, not > 2.0.
    EXPECT_TRUE(
        flags(dailyRuns(kMonday, {1, 2, 3, 4, 5, 6, 7}), FlagKind::MonotonyHigh, kMonday.addDays(6))
            .empty());
    // Seven equal days: deviation 0, flagged with a null value.
    const auto f = flags(dailyRuns(kMonday, {5, 5, 5, 5, 5, 5, 5}), FlagKind::MonotonyHigh,
                         kMonday.addDays(6));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_FALSE(f[0].value);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 2.0);
    // 10, 0, 0, 10, 0, 0, 0: mean 20/7, variance 200/7 - (20/7)^2 = 1000/49, sd sqrt(1000)/7,
    // monotony 20 / sqrt(1000) = 0.632: varied enough.
    EXPECT_TRUE(
        flags(dailyRuns(kMonday, {10, 0, 0, 10}), FlagKind::MonotonyHigh, kMonday.addDays(6))
            .empty());
}

TEST(MonotonyHigh, SundayWeeksAreDatedSaturday)
{
    AnalysisSettings sunday;
    sunday.weekStart = WeekStart::Sunday;
    const QDate sun(2024, 3, 10);
    const auto f = flags(dailyRuns(sun, {2, 3, 4, 5, 6, 7, 8}), FlagKind::MonotonyHigh,
                         sun.addDays(6), sunday);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, QDate(2024, 3, 16));
}
