// Calf episodes and the return to running (domain.md section 8), step by step and by hand: what
// opens an episode, each gate met and not met, sessions counted, repeated and stepped back,
// never two run days in a row, back to normal training and the episode's end.
#include "advice/plan_builder.h"
#include "advice/return_to_run.h"
#include "core/analysis_fixtures.h"

#include <gtest/gtest.h>

using namespace stridewell::core;
namespace core = stridewell::core;
using stridewell::test::runOn;

namespace {

const QDate kOnset(2024, 3, 4); // a Monday

QDate day(int n)
{
    return kOnset.addDays(n);
}

Symptom entry(int n, int pain, std::optional<SymptomTiming> timing = {},
              std::optional<SymptomType> type = SymptomType::Ache, QList<RedFlagSign> signs = {})
{
    static qint64 nextId = 1;
    Symptom s;
    s.id = nextId++;
    s.date = day(n);
    s.location = BodyLocation::CalfMedialLower;
    s.side = Side::Left;
    s.pain = pain;
    s.timing = timing;
    s.type = type;
    s.redFlags = signs;
    return s;
}

CalfTest test(int n, int left, int right, std::optional<int> hop)
{
    static qint64 nextId = 1;
    return CalfTest{nextId++, 1, day(n), left, right, QString(), hop};
}

// A 6/10 onset, then walking pain easing to 1/10 by day 6, and a calf test passing every gate on
// day 7.
AnalysisInput readyOnDay7()
{
    AnalysisInput in;
    in.symptoms = {entry(0, 6), entry(2, 3), entry(4, 2), entry(6, 1)};
    in.calfTests = {test(7, 26, 28, 1)};
    in.asOf = day(7);
    return in;
}

// A run on day n with its pain after and the next morning.
void session(AnalysisInput& in, int n, int after, std::optional<int> morning, double km = 3)
{
    in.runs << runOn(day(n), km);
    in.symptoms << entry(n, after, SymptomTiming::After);
    if (morning)
        in.symptoms << entry(n + 1, *morning, SymptomTiming::NextMorning);
}

Episode only(const AnalysisInput& in)
{
    const QList<Episode> all = calfEpisodes(in);
    EXPECT_EQ(all.size(), 1);
    return all.isEmpty() ? Episode{} : all.front();
}

} // namespace

TEST(Episodes, OnlyMoreThanANiggleOpensOne)
{
    // 4/10 tightness after runs is ordinary advice, not an injury.
    EXPECT_FALSE(opensEpisode(entry(0, 4, SymptomTiming::After, SymptomType::Tightness)));
    EXPECT_FALSE(opensEpisode(entry(0, 5, SymptomTiming::After, SymptomType::Ache)));
    EXPECT_FALSE(opensEpisode(entry(0, 3, SymptomTiming::During, SymptomType::Sharp)));
    EXPECT_FALSE(opensEpisode(entry(0, 7, SymptomTiming::During, SymptomType::Cramp)))
        << "a cramp passes";
    EXPECT_TRUE(opensEpisode(entry(0, 6)));
    EXPECT_TRUE(opensEpisode(entry(0, 4, SymptomTiming::After, SymptomType::Sharp)));
    EXPECT_TRUE(opensEpisode(entry(0, 4, SymptomTiming::During, SymptomType::Ache)));
    EXPECT_TRUE(opensEpisode(entry(0, 1, {}, SymptomType::Ache, {RedFlagSign::Bruising})));
    Symptom marked = entry(0, 0);
    marked.injury = true;
    EXPECT_TRUE(opensEpisode(marked)) << "\"this is an injury\"";

    AnalysisInput niggles;
    niggles.asOf = day(20);
    for (int n : {0, 3, 6, 9})
        niggles.symptoms << entry(n, 4, SymptomTiming::After, SymptomType::Tightness);
    EXPECT_TRUE(calfEpisodes(niggles).isEmpty());
    const Plan p = buildPlan(PlanInput::from(niggles, {}));
    EXPECT_FALSE(p.episode);
    EXPECT_FALSE(p.returning());
}

TEST(Episodes, EachGateSaysWhyItIsOrIsNotMet)
{
    AnalysisInput in = readyOnDay7();
    in.asOf = day(5);
    in.calfTests = {test(3, 18, 28, {})};
    Episode e = only(in);
    EXPECT_EQ(e.start, day(0));
    EXPECT_EQ(e.openedBecause, QStringLiteral("pain 6/10"));
    EXPECT_EQ(e.stage, 0);
    ASSERT_EQ(e.gates.size(), 4);
    EXPECT_TRUE(e.gates[0].met);
    EXPECT_EQ(e.gates[0].reason, QStringLiteral("no warning sign holds training"));
    // Day 4's 2/10 is the latest: walking is not pain-free yet.
    EXPECT_FALSE(e.gates[1].met);
    EXPECT_EQ(e.gates[1].reason, QStringLiteral("latest inner-calf entry 2/10 on 2024-03-08: "
                                                "walking should be pain-free (1/10 or less)"));
    EXPECT_FALSE(e.gates[2].met);
    EXPECT_EQ(e.gates[2].reason,
              QStringLiteral("left 18 raises, right 28 on 2024-03-07: 25 and within 10% needed"));
    EXPECT_FALSE(e.gates[3].met);
    EXPECT_TRUE(e.gates[3].reason.startsWith(QStringLiteral("no hop test yet")));

    // 26 against 28: 26 >= 25 and 26 >= 0.9 x 28 = 25.2; but hopping hurts 3/10.
    in.asOf = day(7);
    in.calfTests = {test(7, 26, 28, 3)};
    e = only(in);
    EXPECT_TRUE(e.gates[1].met) << e.gates[1].reason.toStdString();
    EXPECT_TRUE(e.gates[2].met);
    EXPECT_FALSE(e.gates[3].met);
    EXPECT_EQ(e.gates[3].reason,
              QStringLiteral("hopping pain 3/10 on 2024-03-11: 2/10 or less needed"));
    // 25 against 28: 25 < 25.2, not within 10%.
    in.calfTests = {test(7, 25, 28, 1)};
    EXPECT_FALSE(only(in).gates[2].met);
    // A 3/10 two days ago keeps the walking gate shut even if the latest is 1/10.
    in.calfTests = {test(7, 26, 28, 1)};
    in.symptoms = {entry(0, 6), entry(5, 3), entry(6, 1)};
    EXPECT_FALSE(only(in).gates[1].met);
}

TEST(Episodes, AllGatesMetStartsStageOneEveryOtherDay)
{
    const AnalysisInput in = readyOnDay7();
    const Episode e = only(in);
    EXPECT_EQ(e.gatesMet, day(7));
    EXPECT_EQ(e.stage, 1);
    for (const Gate& g : e.gates)
        EXPECT_TRUE(g.met) << toId(g.id).toStdString();
    ASSERT_TRUE(e.next);
    EXPECT_EQ(e.next->date, day(7));
    EXPECT_EQ(e.next->text, QStringLiteral("10 x (1 min easy running, 1 min walking)"));

    const Plan p = buildPlan(PlanInput::from(in, {}));
    ASSERT_TRUE(p.returning());
    EXPECT_FALSE(p.nextRunMax) << "no ordinary safe-next-run figure during the programme";
    ASSERT_FALSE(p.advice.isEmpty());
    EXPECT_EQ(p.advice[0].id, QStringLiteral("return_to_run"));
    EXPECT_TRUE(p.advice[0].text.contains(QStringLiteral("stage 1 of 6, on 2024-03-11")));
}

TEST(Episodes, CountedRepeatedSteppedBackAndNeverTwoDaysInARow)
{
    // Never two run days in a row: a run the day after a session does not count.
    AnalysisInput twice = readyOnDay7();
    session(twice, 8, 1, 1);
    session(twice, 9, 0, {});
    twice.asOf = day(11);
    const Episode t = only(twice);
    ASSERT_EQ(t.sessions.size(), 2);
    EXPECT_EQ(t.sessions[1].outcome, SessionOutcome::TooSoon);
    EXPECT_EQ(t.sessions[1].reason,
              QStringLiteral("the day after a run: never two run days in a row"));
    EXPECT_EQ(t.countedAtStage, 1);
    ASSERT_TRUE(t.next);
    EXPECT_EQ(t.next->date, day(11)) << "two days after the run of day 9";

    AnalysisInput in = readyOnDay7();
    // Day 8: 1/10 after, 1/10 the next morning, no worse than the 1/10 before (day 6): counted.
    // Day 10: 1 and 1: counted -> stage 2.
    session(in, 8, 1, 1);
    session(in, 10, 1, 1);
    // Day 12: 3/10 after (3-5 repeats): repeat stage 2. Day 15 (day 14 would be a fourth run in the
    // seven days from day 8): 2/10 after, the next morning 2/10, worse than the 1/10 of day 13's
    // morning before it: repeat. Day 17: 7/10: back to stage 1.
    session(in, 12, 3, 1);
    session(in, 15, 2, 2);
    session(in, 17, 7, 3);
    in.asOf = day(18);
    const Episode e = only(in);
    ASSERT_EQ(e.sessions.size(), 5);
    EXPECT_EQ(e.sessions[0].outcome, SessionOutcome::Counted);
    EXPECT_EQ(e.sessions[1].outcome, SessionOutcome::Counted);
    EXPECT_EQ(e.sessions[2].outcome, SessionOutcome::Repeat);
    EXPECT_EQ(e.sessions[2].stage, 2);
    EXPECT_EQ(e.sessions[3].outcome, SessionOutcome::Repeat);
    EXPECT_EQ(e.sessions[3].before, 1);
    EXPECT_EQ(e.sessions[4].outcome, SessionOutcome::StepBack);
    EXPECT_EQ(e.stage, 1);
    EXPECT_EQ(e.countedAtStage, 0);
    ASSERT_EQ(e.changes.size(), 3);
    EXPECT_EQ(e.changes[1].to, 2);
    EXPECT_EQ(e.changes[1].date, day(10));
    EXPECT_EQ(e.changes[2].from, 2);
    EXPECT_EQ(e.changes[2].to, 1);
    EXPECT_EQ(e.changes[2].date, day(17));
    EXPECT_EQ(e.changes[2].reason, QStringLiteral("pain 7/10 after the run"));
    // The next session: not on day 18 (the day after the run of 17), and not before day 19,
    // seven days after the run of day 12 that began the last three.
    ASSERT_TRUE(e.next);
    EXPECT_EQ(e.next->date, day(19));
    EXPECT_EQ(e.next->stage, 1);

    // A fourth run in seven days does not count either.
    AnalysisInput crowded = readyOnDay7();
    for (int n : {8, 10, 12, 14})
        session(crowded, n, 1, 1);
    crowded.asOf = day(16);
    const Episode c = only(crowded);
    ASSERT_EQ(c.sessions.size(), 4);
    EXPECT_EQ(c.sessions[3].outcome, SessionOutcome::TooSoon);
    EXPECT_EQ(c.sessions[3].reason,
              QStringLiteral("a fourth run in seven days: two or three a week"));
}

TEST(Episodes, AWarningSignStepsBackAndHolds)
{
    AnalysisInput in = readyOnDay7();
    session(in, 8, 1, 1);
    session(in, 10, 1, 1); // stage 2
    in.runs << runOn(day(12), 3);
    in.symptoms << entry(12, 4, SymptomTiming::After, SymptomType::Sharp, {RedFlagSign::PopOrSnap});
    in.asOf = day(14);
    Episode e = only(in);
    EXPECT_EQ(e.stage, 1) << "back one stage";
    EXPECT_TRUE(e.onHold);
    EXPECT_FALSE(e.next) << "no run while the hold lasts";
    const Plan p = buildPlan(PlanInput::from(in, {}));
    EXPECT_TRUE(p.onHold());
    // A clearance on day 14 resumes the programme at stage 1.
    in.clearances = {Clearance{1, 1, day(14), QString()}};
    e = only(in);
    EXPECT_FALSE(e.onHold);
    ASSERT_TRUE(e.next);
    EXPECT_EQ(e.next->stage, 1);
}

TEST(Episodes, ThePendingMorningAndAnUnratedRun)
{
    AnalysisInput in = readyOnDay7();
    in.runs << runOn(day(8), 3);
    in.symptoms << entry(8, 1, SymptomTiming::After);
    in.asOf = day(8);
    EXPECT_EQ(only(in).sessions[0].outcome, SessionOutcome::Pending);
    in.asOf = day(9); // the morning may still be logged today
    EXPECT_EQ(only(in).sessions[0].outcome, SessionOutcome::Pending);
    in.asOf = day(10); // it passed without a complaint: counted
    EXPECT_EQ(only(in).sessions[0].outcome, SessionOutcome::Counted);

    AnalysisInput silent = readyOnDay7();
    silent.runs << runOn(day(8), 3);
    silent.asOf = day(11);
    const Episode e = only(silent);
    EXPECT_EQ(e.sessions[0].outcome, SessionOutcome::NotRated);
    EXPECT_EQ(e.countedAtStage, 0);
    const Plan p = buildPlan(PlanInput::from(silent, {}));
    ASSERT_NE(p.adviceItem(QStringLiteral("return_to_run")), nullptr);
    EXPECT_TRUE(p.adviceItem(QStringLiteral("return_to_run"))
                    ->text.startsWith(QStringLiteral("Log how the calf felt during and after the "
                                                     "run of 2024-03-12.")));
}

TEST(Episodes, StageSixReturnsToNormalTrainingThenTheEpisodeCloses)
{
    AnalysisInput in = readyOnDay7();
    // Twelve counted sessions, Mon/Wed/Fri from day 7 (a Monday): stages 1-6 two each; the
    // longest, stage 6's 6.4 km.
    int n = 7;
    for (int s = 0; s < 12; ++s) {
        session(in, n, 1, 1, s < 10 ? 3 + 0.3 * s : 6.4);
        n += (s % 3 == 2) ? 3 : 2;
    }
    // Sessions on days 7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30, 32: stage 6 passed on day 32.
    in.asOf = day(33);
    Episode e = only(in);
    EXPECT_EQ(e.stage, kBackToNormal);
    EXPECT_EQ(e.backToNormal, day(32));
    EXPECT_TRUE(e.isOpen());
    EXPECT_DOUBLE_EQ(e.longestRun.inKm(), 6.4);
    ASSERT_EQ(e.changes.size(), 7); // gates -> 1, then 1->2 ... 6->normal
    EXPECT_EQ(e.changes.last().reason, QStringLiteral("2 counted sessions at stage 6"));

    // Four weeks after, the safe next run stays at most 1.1 x 6.4 = 7.04 km, even after an
    // 8 km run that would allow 8.8.
    in.runs << runOn(day(34), 8.0);
    in.asOf = day(35);
    Plan p = buildPlan(PlanInput::from(in, {}));
    EXPECT_FALSE(p.returning());
    ASSERT_TRUE(p.nextRunMax);
    EXPECT_NEAR(p.nextRunMax->inKm(), 7.04, 1e-9);
    EXPECT_TRUE(p.nextRunCapped);
    // Day 32 + 28 = day 60: past the four weeks the ordinary rule is back.
    in.asOf = day(61);
    p = buildPlan(PlanInput::from(in, {}));
    EXPECT_FALSE(p.nextRunCapped);

    // Two weeks without pain >= 3 after stage 6 close the episode: quiet from day 33, closed on
    // day 46. A 3/10 on day 40 restarts the count: closed on day 54.
    in.asOf = day(50);
    e = only(in);
    EXPECT_EQ(e.end, day(46));
    in.symptoms << entry(40, 3, SymptomTiming::After);
    e = only(in);
    EXPECT_TRUE(e.isOpen());
    in.asOf = day(60);
    EXPECT_EQ(only(in).end, day(54));
}

TEST(Episodes, EndedByHand)
{
    AnalysisInput in = readyOnDay7();
    in.episodeEnds = {EpisodeEnd{1, 1, day(9), QStringLiteral("physio: fine")}};
    in.asOf = day(12);
    const Episode e = only(in);
    EXPECT_EQ(e.end, day(9));
    EXPECT_FALSE(buildPlan(PlanInput::from(in, {})).returning());
}
