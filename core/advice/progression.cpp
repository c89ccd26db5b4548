#include "advice/progression.h"

#include <algorithm>

namespace stridewell::core {

namespace {

// The dose in words: "8-12 each side", "hold 30 s each side", "to fatigue".
QString doseWords(const PlanExercise& e, std::optional<int> repsMax, bool toFatigue)
{
    QString dose;
    if (toFatigue)
        dose = QStringLiteral("to fatigue");
    else if (e.reps && repsMax && *repsMax > *e.reps)
        dose = QStringLiteral("%1-%2 reps").arg(*e.reps).arg(*repsMax);
    else if (e.reps)
        dose = QStringLiteral("%1 reps").arg(*e.reps);
    else if (e.holdS)
        dose = e.holdS >= 120 ? QStringLiteral("%1 min").arg(*e.holdS / 60)
                              : QStringLiteral("hold %1 s").arg(*e.holdS);
    if (e.perSide)
        dose += dose.isEmpty() ? QStringLiteral("each side") : QStringLiteral(" each side");
    return dose;
}

} // namespace

Progression progression(const QList<StrengthSession>& sessions, const QString& circuitId,
                        QDate asOf, const ProgressionRules& rules)
{
    QList<StrengthSession> mine;
    for (const StrengthSession& s : sessions)
        if (s.circuitId == circuitId && s.date <= asOf)
            mine << s;
    std::stable_sort(
        mine.begin(), mine.end(),
        [](const StrengthSession& a, const StrengthSession& b) { return a.date < b.date; });

    Progression p;
    p.circuitId = circuitId;
    p.sessions = int(mine.size());
    int easyStreak = 0;
    std::optional<int> previousEasyPain;
    for (const StrengthSession& s : mine) {
        p.lastStep = ProgressionStep::Hold;
        if (!s.pain) {
            // "In a row logged with pain <= 2": a session without a pain score breaks the run.
            easyStreak = 0;
            p.reason = QStringLiteral("no pain score logged for the session on %1")
                           .arg(s.date.toString(Qt::ISODate));
        } else if (*s.pain >= rules.hardPainMin) {
            easyStreak = 0;
            p.level = std::max(rules.minLevel, p.level - 1);
            p.lastStep = ProgressionStep::StepDown;
            p.reason = QStringLiteral("pain %1/10 in the session on %2")
                           .arg(*s.pain)
                           .arg(s.date.toString(Qt::ISODate));
        } else if (*s.pain <= rules.easyPainMax) {
            ++easyStreak;
            if (easyStreak >= rules.easySessionsToStep) {
                easyStreak = 0;
                const int before = p.level;
                p.level = std::min(rules.maxLevel, p.level + 1);
                p.lastStep = p.level > before ? ProgressionStep::StepUp : ProgressionStep::Hold;
                p.reason = QStringLiteral("pain %1/10 and %2/10 in the two sessions up to %3")
                               .arg(previousEasyPain.value_or(*s.pain))
                               .arg(*s.pain)
                               .arg(s.date.toString(Qt::ISODate));
            } else {
                p.reason = QStringLiteral("pain %1/10 in the session on %2; one more session at "
                                          "%3/10 or less steps up")
                               .arg(*s.pain)
                               .arg(s.date.toString(Qt::ISODate))
                               .arg(rules.easyPainMax);
            }
            previousEasyPain = *s.pain;
        } else {
            easyStreak = 0;
            p.reason = QStringLiteral("pain %1/10 in the session on %2: staying at this level")
                           .arg(*s.pain)
                           .arg(s.date.toString(Qt::ISODate));
        }
        if (!s.pain || *s.pain > rules.easyPainMax)
            previousEasyPain.reset();
    }
    if (!mine.isEmpty()) {
        p.latest = mine.last();
        p.suggestRest = p.lastStep == ProgressionStep::StepDown &&
                        p.latest->date.daysTo(asOf) < rules.restWithinDays;
    }
    return p;
}

QList<PlanExercise> exercisesAtLevel(const Circuit& circuit, int level,
                                     const ExerciseLibrary& library)
{
    QList<PlanExercise> list;
    for (const CircuitItem& item : circuit.items) {
        if (item.fromLevel > std::max(level, 0))
            continue;
        const Exercise* base = library.exercise(item.exerciseId);
        if (!base)
            continue;
        int taken = 0;
        const Exercise* done = library.variant(base->id, level, &taken);
        PlanExercise e;
        e.id = done->id;
        e.name = done->name;
        e.baseId = base->id;
        e.perSide = done->perSide;
        // The circuit's own dose applies to its own exercise; a variant brings its defaults.
        e.sets = taken == 0 ? item.sets.value_or(done->sets) : done->sets;
        e.reps = taken == 0 && item.reps ? item.reps : done->reps;
        e.holdS = taken == 0 && item.holdS ? item.holdS : done->holdS;
        std::optional<int> repsMax = done->repsMax;

        // Past the end of the variant chain, a level is the same dose made harder by tempo or
        // load: the articles' ranges (e.g. single-leg raises 25-30, 2-3 sets) are not exceeded.
        const int beyond = level - taken;
        QStringList notes;
        e.sets = std::min(e.sets, kMaxSets);
        if (beyond < 0) {
            e.sets = std::max(1, e.sets + beyond);
            if (e.holdS && *e.holdS < 120)
                e.holdS = std::max(15, *e.holdS + 10 * beyond);
        }
        if (const QString dose = doseWords(e, repsMax, done->toFatigue); !dose.isEmpty())
            notes << dose;
        if (!item.notes.isEmpty())
            notes << item.notes;
        if (taken > 0)
            notes << QStringLiteral("a step up from: %1").arg(base->name);
        else if (taken < 0)
            notes << QStringLiteral("a step down from: %1").arg(base->name);
        if (beyond > 0)
            notes << (e.reps ? QStringLiteral("stepped up: lower more slowly (about 4 s down) or "
                                              "add a little weight, not more repetitions")
                             : QStringLiteral("stepped up: hold a light weight rather than "
                                              "going longer"));
        else if (beyond < 0)
            notes << QStringLiteral("stepped down from the usual dose");
        e.notes = notes.join(QStringLiteral("; "));
        list << e;
    }
    return list;
}

} // namespace stridewell::core
