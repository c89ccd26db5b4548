#pragma once

#include "advice/exercise_library.h"
#include "advice/plan.h"
#include "model/strength_session.h"

#include <QList>
#include <optional>

namespace stridewell::core {

// The progression rules (defaults; settings may change them).
struct ProgressionRules
{
    int easyPainMax = 2;        // a session at or below this counts towards a step up
    int easySessionsToStep = 2; // this many easy sessions in a row step up
    int hardPainMin = 5;        // a session at or above this steps down and suggests rest
    int restWithinDays = 7;     // rest is suggested while the hard session is this recent
    int maxLevel = 3;
    int minLevel = -2;
};

enum class ProgressionStep { Hold, StepUp, StepDown };

// The articles' dose ranges end at three sets (rounds); a plan never asks for more.
inline constexpr int kMaxSets = 3;

// Where one circuit stands after the sessions logged for it. Level 0 is the library's
// defaults; each step up takes the harder variant (single-leg, then added weight) or, at the
// end of that chain, a slower tempo or a little load at the same dose (never repetitions or
// sets beyond the articles' ranges); each step down the easier one.
struct Progression
{
    QString circuitId;
    int level = 0;
    ProgressionStep lastStep = ProgressionStep::Hold; // what the latest session changed
    int sessions = 0;                                 // sessions of this circuit up to the day
    bool suggestRest = false; // the latest session hurt (pain >= hardPainMin) and is recent
    std::optional<StrengthSession> latest;
    QString reason; // plain words for the latest change, empty when nothing was logged
};

Progression progression(const QList<StrengthSession>& sessions, const QString& circuitId,
                        QDate asOf, const ProgressionRules& rules = {});

// The circuit's exercises at a level (items that start at a higher level are left out).
QList<PlanExercise> exercisesAtLevel(const Circuit& circuit, int level,
                                     const ExerciseLibrary& library);

} // namespace stridewell::core
