// Progression: two easy sessions in a row step up, a painful one steps down and asks for rest.
#include "advice/progression.h"
#include "support/test_support.h"

using namespace stridewell::core;

namespace {

QList<StrengthSession> sessions(const QString& circuit, QDate first,
                                std::initializer_list<std::optional<int>> pains)
{
    QList<StrengthSession> list;
    QDate day = first;
    for (std::optional<int> pain : pains) {
        list.append({0, 1, day, circuit, pain, QString()});
        day = day.addDays(2);
    }
    return list;
}

const QString kSoleus = QStringLiteral("soleus");
const QDate kFirst(2024, 6, 3);

} // namespace

TEST(Progression, StepsUpAfterTwoEasySessionsInARow)
{
    struct Row
    {
        std::initializer_list<std::optional<int>> pains;
        int level;
        ProgressionStep last;
    };
    const Row rows[] = {
        {{}, 0, ProgressionStep::Hold},
        {{2}, 0, ProgressionStep::Hold},
        {{2, 1}, 1, ProgressionStep::StepUp},
        {{2, 3, 1}, 0, ProgressionStep::Hold},            // 3/10 breaks the run
        {{2, std::nullopt, 1}, 0, ProgressionStep::Hold}, // so does a missing score
        {{0, 0, 0, 0}, 2, ProgressionStep::StepUp},
        {{0, 0, 0}, 1, ProgressionStep::Hold},
        {{0, 0, 0, 0, 0, 0}, 3, ProgressionStep::StepUp},
        {{0, 0, 0, 0, 0, 0, 0, 0}, 3, ProgressionStep::Hold}, // capped at +3
        {{1, 1, 5}, 0, ProgressionStep::StepDown},
        {{6}, -1, ProgressionStep::StepDown},
        {{6, 7, 8}, -2, ProgressionStep::StepDown}, // capped at -2
        {{4, 4}, 0, ProgressionStep::Hold},
    };
    for (const Row& r : rows) {
        const Progression p =
            progression(sessions(kSoleus, kFirst, r.pains), kSoleus, QDate(2024, 12, 31));
        SCOPED_TRACE(p.reason.toStdString());
        EXPECT_EQ(p.level, r.level) << r.pains.size() << " sessions";
        EXPECT_EQ(p.lastStep, r.last) << r.pains.size() << " sessions";
        EXPECT_EQ(p.sessions, int(r.pains.size()));
    }
}

TEST(Progression, PainfulSessionStepsDownAndSuggestsRestWhileRecent)
{
    const QList<StrengthSession> log = sessions(kSoleus, kFirst, {2, 2, 6}); // 3, 5, 7 June
    const Progression soon = progression(log, kSoleus, QDate(2024, 6, 8));
    EXPECT_EQ(soon.level, 0) << "up to 1, then back down";
    EXPECT_EQ(soon.lastStep, ProgressionStep::StepDown);
    EXPECT_TRUE(soon.suggestRest);
    EXPECT_EQ(soon.reason, QStringLiteral("pain 6/10 in the session on 2024-06-07"));
    EXPECT_FALSE(progression(log, kSoleus, QDate(2024, 6, 20)).suggestRest)
        << "two weeks later, rest is no longer the news";

    const Progression up = progression(log, kSoleus, QDate(2024, 6, 5));
    EXPECT_EQ(up.level, 1) << "sessions after as-of do not count";
    EXPECT_EQ(up.reason, QStringLiteral("pain 2/10 and 2/10 in the two sessions up to 2024-06-05"));
    EXPECT_EQ(progression(log, QStringLiteral("hips_feet"), QDate(2024, 6, 8)).sessions, 0)
        << "only the circuit's own sessions count";
}

TEST(Progression, LevelsTakeTheHarderVariantThenTempoOrLoadNeverMoreReps)
{
    const ExerciseLibrary& lib = ExerciseLibrary::builtIn();
    const Circuit& drops = *lib.circuit(QStringLiteral("heel_drops"));
    const QList<PlanExercise> base = exercisesAtLevel(drops, 0, lib);
    ASSERT_EQ(base.size(), 2);
    EXPECT_EQ(base[0].id, QStringLiteral("heel_drop_straight"));
    EXPECT_EQ(base[0].sets, 3);
    EXPECT_EQ(base[0].reps, 10);
    EXPECT_EQ(base[0].notes, QStringLiteral("10-12 reps each side"));

    const QList<PlanExercise> single = exercisesAtLevel(drops, 1, lib);
    EXPECT_EQ(single[1].id, QStringLiteral("heel_drop_bent_single"));
    EXPECT_EQ(single[1].baseId, QStringLiteral("heel_drop_bent"));
    EXPECT_TRUE(
        single[1].notes.contains(QStringLiteral("a step up from: Eccentric heel drop, knee bent")));

    const QList<PlanExercise> weighted = exercisesAtLevel(drops, 3, lib);
    EXPECT_EQ(weighted[1].id, QStringLiteral("heel_drop_bent_weighted"));
    EXPECT_EQ(weighted[1].reps, 12) << "past the end of the chain: the same dose ...";
    EXPECT_EQ(weighted[1].sets, 3);
    EXPECT_TRUE(weighted[1].notes.contains(QStringLiteral("lower more slowly")))
        << "... made harder by tempo or load: " << weighted[1].notes.toStdString();

    // The articles' ranges hold at every level: single-leg raises 25-30, hinge 2-3 x 12, no
    // exercise beyond three sets.
    for (const Circuit& c : lib.circuits())
        for (int level = -2; level <= 3; ++level)
            for (const PlanExercise& e : exercisesAtLevel(c, level, lib)) {
                EXPECT_LE(e.sets, 3) << e.id.toStdString() << " at level " << level;
                if (e.id == QStringLiteral("calf_raise_single")) {
                    EXPECT_EQ(e.reps, 25);
                }
                if (e.id.startsWith(QStringLiteral("hinge_pallof"))) {
                    EXPECT_EQ(e.reps, 12);
                }
            }

    const QList<PlanExercise> easier =
        exercisesAtLevel(*lib.circuit(QStringLiteral("calf_strength")), -1, lib);
    EXPECT_EQ(easier[0].id, QStringLiteral("calf_raise_floor"));
    EXPECT_EQ(easier[1].id, QStringLiteral("calf_raise_double"));
    EXPECT_EQ(easier[4].id, QStringLiteral("heel_toe_walk"));
    EXPECT_EQ(easier[4].sets, 1) << "no easier variant: one set fewer";

    // The jumping calf raise comes in from level 2 only.
    const Circuit& calf = *lib.circuit(QStringLiteral("calf_strength"));
    auto hasJumps = [](const QList<PlanExercise>& list) {
        for (const PlanExercise& e : list)
            if (e.baseId == QStringLiteral("jumping_calf_raise"))
                return true;
        return false;
    };
    EXPECT_FALSE(hasJumps(exercisesAtLevel(calf, 1, lib)));
    EXPECT_TRUE(hasJumps(exercisesAtLevel(calf, 2, lib)));

    const QList<PlanExercise> stretches =
        exercisesAtLevel(*lib.circuit(QStringLiteral("stretching")), 0, lib);
    EXPECT_EQ(stretches[0].holdS, 30);
    EXPECT_EQ(stretches[0].notes, QStringLiteral("hold 30 s each side"));
}
