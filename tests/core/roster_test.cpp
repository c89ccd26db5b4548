#include "analysis/roster.h"
#include "demo/demo_history.h"
#include "storage/athlete_repository.h"
#include "storage/roster_loader.h"
#include "support/test_support.h"

using namespace stridewell;
using namespace stridewell::core;

namespace {

Run runOn(QDate day, double km)
{
    Run run;
    run.id = day.toJulianDay();
    run.startUtc = QDateTime(day, QTime(7, 0), Qt::UTC);
    run.utcOffsetS = 3600;
    run.distance = Distance::km(km);
    run.elapsed = Duration::minutes(km * 6);
    return run;
}

RosterEntry summarise(const AnalysisInput& input)
{
    return summariseAthlete(Athlete{1, QStringLiteral("Ann")}, input, analyse(input));
}

} // namespace

TEST(Roster, ThisWeekAgainstLastWeekAndTheLatestPain)
{
    AnalysisInput input;
    input.asOf = QDate(2024, 3, 13); // a Wednesday; the week began Monday 11 March
    // Last week (4-10 March): 10 + 12 = 22 km. This week so far: 8 + 6 = 14 km; the run dated
    // after as-of does not count.
    input.runs = {runOn(QDate(2024, 3, 4), 10), runOn(QDate(2024, 3, 9), 12),
                  runOn(QDate(2024, 3, 11), 8), runOn(QDate(2024, 3, 13), 6),
                  runOn(QDate(2024, 3, 14), 30)};
    Symptom early;
    early.date = QDate(2024, 3, 5);
    early.pain = 4;
    Symptom painless;
    painless.date = QDate(2024, 3, 12);
    painless.pain = 0;
    input.symptoms = {early, painless};

    const RosterEntry e = summarise(input);
    EXPECT_DOUBLE_EQ(e.thisWeek.inKm(), 14);
    EXPECT_DOUBLE_EQ(e.lastWeek.inKm(), 22);
    ASSERT_TRUE(e.weekChange);
    EXPECT_NEAR(*e.weekChange, 14.0 / 22.0 - 1.0, 1e-12);
    EXPECT_EQ(e.lastRun, QDate(2024, 3, 13));
    ASSERT_TRUE(e.latestPain) << "the newest entry that hurt";
    EXPECT_EQ(e.latestPain->date, QDate(2024, 3, 5));
    EXPECT_FALSE(e.acwr) << "fewer than 28 days of history";
    EXPECT_FALSE(e.unacknowledgedRedFlag);
}

TEST(Roster, SundayWeeksAndNoChangeAfterAnEmptyWeek)
{
    AnalysisInput input;
    input.settings.weekStart = WeekStart::Sunday;
    input.asOf = QDate(2024, 3, 11); // Monday: the week began Sunday 10 March
    input.runs = {runOn(QDate(2024, 3, 10), 5), runOn(QDate(2024, 3, 11), 7)};
    const RosterEntry e = summarise(input);
    EXPECT_DOUBLE_EQ(e.thisWeek.inKm(), 12);
    EXPECT_DOUBLE_EQ(e.lastWeek.inKm(), 0);
    EXPECT_FALSE(e.weekChange);
}

TEST(Roster, UrgencyThenRunningDuringAHoldThenFlags)
{
    // design.md section 3: emergency, see a doctor today, see a clinician promptly, ran during
    // a hold, book an assessment, high flags, caution flags, then by name.
    auto entry = [](const char* name, Urgency u, int ranDuringHold = 0) {
        RosterEntry e;
        e.athlete.name = QString::fromLatin1(name);
        e.urgent.urgency = u;
        e.ranDuringHold = ranDuringHold;
        return e;
    };
    Flag high;
    high.severity = Severity::High;
    RosterEntry flagged = entry("Ann", Urgency::None);
    flagged.active = {high, high, high};
    QList<RosterEntry> roster{flagged,
                              entry("Bo", Urgency::BookAssessment),
                              entry("Cat", Urgency::None, 2),
                              entry("Dan", Urgency::SeeClinicianPromptly, 1),
                              entry("Eve", Urgency::Emergency),
                              entry("Fay", Urgency::SeeDoctorToday)};
    sortByConcern(roster);
    QStringList order;
    for (const RosterEntry& e : roster)
        order << e.athlete.name;
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("Eve"), QStringLiteral("Fay"), QStringLiteral("Dan"),
                           QStringLiteral("Cat"), QStringLiteral("Bo"), QStringLiteral("Ann")}));
}

TEST(Roster, TheUrgencyAndTheHoldComeFromTheEntries)
{
    AnalysisInput input;
    input.asOf = QDate(2024, 3, 20);
    Symptom swollen;
    swollen.id = 4;
    swollen.date = QDate(2024, 3, 10);
    swollen.pain = 5;
    swollen.redFlags = {RedFlagSign::Swelling};
    swollen.acknowledged = true; // read long ago: the hold still stands
    Symptom newer;
    newer.id = 5;
    newer.date = QDate(2024, 3, 18);
    newer.pain = 3;
    input.symptoms = {swollen, newer};
    input.runs = {runOn(QDate(2024, 3, 12), 5), runOn(QDate(2024, 3, 15), 6)};
    RosterEntry e = summarise(input);
    EXPECT_EQ(e.urgent.urgency, Urgency::SeeDoctorToday);
    EXPECT_EQ(e.urgent.headline, QStringLiteral("See a doctor today"));
    EXPECT_EQ(e.signs, QList<RedFlagSign>{RedFlagSign::Swelling});
    ASSERT_TRUE(e.hold);
    EXPECT_EQ(e.ranDuringHold, 2);

    input.clearances = {Clearance{1, 1, QDate(2024, 3, 14), QString()}};
    e = summarise(input);
    EXPECT_EQ(e.urgent.urgency, Urgency::None);
    EXPECT_FALSE(e.hold);
    EXPECT_EQ(e.ranDuringHold, 0);
}

TEST(Roster, HighFlagsThenCautionThenByName)
{
    RosterEntry calm;
    calm.athlete.name = QStringLiteral("Alma");
    RosterEntry spiking;
    spiking.athlete.name = QStringLiteral("Bea");
    Flag high;
    high.severity = Severity::High;
    Flag caution;
    caution.severity = Severity::Caution;
    spiking.active = {high, caution};
    RosterEntry hurting;
    hurting.athlete.name = QStringLiteral("Cy");
    hurting.urgent.urgency = Urgency::SeeDoctorToday;
    RosterEntry cautious;
    cautious.athlete.name = QStringLiteral("Dee");
    cautious.active = {caution, caution};
    QList<RosterEntry> roster{calm, spiking, hurting, cautious};
    sortByConcern(roster);
    QStringList order;
    for (const RosterEntry& e : roster)
        order << e.athlete.name;
    EXPECT_EQ(order, (QStringList{QStringLiteral("Cy"), QStringLiteral("Bea"),
                                  QStringLiteral("Dee"), QStringLiteral("Alma")}));
}

TEST(Roster, LoadsEveryAthleteOfALog)
{
    test::TempLog log;
    ASSERT_TRUE(installDemo(log.db(), QStringLiteral("Alex"), QDate(2026, 12, 1)));
    ASSERT_TRUE(AthleteRepository(log.db()).add(QStringLiteral("Zoe (no runs)")));
    auto roster = loadRoster(log.db(), QDate(2026, 12, 1));
    ASSERT_TRUE(roster) << roster.message().toStdString();
    ASSERT_EQ(roster->size(), 2);
    EXPECT_EQ(roster->at(1).athlete.name, QStringLiteral("Zoe (no runs)"));
    EXPECT_FALSE(roster->at(1).lastRun);
    EXPECT_TRUE(roster->at(0).lastRun);
    EXPECT_GT(roster->at(0).thisWeek.inKm(), 0) << "the demo runs this week";
}
