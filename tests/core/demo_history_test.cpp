#include "demo/demo_history.h"
#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"

#include <QMap>

using namespace stridewell;
using namespace stridewell::core;

namespace {

const QDate kEnd(2024, 6, 30); // a Sunday

QMap<QDate, double> weeklyKm(const QList<core::Run>& runs)
{
    QMap<QDate, double> weeks;
    for (const core::Run& run : runs) {
        const QDate day = run.localDate();
        weeks[day.addDays(1 - day.dayOfWeek())] += run.distance.inKm();
    }
    return weeks;
}

} // namespace

TEST(DemoHistory, IsDeterministic)
{
    const DemoHistory a = DemoHistory::build(kEnd);
    const DemoHistory b = DemoHistory::build(kEnd);
    ASSERT_EQ(a.runs.size(), b.runs.size());
    for (int i = 0; i < a.runs.size(); ++i) {
        EXPECT_EQ(a.runs[i].startUtc, b.runs[i].startUtc);
        EXPECT_EQ(a.runs[i].elapsed, b.runs[i].elapsed);
        EXPECT_EQ(a.runs[i].avgCadenceSpm, b.runs[i].avgCadenceSpm);
    }
}

TEST(DemoHistory, TellsTheBuildSpikePainRecoveryStory)
{
    const DemoHistory h = DemoHistory::build(kEnd);
    const QMap<QDate, double> weeks = weeklyKm(h.runs);
    ASSERT_EQ(weeks.size(), 20) << "twenty weeks, each with runs";
    const QList<double> km = weeks.values();
    EXPECT_LT(km[0], 21.0);
    // Week 13 (index 12) jumps by far more than 30% on week 12.
    EXPECT_GT(km[12] / km[11], 1.5);
    for (int w = 1; w < 12; ++w)
        EXPECT_LT(km[w] / km[w - 1], 1.16) << "steady build-up, week " << w + 1;
    EXPECT_LT(km[13], km[12] / 3) << "the runner stops once the calf hurts";
    EXPECT_GT(km[19], km[14]) << "and rebuilds, stage by stage";

    // Inner-calf (soleus pattern) pain on the left, after the spike, easing to 1/10.
    int soleus = 0;
    for (const Symptom& s : h.symptoms)
        if (s.location == BodyLocation::CalfMedialLower) {
            ++soleus;
            EXPECT_EQ(s.side, Side::Left);
            EXPECT_EQ(s.stretch, StretchTest::Bent);
            EXPECT_GE(s.date, weeks.keys()[13]);
        }
    EXPECT_GE(soleus, 8);
    EXPECT_EQ(h.symptoms.last().pain, 0) << "the morning after stage 6";
    EXPECT_EQ(h.shoes.size(), 2);
    ASSERT_GE(h.calfTests.size(), 3);
    EXPECT_GT(h.calfTests[1].imbalance(), 0.10) << "the left side is weaker after the injury";
    EXPECT_LT(h.calfTests.last().imbalance(), 0.10) << "and balanced again at the end";
    EXPECT_GE(h.strength.size(), 12);
    EXPECT_EQ(h.strength.front().circuitId, QStringLiteral("soleus"));
    // Every return-to-running run has its pain logged after it and the next morning.
    for (const core::Run& run : h.runs) {
        if (run.type != QStringLiteral("return to running"))
            continue;
        int logged = 0;
        for (const Symptom& s : h.symptoms)
            logged +=
                (s.date == run.localDate() && s.timing == SymptomTiming::After) ||
                (s.date == run.localDate().addDays(1) && s.timing == SymptomTiming::NextMorning);
        EXPECT_EQ(logged, 2) << run.localDate().toString(Qt::ISODate).toStdString();
    }
    for (const core::Run& run : h.runs) {
        EXPECT_TRUE(run.rpe.has_value());
        EXPECT_TRUE(run.avgCadenceSpm.has_value());
        EXPECT_LE(run.localDate(), kEnd);
    }
}

TEST(DemoHistory, StopsAtTheEndDateMidWeek)
{
    const QDate wednesday(2024, 6, 26);
    const DemoHistory h = DemoHistory::build(wednesday);
    for (const core::Run& run : h.runs)
        EXPECT_LE(run.localDate(), wednesday);
    for (const StrengthSession& s : h.strength)
        EXPECT_LE(s.date, wednesday);
}

TEST(DemoHistory, InstallsEverythingInOneGo)
{
    test::TempLog log;
    auto id = installDemo(log.db(), QStringLiteral("Alex (demo)"), kEnd);
    ASSERT_TRUE(id) << id.message().toStdString();
    const DemoHistory h = DemoHistory::build(kEnd);
    EXPECT_EQ(RunRepository(log.db()).count(*id).value(), h.runs.size());
    EXPECT_EQ(SymptomRepository(log.db()).list(*id)->size(), h.symptoms.size());
    EXPECT_EQ(CalfTestRepository(log.db()).list(*id)->size(), h.calfTests.size());
    EXPECT_EQ(StrengthRepository(log.db()).list(*id)->size(), h.strength.size());
    EXPECT_EQ(ShoeRepository(log.db()).list(*id)->size(), 2);
    auto runs = RunRepository(log.db()).list(*id);
    EXPECT_EQ(runs->front().shoeName, QStringLiteral("Pegasus 39"));
    EXPECT_EQ(runs->back().shoeName, QStringLiteral("Novablast 4"));
    // A second install under the same name fails whole.
    EXPECT_FALSE(installDemo(log.db(), QStringLiteral("Alex (demo)"), kEnd));
    EXPECT_EQ(RunRepository(log.db()).count(*id).value(), h.runs.size());
}
