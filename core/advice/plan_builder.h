#pragma once

#include "advice/exercise_library.h"
#include "advice/plan.h"
#include "advice/progression.h"
#include "analysis/load_analysis.h"
#include "model/strength_session.h"

#include <QList>
#include <vector>

namespace stridewell::core {

// The advice's own thresholds and windows (defaults; a plain struct like AnalysisSettings).
struct AdviceSettings
{
    int patternWindowDays = 28;  // symptoms that shape the pattern
    int activeFlagDays = 14;     // load flags still worth acting on
    int holdReminderDays = 14;   // past this, the plan asks for the clinician's clearance
    int easedDays = 3;           // stretching waits until this many days without ...
    int easedPain = 3;           // ... an entry above this pain (or sharp)
    int newRunnerDays = 84;      // a log whose first run is this recent is a new runner's
    int returningPainDays = 180; // pain that came back in separate spells this recent ...
    int returningSpells = 2;     // ... this many times suggests a gait analysis
    int acuteDays = 3;           // a painful entry this recent calls for first days' care
    int acutePain = 5;           // ... from this pain on
    int calfTestMaxAgeDays = 84; // an older calf-raise test no longer says which side is weaker
    int shoeInUseDays = 28;      // a worn pair matters while it was run in this recently
    double cadenceStep = 0.05;   // raise cadence 5% at a time
    double nextRunStep = 0.10;   // after a spike, build back from the runs before it by 10%
    bool miles = false;          // distances in the advice's words: km, or miles
    ProgressionRules progression;
};

// Everything the plan is built from: the analysis input (runs, symptoms, calf-raise tests,
// shoes, thresholds, as-of day), the strength sessions, and the flag events of design.md
// section 4 computed by core/analysis over the same input.
struct PlanInput
{
    AnalysisInput analysis;
    QList<StrengthSession> strength;
    std::vector<Flag> flags;
    AdviceSettings advice;

    // Computes the flags with computeFlags().
    static PlanInput from(AnalysisInput analysis, QList<StrengthSession> strength,
                          AdviceSettings advice = {});
    QDate asOf() const { return analysis.asOf; }
};

// The plan for input.asOf(): red flags first, the pattern, the longest safe next run, the
// circuits with their reasons and progression, advice with reasons, and the week's schedule.
Plan buildPlan(const PlanInput& input, const ExerciseLibrary& library = ExerciseLibrary::builtIn());

} // namespace stridewell::core
