#include "advice/red_flag_triage.h"

#include <QCoreApplication>

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

QString text(const char* source)
{
    return QCoreApplication::translate("stridewell::core::Triage", source);
}

Triage row(Urgency urgency, Concern concern, HoldCare hold, const char* advice,
           QList<RedFlagSign> deciding)
{
    return {urgency, concern, hold, headline(urgency), text(advice), std::move(deciding)};
}

QList<RedFlagSign> withAtRest(QList<RedFlagSign> signs, std::optional<SymptomTiming> timing,
                              int pain)
{
    if (timing == SymptomTiming::AtRest && pain >= 1 && !signs.contains(S::PainAtRest))
        signs << S::PainAtRest;
    return signs;
}

} // namespace

QList<RedFlagSign> warningSigns(const Symptom& entry)
{
    return withAtRest(entry.redFlags, entry.timing, entry.pain);
}

Triage triage(const Symptom& entry)
{
    return triage(entry.redFlags, entry.timing, entry.pain);
}

// The rows of domain.md section 4, most urgent first; the first row that matches decides.
Triage triage(const QList<RedFlagSign>& tickedSigns, std::optional<SymptomTiming> timing, int pain)
{
    const QList<RedFlagSign> signs = withAtRest(tickedSigns, timing, pain);
    auto has = [&](RedFlagSign s) { return signs.contains(s); };
    const bool calfPain = pain >= 1;
    const bool severeAtRest = has(S::PainAtRest) && pain >= kSeverePainAtRest;

    if (has(S::ShortnessOfBreath) || (has(S::Fever) && calfPain) || severeAtRest) {
        QList<RedFlagSign> deciding = ticked(signs, {S::ShortnessOfBreath});
        if (has(S::Fever) && calfPain)
            deciding << S::Fever;
        if (severeAtRest)
            deciding << S::PainAtRest;
        if (has(S::ShortnessOfBreath))
            return row(Urgency::Emergency, Concern::Clot, HoldCare::BeSeenOnly,
                       QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                         "Breathlessness or chest pain alongside a painful calf "
                                         "may be a sign of a blood clot that has travelled to "
                                         "the lungs. Do not wait to see whether it passes, and "
                                         "do not run or exercise."),
                       deciding);
        if (has(S::Fever) && calfPain)
            return row(Urgency::Emergency, Concern::SeriousCause, HoldCare::BeSeenOnly,
                       QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                         "A fever or feeling unwell together with a painful calf "
                                         "may come from a blood clot, a spreading infection or "
                                         "another serious cause that has to be ruled out "
                                         "straight away. Do not run or exercise."),
                       deciding);
        return row(Urgency::Emergency, Concern::SeriousCause, HoldCare::BeSeenOnly,
                   QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                     "Severe pain that does not let up even at rest may come "
                                     "from a blood clot, pressure building up inside the calf "
                                     "or another serious cause that has to be ruled out "
                                     "straight away. Do not run or exercise."),
                   deciding);
    }

    // A pop or snap is the "clear injury" that explains swelling or pain at rest; without
    // one, those signs need a clot ruled out the same day.
    const QList<RedFlagSign> clotSigns =
        ticked(signs, {S::Swelling, S::WarmthRedness, S::PainAtRest});
    if (!clotSigns.isEmpty() && !has(S::PopOrSnap))
        return row(Urgency::SeeDoctorToday, Concern::Clot, HoldCare::BeSeenOnly,
                   QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                     "A swollen, warm or red calf, or one that hurts at rest "
                                     "with no injury to explain it, needs a doctor to rule out "
                                     "a blood clot in the leg (deep vein thrombosis). Please be "
                                     "seen today, and hold off running and strength work until "
                                     "you have been."),
                   clotSigns);
    // Fever with no calf pain at all: not the emergency row, but never nothing.
    if (has(S::Fever))
        return row(Urgency::SeeDoctorToday, Concern::SeriousCause, HoldCare::BeSeenOnly,
                   QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                     "Feeling feverish or unwell with a calf complaint needs a "
                                     "doctor to rule out an infection or a clot. Please be seen "
                                     "today, and hold off running and strength work until you "
                                     "have been. If the calf starts to hurt, call emergency "
                                     "services."),
                   {S::Fever});

    const QList<RedFlagSign> nerveSigns = ticked(signs, {S::NumbnessTingling, S::ColdOrPaleFoot});
    const QList<RedFlagSign> tearSigns =
        ticked(signs, {S::PopOrSnap, S::CannotBearWeight, S::Bruising});
    if (!tearSigns.isEmpty())
        // With a nerve or blood-supply sign as well, even first days' care (compression, ice)
        // waits for a clinician.
        return row(Urgency::SeeClinicianPromptly, Concern::TearOrRupture,
                   nerveSigns.isEmpty() ? HoldCare::FirstDaysCare : HoldCare::BeSeenOnly,
                   QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                     "A pop or snap, marked bruising, or not being able to stand "
                                     "on the leg or rise onto your toes may mean a torn muscle "
                                     "or tendon. Stop running, rest and protect the leg, and "
                                     "have it assessed soon; no stretching, calf raises or "
                                     "massage until then. If the calf becomes hot, red or more "
                                     "swollen, see a doctor the same day."),
                   tearSigns + nerveSigns);

    if (!nerveSigns.isEmpty())
        return row(Urgency::SeeClinicianPromptly, Concern::NerveOrCirculation, HoldCare::BeSeenOnly,
                   QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                     "Numbness, tingling, or a cold, pale or blue foot may come "
                                     "from the nerves or the blood supply rather than the "
                                     "muscle. Stop running and have it assessed soon; a foot "
                                     "that stays cold or blue needs help straight away."),
                   nerveSigns);
    return {};
}

Triage notEasingTriage()
{
    return row(Urgency::BookAssessment, Concern::NotEasing, HoldCare::None,
               QT_TRANSLATE_NOOP("stridewell::core::Triage",
                                 "This pain has not eased after more than a week of logging it. "
                                 "A physiotherapist or sports doctor can find out what is behind "
                                 "it; consider booking an appointment, and bring your Stridewell "
                                 "report."),
               {});
}

QString headline(Urgency urgency)
{
    switch (urgency) {
    case Urgency::None:
        return {};
    case Urgency::BookAssessment:
        return text(QT_TRANSLATE_NOOP("stridewell::core::Triage", "Book an assessment"));
    case Urgency::SeeClinicianPromptly:
        return text(QT_TRANSLATE_NOOP("stridewell::core::Triage", "See a clinician promptly"));
    case Urgency::SeeDoctorToday:
        return text(QT_TRANSLATE_NOOP("stridewell::core::Triage", "See a doctor today"));
    case Urgency::Emergency:
        return text(QT_TRANSLATE_NOOP("stridewell::core::Triage", "Call emergency services now"));
    }
    return {};
}

QString toId(Urgency urgency)
{
    switch (urgency) {
    case Urgency::None:
        return QStringLiteral("none");
    case Urgency::BookAssessment:
        return QStringLiteral("book_assessment");
    case Urgency::SeeClinicianPromptly:
        return QStringLiteral("see_clinician_promptly");
    case Urgency::SeeDoctorToday:
        return QStringLiteral("see_doctor_today");
    case Urgency::Emergency:
        return QStringLiteral("emergency");
    }
    return {};
}

std::optional<Urgency> urgencyFromId(const QString& id)
{
    for (Urgency u : {Urgency::None, Urgency::BookAssessment, Urgency::SeeClinicianPromptly,
                      Urgency::SeeDoctorToday, Urgency::Emergency})
        if (toId(u) == id)
            return u;
    return std::nullopt;
}

QString toId(Concern concern)
{
    switch (concern) {
    case Concern::None:
        return QStringLiteral("none");
    case Concern::NotEasing:
        return QStringLiteral("not_easing");
    case Concern::NerveOrCirculation:
        return QStringLiteral("nerve_or_circulation");
    case Concern::TearOrRupture:
        return QStringLiteral("tear_or_rupture");
    case Concern::Clot:
        return QStringLiteral("clot");
    case Concern::SeriousCause:
        return QStringLiteral("serious_cause");
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
