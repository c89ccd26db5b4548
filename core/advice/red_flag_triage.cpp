#include "advice/red_flag_triage.h"

namespace stridewell::core {

Triage triage(const QList<RedFlagSign>& signs)
{
    auto has = [&](RedFlagSign s) { return signs.contains(s); };
    using S = RedFlagSign;
    if (has(S::ShortnessOfBreath) || (has(S::Fever) && (has(S::Swelling) || has(S::WarmthRedness))))
        return {Urgency::Emergency, QStringLiteral("Emergency: call emergency services now"),
                QStringLiteral(
                    "Breathlessness or chest pain with a painful calf, or fever with a swollen or "
                    "warm calf, can mean a blood clot that has reached or may reach the lungs. "
                    "Do not wait and do not run.")};
    if (has(S::Swelling) || has(S::WarmthRedness) || has(S::PainAtRest))
        return {
            Urgency::SeeDoctorToday, QStringLiteral("See a doctor today"),
            QStringLiteral(
                "A swollen, warm or red calf, or one that hurts at rest without a clear injury, "
                "needs a doctor to rule out a blood clot (deep vein thrombosis). Stop running "
                "until you have been seen.")};
    if (has(S::PopOrSnap) || has(S::CannotBearWeight))
        return {Urgency::SeeClinicianPromptly, QStringLiteral("See a clinician promptly"),
                QStringLiteral(
                    "A pop or snap, or not being able to stand or rise on your toes, may mean a "
                    "tear or a rupture. Stop running, rest the leg and get it assessed soon.")};
    if (has(S::NumbnessTingling) || has(S::ColdOrPaleFoot))
        return {
            Urgency::SeeClinicianPromptly, QStringLiteral("See a clinician promptly"),
            QStringLiteral(
                "Numbness, tingling, or a cold, pale or blue foot can come from the nerves or "
                "the blood supply rather than the muscle. Stop running and get it assessed soon.")};
    if (has(S::Bruising))
        return {
            Urgency::SeeClinician, QStringLiteral("See a clinician"),
            QStringLiteral("Marked bruising can mean bleeding in the muscle. Ease off and book an "
                           "assessment.")};
    return {};
}

QString toId(Urgency urgency)
{
    switch (urgency) {
    case Urgency::None:
        return QStringLiteral("none");
    case Urgency::SeeClinician:
        return QStringLiteral("see_clinician");
    case Urgency::SeeClinicianPromptly:
        return QStringLiteral("see_clinician_promptly");
    case Urgency::SeeDoctorToday:
        return QStringLiteral("see_doctor_today");
    case Urgency::Emergency:
        return QStringLiteral("emergency");
    }
    return {};
}

QString describe(RedFlagSign sign)
{
    using S = RedFlagSign;
    switch (sign) {
    case S::Swelling:
        return QStringLiteral("The calf is visibly swollen");
    case S::WarmthRedness:
        return QStringLiteral("The calf is warm, red or discoloured");
    case S::PainAtRest:
        return QStringLiteral("It hurts at rest, without any activity");
    case S::ShortnessOfBreath:
        return QStringLiteral("Short of breath, or chest pain");
    case S::Fever:
        return QStringLiteral("Fever, or feeling generally unwell");
    case S::PopOrSnap:
        return QStringLiteral("Felt or heard a pop or snap, with sudden sharp pain");
    case S::CannotBearWeight:
        return QStringLiteral("Cannot put weight on the leg or rise onto the toes");
    case S::NumbnessTingling:
        return QStringLiteral("Numbness, tingling or pins and needles");
    case S::ColdOrPaleFoot:
        return QStringLiteral("The foot or leg is cold, pale or blue");
    case S::Bruising:
        return QStringLiteral("Marked bruising");
    }
    return {};
}

} // namespace stridewell::core
