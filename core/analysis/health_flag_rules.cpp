// The rules on form, kit and the body: cadence_low, shoe_mileage, red_flag,
// symptom_persistent, calf_asymmetry.
#include "advice/hold.h"
#include "analysis/flag_rules.h"
#include "analysis/flag_text.h"
#include "analysis/threshold.h"

#include <algorithm>

namespace stridewell::core::rules {

namespace {

QList<Symptom> symptomsByDate(const QList<Symptom>& symptoms, QDate asOf)
{
    QList<Symptom> kept;
    for (const Symptom& s : symptoms)
        if (!asOf.isValid() || s.date <= asOf)
            kept << s;
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Symptom& a, const Symptom& b) { return a.date < b.date; });
    return kept;
}

} // namespace

std::vector<Flag> cadenceLow(const std::vector<CadenceMedian>& medians,
                             const AnalysisSettings& settings)
{
    std::vector<Flag> flags;
    std::optional<double> previous; // undefined before the first evaluated day
    for (const CadenceMedian& m : medians) {
        if (m.median && below(*m.median, settings.cadenceLowSpm) &&
            (!previous || !below(*previous, settings.cadenceLowSpm))) {
            Flag f = event(m.day, FlagKind::CadenceLow, Severity::Info, *m.median,
                           settings.cadenceLowSpm);
            f.message = flag_text::cadenceLow(*m.median, settings.cadenceLowSpm,
                                              settings.cadenceWindowDays);
            f.periodStart = m.windowStart;
            flags.push_back(f);
        }
        previous = m.median;
    }
    return flags;
}

std::vector<Flag> shoeMileage(const QList<Run>& runsByStart, const QList<Shoe>& shoes)
{
    std::vector<Flag> flags;
    for (const Shoe& shoe : shoes) {
        Distance total = shoe.startDistance;
        for (const Run& run : runsByStart) {
            if (run.shoeId != shoe.id)
                continue;
            total += run.distance;
            if (!above(total.inKm(), shoe.limit.inKm()))
                continue;
            Flag f = event(run.localDate(), FlagKind::ShoeMileage, Severity::Caution, total.inKm(),
                           shoe.limit.inKm());
            f.message = flag_text::shoeMileage(shoe.name);
            f.measured = total;
            f.baseline = shoe.limit;
            f.runId = run.id;
            f.shoeId = shoe.id;
            flags.push_back(f);
            break;
        }
    }
    std::stable_sort(flags.begin(), flags.end(), flagOrder);
    return flags;
}

std::vector<Flag> redFlag(const QList<Symptom>& symptoms, QDate asOf)
{
    std::vector<Flag> flags;
    for (const Symptom& s : symptomsByDate(symptoms, asOf)) {
        const Triage t = triage(s); // the timing "at rest" counts as a sign too
        if (t.urgency == Urgency::None)
            continue;
        Flag f = event(s.date, FlagKind::RedFlag, Severity::High, std::nullopt, std::nullopt);
        f.message = flag_text::redFlag(t);
        f.headline = t.headline;
        f.symptomId = s.id;
        flags.push_back(f);
    }
    return flags;
}

std::vector<Flag> ranDuringHold(const QList<Run>& runsByStart, const QList<Symptom>& symptoms,
                                const QList<Clearance>& clearances, QDate asOf)
{
    const QList<HoldPeriod> holds = holdPeriods(symptoms, clearances, asOf);
    std::vector<Flag> flags;
    if (holds.isEmpty())
        return flags;
    for (const Run& run : runsByStart) {
        const QDate day = run.localDate();
        // The most urgent hold the run fell in names the entry.
        const HoldPeriod* in = nullptr;
        for (const HoldPeriod& h : holds)
            if (h.covers(day) && (!in || h.triage.urgency > in->triage.urgency))
                in = &h;
        if (!in)
            continue;
        Flag f = event(day, FlagKind::RanDuringHold, Severity::High, std::nullopt, std::nullopt);
        f.message = flag_text::ranDuringHold(in->start, in->triage);
        f.headline = in->triage.headline;
        f.periodStart = in->start;
        f.runId = run.id;
        f.symptomId = in->entry.id;
        flags.push_back(f);
    }
    return flags;
}

std::vector<Flag> symptomPersistent(const QList<Symptom>& symptoms,
                                    const AnalysisSettings& settings, QDate asOf)
{
    std::vector<Flag> flags;
    QList<Symptom> painful = symptomsByDate(symptoms, asOf);
    painful.removeIf([](const Symptom& s) { return s.pain < 1; });
    qsizetype episodeStart = 0;
    bool flagged = false;
    for (qsizetype i = 0; i < painful.size(); ++i) {
        if (i > 0 && painful[i - 1].date.daysTo(painful[i].date) > settings.symptomEpisodeGapDays) {
            episodeStart = i; // a longer gap ends the episode
            flagged = false;
        }
        const Symptom& first = painful[episodeStart];
        const int days = int(first.date.daysTo(painful[i].date));
        if (flagged || days < settings.symptomPersistentDays || painful[i].pain < first.pain)
            continue;
        flagged = true; // once per episode
        Flag f = event(painful[i].date, FlagKind::SymptomPersistent, Severity::High, days,
                       settings.symptomPersistentDays);
        f.message = flag_text::symptomPersistent(days, painful[i].pain, first.pain);
        f.periodStart = first.date;
        f.symptomId = painful[i].id;
        flags.push_back(f);
    }
    return flags;
}

std::vector<Flag> calfAsymmetry(const QList<CalfTest>& tests, const AnalysisSettings& settings,
                                QDate asOf)
{
    std::vector<Flag> flags;
    for (const CalfTest& t : tests) {
        if ((asOf.isValid() && t.date > asOf) || std::max(t.leftReps, t.rightReps) <= 0)
            continue;
        const double value = t.imbalance(); // 1 - weaker/stronger
        if (!above(value, settings.calfAsymmetry))
            continue;
        Flag f = event(t.date, FlagKind::CalfAsymmetry, Severity::Caution, value,
                       settings.calfAsymmetry);
        const QString weaker =
            t.leftReps < t.rightReps ? QStringLiteral("left") : QStringLiteral("right");
        f.message = flag_text::calfAsymmetry(weaker, value, settings.calfAsymmetry);
        f.calfTestId = t.id;
        flags.push_back(f);
    }
    std::stable_sort(flags.begin(), flags.end(), flagOrder);
    return flags;
}

} // namespace stridewell::core::rules
