#include "advice/red_flag_triage.h"

namespace stridewell::core {

namespace {

using S = RedFlagSign;

QList<RedFlagSign> ticked(const QList<RedFlagSign>& signs, std::initializer_list<RedFlagSign> of)
{
    QList<RedFlagSign> found;
    for (RedFlagSign s : of)
        if (signs.contains(s))
            found << s;
    return found;
}

} // namespace

// The rows of domain.md section 4, most urgent first; the first row that matches decides.
Triage triage(const QList<RedFlagSign>& signs)
{
    auto has = [&](RedFlagSign s) { return signs.contains(s); };

    const QList<RedFlagSign> hotOrSwollen = ticked(signs, {S::Swelling, S::WarmthRedness});
    if (has(S::ShortnessOfBreath) || (has(S::Fever) && !hotOrSwollen.isEmpty())) {
        QList<RedFlagSign> deciding = ticked(signs, {S::ShortnessOfBreath});
        if (has(S::Fever) && !hotOrSwollen.isEmpty())
            deciding += QList<RedFlagSign>{S::Fever} + hotOrSwollen;
        return {Urgency::Emergency, Concern::Clot,
                QStringLiteral("Emergency: call emergency services now"),
                QStringLiteral(
                    "Breathlessness or chest pain alongside a painful calf, or a fever with a "
                    "swollen or warm calf, may be a sign of a blood clot that has travelled or "
                    "could travel to the lungs. Do not wait to see whether it passes, and do not "
                    "run or exercise."),
                deciding};
    }

    // A pop or snap is the "clear injury" that explains swelling or pain at rest; without
    // one, those signs need a clot ruled out the same day.
    const QList<RedFlagSign> clotSigns =
        ticked(signs, {S::Swelling, S::WarmthRedness, S::PainAtRest});
    if (!clotSigns.isEmpty() && !has(S::PopOrSnap))
        return {Urgency::SeeDoctorToday, Concern::Clot, QStringLiteral("See a doctor today"),
                QStringLiteral(
                    "A swollen, warm or red calf, or one that hurts at rest with no injury to "
                    "explain it, needs a doctor to rule out a blood clot in the leg (deep vein "
                    "thrombosis). Please be seen today, and hold off running and strength work "
                    "until you have been."),
                clotSigns};

    const QList<RedFlagSign> tearSigns = ticked(signs, {S::PopOrSnap, S::CannotBearWeight});
    if (!tearSigns.isEmpty())
        return {Urgency::SeeClinicianPromptly, Concern::TearOrRupture,
                QStringLiteral("See a clinician promptly"),
                QStringLiteral(
                    "A pop or snap, or not being able to stand on the leg or rise onto your "
                    "toes, may mean a torn muscle or tendon. Stop running, rest and protect the "
                    "leg, and have it assessed soon. If the calf becomes hot, red or more swollen, "
                    "see a doctor the same day."),
                tearSigns};

    const QList<RedFlagSign> nerveSigns = ticked(signs, {S::NumbnessTingling, S::ColdOrPaleFoot});
    if (!nerveSigns.isEmpty())
        return {Urgency::SeeClinicianPromptly, Concern::NerveOrCirculation,
                QStringLiteral("See a clinician promptly"),
                QStringLiteral(
                    "Numbness, tingling, or a cold, pale or blue foot may come from the nerves or "
                    "the blood supply rather than the muscle. Stop running and have it assessed "
                    "soon; a foot that stays cold or blue needs help straight away."),
                nerveSigns};

    if (has(S::Bruising))
        return {Urgency::SeeClinician,
                Concern::Bleeding,
                QStringLiteral("See a clinician"),
                QStringLiteral("Marked bruising may mean bleeding within the muscle. Ease off "
                               "and book an appointment to have the calf checked."),
                {S::Bruising}};
    return {};
}

Triage notEasingTriage()
{
    return {Urgency::BookAssessment,
            Concern::NotEasing,
            QStringLiteral("Book an assessment"),
            QStringLiteral(
                "This pain has not eased after more than a week of logging it. A physiotherapist "
                "or sports doctor can find out what is behind it; consider booking an "
                "appointment, and bring your Stridewell report."),
            {}};
}

QString toId(Urgency urgency)
{
    switch (urgency) {
    case Urgency::None:
        return QStringLiteral("none");
    case Urgency::BookAssessment:
        return QStringLiteral("book_assessment");
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

QString toId(Concern concern)
{
    switch (concern) {
    case Concern::None:
        return QStringLiteral("none");
    case Concern::NotEasing:
        return QStringLiteral("not_easing");
    case Concern::Bleeding:
        return QStringLiteral("bleeding");
    case Concern::NerveOrCirculation:
        return QStringLiteral("nerve_or_circulation");
    case Concern::TearOrRupture:
        return QStringLiteral("tear_or_rupture");
    case Concern::Clot:
        return QStringLiteral("clot");
    }
    return {};
}

QString describe(RedFlagSign sign)
{
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
