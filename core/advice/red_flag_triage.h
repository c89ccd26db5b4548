#pragma once

#include "model/symptom.h"

#include <QList>
#include <QString>

namespace stridewell::core {

// How urgent a set of red-flag signs is (domain.md section 4), least urgent first, so that
// the highest that applies is the largest value.
enum class Urgency {
    None,
    BookAssessment,       // symptoms not easing (symptom_persistent)
    SeeClinician,         // marked bruising
    SeeClinicianPromptly, // possible tear or rupture; nerve or blood-supply signs
    SeeDoctorToday,       // swelling, warmth or pain at rest without a clear injury
    Emergency,            // possible clot in the lungs: call emergency services
};

// What the signs may point at; decides what else the plan holds back (no strength work with
// a possible clot, first-days care only after a possible tear).
enum class Concern { None, NotEasing, Bleeding, NerveOrCirculation, TearOrRupture, Clot };

struct Triage
{
    Urgency urgency = Urgency::None;
    Concern concern = Concern::None;
    QString headline;                 // one line, plain words, says what to do
    QString advice;                   // why, and what to do now
    QList<RedFlagSign> decidingSigns; // the ticked signs that set the urgency
};

// The highest urgency the ticked signs call for; Urgency::None when none is ticked.
Triage triage(const QList<RedFlagSign>& signs);
// For an episode of pain that is not easing after 10 days (the symptom_persistent flag).
Triage notEasingTriage();

QString toId(Urgency urgency);
QString toId(Concern concern);
// The sign as a runner would tick it ("The calf is visibly swollen").
QString describe(RedFlagSign sign);

} // namespace stridewell::core
