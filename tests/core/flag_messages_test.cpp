// The flags' messages name the thresholds of the log's settings, not the defaults; a study's
// numbers stay the study's. With the defaults the words are those every test above pins.
#include "analysis/load_analysis.h"
#include "core/analysis_fixtures.h"

#include <gtest/gtest.h>

using namespace stridewell::core;
namespace core = stridewell::core;
using stridewell::test::calfTestOn;
using stridewell::test::dailyRuns;
using stridewell::test::ofKind;
using stridewell::test::runOn;

namespace {

std::vector<Flag> flags(const QList<core::Run>& runs, FlagKind kind, QDate asOf,
                        const AnalysisSettings& settings)
{
    AnalysisInput input;
    input.runs = runs;
    input.asOf = asOf;
    input.settings = settings;
    return ofKind(computeFlags(input), kind);
}

bool says(const Flag& f, const char* words)
{
    return f.message.contains(QString::fromUtf8(words));
}

// Last week 20 km (Tuesday and Saturday), then this week (from 11 March 2024) day by day.
QList<core::Run> afterTwentyKm(const std::vector<double>& thisWeek)
{
    const QDate monday(2024, 3, 4);
    QList<core::Run> runs = {runOn(monday.addDays(1), 10.0), runOn(monday.addDays(5), 10.0)};
    runs << dailyRuns(monday.addDays(7), thisWeek);
    return runs;
}

// 10 km every third day from 1 January 2024, then 12.5 km on day 12 (+25%) and 40 km on
// day 20 (against 12.5 km: +220%).
QList<core::Run> spikes()
{
    const QDate d0(2024, 1, 1);
    return {runOn(d0, 10),
            runOn(d0.addDays(3), 10),
            runOn(d0.addDays(6), 10),
            runOn(d0.addDays(9), 10),
            runOn(d0.addDays(12), 12.5),
            runOn(d0.addDays(20), 40)};
}

} // namespace

TEST(FlagMessages, WeeklyIncreaseSaysTheLogsThresholds)
{
    AnalysisSettings s;
    s.weeklyIncreaseCaution = 0.15;
    s.weeklyIncreaseHigh = 0.4;
    // After 20 km: Fri 24 (+20%: caution), Sun 30 (+50%: high).
    const auto f = flags(afterTwentyKm({6, 0, 6, 6, 6, 0, 6}), FlagKind::WeeklyIncrease,
                         QDate(2024, 3, 17), s);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_TRUE(says(f[0], "is 20% above last week's (more than 15%)."))
        << f[0].message.toStdString();
    EXPECT_TRUE(says(f[1], "is 50% above last week's (more than 40%)."))
        << f[1].message.toStdString();

    s.weeklyIncreaseCaution = 0.125; // said as set, not rounded to 13%
    const auto g = flags(afterTwentyKm({6, 0, 6, 6, 6, 0, 6}), FlagKind::WeeklyIncrease,
                         QDate(2024, 3, 17), s);
    ASSERT_EQ(g.size(), 2u);
    EXPECT_TRUE(says(g[0], "(more than 12.5%)")) << g[0].message.toStdString();
}

TEST(FlagMessages, SessionSpikeSaysTheLogsThresholdsAndTheStudysApart)
{
    const QDate asOf(2024, 1, 31);
    const auto defaults = flags(spikes(), FlagKind::SessionSpike, asOf, AnalysisSettings{});
    ASSERT_EQ(defaults.size(), 2u);
    EXPECT_EQ(defaults[0].message,
              QStringLiteral("This run was 25% longer than your longest run of the 30 days "
                             "before it. Runs more than 10% longer than that went with a raised "
                             "injury risk in a large study of runners. Consider growing the long "
                             "run in smaller steps."));
    EXPECT_EQ(defaults[1].message,
              QStringLiteral("This run was 220% longer than your longest run of the 30 days "
                             "before it. In a large study of runners, single runs more than twice "
                             "that long went with the highest injury risk. Consider an easy few "
                             "days and longer runs that grow in smaller steps."));

    AnalysisSettings s;
    s.sessionSpikeCaution = 0.2;
    s.sessionSpikeHigh = 1.5;
    const auto f = flags(spikes(), FlagKind::SessionSpike, asOf, s);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_TRUE(says(f[0], "This log flags runs more than 20% longer than that; in a large study "
                           "of runners, runs more than 10% longer went with a raised injury "
                           "risk."))
        << f[0].message.toStdString();
    EXPECT_TRUE(says(f[1], "This log counts runs more than 150% longer than that as high; in a "
                           "large study of runners, single runs more than twice that long went "
                           "with the highest injury risk."))
        << f[1].message.toStdString();
}

TEST(FlagMessages, LoadRatioSaysTheLogsThresholds)
{
    // 10 km a day on days 0..20, 22 km on days 21..27: day 27 ratio 154 / 91 = 1.692.
    std::vector<double> km(21, 10.0);
    km.insert(km.end(), 7, 22.0);
    const QDate d0(2024, 1, 1);
    AnalysisSettings s;
    s.acwrHigh = 1.6;
    const auto high = flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(40), s);
    ASSERT_EQ(high.size(), 1u);
    EXPECT_TRUE(says(high[0], "(above 1.6). Above 1.6 load is climbing much faster"))
        << high[0].message.toStdString();
    EXPECT_FALSE(says(high[0], "1.5")) << high[0].message.toStdString();

    s.acwrHigh = 1.8; // 1.692 is now only a caution, above a caution of 1.25
    s.acwrCaution = 1.25;
    const auto caution = flags(dailyRuns(d0, km), FlagKind::AcwrHigh, d0.addDays(40), s);
    ASSERT_EQ(caution.size(), 1u);
    EXPECT_EQ(caution[0].severity, Severity::Caution);
    EXPECT_TRUE(says(caution[0], "(above 1.25). Above 1.25 load is rising faster than usual"))
        << caution[0].message.toStdString();
}

TEST(FlagMessages, MonotonyCadenceAndCalfSayTheLogsThresholds)
{
    // Six equal days and a rest day: monotony 2.449, above a threshold of 2.25.
    AnalysisSettings s;
    s.monotonyHigh = 2.25;
    const QDate monday(2024, 4, 15);
    const auto monotony = flags(dailyRuns(monday, {6, 6, 6, 6, 6, 6, 0}), FlagKind::MonotonyHigh,
                                monday.addDays(7), s);
    ASSERT_EQ(monotony.size(), 1u);
    EXPECT_TRUE(says(monotony[0], "(monotony 2.45, above 2.25)"))
        << monotony[0].message.toStdString();

    // Three runs at 167 steps/min: below a threshold of 167.5.
    s.cadenceLowSpm = 167.5;
    QList<core::Run> runs;
    for (int day : {0, 2, 4}) {
        core::Run r = runOn(monday.addDays(day), 8);
        r.avgCadenceSpm = 167;
        runs << r;
    }
    const auto cadence = flags(runs, FlagKind::CadenceLow, monday.addDays(7), s);
    ASSERT_EQ(cadence.size(), 1u);
    EXPECT_TRUE(says(cadence[0], "fell to 167 steps/min (below 167.5)"))
        << cadence[0].message.toStdString();

    // 20 against 25 raises: 20% weaker, more than a threshold of 11.5%.
    s.calfAsymmetry = 0.115;
    AnalysisInput input;
    input.settings = s;
    input.asOf = monday;
    input.calfTests = {calfTestOn(monday, 20, 25)};
    const auto calf = ofKind(computeFlags(input), FlagKind::CalfAsymmetry);
    ASSERT_EQ(calf.size(), 1u);
    EXPECT_TRUE(says(calf[0], "20% fewer single-leg raises than the other (more than 11.5%)"))
        << calf[0].message.toStdString();
}
