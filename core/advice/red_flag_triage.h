#pragma once

#include "model/symptom.h"

#include <QList>
#include <QString>

namespace stridewell::core {

// How urgent a set of red-flag signs is (domain.md section 4), most urgent first.
enum class Urgency { None, SeeClinician, SeeClinicianPromptly, SeeDoctorToday, Emergency };

struct Triage
{
    Urgency urgency = Urgency::None;
    QString headline; // one line, plain words
    QString advice;   // what to do now
};

Triage triage(const QList<RedFlagSign>& signs);
QString toId(Urgency urgency);
// The sign as a runner would tick it ("The calf is visibly swollen").
QString describe(RedFlagSign sign);

} // namespace stridewell::core
