// Pattern recognition: location x stretch test x type -> the pattern, and the words of "why".
#include "advice/symptom_pattern.h"
#include "support/test_support.h"

using namespace stridewell::core;

namespace {

Symptom entry(QDate date, BodyLocation where, std::optional<StretchTest> stretch, int pain = 3,
              Side side = Side::Left, std::optional<SymptomType> type = SymptomType::Ache)
{
    Symptom s;
    s.date = date;
    s.location = where;
    s.stretch = stretch;
    s.pain = pain;
    s.side = side;
    s.type = type;
    return s;
}

const QDate kAsOf(2024, 6, 30);

} // namespace

TEST(SymptomPattern, EachEntryPointsAtItsPattern)
{
    using L = BodyLocation;
    using T = StretchTest;
    struct Row
    {
        L where;
        std::optional<T> stretch;
        Pattern expected;
    };
    const Row rows[] = {
        {L::CalfMedialLower, std::nullopt, Pattern::Soleus},
        {L::CalfMedialLower, T::Bent, Pattern::Soleus},
        // The stretch test decides at every calf site (domain.md section 6).
        {L::CalfMedialLower, T::Straight, Pattern::Gastrocnemius},
        {L::CalfMedialLower, T::Both, Pattern::Soleus},
        {L::CalfLateralUpper, T::Neither, Pattern::Soleus},
        {L::CalfLateralUpper, T::Straight, Pattern::Gastrocnemius},
        {L::CalfLateralUpper, T::Bent, Pattern::Soleus},
        {L::CalfBelly, T::Straight, Pattern::Gastrocnemius},
        {L::CalfBelly, std::nullopt, Pattern::Gastrocnemius},
        {L::CalfBelly, T::Both, Pattern::Gastrocnemius},
        {L::CalfBelly, T::Bent, Pattern::Soleus},
        {L::Achilles, T::Bent, Pattern::Achilles},
        {L::Achilles, T::Straight, Pattern::Achilles},
        {L::ShinMedial, std::nullopt, Pattern::Shin},
        {L::ShinMedial, T::Bent, Pattern::Shin},
        {L::Other, T::Bent, Pattern::Soleus},
        {L::Other, T::Straight, Pattern::Gastrocnemius},
        {L::Other, T::Neither, Pattern::None},
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(toId(r.where).toStdString() + " / " +
                     (r.stretch ? toId(*r.stretch).toStdString() : "no stretch test"));
        EXPECT_EQ(patternOf(entry(kAsOf, r.where, r.stretch)), r.expected);
        // A cramp is a cramp wherever it is; no pain and no cramp points nowhere.
        EXPECT_EQ(patternOf(entry(kAsOf, r.where, r.stretch, 0, Side::Left, SymptomType::Cramp)),
                  Pattern::Cramp);
        EXPECT_EQ(patternOf(entry(kAsOf, r.where, r.stretch, 0)), Pattern::None);
    }
}

TEST(SymptomPattern, SaysWhyWithCountsSideAndStretch)
{
    const QList<Symptom> log = {
        entry(QDate(2024, 6, 24), BodyLocation::CalfMedialLower, StretchTest::Bent, 4),
        entry(QDate(2024, 6, 26), BodyLocation::CalfMedialLower, StretchTest::Bent, 3),
        entry(QDate(2024, 6, 26), BodyLocation::CalfMedialLower, std::nullopt, 2),
        entry(QDate(2024, 6, 29), BodyLocation::CalfMedialLower, StretchTest::Bent, 2),
        entry(QDate(2024, 6, 28), BodyLocation::CalfBelly, StretchTest::Straight, 5),
    };
    const PatternFinding f = recognisePattern(log, kAsOf, 7);
    EXPECT_EQ(f.pattern, Pattern::Soleus);
    EXPECT_EQ(f.days, 3) << "two entries on one day count once";
    EXPECT_EQ(f.entries.size(), 4);
    EXPECT_EQ(f.latest()->date, QDate(2024, 6, 29));
    EXPECT_EQ(f.reason, QStringLiteral("inner-calf pain (left) on 3 of the last 7 days, most "
                                       "recently 2/10 on 2024-06-29, worse on the bent-knee "
                                       "stretch"));
}

TEST(SymptomPattern, MostDaysWinThenTheMostRecent)
{
    const QList<Symptom> log = {
        entry(QDate(2024, 6, 20), BodyLocation::Achilles, std::nullopt, 3, Side::Right),
        entry(QDate(2024, 6, 21), BodyLocation::Achilles, std::nullopt, 3, Side::Right),
        entry(QDate(2024, 6, 27), BodyLocation::CalfBelly, StretchTest::Straight, 2, Side::Both),
        entry(QDate(2024, 6, 28), BodyLocation::CalfBelly, StretchTest::Straight, 1, Side::Both),
        // Outside the 28-day window: does not count.
        entry(QDate(2024, 6, 2), BodyLocation::Achilles, std::nullopt, 6, Side::Right),
    };
    const PatternFinding f = recognisePattern(log, kAsOf);
    EXPECT_EQ(f.pattern, Pattern::Gastrocnemius) << "2 days each; the calf belly is more recent";
    EXPECT_TRUE(f.reason.startsWith(QStringLiteral("calf-belly pain (both legs) on 2 of the last "
                                                   "28 days")))
        << f.reason.toStdString();
    EXPECT_TRUE(f.reason.endsWith(QStringLiteral("worse on the straight-knee stretch")));

    const PatternFinding earlier = recognisePattern(log, QDate(2024, 6, 25));
    EXPECT_EQ(earlier.pattern, Pattern::Achilles) << "entries after as-of do not count";
    EXPECT_EQ(earlier.days, 3);
    EXPECT_EQ(earlier.sides, QList<Side>{Side::Right});
}

TEST(SymptomPattern, CrampsAndNothing)
{
    Symptom cramp = entry(QDate(2024, 6, 23), BodyLocation::CalfBelly, StretchTest::Straight, 2,
                          Side::Right, SymptomType::Cramp);
    const PatternFinding f = recognisePattern({cramp}, kAsOf);
    EXPECT_EQ(f.pattern, Pattern::Cramp);
    EXPECT_TRUE(f.reason.startsWith(QStringLiteral("calf cramps (right) on 1 of the last 28")));

    const PatternFinding none =
        recognisePattern({entry(QDate(2024, 6, 23), BodyLocation::Achilles, {}, 0)}, kAsOf);
    EXPECT_EQ(none.pattern, Pattern::None);
    EXPECT_TRUE(none.reason.isEmpty());
    EXPECT_EQ(none.latest(), nullptr);
    EXPECT_EQ(toId(Pattern::Gastrocnemius), QStringLiteral("gastrocnemius"));
    EXPECT_EQ(patternFromId(QStringLiteral("shin")), Pattern::Shin);
    EXPECT_EQ(allPatternIds().size(), 6);
}
