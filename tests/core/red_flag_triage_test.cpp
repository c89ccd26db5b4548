// Red flags: every combination of the ten signs, with and without the timing "at rest", at every
// pain level, gets the urgency of domain.md section 4 (revised).
#include "advice/red_flag_triage.h"
#include "support/test_support.h"

#include <functional>

using namespace stridewell::core;
using S = RedFlagSign;

namespace {

struct Case
{
    QList<RedFlagSign> signs;
    std::optional<SymptomTiming> timing;
    int pain;
    Urgency urgency;
    HoldCare hold;
    const char* headline;
};

} // namespace

TEST(RedFlagTriage, EachRowOfTheTable)
{
    const char* emergency = "Call emergency services now";
    const char* today = "See a doctor today";
    const char* promptly = "See a clinician promptly";
    const Case cases[] = {
        {{}, {}, 3, Urgency::None, HoldCare::None, ""},
        {{S::ShortnessOfBreath}, {}, 2, Urgency::Emergency, HoldCare::BeSeenOnly, emergency},
        // Fever with any calf pain goes to emergency care (the third article); the old table
        // gave it no urgency at all.
        {{S::Fever}, {}, 1, Urgency::Emergency, HoldCare::BeSeenOnly, emergency},
        {{S::Fever, S::Swelling}, {}, 4, Urgency::Emergency, HoldCare::BeSeenOnly, emergency},
        // A fever ticked on an entry without pain is still never nothing.
        {{S::Fever}, {}, 0, Urgency::SeeDoctorToday, HoldCare::BeSeenOnly, today},
        {{S::Swelling}, {}, 3, Urgency::SeeDoctorToday, HoldCare::BeSeenOnly, today},
        {{S::WarmthRedness}, {}, 3, Urgency::SeeDoctorToday, HoldCare::BeSeenOnly, today},
        {{S::PainAtRest}, {}, 7, Urgency::SeeDoctorToday, HoldCare::BeSeenOnly, today},
        // Severe, unrelenting pain at rest: an emergency, by the sign or by the timing.
        {{S::PainAtRest}, {}, 8, Urgency::Emergency, HoldCare::BeSeenOnly, emergency},
        {{}, SymptomTiming::AtRest, 8, Urgency::Emergency, HoldCare::BeSeenOnly, emergency},
        {{}, SymptomTiming::AtRest, 10, Urgency::Emergency, HoldCare::BeSeenOnly, emergency},
        // The timing "at rest" is the sign "hurts at rest", whichever field was used.
        {{}, SymptomTiming::AtRest, 4, Urgency::SeeDoctorToday, HoldCare::BeSeenOnly, today},
        {{}, SymptomTiming::AtRest, 0, Urgency::None, HoldCare::None, ""},
        {{}, SymptomTiming::During, 9, Urgency::None, HoldCare::None, ""},
        {{S::Swelling, S::PopOrSnap},
         {},
         6,
         Urgency::SeeClinicianPromptly,
         HoldCare::FirstDaysCare,
         promptly},
        {{S::PopOrSnap}, {}, 7, Urgency::SeeClinicianPromptly, HoldCare::FirstDaysCare, promptly},
        {{S::CannotBearWeight},
         {},
         6,
         Urgency::SeeClinicianPromptly,
         HoldCare::FirstDaysCare,
         promptly},
        // Bruising joined the possible-tear row.
        {{S::Bruising}, {}, 2, Urgency::SeeClinicianPromptly, HoldCare::FirstDaysCare, promptly},
        {{S::NumbnessTingling},
         {},
         2,
         Urgency::SeeClinicianPromptly,
         HoldCare::BeSeenOnly,
         promptly},
        {{S::ColdOrPaleFoot}, {}, 2, Urgency::SeeClinicianPromptly, HoldCare::BeSeenOnly, promptly},
        // A tear with a nerve or blood-supply sign: not even compression until someone has looked.
        {{S::PopOrSnap, S::ColdOrPaleFoot},
         {},
         6,
         Urgency::SeeClinicianPromptly,
         HoldCare::BeSeenOnly,
         promptly},
        {{S::PopOrSnap},
         SymptomTiming::AtRest,
         9,
         Urgency::Emergency,
         HoldCare::BeSeenOnly,
         emergency},
    };
    for (const Case& c : cases) {
        const Triage t = triage(c.signs, c.timing, c.pain);
        SCOPED_TRACE(testing::Message() << "pain " << c.pain << ", " << c.signs.size() << " signs");
        EXPECT_EQ(t.urgency, c.urgency);
        EXPECT_EQ(t.hold, c.hold);
        EXPECT_EQ(t.headline, QString::fromUtf8(c.headline));
        EXPECT_EQ(t.advice.isEmpty(), c.urgency == Urgency::None);
        EXPECT_EQ(t.decidingSigns.isEmpty(), c.urgency == Urgency::None);
    }
}

TEST(RedFlagTriage, EveryCombinationTimingAndPainGetsTheHighestRowThatApplies)
{
    // The table of domain.md section 4 as (condition, urgency) rows over the warning signs (the
    // ticked ones plus "at rest" from the timing) and the pain; the answer is the most urgent row
    // that applies, whatever order the code checks them in.
    using Has = std::function<bool(const QList<RedFlagSign>&, int)>;
    auto any = [](std::initializer_list<RedFlagSign> of) {
        const QList<RedFlagSign> wanted(of);
        return Has([wanted](const QList<RedFlagSign>& s, int) {
            for (RedFlagSign w : wanted)
                if (s.contains(w))
                    return true;
            return false;
        });
    };
    const std::pair<Has, Urgency> rows[] = {
        {any({S::ShortnessOfBreath}), Urgency::Emergency},
        {[](const QList<RedFlagSign>& s, int pain) { return s.contains(S::Fever) && pain >= 1; },
         Urgency::Emergency},
        {[](const QList<RedFlagSign>& s, int pain) {
             return s.contains(S::PainAtRest) && pain >= 8;
         },
         Urgency::Emergency},
        {[&](const QList<RedFlagSign>& s, int pain) {
             return any({S::Swelling, S::WarmthRedness, S::PainAtRest})(s, pain) &&
                    !s.contains(S::PopOrSnap);
         },
         Urgency::SeeDoctorToday},
        {any({S::Fever}), Urgency::SeeDoctorToday},
        {any({S::PopOrSnap, S::CannotBearWeight, S::Bruising}), Urgency::SeeClinicianPromptly},
        {any({S::NumbnessTingling, S::ColdOrPaleFoot}), Urgency::SeeClinicianPromptly},
    };
    const QList<RedFlagSign> all = allRedFlagSigns();
    ASSERT_EQ(all.size(), 10);
    const std::optional<SymptomTiming> timings[] = {
        std::nullopt, SymptomTiming::During, SymptomTiming::After, SymptomTiming::NextMorning,
        SymptomTiming::AtRest};
    int checked = 0, emergencies = 0;
    for (int mask = 0; mask < (1 << all.size()); ++mask) {
        QList<RedFlagSign> ticked;
        for (int bit = 0; bit < all.size(); ++bit)
            if (mask & (1 << bit))
                ticked << all[bit];
        for (const auto& timing : timings)
            for (int pain = 0; pain <= 10; ++pain) {
                QList<RedFlagSign> signs = ticked;
                if (timing == SymptomTiming::AtRest && pain >= 1 && !signs.contains(S::PainAtRest))
                    signs << S::PainAtRest;
                Urgency expected = Urgency::None;
                for (const auto& [applies, urgency] : rows)
                    if (applies(signs, pain))
                        expected = std::max(expected, urgency);
                const Triage t = triage(ticked, timing, pain);
                ASSERT_EQ(t.urgency, expected) << "signs mask " << mask << ", pain " << pain;
                ASSERT_EQ(t.headline, headline(expected)) << "one headline per urgency";
                ASSERT_EQ(t.advice.isEmpty(), expected == Urgency::None) << "mask " << mask;
                ASSERT_EQ(t.holdsTraining(), expected >= Urgency::SeeClinicianPromptly);
                if (t.hold == HoldCare::FirstDaysCare) {
                    ASSERT_EQ(expected, Urgency::SeeClinicianPromptly) << "mask " << mask;
                }
                ++checked;
                emergencies += expected == Urgency::Emergency;
            }
    }
    EXPECT_EQ(checked, 1024 * 5 * 11);
    // Shortness of breath: 512 sets x 55; fever without it: 512 x 5 timings x 10 pains >= 1 ...
    // counted independently by the rows above, so just a sanity floor here.
    EXPECT_GT(emergencies, 512 * 55);
}

TEST(RedFlagTriage, TheEntryCountsItsTimingAsASign)
{
    Symptom s;
    s.pain = 5;
    s.timing = SymptomTiming::AtRest;
    EXPECT_EQ(warningSigns(s), QList<RedFlagSign>{S::PainAtRest});
    EXPECT_EQ(triage(s).urgency, Urgency::SeeDoctorToday);
    s.redFlags = {S::PainAtRest};
    EXPECT_EQ(warningSigns(s), QList<RedFlagSign>{S::PainAtRest}) << "counted once";
    s.timing = SymptomTiming::After;
    s.redFlags.clear();
    EXPECT_TRUE(warningSigns(s).isEmpty());
}

TEST(RedFlagTriage, WordingIsGuidanceAndNamesWhatToDo)
{
    EXPECT_TRUE(triage({S::ShortnessOfBreath}, {}, 3).advice.contains(QStringLiteral("may be")));
    EXPECT_TRUE(triage({S::Swelling}, {}, 3).advice.contains(QStringLiteral("rule out")));
    EXPECT_TRUE(triage({S::Bruising}, {}, 3).advice.contains(QStringLiteral("no stretching")));
    const Triage notEasing = notEasingTriage();
    EXPECT_EQ(notEasing.urgency, Urgency::BookAssessment);
    EXPECT_EQ(notEasing.headline, QStringLiteral("Book an assessment"));
    EXPECT_FALSE(notEasing.holdsTraining());
    EXPECT_LT(Urgency::BookAssessment, Urgency::SeeClinicianPromptly) << "red flags come first";
    EXPECT_EQ(toId(Urgency::SeeDoctorToday), QStringLiteral("see_doctor_today"));
    EXPECT_EQ(toId(Urgency::BookAssessment), QStringLiteral("book_assessment"));
    for (Urgency u : {Urgency::BookAssessment, Urgency::SeeClinicianPromptly,
                      Urgency::SeeDoctorToday, Urgency::Emergency}) {
        EXPECT_EQ(urgencyFromId(toId(u)), u);
        EXPECT_FALSE(headline(u).isEmpty());
    }
    EXPECT_FALSE(headline(Urgency::Emergency).contains(QStringLiteral("promptly")));
    for (RedFlagSign s : allRedFlagSigns())
        EXPECT_FALSE(describe(s).isEmpty()) << toId(s).toStdString();
}
