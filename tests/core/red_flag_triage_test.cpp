// Red flags: every combination of the ten signs gets the urgency of domain.md section 4.
#include "advice/red_flag_triage.h"
#include "support/test_support.h"

#include <functional>

using namespace stridewell::core;
using S = RedFlagSign;

namespace {

struct Case
{
    QList<RedFlagSign> signs;
    Urgency urgency;
    Concern concern;
    const char* headlineHas;
};

} // namespace

TEST(RedFlagTriage, EachRowOfTheTable)
{
    const Case cases[] = {
        {{}, Urgency::None, Concern::None, ""},
        {{S::ShortnessOfBreath}, Urgency::Emergency, Concern::Clot, "emergency services"},
        {{S::Fever, S::Swelling}, Urgency::Emergency, Concern::Clot, "emergency services"},
        {{S::Fever, S::WarmthRedness}, Urgency::Emergency, Concern::Clot, "emergency services"},
        {{S::Fever}, Urgency::None, Concern::None, ""},
        {{S::Swelling}, Urgency::SeeDoctorToday, Concern::Clot, "doctor today"},
        {{S::WarmthRedness}, Urgency::SeeDoctorToday, Concern::Clot, "doctor today"},
        {{S::PainAtRest}, Urgency::SeeDoctorToday, Concern::Clot, "doctor today"},
        // A pop is the clear injury that explains the swelling: the tear row applies.
        {{S::Swelling, S::PopOrSnap},
         Urgency::SeeClinicianPromptly,
         Concern::TearOrRupture,
         "promptly"},
        {{S::PopOrSnap}, Urgency::SeeClinicianPromptly, Concern::TearOrRupture, "promptly"},
        {{S::CannotBearWeight}, Urgency::SeeClinicianPromptly, Concern::TearOrRupture, "promptly"},
        {{S::NumbnessTingling},
         Urgency::SeeClinicianPromptly,
         Concern::NerveOrCirculation,
         "promptly"},
        {{S::ColdOrPaleFoot},
         Urgency::SeeClinicianPromptly,
         Concern::NerveOrCirculation,
         "promptly"},
        {{S::Bruising}, Urgency::SeeClinician, Concern::Bleeding, "See a clinician"},
        {{S::Bruising, S::NumbnessTingling},
         Urgency::SeeClinicianPromptly,
         Concern::NerveOrCirculation,
         "promptly"},
        {{S::ShortnessOfBreath, S::PopOrSnap, S::Bruising},
         Urgency::Emergency,
         Concern::Clot,
         "emergency services"},
        {{S::PainAtRest, S::CannotBearWeight},
         Urgency::SeeDoctorToday,
         Concern::Clot,
         "doctor today"},
    };
    for (const Case& c : cases) {
        const Triage t = triage(c.signs);
        QStringList ids;
        for (RedFlagSign s : c.signs)
            ids << toId(s);
        SCOPED_TRACE(ids.join(QLatin1Char('+')).toStdString());
        EXPECT_EQ(t.urgency, c.urgency);
        EXPECT_EQ(t.concern, c.concern);
        EXPECT_TRUE(t.headline.contains(QLatin1String(c.headlineHas), Qt::CaseInsensitive))
            << t.headline.toStdString();
        if (c.urgency != Urgency::None) {
            EXPECT_FALSE(t.advice.isEmpty());
            EXPECT_FALSE(t.decidingSigns.isEmpty());
            for (RedFlagSign s : t.decidingSigns)
                EXPECT_TRUE(c.signs.contains(s)) << "names only ticked signs";
        }
    }
}

TEST(RedFlagTriage, EveryCombinationGetsTheHighestRowThatApplies)
{
    // The table of domain.md section 4 as (condition, urgency) rows; the answer is the most
    // urgent row that applies, whatever order the code checks them in.
    using Has = std::function<bool(const QList<RedFlagSign>&)>;
    auto any = [](std::initializer_list<RedFlagSign> of) {
        const QList<RedFlagSign> wanted(of);
        return Has([wanted](const QList<RedFlagSign>& s) {
            for (RedFlagSign w : wanted)
                if (s.contains(w))
                    return true;
            return false;
        });
    };
    const std::pair<Has, Urgency> rows[] = {
        {any({S::ShortnessOfBreath}), Urgency::Emergency},
        {[&](const QList<RedFlagSign>& s) {
             return s.contains(S::Fever) && any({S::Swelling, S::WarmthRedness})(s);
         },
         Urgency::Emergency},
        {[&](const QList<RedFlagSign>& s) {
             return any({S::Swelling, S::WarmthRedness, S::PainAtRest})(s) &&
                    !s.contains(S::PopOrSnap);
         },
         Urgency::SeeDoctorToday},
        {any({S::PopOrSnap, S::CannotBearWeight}), Urgency::SeeClinicianPromptly},
        {any({S::NumbnessTingling, S::ColdOrPaleFoot}), Urgency::SeeClinicianPromptly},
        {any({S::Bruising}), Urgency::SeeClinician},
    };
    const QList<RedFlagSign> all = allRedFlagSigns();
    ASSERT_EQ(all.size(), 10);
    int emergencies = 0;
    for (int mask = 0; mask < (1 << all.size()); ++mask) {
        QList<RedFlagSign> signs;
        for (int bit = 0; bit < all.size(); ++bit)
            if (mask & (1 << bit))
                signs << all[bit];
        Urgency expected = Urgency::None;
        for (const auto& [applies, urgency] : rows)
            if (applies(signs))
                expected = std::max(expected, urgency);
        const Triage t = triage(signs);
        ASSERT_EQ(t.urgency, expected) << "signs mask " << mask;
        ASSERT_EQ(t.headline.isEmpty(), expected == Urgency::None) << "signs mask " << mask;
        if (t.urgency == Urgency::Emergency)
            ++emergencies;
    }
    // 512 sets hold shortness of breath; of the others, fever with swelling, warmth or both
    // (3 ways) and any of the 6 remaining signs (64 ways).
    EXPECT_EQ(emergencies, 512 + 3 * 64);
}

TEST(RedFlagTriage, WordingIsGuidanceAndNamesWhatToDo)
{
    EXPECT_TRUE(triage({S::ShortnessOfBreath}).advice.contains(QStringLiteral("may be")));
    EXPECT_TRUE(triage({S::Swelling}).advice.contains(QStringLiteral("rule out")));
    const Triage notEasing = notEasingTriage();
    EXPECT_EQ(notEasing.urgency, Urgency::BookAssessment);
    EXPECT_TRUE(notEasing.headline.contains(QStringLiteral("assessment")));
    EXPECT_LT(Urgency::BookAssessment, Urgency::SeeClinician) << "red flags come before it";
    EXPECT_EQ(toId(Urgency::SeeDoctorToday), QStringLiteral("see_doctor_today"));
    EXPECT_EQ(toId(Urgency::BookAssessment), QStringLiteral("book_assessment"));
    for (RedFlagSign s : allRedFlagSigns())
        EXPECT_FALSE(describe(s).isEmpty()) << toId(s).toStdString();
}
