// The exercise library: every exercise of domain.md section 6 is there, with variants that exist.
#include "advice/exercise_library.h"
#include "model/strength_session.h"
#include "support/test_support.h"

using namespace stridewell::core;

TEST(ExerciseLibrary, BuiltInHoldsEveryCircuitAndExerciseOfTheDomainBrief)
{
    const ExerciseLibrary& lib = ExerciseLibrary::builtIn();
    for (const QString& id : knownCircuitIds())
        EXPECT_NE(lib.circuit(id), nullptr) << id.toStdString();
    // domain.md section 6, one id per exercise named there.
    for (const char* id : {"short_foot",
                           "short_foot_noodle",
                           "hinge_pallof",
                           "hinge_pallof_noodle",
                           "noodle_lunge",
                           "calf_raise_double",
                           "calf_raise_single",
                           "seated_calf_raise",
                           "soleus_wall_squat",
                           "heel_toe_walk",
                           "jumping_calf_raise",
                           "heel_drop_straight",
                           "heel_drop_bent",
                           "glute_bridge",
                           "single_leg_bridge",
                           "hip_hinge",
                           "side_lying_abduction",
                           "band_walk",
                           "single_leg_balance",
                           "stretch_straight_knee",
                           "stretch_bent_knee",
                           "downward_dog",
                           "heel_drop_stretch",
                           "relative_rest",
                           "ice",
                           "compression_elevation"})
        EXPECT_NE(lib.exercise(QString::fromLatin1(id)), nullptr) << id;

    const Circuit* soleus = lib.circuit(QStringLiteral("soleus"));
    ASSERT_NE(soleus, nullptr);
    ASSERT_EQ(soleus->items.size(), 5);
    EXPECT_EQ(soleus->items[0].exerciseId, QStringLiteral("short_foot"));
    EXPECT_EQ(soleus->items[2].exerciseId, QStringLiteral("noodle_lunge"));
    // "Glute strength is important for happy solei" (domain.md section 6): the hips come along.
    EXPECT_EQ(soleus->items[3].exerciseId, QStringLiteral("side_lying_abduction"));
    EXPECT_EQ(soleus->items[4].exerciseId, QStringLiteral("glute_bridge"));
    EXPECT_FALSE(soleus->daily);
    EXPECT_TRUE(lib.circuit(QStringLiteral("stretching"))->daily);

    const Exercise* single = lib.exercise(QStringLiteral("calf_raise_single"));
    EXPECT_EQ(single->sets, 3);
    EXPECT_EQ(single->reps, 25);
    EXPECT_EQ(single->repsMax, 30);
    EXPECT_TRUE(single->perSide);
    const Exercise* stretch = lib.exercise(QStringLiteral("stretch_bent_knee"));
    EXPECT_EQ(stretch->holdS, 30);
    EXPECT_TRUE(stretch->targets.contains(QStringLiteral("soleus")));
    for (const Exercise& e : lib.exercises()) {
        EXPECT_FALSE(e.instructions.isEmpty()) << e.id.toStdString();
        EXPECT_TRUE(e.reps || e.holdS || e.toFatigue || e.sets == 1) << e.id.toStdString();
    }
}

TEST(ExerciseLibrary, VariantsWalkTheChainAndStopAtItsEnds)
{
    const ExerciseLibrary& lib = ExerciseLibrary::builtIn();
    int taken = 0;
    EXPECT_EQ(lib.variant(QStringLiteral("heel_drop_bent"), 1, &taken)->id,
              QStringLiteral("heel_drop_bent_single"));
    EXPECT_EQ(taken, 1);
    EXPECT_EQ(lib.variant(QStringLiteral("heel_drop_bent"), 5, &taken)->id,
              QStringLiteral("heel_drop_bent_weighted"));
    EXPECT_EQ(taken, 2) << "single-leg, then added weight, then the chain ends";
    EXPECT_EQ(lib.variant(QStringLiteral("calf_raise_single"), -1, &taken)->id,
              QStringLiteral("calf_raise_double"));
    EXPECT_EQ(taken, -1);
    EXPECT_EQ(lib.variant(QStringLiteral("heel_toe_walk"), -2, &taken)->id,
              QStringLiteral("heel_toe_walk"));
    EXPECT_EQ(taken, 0);
    EXPECT_EQ(lib.variant(QStringLiteral("no_such"), 1), nullptr);
}

TEST(ExerciseLibrary, RejectsBrokenDataWithAReason)
{
    auto bad = [](const char* json) {
        auto lib = ExerciseLibrary::fromJson(QByteArray(json));
        EXPECT_FALSE(lib) << json;
        return lib ? QString() : lib.message();
    };
    EXPECT_TRUE(bad("{").contains(QStringLiteral("offset")));
    EXPECT_TRUE(bad(R"({"exercises": [{"id": "a", "name": "A", "instructions": "x", "targets":
        ["soleus"], "harder": "b"}], "circuits": []})")
                    .contains(QStringLiteral("variant \"b\"")));
    EXPECT_TRUE(bad(R"({"exercises": [{"id": "a", "name": "A", "instructions": "x", "targets":
        ["knee"]}], "circuits": []})")
                    .contains(QStringLiteral("unknown target")));
    EXPECT_TRUE(bad(R"({"exercises": [{"id": "a", "name": "A", "instructions": "x", "targets":
        ["soleus"]}], "circuits": [{"id": "soleus", "items": [{"exercise": "zz"}]}]})")
                    .contains(QStringLiteral("no exercise \"zz\"")));
    EXPECT_TRUE(bad(R"({"exercises": [{"id": "a", "name": "A", "instructions": "x", "targets":
        ["soleus"]}], "circuits": [{"id": "soleus", "items": [{"exercise": "a"}]}]})")
                    .contains(QStringLiteral("is missing")));
}
