// The clinician report's content (core/report): a small log worked out by hand, and the period
// rules. The figures below are computed in the comments, not read back from the code.
#include "core/analysis_fixtures.h"
#include "report/report_assembler.h"

#include <gtest/gtest.h>

using namespace stridewell::core;
using stridewell::test::calfTestOn;
using stridewell::test::ofKind;
using stridewell::test::runOn;
using stridewell::test::symptomOn;

namespace {

// The period: four weeks, Monday 4 to Sunday 31 March 2024.
const ReportPeriod kMarch{QDate(2024, 3, 4), QDate(2024, 3, 31)};

Run run(QDate day, double km, double minutes, std::optional<double> cadence, qint64 shoe = 1,
        const char* notes = "")
{
    Run r = runOn(day, km);
    r.elapsed = Duration::minutes(minutes);
    r.avgCadenceSpm = cadence;
    r.shoeId = shoe;
    r.notes = QString::fromUtf8(notes);
    return r;
}

ReportInput marchInput()
{
    AnalysisInput log;
    log.asOf = kMarch.to;
    log.runs = {
        run(QDate(2024, 2, 27), 5, 30, 160), // week of 26 Feb: 15 km
        run(QDate(2024, 3, 3), 10, 60, 162),
        run(QDate(2024, 3, 5), 5, 30, 170), // week of 4 Mar: 17 km
        run(QDate(2024, 3, 10), 12, 72, 166),
        run(QDate(2024, 3, 12), 6, 36, std::nullopt), // week of 11 Mar: 24 km
        run(QDate(2024, 3, 17), 18, 120, 168, 1, "Long one, felt good"),
        run(QDate(2024, 3, 24), 8, 48, 172),  // week of 18 Mar: 8 km; 25 Mar: none
        run(QDate(2024, 4, 2), 30, 180, 170), // after the period
    };
    Symptom before = symptomOn(QDate(2024, 2, 20), 3);
    Symptom first = symptomOn(QDate(2024, 3, 18), 4);
    Symptom swollen =
        symptomOn(QDate(2024, 3, 20), 5, {RedFlagSign::Swelling, RedFlagSign::WarmthRedness});
    Symptom breathless = symptomOn(QDate(2024, 3, 22), 3, {RedFlagSign::ShortnessOfBreath});
    breathless.acknowledged = true; // read by the runner: the clinician still sees it
    Symptom later = symptomOn(QDate(2024, 3, 25), 4);
    Symptom notEasing = symptomOn(QDate(2024, 3, 28), 4);
    Symptom after = symptomOn(QDate(2024, 4, 3), 6, {RedFlagSign::PopOrSnap});
    log.symptoms = {after, before, first, swollen, breathless, later, notEasing};
    CalfTest test = calfTestOn(QDate(2024, 3, 15), 18, 24);
    test.notes = QStringLiteral("Left gave out early");
    log.calfTests = {test};

    Shoe worn;
    worn.id = 1;
    worn.name = QStringLiteral("Daily trainer");
    worn.startDistance = Distance::km(650);
    Shoe retired;
    retired.id = 2;
    retired.name = QStringLiteral("Old racer");
    retired.retired = true;
    Shoe spare;
    spare.id = 3;
    spare.name = QStringLiteral("Spare pair");
    log.shoes = {worn, retired, spare};

    QList<StrengthSession> strength = {
        {1, 1, QDate(2024, 3, 6), QStringLiteral("stretching"), std::nullopt, QString()},
        {2, 1, QDate(2024, 3, 19), QStringLiteral("soleus"), 2, QStringLiteral("Felt easy")},
        {3, 1, QDate(2024, 3, 21), QStringLiteral("calf_strength"), 1, QString()},
        {4, 1, QDate(2024, 4, 1), QStringLiteral("soleus"), 0, QString()},
    };
    return ReportInput{Athlete{7, QStringLiteral("Sam")}, kMarch, QDate(2024, 4, 5),
                       PlanInput::from(log, strength)};
}

} // namespace

TEST(ReportPeriod, DefaultIsTwelveWholeWeeksUpToTheEnd)
{
    // Sunday 30 June 2024: its week starts Monday 24 June; 11 weeks earlier is 8 April.
    const ReportPeriod p = ReportPeriod::lastWeeks(QDate(2024, 6, 30), WeekStart::Monday);
    EXPECT_EQ(p.from, QDate(2024, 4, 8));
    EXPECT_EQ(p.to, QDate(2024, 6, 30));
    EXPECT_EQ(p.days(), 84);
    // Wednesday 3 July: the week of 1 July is the twelfth, so the period starts 15 April.
    const ReportPeriod mid =
        ReportPeriod::resolve(std::nullopt, std::nullopt, QDate(2024, 7, 3), WeekStart::Monday);
    EXPECT_EQ(mid.from, QDate(2024, 4, 15));
    EXPECT_EQ(mid.to, QDate(2024, 7, 3));
    // Weeks starting on Sunday: 30 June is a Sunday, so its week starts that day.
    EXPECT_EQ(ReportPeriod::lastWeeks(QDate(2024, 6, 30), WeekStart::Sunday).from,
              QDate(2024, 4, 14));
    const ReportPeriod given = ReportPeriod::resolve(QDate(2024, 1, 1), std::nullopt,
                                                     QDate(2024, 7, 3), WeekStart::Monday);
    EXPECT_EQ(given.from, QDate(2024, 1, 1));
    EXPECT_EQ(given.to, QDate(2024, 7, 3));
}

TEST(ReportContent, SummaryFiguresWorkedOutByHand)
{
    const ReportContent c = assembleReport(marchInput());
    const ReportSummary& s = c.summary;
    // In the period: 5, 12, 6, 18 and 8 km on 5, 10, 12, 17 and 24 March.
    EXPECT_EQ(s.runs, 5);
    EXPECT_DOUBLE_EQ(s.distance.inKm(), 49.0);
    EXPECT_DOUBLE_EQ(s.time.inMinutes(), 306.0); // 30 + 72 + 36 + 120 + 48
    EXPECT_DOUBLE_EQ(s.weeks, 4.0);
    EXPECT_DOUBLE_EQ(s.weeklyAverage.inKm(), 12.25);
    EXPECT_EQ(s.longestDate, QDate(2024, 3, 17));
    EXPECT_DOUBLE_EQ(s.longest.inKm(), 18.0);
    // (170*30 + 166*72 + 168*120 + 172*48) / (30 + 72 + 120 + 48) = 45468 / 270.
    EXPECT_EQ(s.runsWithCadence, 4);
    ASSERT_TRUE(s.averageCadenceSpm);
    EXPECT_NEAR(*s.averageCadenceSpm, 168.4, 1e-9);
    // 17 after 15 km (+13.3%), then 24 after 17 km (+41.2%), then 8 and 0.
    ASSERT_TRUE(s.biggestWeekIncrease);
    EXPECT_EQ(s.biggestWeekIncrease->weekStart, QDate(2024, 3, 11));
    EXPECT_DOUBLE_EQ(s.biggestWeekIncrease->distance.inKm(), 24.0);
    EXPECT_DOUBLE_EQ(s.biggestWeekIncrease->previous.inKm(), 17.0);
    EXPECT_NEAR(s.biggestWeekIncrease->change, 7.0 / 17.0, 1e-12);
    // 12 km after a longest of 10 (+20%); 18 km after a longest of 12 (+50%).
    ASSERT_TRUE(s.biggestSessionSpike);
    EXPECT_EQ(s.biggestSessionSpike->date, QDate(2024, 3, 17));
    EXPECT_DOUBLE_EQ(s.biggestSessionSpike->longestBefore.inKm(), 12.0);
    EXPECT_NEAR(s.biggestSessionSpike->change, 0.5, 1e-12);
}

TEST(ReportContent, TheBiggestSpikeWaitsForABaseline)
{
    // A new log: 5 km on 4 March, 10 km on 6 March, 6 km on 8 March. Revision 1 reported the
    // 10 km as a +100% spike against one run; no run of the period has the 3 runs in the 30 days
    // before it that a comparison needs, so the report says a baseline is being built.
    AnalysisInput log;
    log.asOf = kMarch.to;
    log.runs = {run(QDate(2024, 3, 4), 5, 30, 170), run(QDate(2024, 3, 6), 10, 60, 170),
                run(QDate(2024, 3, 8), 6, 36, 170)};
    ReportInput in{Athlete{1, QStringLiteral("New")}, kMarch, QDate(2024, 4, 1),
                   PlanInput::from(log, {})};
    ReportContent c = assembleReport(in);
    EXPECT_EQ(c.summary.runsWithSpikeBaseline, 0);
    EXPECT_FALSE(c.summary.biggestSessionSpike);
    // A fourth run, 12 km on 9 March, has 3 before it (longest 10): +20%.
    in.plan.analysis.runs << run(QDate(2024, 3, 9), 12, 70, 170);
    c = assembleReport(in);
    EXPECT_EQ(c.summary.runsWithSpikeBaseline, 1);
    ASSERT_TRUE(c.summary.biggestSessionSpike);
    EXPECT_NEAR(c.summary.biggestSessionSpike->change, 0.2, 1e-12);
}

TEST(ReportContent, TheWeeklyAverageCountsFromTheWeekLoggingBegan)
{
    // Logging began on Wednesday 13 March with a run; 10 + 8 + 12 + 10 = 40 km by the 31st.
    // The weeks from Monday 11 March are 3 (21 days); the week of 4 March was not logged, so
    // the average is 40 / 3 = 13.33 km, not 40 / 4 = 10.
    AnalysisInput log;
    log.asOf = kMarch.to;
    log.runs = {run(QDate(2024, 3, 13), 10, 60, 170), run(QDate(2024, 3, 16), 8, 48, 170),
                run(QDate(2024, 3, 20), 12, 72, 170), run(QDate(2024, 3, 27), 10, 60, 170)};
    ReportInput in{Athlete{1, QStringLiteral("New")}, kMarch, QDate(2024, 4, 1),
                   PlanInput::from(log, {})};
    ReportContent c = assembleReport(in);
    EXPECT_EQ(c.firstEntry, QDate(2024, 3, 13));
    EXPECT_EQ(c.summary.loggingBegan, QDate(2024, 3, 13));
    EXPECT_DOUBLE_EQ(c.summary.weeks, 3.0);
    EXPECT_NEAR(c.summary.weeklyAverage.inKm(), 40.0 / 3.0, 1e-9);
    EXPECT_FALSE(c.weekLogged(QDate(2024, 3, 4)));
    EXPECT_TRUE(c.weekLogged(QDate(2024, 3, 11)));

    // A calf-raise test on 5 March is an entry too: logging began in the first week, so the
    // average is over the period's 4 weeks, 40 / 4 = 10.
    in.plan.analysis.calfTests = {calfTestOn(QDate(2024, 3, 5), 20, 21)};
    c = assembleReport(in);
    EXPECT_EQ(c.summary.loggingBegan, QDate(2024, 3, 5));
    EXPECT_DOUBLE_EQ(c.summary.weeks, 4.0);
    EXPECT_DOUBLE_EQ(c.summary.weeklyAverage.inKm(), 10.0);
    // Logging that began before the period changes nothing: marchInput's first entry is in
    // February (see SummaryFiguresWorkedOutByHand: 49 km over 4 weeks).
    EXPECT_FALSE(assembleReport(marchInput()).summary.loggingBegan);
}

TEST(ReportContent, StrengthWorkCountsFromTheFirstWeekAPlanSuggestedIt)
{
    // The first run is on Wednesday 13 March: each week's plan is the one of the day before it
    // began, so the week of 11 March has no plan yet (it began before the first run) and the
    // first plan suggesting strength work is the one for the week of 18 March. A session on
    // 14 March came before it; one on 21 March counts.
    AnalysisInput log;
    log.asOf = kMarch.to;
    log.runs = {run(QDate(2024, 3, 13), 10, 60, 170), run(QDate(2024, 3, 16), 8, 48, 170),
                run(QDate(2024, 3, 20), 12, 72, 170), run(QDate(2024, 3, 27), 10, 60, 170)};
    const QList<StrengthSession> strength = {
        {1, 1, QDate(2024, 3, 14), QStringLiteral("calf_strength"), 1, QString()},
        {2, 1, QDate(2024, 3, 21), QStringLiteral("calf_strength"), 1, QString()},
    };
    const ReportContent c =
        assembleReport(ReportInput{Athlete{1, QStringLiteral("New")}, kMarch, QDate(2024, 4, 1),
                                   PlanInput::from(log, strength)});
    ASSERT_EQ(c.strengthWeeks.size(), 4);
    EXPECT_EQ(c.strengthWeeks[0].planned, 0); // 4 March: not logged
    EXPECT_EQ(c.strengthWeeks[1].planned, 0); // 11 March: no plan yet
    ASSERT_GT(c.strengthWeeks[2].planned, 0);
    EXPECT_EQ(c.strengthCountedFrom, QDate(2024, 3, 18));
    EXPECT_EQ(c.strengthPlanned, c.strengthWeeks[2].planned + c.strengthWeeks[3].planned);
    EXPECT_EQ(c.strengthDone, 1);
    EXPECT_EQ(c.strengthDoneBefore, 1);
}

TEST(ReportContent, ARunOfUnknownDurationCountsItsDistanceButNotTimeOrCadence)
{
    ReportInput in = marchInput();
    // A GPS track without times on 26 March: 4 km at cadence 150, no duration.
    stridewell::core::Run untimed = run(QDate(2024, 3, 26), 4, 1, 150);
    untimed.elapsed.reset();
    in.plan.analysis.runs << untimed;
    const ReportSummary& s = assembleReport(in).summary;
    EXPECT_EQ(s.runs, 6);
    EXPECT_DOUBLE_EQ(s.distance.inKm(), 53.0);
    EXPECT_DOUBLE_EQ(s.time.inMinutes(), 306.0); // as before: nothing to add
    // Weighted by time, the cadence of the untimed run cannot weigh in: still 45468 / 270.
    EXPECT_EQ(s.runsWithCadence, 4);
    EXPECT_NEAR(*s.averageCadenceSpm, 168.4, 1e-9);
}

TEST(ReportContent, OnlyThePeriodAndNothingLoggedAfterIt)
{
    const ReportContent c = assembleReport(marchInput());
    EXPECT_EQ(c.athlete.name, QStringLiteral("Sam"));
    ASSERT_EQ(c.runs.size(), 5);
    EXPECT_EQ(c.runs.front().localDate(), QDate(2024, 3, 5));
    EXPECT_EQ(c.runs.back().localDate(), QDate(2024, 3, 24));
    // The symptoms oldest first, whatever order the log gave them in.
    ASSERT_EQ(c.symptoms.size(), 5);
    EXPECT_EQ(c.symptoms.front().date, QDate(2024, 3, 18));
    EXPECT_EQ(c.symptoms.back().date, QDate(2024, 3, 28));
    ASSERT_EQ(c.calfTests.size(), 1);
    EXPECT_DOUBLE_EQ(c.calfTests.front().imbalance(), 0.25); // 18 of 24
    ASSERT_FALSE(c.flags.empty());
    for (const Flag& f : c.flags)
        EXPECT_TRUE(kMarch.contains(f.date)) << f.date.toString(Qt::ISODate).toStdString();
    // The analysis history ends with the period: the 30 km of 2 April is not in it.
    EXPECT_EQ(c.analysis.daily.last(), kMarch.to);
    EXPECT_EQ(c.strengthSessions.size(), 3);
}

TEST(ReportContent, RedFlagsMostUrgentFirstThenPainNotEasing)
{
    const ReportContent c = assembleReport(marchInput());
    // Shortness of breath (22 March) is an emergency; swelling with warmth (20 March) needs a
    // doctor today; 18 to 28 March is one episode (gaps of 2, 2, 3, 3 days) and 28 March is ten
    // days after its start at a pain (4) no lower than the first (4): not easing.
    ASSERT_EQ(c.health.size(), 3);
    EXPECT_EQ(c.health[0].triage.urgency, Urgency::Emergency);
    EXPECT_EQ(c.health[0].date, QDate(2024, 3, 22));
    EXPECT_EQ(c.health[1].triage.urgency, Urgency::SeeDoctorToday);
    EXPECT_EQ(c.health[1].date, QDate(2024, 3, 20));
    EXPECT_EQ(c.health[2].kind, HealthNotice::Kind::NotEasing);
    EXPECT_EQ(c.health[2].triage.urgency, Urgency::BookAssessment);
    EXPECT_EQ(c.health[2].date, QDate(2024, 3, 28));
    EXPECT_EQ(ofKind(c.flags, FlagKind::RedFlag).size(), 2u);
}

TEST(ReportContent, ShoesAsTheyStoodAtTheEnd)
{
    const ReportContent c = assembleReport(marchInput());
    // The retired pair ran nothing in the period and is left out.
    ASSERT_EQ(c.shoes.size(), 2);
    const ReportShoe& worn = c.shoes[0];
    EXPECT_EQ(worn.shoe.name, QStringLiteral("Daily trainer"));
    // 650 + 5 + 10 + 5 + 12 + 6 + 18 + 8 (the 30 km of April not yet run).
    EXPECT_DOUBLE_EQ(worn.total.inKm(), 714.0);
    EXPECT_DOUBLE_EQ(worn.inPeriod.inKm(), 49.0);
    EXPECT_EQ(worn.runsInPeriod, 5);
    EXPECT_TRUE(worn.worn());
    EXPECT_EQ(c.shoes[1].runsInPeriod, 0);
    EXPECT_FALSE(c.shoes[1].worn());
    // It passed 700 km on 17 March (650 + 56).
    const auto mileage = ofKind(c.flags, FlagKind::ShoeMileage);
    ASSERT_EQ(mileage.size(), 1u);
    EXPECT_EQ(mileage[0].date, QDate(2024, 3, 17));
}

TEST(ReportContent, StrengthWeeksNotesAndReferences)
{
    const ReportContent c = assembleReport(marchInput());
    // One row per week of the period; the daily stretching of 6 March is not a session.
    ASSERT_EQ(c.strengthWeeks.size(), 4);
    EXPECT_EQ(c.strengthWeeks[0].weekStart, QDate(2024, 3, 4));
    EXPECT_EQ(c.strengthWeeks[0].done, 0);
    EXPECT_EQ(c.strengthWeeks[2].weekStart, QDate(2024, 3, 18));
    EXPECT_EQ(c.strengthWeeks[2].done, 2);
    EXPECT_EQ(c.strengthWeeks[3].done, 0); // 1 April is after the period
    // The red flags of 20 and 22 March hold strength work back until a clinician has looked.
    EXPECT_TRUE(c.hold.has_value());

    ASSERT_EQ(c.notes.size(), 3);
    EXPECT_EQ(c.notes[0].date, QDate(2024, 3, 15));
    EXPECT_EQ(c.notes[0].source, ReportNote::Source::CalfTest);
    EXPECT_EQ(c.notes[1].source, ReportNote::Source::Run);
    EXPECT_DOUBLE_EQ(c.notes[1].runDistance.inKm(), 18.0);
    EXPECT_EQ(c.notes[2].source, ReportNote::Source::Strength);
    EXPECT_EQ(c.notes[2].circuitId, QStringLiteral("soleus"));

    // Flagged: weekly increase, spike, shoes, red flags, not easing, calf imbalance; drawn:
    // load ratio, cadence. In the order of the flag kinds, then the EWMA reference.
    EXPECT_EQ(c.referenceNumber(FlagKind::WeeklyIncrease), 1);
    EXPECT_EQ(c.referenceNumber(FlagKind::SessionSpike), 2);
    EXPECT_EQ(c.referenceNumber(FlagKind::AcwrHigh), 3);
    EXPECT_EQ(c.referenceNumber(FlagKind::MonotonyHigh), 0);
    EXPECT_EQ(c.referenceNumber(FlagKind::CadenceLow), 4);
    EXPECT_EQ(c.referenceNumber(FlagKind::ShoeMileage), 5);
    EXPECT_EQ(c.referenceNumber(FlagKind::CalfAsymmetry), 8);
    // The runs after the red flag of 20 March ran during its hold.
    EXPECT_FALSE(ofKind(c.flags, FlagKind::RanDuringHold).empty());
    EXPECT_EQ(c.referenceNumber(FlagKind::RanDuringHold), 9);
    ASSERT_EQ(c.references.size(), 10);
    EXPECT_TRUE(c.references[0].text.contains(QStringLiteral("Nielsen")));
    EXPECT_TRUE(c.references[9].text.contains(QStringLiteral("Williams")));
}

TEST(ReportContent, AnAthleteWithNothingLogged)
{
    AnalysisInput nothing;
    nothing.asOf = kMarch.to;
    ReportInput in{Athlete{1, QStringLiteral("New")}, kMarch, QDate(2024, 4, 1),
                   PlanInput::from(nothing, {})};
    const ReportContent c = assembleReport(in);
    EXPECT_FALSE(c.hasRuns());
    EXPECT_FALSE(c.hasSymptoms());
    EXPECT_EQ(c.summary.runs, 0);
    EXPECT_FALSE(c.summary.longestDate);
    EXPECT_FALSE(c.summary.averageCadenceSpm);
    EXPECT_FALSE(c.summary.biggestWeekIncrease);
    EXPECT_FALSE(c.summary.biggestSessionSpike);
    EXPECT_TRUE(c.health.isEmpty());
    EXPECT_TRUE(c.flags.empty());
    EXPECT_TRUE(c.references.isEmpty());
    EXPECT_EQ(c.strengthWeeks.size(), 4);
    // Nothing logged: no week counts, nothing was planned that could read as skipped.
    EXPECT_FALSE(c.firstEntry.isValid());
    EXPECT_FALSE(c.weekLogged(kMarch.from));
    EXPECT_FALSE(c.strengthCountedFrom);
    EXPECT_EQ(c.strengthPlanned, 0);
}
