#include "advice/plan_builder.h"

#include "advice/health_notices.h"
#include "advice/plan_facts.h"
#include "advice/weekly_schedule.h"

#include <algorithm>

namespace stridewell::core {

namespace {

QString because(const QString& why)
{
    return QStringLiteral("because: ") + why;
}

// The circuits a pattern calls for: the main strength circuit, a second one, and the daily one.
struct CircuitChoice
{
    QString primary;
    QString primaryWhy;
    QString secondary;
    QString secondaryWhy;
    QString daily; // empty when none
    QString dailyWhy;
};

CircuitChoice choose(const PatternFinding& f)
{
    const QString evidence = f.summary;
    switch (f.pattern) {
    case Pattern::Soleus:
        return {QStringLiteral("soleus"),
                f.reason,
                QStringLiteral("heel_drops"),
                QStringLiteral("slow bent-knee lowering loads the soleus too (%1)").arg(evidence),
                QStringLiteral("stretching"),
                QStringLiteral("gentle holds keep the calf moving, as a supplement: repeated "
                               "stretching often does not settle a tight soleus, the strength "
                               "work does (%1)")
                    .arg(evidence)};
    case Pattern::Gastrocnemius:
        return {QStringLiteral("calf_strength"),
                f.reason,
                QStringLiteral("heel_drops"),
                QStringLiteral("straight-knee lowering loads the gastrocnemius (%1)").arg(evidence),
                QStringLiteral("stretching"),
                QStringLiteral("straight-knee holds for a tight upper calf, alongside the "
                               "strength work (%1)")
                    .arg(evidence)};
    case Pattern::Achilles:
        return {QStringLiteral("heel_drops"),
                f.reason,
                QStringLiteral("calf_strength"),
                QStringLiteral("strong calves take load off the tendon (%1)").arg(evidence),
                QString(),
                QString()};
    case Pattern::Shin:
        return {QStringLiteral("hips_feet"),
                QStringLiteral("%1; short-foot and hip work help the inner shin").arg(f.reason),
                QStringLiteral("calf_strength"),
                QStringLiteral("the calf shares the load with the shin (%1)").arg(evidence),
                QString(),
                QString()};
    case Pattern::Cramp:
        return {QStringLiteral("calf_strength"),
                QStringLiteral("%1; calves that tire less cramp less").arg(f.reason),
                QStringLiteral("hips_feet"),
                QStringLiteral("hips and feet that share the work leave the calf fresher (%1)")
                    .arg(evidence),
                QStringLiteral("stretching"),
                QStringLiteral("a stretch eases a cramping calf (%1)").arg(evidence)};
    case Pattern::None:
        break;
    }
    const QString quiet =
        QStringLiteral("no calf symptoms in the last %1 days; two sessions a week keep calves "
                       "and hips strong")
            .arg(f.windowDays);
    return {QStringLiteral("calf_strength"),
            quiet,
            QStringLiteral("hips_feet"),
            quiet,
            QString(),
            QString()};
}

QString progressionWords(const Progression& p)
{
    switch (p.lastStep) {
    case ProgressionStep::StepUp:
        return QStringLiteral("stepped up after %1").arg(p.reason);
    case ProgressionStep::StepDown:
        return QStringLiteral("stepped down after %1").arg(p.reason);
    case ProgressionStep::Hold:
        break;
    }
    if (p.level != 0)
        return QStringLiteral("at level %1%2 after %3 sessions")
            .arg(p.level > 0 ? QStringLiteral("+") : QString())
            .arg(p.level)
            .arg(p.sessions);
    return {};
}

PlannedCircuit circuitFor(const Circuit& c, const QString& why, int level,
                          const ExerciseLibrary& library, const PlanFacts& facts)
{
    PlannedCircuit planned;
    planned.id = c.id;
    planned.name = c.name;
    planned.reason = because(why);
    planned.daily = c.daily;
    planned.sessionsPerWeek = c.daily ? 7 : 0;
    planned.level = level;
    planned.exercises = exercisesAtLevel(c, level, library);
    if (facts.weakerSide && !c.daily) {
        const CalfTest& t = *facts.weakerSide;
        const QString side =
            t.leftReps < t.rightReps ? QStringLiteral("left") : QStringLiteral("right");
        // Within the articles' 2-3 sets: past three, the weaker side sets the count instead.
        for (PlanExercise& e : planned.exercises)
            if (e.perSide)
                e.notes += e.sets < kMaxSets
                               ? QStringLiteral("; one extra set on the %1 leg").arg(side)
                               : QStringLiteral("; start with the %1 leg and let it set the "
                                                "count for both")
                                     .arg(side);
    }
    return planned;
}

// Stretching waits until the pain has eased for a few days (domain.md section 6): no entry
// above the eased pain, or sharp, in the last easedDays days. Cramps do not count: a stretch is
// what eases a cramp.
bool painEased(const QList<Symptom>& symptoms, QDate asOf, const AdviceSettings& s)
{
    return std::none_of(symptoms.begin(), symptoms.end(), [&](const Symptom& e) {
        return e.date <= asOf && e.date.daysTo(asOf) < s.easedDays &&
               e.type != SymptomType::Cramp &&
               (e.pain > s.easedPain || (e.type == SymptomType::Sharp && e.pain >= 1));
    });
}

std::optional<Symptom> acuteEntry(const QList<Symptom>& symptoms, QDate asOf,
                                  const AdviceSettings& s)
{
    std::optional<Symptom> latest;
    for (const Symptom& e : symptoms)
        if (e.date <= asOf && e.date.daysTo(asOf) < s.acuteDays && e.pain >= s.acutePain &&
            e.type != SymptomType::Cramp && (!latest || e.date >= latest->date))
            latest = e;
    return latest;
}

std::optional<CalfTest> unevenLatestTest(const PlanInput& in)
{
    std::optional<CalfTest> latest;
    for (const CalfTest& t : in.analysis.calfTests)
        if (t.date <= in.asOf() && (!latest || t.date >= latest->date))
            latest = t;
    if (!latest || latest->date.daysTo(in.asOf()) >= in.advice.calfTestMaxAgeDays)
        return std::nullopt;
    for (const Flag& f : in.flags)
        if (f.kind == FlagKind::CalfAsymmetry && f.calfTestId == latest->id)
            return latest;
    return std::nullopt;
}

bool ranOn(const QList<Run>& runs, QDate day)
{
    return std::any_of(runs.begin(), runs.end(),
                       [&](const Run& r) { return r.localDate() == day; });
}

} // namespace

PlanInput PlanInput::from(AnalysisInput analysis, QList<StrengthSession> strength,
                          AdviceSettings advice)
{
    PlanInput in{std::move(analysis), std::move(strength), {}, advice};
    in.flags = computeFlags(in.analysis);
    return in;
}

QString distanceWords(Distance d, bool miles, int decimals)
{
    return miles ? QStringLiteral("%1 mi").arg(d.inMiles(), 0, 'f', decimals)
                 : QStringLiteral("%1 km").arg(d.inKm(), 0, 'f', decimals);
}

Plan buildPlan(const PlanInput& in, const ExerciseLibrary& library)
{
    const AdviceSettings& s = in.advice;
    const AnalysisInput& a = in.analysis;
    Plan plan;
    plan.asOf = in.asOf();
    plan.redFlags = redFlagNotices(a.symptoms, a.clearances, plan.asOf, s.patternWindowDays);
    plan.pattern = recognisePattern(a.symptoms, plan.asOf, s.patternWindowDays);
    plan.hold = currentHold(a.symptoms, a.clearances, plan.asOf);
    const QList<Episode> episodes = calfEpisodes(a);
    plan.episode = openEpisode(episodes);

    PlanFacts facts{in, plan.asOf, plan.pattern, {}, plan.hold, {}, {}, {}, {}, 0, 0};
    if (plan.returning())
        facts.returning = &*plan.episode;
    if (plan.hold) {
        // A hold means a hold: after a possible tear the first days' care and nothing else;
        // after clot, vascular or nerve signs nothing but the advice to be seen.
        if (plan.hold->care() == HoldCare::FirstDaysCare)
            plan.circuits << circuitFor(
                *library.circuit(QStringLiteral("first_days")),
                QStringLiteral("%1 on %2: protect the leg until it has been assessed")
                    .arg(plan.hold->deciding.triage.headline.toLower(),
                         plan.hold->deciding.start.toString(Qt::ISODate)),
                0, library, facts);
        plan.advice = planAdvice(facts, plan);
        return plan;
    }

    const bool ranToday = ranOn(a.runs, plan.asOf);
    const QDate nextRunDay = ranToday ? plan.asOf.addDays(1) : plan.asOf;
    if (!plan.returning()) {
        if (auto safe = safeNextRun(a.runs, nextRunDay, a.settings))
            plan.nextRunMax = safe->limit;
        // The first weeks after the programme: no more than a little past its longest run.
        if (auto cap = programmeCap(episodes, nextRunDay);
            cap && (!plan.nextRunMax || *cap < *plan.nextRunMax)) {
            plan.nextRunMax = *cap;
            plan.nextRunCapped = true;
        }
    }
    facts.active = activeFlags(in.flags, a.shoes, plan.asOf, s.activeFlagDays);
    facts.acute = acuteEntry(a.symptoms, plan.asOf, s);
    facts.weakerSide = unevenLatestTest(in);
    facts.runningDays = usualRunningWeekdays(a.runs, plan.asOf);
    // During the programme the runs are its sessions, every other day at most: strength work
    // takes the days between them.
    if (facts.returning && facts.returning->next) {
        facts.runningDays.clear();
        for (int d = 0; d <= 4; d += 2) {
            const int weekday = facts.returning->next->date.addDays(d).dayOfWeek();
            if (!facts.runningDays.contains(weekday))
                facts.runningDays << weekday;
        }
        std::sort(facts.runningDays.begin(), facts.runningDays.end());
    }
    facts.freeDays = 7 - int(facts.runningDays.size());

    if (facts.acute)
        plan.circuits << circuitFor(
            *library.circuit(QStringLiteral("first_days")),
            QStringLiteral("%1 pain %2/10 on %3; give it a few days before strength work")
                .arg(painWords(facts.acute->location))
                .arg(facts.acute->pain)
                .arg(facts.acute->date.toString(Qt::ISODate)),
            0, library, facts);

    {
        const CircuitChoice choice = choose(plan.pattern);
        const bool symptomatic =
            plan.pattern.pattern != Pattern::None && plan.pattern.pattern != Pattern::Cramp;
        facts.wantedSessions = symptomatic ? 3 : 2;
        const int strengthDays = std::min(facts.wantedSessions, facts.freeDays);
        const int secondarySessions = strengthDays >= 2 ? 1 : 0;
        // With no day free of running, the main circuit still stands, after an easy run.
        const QList<std::pair<QString, int>> strength = {
            {choice.primary, std::max(1, strengthDays - secondarySessions)},
            {choice.secondary, secondarySessions}};
        QList<PlannedCircuit> scheduled;
        QDate notBefore;
        if (facts.acute)
            notBefore = facts.acute->date.addDays(s.acuteDays);
        for (const auto& [id, sessions] : strength) {
            if (sessions <= 0)
                continue;
            const Progression p = progression(in.strength, id, plan.asOf, s.progression);
            facts.progressions << p;
            QString why = id == choice.primary ? choice.primaryWhy : choice.secondaryWhy;
            if (const QString step = progressionWords(p); !step.isEmpty())
                why += QStringLiteral("; ") + step;
            PlannedCircuit c = circuitFor(*library.circuit(id), why, p.level, library, facts);
            c.sessionsPerWeek = sessions;
            plan.circuits << c;
            scheduled << c;
            if (p.suggestRest)
                notBefore = std::max(notBefore, p.latest->date.addDays(2));
        }
        if (!choice.daily.isEmpty() && !facts.acute && painEased(a.symptoms, plan.asOf, s))
            plan.circuits << circuitFor(*library.circuit(choice.daily), choice.dailyWhy, 0, library,
                                        facts);

        QSet<int> blocked(facts.runningDays.begin(), facts.runningDays.end());
        if (ranToday)
            blocked.insert(plan.asOf.dayOfWeek());
        plan.schedule =
            weeklySchedule(scheduled, spreadWeekdays(blocked, strengthDays), plan.asOf, notBefore);
    }
    plan.advice = planAdvice(facts, plan);
    return plan;
}

} // namespace stridewell::core
