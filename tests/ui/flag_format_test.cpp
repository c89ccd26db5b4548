// A flag in the window's words (ui/flag_format.h): names, figures and "how it was computed",
// all read from the registry of flag kinds, and the explanations with the thresholds of the
// settings the flags were computed with, not the defaults.
#include "analysis/load_analysis.h"
#include "core/analysis_fixtures.h"
#include "flag_format.h"

#include <gtest/gtest.h>

using namespace stridewell;
using test::dailyRuns;
using test::ofKind;
using test::runOn;
using test::symptomOn;
using ui::DistanceUnit;
using ui::FlagFormat;

namespace {

std::vector<core::Flag> flagsOf(const QList<core::Run>& runs, core::FlagKind kind, QDate asOf,
                                const core::AnalysisSettings& settings,
                                const QList<core::Symptom>& symptoms = {})
{
    core::AnalysisInput input;
    input.runs = runs;
    input.symptoms = symptoms;
    input.asOf = asOf;
    input.settings = settings;
    return ofKind(core::computeFlags(input), kind);
}

core::Flag flag(core::FlagKind kind, std::optional<double> value, std::optional<double> threshold)
{
    core::Flag f;
    f.kind = kind;
    f.date = QDate(2024, 5, 12);
    f.periodStart = QDate(2024, 5, 6);
    f.value = value;
    f.threshold = threshold;
    return f;
}

// Last week 20 km (Tuesday and Saturday), then this week (from 11 March 2024) day by day.
QList<core::Run> afterTwentyKm(const std::vector<double>& thisWeek)
{
    const QDate monday(2024, 3, 4);
    QList<core::Run> runs = {runOn(monday.addDays(1), 10.0), runOn(monday.addDays(5), 10.0)};
    runs << dailyRuns(monday.addDays(7), thisWeek);
    return runs;
}

} // namespace

TEST(FlagFormat, NamesAndFiguresFollowTheKindsUnit)
{
    using K = core::FlagKind;
    EXPECT_EQ(FlagFormat::name(K::WeeklyIncrease), QStringLiteral("Weekly increase"));
    EXPECT_EQ(FlagFormat::name(K::ShoeMileage), QStringLiteral("Shoes past their limit"));
    EXPECT_EQ(FlagFormat::name(K::RanDuringHold), QStringLiteral("Ran during a hold"));
    const auto km = DistanceUnit::Km;

    const core::Flag weekly = flag(K::WeeklyIncrease, 0.81, 0.30);
    EXPECT_EQ(FlagFormat::figure(weekly, km), QStringLiteral("+81%"));
    EXPECT_EQ(FlagFormat::thresholdFigure(weekly, km), QStringLiteral("+30%"));
    EXPECT_EQ(FlagFormat::summary(weekly, km), QStringLiteral("Weekly increase +81%"));

    const core::Flag calf = flag(K::CalfAsymmetry, 0.36, 0.10);
    EXPECT_EQ(FlagFormat::figure(calf, km), QStringLiteral("36% weaker"));
    EXPECT_EQ(FlagFormat::thresholdFigure(calf, km), QStringLiteral("10%"));

    const core::Flag acwr = flag(K::AcwrHigh, 1.5519, 1.5);
    EXPECT_EQ(FlagFormat::figure(acwr, km), QStringLiteral("1.55"));
    EXPECT_EQ(FlagFormat::thresholdFigure(acwr, km), QStringLiteral("1.5"));

    EXPECT_EQ(FlagFormat::figure(flag(K::MonotonyHigh, std::nullopt, 2.0), km),
              QStringLiteral("same every day"));
    EXPECT_EQ(FlagFormat::figure(flag(K::CadenceLow, 163, 165), km),
              QStringLiteral("163 steps/min"));
    EXPECT_EQ(FlagFormat::figure(flag(K::ShoeMileage, 704, 700), km), QStringLiteral("704.0 km"));
    EXPECT_EQ(FlagFormat::figure(flag(K::ShoeMileage, 704, 700), DistanceUnit::Mi),
              QStringLiteral("437.4 mi"));
    EXPECT_EQ(FlagFormat::figure(flag(K::SymptomPersistent, 12, 10), km),
              QStringLiteral("12 days"));

    core::Flag red = flag(K::RedFlag, std::nullopt, std::nullopt);
    EXPECT_EQ(FlagFormat::summary(red, km), QStringLiteral("Red-flag sign"));
    red.headline = QStringLiteral("See a doctor today");
    EXPECT_EQ(FlagFormat::summary(red, km), QStringLiteral("See a doctor today"));
    core::Flag hold = flag(K::RanDuringHold, std::nullopt, std::nullopt);
    hold.headline = red.headline; // named by its kind, not by the hold's urgency
    EXPECT_EQ(FlagFormat::summary(hold, km), QStringLiteral("Ran during a hold"));
}

TEST(FlagFormat, HowComputedWithTheDefaults)
{
    const core::AnalysisSettings defaults;
    core::Flag spike = flag(core::FlagKind::SessionSpike, 1.11, 1.00);
    spike.measured = core::Distance::km(21.1);
    spike.baseline = core::Distance::km(10);
    spike.periodStart = spike.date.addDays(-30);
    EXPECT_EQ(FlagFormat::howComputed(spike, defaults, DistanceUnit::Km),
              QStringLiteral("This run: 21.1 km. Longest single run from Fri 12 Apr 2024 to Sat 11 "
                             "May 2024: 10.0 km. 21.1 km ÷ 10.0 km − 1 = +111% (above +10%: "
                             "caution; above +100%: high)."));
    const core::Flag pain = flag(core::FlagKind::SymptomPersistent, 10, 10);
    EXPECT_EQ(FlagFormat::howComputed(pain, defaults, DistanceUnit::Km),
              QStringLiteral("Pain logged since Mon 6 May 2024 with no gap longer than a week; on "
                             "Sun 12 May 2024, 10 days in, it was as strong as at the start."));
}

TEST(FlagFormat, HowComputedSaysTheSessionSpikeThresholdsOfTheSettings)
{
    core::AnalysisSettings s;
    s.sessionSpikeCaution = 0.2;
    s.sessionSpikeHigh = 1.5;
    // 10 km every third day, then 12.5 km on day 12 (+25%: above 20%, caution) and 40 km on day
    // 20 (against 12.5: +220%, above 150%: high).
    const QDate d0(2024, 1, 1);
    const QList<core::Run> runs = {runOn(d0, 10),
                                   runOn(d0.addDays(3), 10),
                                   runOn(d0.addDays(6), 10),
                                   runOn(d0.addDays(9), 10),
                                   runOn(d0.addDays(12), 12.5),
                                   runOn(d0.addDays(20), 40)};
    const auto f = flagsOf(runs, core::FlagKind::SessionSpike, d0.addDays(30), s);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].severity, core::Severity::Caution);
    EXPECT_EQ(f[1].severity, core::Severity::High);
    for (const core::Flag& spike : f) {
        const QString how = FlagFormat::howComputed(spike, s, DistanceUnit::Km);
        EXPECT_TRUE(how.contains(QStringLiteral("(above +20%: caution; above +150%: high)")))
            << how.toStdString();
        EXPECT_FALSE(how.contains(QStringLiteral("+10%"))) << how.toStdString();
    }
    EXPECT_TRUE(FlagFormat::howComputed(f[0], s, DistanceUnit::Km)
                    .contains(QStringLiteral("12.5 km ÷ 10.0 km − 1 = +25%")));
}

TEST(FlagFormat, HowComputedSaysTheWeeklyThresholdsOfTheSettings)
{
    core::AnalysisSettings s;
    s.weeklyIncreaseCaution = 0.15;
    s.weeklyIncreaseHigh = 0.4;
    // After 20 km: Mon 6, Wed 12 (no), Thu 18 (no), Fri 24 (+20%: caution), Sun 30 (+50%: high).
    const auto f = flagsOf(afterTwentyKm({6, 0, 6, 6, 6, 0, 6}), core::FlagKind::WeeklyIncrease,
                           QDate(2024, 3, 17), s);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(FlagFormat::howComputed(f[0], s, DistanceUnit::Km),
              QStringLiteral("From Mon 11 Mar 2024 to Fri 15 Mar 2024 the week added up to "
                             "24.0 km; the week before ran 20.0 km. 24.0 km ÷ 20.0 km − 1 = +20%, "
                             "above the +15% mark."));
    EXPECT_TRUE(FlagFormat::howComputed(f[1], s, DistanceUnit::Km)
                    .contains(QStringLiteral("= +50%, above the +40% mark.")));
}

TEST(FlagFormat, HowComputedSaysTheLoadRatioThresholdOfTheSettings)
{
    core::AnalysisSettings s;
    s.acwrHigh = 1.6;
    // 10 km a day on days 0..20, 22 km on days 21..27: day 27 acute 154, chronic 364 / 4 = 91,
    // ratio 1.692 crosses 1.3 and 1.6 at once: high.
    std::vector<double> km(21, 10.0);
    km.insert(km.end(), 7, 22.0);
    const QDate d0(2024, 1, 1);
    const auto f = flagsOf(dailyRuns(d0, km), core::FlagKind::AcwrHigh, d0.addDays(40), s);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, core::Severity::High);
    EXPECT_TRUE(FlagFormat::howComputed(f[0], s, DistanceUnit::Km)
                    .endsWith(QStringLiteral(" = 1.692; it crossed 1.6 that day.")))
        << FlagFormat::howComputed(f[0], s, DistanceUnit::Km).toStdString();
}

TEST(FlagFormat, HowComputedSaysTheSymptomGapOfTheSettings)
{
    core::AnalysisSettings s;
    s.symptomEpisodeGapDays = 3;
    // Pain 4 every third day: one episode with a 3-day gap; day 12 is 10 or more days in.
    const QDate d0(2024, 5, 6);
    QList<core::Symptom> symptoms;
    for (int day : {0, 3, 6, 9, 12})
        symptoms << symptomOn(d0.addDays(day), 4);
    const auto f = flagsOf({}, core::FlagKind::SymptomPersistent, d0.addDays(20), s, symptoms);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(FlagFormat::howComputed(f[0], s, DistanceUnit::Km),
              QStringLiteral("Pain logged since Mon 6 May 2024 with no gap longer than 3 days; on "
                             "Sat 18 May 2024, 12 days in, it was as strong as at the start."));
}

TEST(FlagFormat, ThresholdsReadAsSet)
{
    // A load ratio of 1.25 is not "1.3", an increase of 12.5% not "+13%".
    const auto km = DistanceUnit::Km;
    EXPECT_EQ(FlagFormat::thresholdFigure(flag(core::FlagKind::AcwrHigh, 1.31, 1.25), km),
              QStringLiteral("1.25"));
    EXPECT_EQ(FlagFormat::thresholdFigure(flag(core::FlagKind::MonotonyHigh, 2.4, 2.0), km),
              QStringLiteral("2.0"));
    EXPECT_EQ(FlagFormat::thresholdFigure(flag(core::FlagKind::WeeklyIncrease, 0.2, 0.125), km),
              QStringLiteral("+12.5%"));
    EXPECT_EQ(FlagFormat::thresholdFigure(flag(core::FlagKind::CalfAsymmetry, 0.2, 0.115), km),
              QStringLiteral("11.5%"));
    EXPECT_EQ(FlagFormat::thresholdFigure(flag(core::FlagKind::SessionSpike, 0.2, 0.1), km),
              QStringLiteral("+10%"));
}
