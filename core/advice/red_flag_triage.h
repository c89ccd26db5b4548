#pragma once

#include "model/symptom.h"

#include <QList>
#include <QString>

namespace stridewell::core {

// How urgent an entry is (domain.md section 4), least urgent first, so that the highest that
// applies is the largest value.
enum class Urgency {
    None,
    BookAssessment,       // symptoms not easing (symptom_persistent)
    SeeClinicianPromptly, // possible tear or rupture; nerve or blood-supply signs
    SeeDoctorToday,       // swelling, warmth or pain at rest without a clear injury
    Emergency,            // a possible clot in the lungs, fever with calf pain, severe pain at rest
};

// What the signs may point at; it shapes the advice's words.
enum class Concern { None, NotEasing, NerveOrCirculation, TearOrRupture, Clot, SeriousCause };

// What a hold on training still allows (domain.md section 4, "a hold means a hold").
enum class HoldCare {
    None,          // no hold: the entry does not stop training
    FirstDaysCare, // possible tear: relative rest, ice, compression, elevation; nothing else
    BeSeenOnly,    // clot, vascular or nerve signs: nothing but the advice to be seen
};

struct Triage
{
    Urgency urgency = Urgency::None;
    Concern concern = Concern::None;
    HoldCare hold = HoldCare::None;
    QString headline;                 // the urgency in words, the same on every surface
    QString advice;                   // why, and what to do now
    QList<RedFlagSign> decidingSigns; // the warning signs that set the urgency

    bool holdsTraining() const { return hold != HoldCare::None; }
};

// From this pain on, pain at rest is an emergency (severe, unrelenting pain).
inline constexpr int kSeverePainAtRest = 8;

// The entry's warning signs: the ticked ones, plus `pain_at_rest` when the runner answered the
// timing with "at rest" (the same fact, whichever field was used) and it hurt at all.
QList<RedFlagSign> warningSigns(const Symptom& entry);

// The one place an entry's urgency, headline and advice come from: the highest row of the
// table in domain.md section 4 that applies. Urgency::None when the entry has no warning sign.
Triage triage(const Symptom& entry);
// The same for an entry being typed: the ticked signs, the timing answer and the pain.
Triage triage(const QList<RedFlagSign>& ticked, std::optional<SymptomTiming> timing, int pain);
// For an episode of pain that is not easing after 10 days (the symptom_persistent flag).
Triage notEasingTriage();

// The urgency in words ("See a doctor today"): the headline every surface shows.
QString headline(Urgency urgency);
QString toId(Urgency urgency);
std::optional<Urgency> urgencyFromId(const QString& id);
QString toId(Concern concern);
// The sign as a runner would tick it ("The calf is visibly swollen").
QString describe(RedFlagSign sign);

} // namespace stridewell::core
