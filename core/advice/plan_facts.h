#pragma once

// What the plan builder has found out, shared by the circuits (plan_builder.cpp) and the advice
// (plan_advice.cpp). Internal to core/advice.
#include "advice/plan_builder.h"

#include <optional>
#include <vector>

namespace stridewell::core {

struct PlanFacts
{
    const PlanInput& in;
    QDate asOf;
    PatternFinding pattern;
    std::vector<Flag> active;           // load flags of the last activeFlagDays days
    std::optional<Hold> hold;           // the hold in force: nothing but its own advice
    std::optional<Symptom> acute;       // a recent painful entry: first days' care first
    std::optional<CalfTest> weakerSide; // the latest calf-raise test, when it is uneven
    QList<Progression> progressions;    // of the planned strength circuits
    QList<int> runningDays;             // usual weekdays with runs
    int wantedSessions = 0;             // strength sessions a week the pattern calls for
    int freeDays = 0;                   // weekdays without a usual run
    const Episode* returning = nullptr; // an episode in its return-to-running programme
};

// The advice items, most important first, each with its reason.
QList<PlanAdvice> planAdvice(const PlanFacts& facts, const Plan& plan);

// Distances in the advice's words ("11.0 km", "6.8 mi").
QString distanceWords(Distance d, bool miles, int decimals = 1);

} // namespace stridewell::core
