// The demo story through the whole analysis, read back from a log: the flags the demo plan
// (demo_history.cpp) must produce, worked out by hand from its distances.
#include "analysis/load_analysis.h"
#include "core/analysis_fixtures.h"
#include "demo/demo_history.h"
#include "storage/analysis_input_loader.h"
#include "support/test_support.h"

using namespace stridewell::core;
using stridewell::test::ofKind;
using stridewell::test::TempLog;

namespace {

// Week 1 starts Monday 12 February; week 13 (the half marathon) 6 May.
const QDate kEnd(2024, 6, 30);

AnalysisInput demoInput(TempLog& log, QDate asOf = kEnd)
{
    auto id = installDemo(log.db(), QStringLiteral("Alex"), kEnd);
    EXPECT_TRUE(id.ok());
    auto input = loadAnalysisInput(log.db(), *id, asOf);
    EXPECT_TRUE(input.ok());
    return *input;
}

} // namespace

TEST(DemoAnalysis, TheSpikeWeekAndWhatFollowed)
{
    TempLog log;
    const std::vector<Flag> all = computeFlags(demoInput(log));

    // Week 12 ran 7.5 + 8 + 5.5 + 10 = 31 km. Week 13 so far: Tue 9, Wed 16, Thu 26, Fri 31,
    // Sat 35 (35/31 - 1 = 4/31 = 0.129: caution), Sun 56.1 (25.1/31 = 0.810: high).
    // Week 5 is exactly +10% on week 4 (22 after 20 km): no flag.
    // The return to running (weeks 15-19) builds by time, stage by stage, and the distance
    // rules see it: week 17 ran 3.3 + 3.3 + 3.4 = 10 km after 8.8 (Fri +13.6%: caution), week 18
    // 3.5 + 3.6 + 5.0 = 12.1 after 10 (Fri +21%: caution), week 19 5.2 + 6.2 + 6.5 = 17.9 after
    // 12.1 (Fri +47.9%: high).
    const auto weekly = ofKind(all, FlagKind::WeeklyIncrease);
    ASSERT_EQ(weekly.size(), 5u);
    EXPECT_EQ(weekly[2].date, QDate(2024, 6, 7));
    EXPECT_NEAR(*weekly[2].value, 10.0 / 8.8 - 1.0, 1e-9);
    EXPECT_EQ(weekly[3].date, QDate(2024, 6, 14));
    EXPECT_NEAR(*weekly[3].value, 12.1 / 10.0 - 1.0, 1e-9);
    EXPECT_EQ(weekly[4].date, QDate(2024, 6, 21));
    EXPECT_EQ(weekly[4].severity, Severity::High);
    EXPECT_NEAR(*weekly[4].value, 17.9 / 12.1 - 1.0, 1e-9);
    EXPECT_EQ(weekly[0].date, QDate(2024, 5, 11));
    EXPECT_EQ(weekly[0].severity, Severity::Caution);
    EXPECT_NEAR(*weekly[0].value, 4.0 / 31.0, 1e-9);
    EXPECT_EQ(weekly[1].date, QDate(2024, 5, 12));
    EXPECT_EQ(weekly[1].severity, Severity::High);
    EXPECT_NEAR(*weekly[1].value, 25.1 / 31.0, 1e-9);

    // The half marathon against the longest run of the 30 days before (10 km): +111%, high.
    // Week 1's Sunday 5.5 km after 5 km is exactly +10%: no flag. In the programme: stage 5's
    // 5.0 km on 14 June after 3.6 (+38.9%) and stage 6's 6.2 km on 19 June after 5.2 (+19.2%).
    const auto spikes = ofKind(all, FlagKind::SessionSpike);
    ASSERT_EQ(spikes.size(), 3u);
    EXPECT_EQ(spikes[1].date, QDate(2024, 6, 14));
    EXPECT_NEAR(*spikes[1].value, 5.0 / 3.6 - 1.0, 1e-9);
    EXPECT_EQ(spikes[2].date, QDate(2024, 6, 19));
    EXPECT_NEAR(*spikes[2].value, 6.2 / 5.2 - 1.0, 1e-9);
    EXPECT_EQ(spikes[0].date, QDate(2024, 5, 12));
    EXPECT_EQ(spikes[0].severity, Severity::High);
    EXPECT_NEAR(*spikes[0].value, 1.11, 1e-9);

    // Thu 9 May: acute 3 May..9 May = 5.5 + 10 + 9 + 7 + 10 = 41.5; chronic 12 Apr..9 May =
    // (4.5 + 8.5) + 28 + 29.5 + 31 + 26 = 127.5, / 4 = 31.875: 1.302 -> caution.
    // Sun 12 May: acute 56.1, chronic weeks 10..13 = 28 + 29.5 + 31 + 56.1 = 144.6 / 4: 1.552,
    // up from 1.364 on Saturday -> high.
    // Sun 9 June: acute 10.0, chronic 13 May..9 June = (4 + 2.5 + 8.8 + 10) / 4 = 6.325: 1.581,
    // high; Mon 10 June 10.2 / 7.2 = 1.417 falls below 1.5; Tue 11 June 10.2 / (24.8 / 4) =
    // 1.645 crosses it again.
    const auto acwr = ofKind(all, FlagKind::AcwrHigh);
    ASSERT_EQ(acwr.size(), 4u);
    EXPECT_EQ(acwr[2].date, QDate(2024, 6, 9));
    EXPECT_NEAR(*acwr[2].value, 10.0 / 6.325, 1e-9);
    EXPECT_EQ(acwr[3].date, QDate(2024, 6, 11));
    EXPECT_NEAR(*acwr[3].value, 10.2 / 6.2, 1e-9);
    EXPECT_EQ(acwr[0].date, QDate(2024, 5, 9));
    EXPECT_EQ(acwr[0].severity, Severity::Caution);
    EXPECT_NEAR(*acwr[0].value, 41.5 / 31.875, 1e-9);
    EXPECT_EQ(acwr[1].date, QDate(2024, 5, 12));
    EXPECT_EQ(acwr[1].severity, Severity::High);
    EXPECT_NEAR(*acwr[1].value, 56.1 / 36.15, 1e-9);

    // Inner-calf pain from Monday 13 May (4/10) eases: no entry ten days on is as bad.
    EXPECT_TRUE(ofKind(all, FlagKind::SymptomPersistent).empty());

    // Calf raises 16 vs 25 on 15 May (1 - 16/25 = 0.36), 21 vs 26 on 19 May (5/26); 25 vs 27 on
    // 22 May (0.074) is within 10%.
    const auto calf = ofKind(all, FlagKind::CalfAsymmetry);
    ASSERT_EQ(calf.size(), 2u);
    EXPECT_EQ(calf[0].date, QDate(2024, 5, 15));
    EXPECT_NEAR(*calf[0].value, 0.36, 1e-12);
    EXPECT_EQ(calf[1].date, QDate(2024, 5, 19));
    EXPECT_NEAR(*calf[1].value, 5.0 / 26.0, 1e-12);

    // The old pair started at 520 km: weeks 1..8 add 177.5 (697.5), week 9's Tuesday 6.5 km
    // takes it to 704.
    const auto shoes = ofKind(all, FlagKind::ShoeMileage);
    ASSERT_EQ(shoes.size(), 1u);
    EXPECT_EQ(shoes[0].date, QDate(2024, 4, 9));
    EXPECT_NEAR(*shoes[0].value, 704.0, 1e-9);

    // Cadence sits near 163 from the start: the first median of three runs (Saturday of
    // week 1) is already below 165.
    const auto cadence = ofKind(all, FlagKind::CadenceLow);
    ASSERT_FALSE(cadence.empty());
    EXPECT_EQ(cadence[0].date, QDate(2024, 2, 17));
    EXPECT_LT(*cadence[0].value, 165.0);

    EXPECT_TRUE(ofKind(all, FlagKind::RedFlag).empty());
    EXPECT_TRUE(ofKind(all, FlagKind::MonotonyHigh).empty());
}

TEST(DemoAnalysis, AsOfTheMiddleOfTheSpikeWeek)
{
    // As of Friday 10 May: the acwr caution of Thursday is there, nothing of the weekend.
    TempLog log;
    const AnalysisInput input = demoInput(log, QDate(2024, 5, 10));
    const std::vector<Flag> all = computeFlags(input);
    EXPECT_EQ(ofKind(all, FlagKind::AcwrHigh).size(), 1u);
    EXPECT_TRUE(ofKind(all, FlagKind::WeeklyIncrease).empty());
    EXPECT_TRUE(ofKind(all, FlagKind::SessionSpike).empty());
    for (const Flag& f : all)
        EXPECT_LE(f.date, QDate(2024, 5, 10));
    // A run on Sunday 12 May could be 1.1 x 10 km = 11 km without a spike.
    const auto safe = safeNextRun(input.runs, QDate(2024, 5, 12), {});
    ASSERT_TRUE(safe);
    EXPECT_NEAR(safe->limit.inKm(), 11.0, 1e-9);
}
