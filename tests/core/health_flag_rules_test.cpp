// cadence_low, shoe_mileage, red_flag, symptom_persistent and calf_asymmetry (design.md
// section 4), and the order of all events.
#include "advice/red_flag_triage.h"
#include "analysis/load_analysis.h"
#include "core/analysis_fixtures.h"

#include <gtest/gtest.h>

using namespace stridewell::core;
namespace core = stridewell::core;
using stridewell::test::calfTestOn;
using stridewell::test::ofKind;
using stridewell::test::runOn;
using stridewell::test::symptomOn;

namespace {

const QDate kDay0(2024, 5, 6);

core::Run withCadence(int day, double spm, QTime time = QTime(7, 0))
{
    core::Run run = runOn(kDay0.addDays(day), 8.0, std::nullopt, time);
    run.avgCadenceSpm = spm;
    return run;
}

std::vector<Flag> flagsOf(const AnalysisInput& input, FlagKind kind)
{
    return ofKind(computeFlags(input), kind);
}

AnalysisInput asOf(QDate day)
{
    AnalysisInput input;
    input.asOf = day;
    return input;
}

} // namespace

TEST(CadenceLow, TheMedianOfFourWeeksFallingBelow165)
{
    AnalysisInput in = asOf(kDay0.addDays(30));
    in.runs = {
        withCadence(0, 166), // 1 run: median undefined
        withCadence(1, 164), // 2 runs: undefined
        withCadence(2, 163), // [163 164 166] -> 164 < 165, from undefined: info
        withCadence(3, 160), // [160 163 164 166] -> 163.5, already below: nothing
        withCadence(4, 175), withCadence(4, 175, QTime(18, 0)),
        // day 4, both runs: [160 163 164 166 175 175] -> (164 + 166) / 2 = 165: not below
        withCadence(5, 150), // [150 160 163 164 166 175 175] -> 164: falls from 165: info
    };
    in.runs << runOn(kDay0.addDays(6), 5.0); // no cadence: not a day to evaluate
    const auto f = flagsOf(in, FlagKind::CadenceLow);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].date, kDay0.addDays(2));
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_DOUBLE_EQ(*f[0].value, 164.0);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 165.0);
    EXPECT_EQ(f[1].date, kDay0.addDays(5));
    EXPECT_DOUBLE_EQ(*f[1].value, 164.0);
    EXPECT_TRUE(f[0].reference.contains(QStringLiteral("Heiderscheit")));
}

TEST(CadenceLow, TooFewRunsInTheWindowMakeItUndefinedAgain)
{
    // Days 0, 1, 2 at 160: info on day 2. Day 40: days 13..40 hold one run (undefined), day 41
    // two, day 42 three at 160: from undefined to 160: info again.
    AnalysisInput in = asOf(kDay0.addDays(60));
    for (int day : {0, 1, 2, 40, 41, 42})
        in.runs << withCadence(day, 160);
    const auto f = flagsOf(in, FlagKind::CadenceLow);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].date, kDay0.addDays(2));
    EXPECT_EQ(f[1].date, kDay0.addDays(42));
    EXPECT_EQ(f[1].periodStart, kDay0.addDays(15));
}

TEST(ShoeMileage, StartKmPlusRunsFirstExceedingTheLimit)
{
    Shoe shoe;
    shoe.id = 7;
    shoe.name = QStringLiteral("Pegasus 39");
    shoe.startDistance = Distance::km(690);
    Shoe other;
    other.id = 8;
    other.limit = Distance::km(10);
    auto on = [](int day, double km, std::optional<qint64> shoeId) {
        core::Run run = runOn(kDay0.addDays(day), km);
        run.shoeId = shoeId;
        return run;
    };
    AnalysisInput in = asOf(kDay0.addDays(30));
    in.shoes = {shoe, other};
    // 690 + 5 = 695; + 5 = 700: at the limit, not over; a 20 km run with no shoe; + 0.5 =
    // 700.5 > 700: caution on day 4, once; day 5 adds more without a second event.
    in.runs = {on(3, 0.5, 7),           on(0, 5, 7), on(1, 5, 7),
               on(2, 20, std::nullopt), on(5, 9, 7), on(2, 9, 8)};
    const auto f = flagsOf(in, FlagKind::ShoeMileage);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kDay0.addDays(3));
    EXPECT_EQ(f[0].severity, Severity::Caution);
    EXPECT_DOUBLE_EQ(*f[0].value, 700.5);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 700.0);
    EXPECT_EQ(f[0].shoeId, 7);
    EXPECT_EQ(f[0].runId, in.runs[0].id);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("Pegasus 39")));
    // As of day 2 the limit has not been passed yet.
    in.asOf = kDay0.addDays(2);
    EXPECT_TRUE(flagsOf(in, FlagKind::ShoeMileage).empty());
}

TEST(RedFlag, EveryEntryWithASignIsHigh)
{
    AnalysisInput in = asOf(kDay0.addDays(10));
    in.symptoms = {symptomOn(kDay0, 3),
                   symptomOn(kDay0.addDays(2), 6, {RedFlagSign::Swelling, RedFlagSign::PainAtRest}),
                   symptomOn(kDay0.addDays(11), 2, {RedFlagSign::Fever})}; // after as-of
    const auto f = flagsOf(in, FlagKind::RedFlag);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kDay0.addDays(2));
    EXPECT_EQ(f[0].severity, Severity::High);
    EXPECT_FALSE(f[0].value);
    EXPECT_FALSE(f[0].threshold);
    EXPECT_EQ(f[0].symptomId, in.symptoms[1].id);
    // The entry's urgency headline and advice, word for word as every other surface says it.
    const Triage t = triage(in.symptoms[1]);
    EXPECT_EQ(t.urgency, Urgency::SeeDoctorToday);
    EXPECT_EQ(f[0].message, t.headline + QStringLiteral(". ") + t.advice);
}

TEST(RedFlag, TheTimingAtRestIsASignAndAnEmergencyNeverSaysPromptly)
{
    AnalysisInput in = asOf(kDay0.addDays(10));
    Symptom atRest = symptomOn(kDay0.addDays(1), 8);
    atRest.timing = SymptomTiming::AtRest; // no box ticked
    in.symptoms = {atRest, symptomOn(kDay0.addDays(2), 4, {RedFlagSign::Fever})};
    const auto f = flagsOf(in, FlagKind::RedFlag);
    ASSERT_EQ(f.size(), 2u);
    for (const Flag& flag : f) {
        EXPECT_TRUE(flag.message.startsWith(QStringLiteral("Call emergency services now. ")))
            << flag.message.toStdString();
        EXPECT_FALSE(flag.message.contains(QStringLiteral("promptly")));
    }
}

TEST(RanDuringHold, EveryRunFromTheHoldingEntryToItsClearance)
{
    // A pop on day 2 holds training; runs on days 1 (before), 2 (the same day), 5 and 9; a
    // clearance on day 9: the runs of days 2 and 5 ran during the hold, not those of 1 or 9.
    AnalysisInput in = asOf(kDay0.addDays(12));
    in.symptoms = {symptomOn(kDay0.addDays(2), 6, {RedFlagSign::PopOrSnap}),
                   symptomOn(kDay0.addDays(3), 2, {RedFlagSign::Fever})}; // pain: emergency
    for (int day : {1, 2, 5, 9})
        in.runs << runOn(kDay0.addDays(day), 5.0);
    in.clearances = {Clearance{1, 1, kDay0.addDays(9), QString()}};
    const auto f = flagsOf(in, FlagKind::RanDuringHold);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].date, kDay0.addDays(2));
    EXPECT_EQ(f[0].severity, Severity::High);
    EXPECT_EQ(f[0].runId, in.runs[1].id);
    EXPECT_EQ(f[0].symptomId, in.symptoms[0].id);
    EXPECT_EQ(f[0].periodStart, kDay0.addDays(2));
    EXPECT_EQ(f[1].date, kDay0.addDays(5));
    EXPECT_EQ(f[1].symptomId, in.symptoms[1].id) << "the most urgent hold names the run";
    EXPECT_TRUE(f[1].message.contains(QStringLiteral("call emergency services now")));
    EXPECT_FALSE(f[0].reference.isEmpty());

    // Without the clearance the day-9 run counts too; bruising alone holds as well.
    in.clearances.clear();
    EXPECT_EQ(flagsOf(in, FlagKind::RanDuringHold).size(), 3u);
    in.symptoms = {symptomOn(kDay0.addDays(2), 2, {RedFlagSign::Bruising})};
    EXPECT_EQ(flagsOf(in, FlagKind::RanDuringHold).size(), 3u);
    // Pain not easing is no hold.
    in.symptoms = {symptomOn(kDay0.addDays(2), 3)};
    EXPECT_TRUE(flagsOf(in, FlagKind::RanDuringHold).empty());
}

TEST(SymptomPersistent, AtTheFirstEntryTenDaysOnThatHurtsAsMuch)
{
    // Days 0 (4), 3 (3), 6 (5: only 6 days in), 9 (3), 10 (3: 10 days but less pain than 4),
    // 12 (4: 12 days, >= 4): high, value 12; 13 (6): once per episode.
    AnalysisInput in = asOf(kDay0.addDays(30));
    for (auto [day, pain] : std::vector<std::pair<int, int>>{
             {0, 4}, {3, 3}, {6, 5}, {9, 3}, {10, 3}, {12, 4}, {13, 6}})
        in.symptoms << symptomOn(kDay0.addDays(day), pain);
    const auto f = flagsOf(in, FlagKind::SymptomPersistent);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kDay0.addDays(12));
    EXPECT_EQ(f[0].severity, Severity::High);
    EXPECT_DOUBLE_EQ(*f[0].value, 12.0);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 10.0);
    EXPECT_EQ(f[0].periodStart, kDay0);
    EXPECT_EQ(f[0].symptomId, in.symptoms[5].id);
    // As of day 11 it has not happened yet.
    in.asOf = kDay0.addDays(11);
    EXPECT_TRUE(flagsOf(in, FlagKind::SymptomPersistent).empty());
}

TEST(SymptomPersistent, GapsOfUpToAWeekStayOneEpisode)
{
    // Pain of 4/10 logged every 5 days for 20 days (revision 2: runners log every few days):
    // one episode; day 10 is 10 days in and as painful: high.
    AnalysisInput every5 = asOf(kDay0.addDays(30));
    for (int day : {0, 5, 10, 15, 20})
        every5.symptoms << symptomOn(kDay0.addDays(day), 4);
    const auto f = flagsOf(every5, FlagKind::SymptomPersistent);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].date, kDay0.addDays(10));
    EXPECT_DOUBLE_EQ(*f[0].value, 10.0);
    // Days 0, 7, 14: gaps of exactly 7 still join; day 14 is 14 days in.
    AnalysisInput weekly = asOf(kDay0.addDays(30));
    for (int day : {0, 7, 14})
        weekly.symptoms << symptomOn(kDay0.addDays(day), 3);
    ASSERT_EQ(flagsOf(weekly, FlagKind::SymptomPersistent).size(), 1u);
    EXPECT_EQ(flagsOf(weekly, FlagKind::SymptomPersistent)[0].date, kDay0.addDays(14));
    // Days 0, 8, 16: an 8-day gap starts a new episode each time; none reaches 10 days.
    AnalysisInput broken = asOf(kDay0.addDays(30));
    for (int day : {0, 8, 16})
        broken.symptoms << symptomOn(kDay0.addDays(day), 3);
    EXPECT_TRUE(flagsOf(broken, FlagKind::SymptomPersistent).empty());
    // An entry with pain 0 is not part of any episode and does not bridge a gap: days 0, 4 (0),
    // 8, 12 at 3: 0 -> 8 is an 8-day gap, and day 12 is only 4 days into the new one.
    AnalysisInput painless = asOf(kDay0.addDays(30));
    painless.symptoms = {symptomOn(kDay0, 3), symptomOn(kDay0.addDays(4), 0),
                         symptomOn(kDay0.addDays(8), 3), symptomOn(kDay0.addDays(12), 3)};
    EXPECT_TRUE(flagsOf(painless, FlagKind::SymptomPersistent).empty());
}

TEST(CalfAsymmetry, WeakerSideBelowNinetyPercent)
{
    AnalysisInput in = asOf(kDay0.addDays(30));
    in.calfTests = {
        calfTestOn(kDay0, 18, 20),            // 1 - 18/20 = 0.10: not below 90%
        calfTestOn(kDay0.addDays(1), 17, 20), // 1 - 17/20 = 0.15: caution, left weaker
        calfTestOn(kDay0.addDays(2), 25, 22), // 1 - 22/25 = 0.12: caution, right weaker
        calfTestOn(kDay0.addDays(3), 0, 0),   // nothing done
    };
    const auto f = flagsOf(in, FlagKind::CalfAsymmetry);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_NEAR(*f[0].value, 0.15, 1e-12);
    EXPECT_DOUBLE_EQ(*f[0].threshold, 0.10);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("left calf")));
    EXPECT_NEAR(*f[1].value, 0.12, 1e-12);
    EXPECT_TRUE(f[1].message.contains(QStringLiteral("right calf")));
    EXPECT_EQ(f[1].calfTestId, in.calfTests[2].id);
}

TEST(ComputeFlags, SortedByDateThenKindAndNothingAfterAsOf)
{
    AnalysisInput in = asOf(kDay0.addDays(5));
    in.symptoms = {symptomOn(kDay0.addDays(3), 5, {RedFlagSign::Bruising}),
                   symptomOn(kDay0.addDays(6), 5, {RedFlagSign::Bruising})};
    in.calfTests = {calfTestOn(kDay0.addDays(3), 10, 20), calfTestOn(kDay0.addDays(1), 10, 20)};
    const std::vector<Flag> all = computeFlags(in);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].date, kDay0.addDays(1));
    EXPECT_EQ(all[1].date, kDay0.addDays(3));
    EXPECT_EQ(toId(all[1].kind), QStringLiteral("calf_asymmetry")); // "c" before "r"
    EXPECT_EQ(toId(all[2].kind), QStringLiteral("red_flag"));
    for (const Flag& f : all) {
        EXPECT_FALSE(f.message.isEmpty());
        EXPECT_FALSE(f.reference.isEmpty());
    }
}

TEST(ActiveFlags, RecentOnesMostSevereFirstAndShoesStillInUse)
{
    Flag old;
    old.date = kDay0;
    old.severity = Severity::High;
    Flag recentCaution;
    recentCaution.date = kDay0.addDays(20);
    recentCaution.severity = Severity::Caution;
    Flag recentHigh = recentCaution;
    recentHigh.severity = Severity::High;
    recentHigh.date = kDay0.addDays(15);
    Flag shoe;
    shoe.kind = FlagKind::ShoeMileage;
    shoe.date = kDay0;
    shoe.shoeId = 3;
    Shoe inUse;
    inUse.id = 3;
    // As of day 28 with 14 days: days 15..28.
    auto active = activeFlags({old, recentCaution, recentHigh, shoe}, {inUse}, kDay0.addDays(28));
    ASSERT_EQ(active.size(), 3u);
    EXPECT_EQ(active[0].date, kDay0.addDays(15)); // high before caution
    EXPECT_EQ(active[1].date, kDay0.addDays(20));
    EXPECT_EQ(active[2].kind, FlagKind::ShoeMileage);
    inUse.retired = true;
    EXPECT_EQ(activeFlags({old, shoe}, {inUse}, kDay0.addDays(28)).size(), 0u);

    // A red flag comes first even beside a newer high load flag; running during a hold next.
    Flag red = recentHigh;
    red.kind = FlagKind::RedFlag;
    red.date = kDay0.addDays(16);
    Flag ranOnHold = recentHigh;
    ranOnHold.kind = FlagKind::RanDuringHold;
    ranOnHold.date = kDay0.addDays(18);
    Flag spike = recentHigh;
    spike.kind = FlagKind::SessionSpike;
    spike.date = kDay0.addDays(27);
    active = activeFlags({spike, ranOnHold, red}, {}, kDay0.addDays(28));
    ASSERT_EQ(active.size(), 3u);
    EXPECT_EQ(active[0].kind, FlagKind::RedFlag);
    EXPECT_EQ(active[1].kind, FlagKind::RanDuringHold);
    EXPECT_EQ(active[2].kind, FlagKind::SessionSpike);
}

TEST(CadenceMedians, OnePerDayWithACadenceAndItsWindow)
{
    // Day 0: 170 (1 run, undefined); day 4: 160 and 175 the same day ([160 170 175] -> 170);
    // day 30: days 3..30 hold 160, 175 and 166 -> 166.
    const QList<core::Run> runs = {withCadence(0, 170), withCadence(4, 160),
                                   withCadence(4, 175, QTime(18, 0)), withCadence(30, 166),
                                   runOn(kDay0.addDays(31), 5.0)};
    const auto m = cadenceMedians(runs, AnalysisSettings());
    ASSERT_EQ(m.size(), 3u);
    EXPECT_EQ(m[0].runs, 1);
    EXPECT_FALSE(m[0].median);
    EXPECT_EQ(m[1].day, kDay0.addDays(4));
    EXPECT_DOUBLE_EQ(*m[1].median, 170.0);
    EXPECT_EQ(m[2].windowStart, kDay0.addDays(3));
    EXPECT_EQ(m[2].runs, 3);
    EXPECT_DOUBLE_EQ(*m[2].median, 166.0);
}
