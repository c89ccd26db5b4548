// The rules on form, kit and the body: cadence_low, shoe_mileage, red_flag,
// symptom_persistent, calf_asymmetry.
#include "analysis/flag_rules.h"
#include "analysis/flag_text.h"
#include "analysis/threshold.h"

#include <algorithm>

namespace stridewell::core::rules {

namespace {

Flag event(QDate date, FlagKind kind, Severity severity, std::optional<double> value,
           std::optional<double> threshold)
{
    Flag f;
    f.date = date;
    f.kind = kind;
    f.severity = severity;
    f.value = value;
    f.threshold = threshold;
    f.reference = flag_text::reference(kind);
    return f;
}

// The median of sorted values.
double median(const std::vector<double>& sorted)
{
    const std::size_t mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
}

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

std::vector<Flag> cadenceLow(const QList<Run>& runsByStart, const AnalysisSettings& settings)
{
    struct Step
    {
        QDate day;
        double spm;
    };
    std::vector<Step> steps;
    for (const Run& run : runsByStart)
        if (run.avgCadenceSpm)
            steps.push_back({run.localDate(), *run.avgCadenceSpm});
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step& a, const Step& b) { return a.day < b.day; });

    std::vector<Flag> flags;
    std::vector<double> window;     // the cadences of days windowStart..day, kept sorted
    std::optional<double> previous; // undefined before the first evaluated day
    std::size_t from = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        window.insert(std::upper_bound(window.begin(), window.end(), steps[i].spm), steps[i].spm);
        const QDate day = steps[i].day;
        if (i + 1 < steps.size() && steps[i + 1].day == day)
            continue; // evaluate each day once, with all of its runs
        const QDate windowStart = day.addDays(-(settings.cadenceWindowDays - 1));
        for (; steps[from].day < windowStart; ++from)
            window.erase(std::lower_bound(window.begin(), window.end(), steps[from].spm));
        std::optional<double> current;
        if (int(window.size()) >= settings.cadenceMinRuns)
            current = median(window);
        if (current && below(*current, settings.cadenceLowSpm) &&
            (!previous || !below(*previous, settings.cadenceLowSpm))) {
            Flag f =
                event(day, FlagKind::CadenceLow, Severity::Info, *current, settings.cadenceLowSpm);
            f.message =
                flag_text::cadenceLow(*current, settings.cadenceLowSpm, settings.cadenceWindowDays);
            f.periodStart = windowStart;
            flags.push_back(f);
        }
        previous = current;
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
        if (s.redFlags.isEmpty())
            continue;
        Flag f = event(s.date, FlagKind::RedFlag, Severity::High, std::nullopt, std::nullopt);
        f.message = flag_text::redFlag(s.redFlags);
        f.symptomId = s.id;
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
