#pragma once

#include "advice/hold.h"
#include "advice/red_flag_triage.h"
#include "analysis/load_analysis.h"
#include "model/athlete.h"

#include <QList>
#include <optional>
#include <vector>

namespace stridewell::core {

// One line of a coach's roster: how the athlete's week is going and whether anything needs
// attention, from that athlete's analysis. Pure: built from values, no database.
struct RosterEntry
{
    Athlete athlete;
    QDate asOf;
    Distance thisWeek;                  // the week holding asOf, up to asOf
    Distance lastWeek;                  // the whole week before
    std::optional<double> weekChange;   // thisWeek / lastWeek - 1; null when lastWeek is 0
    std::optional<double> acwr;         // rolling coupled distance ACWR on asOf
    std::vector<Flag> active;           // activeFlags(): most severe first
    std::optional<Symptom> latestPain;  // the newest symptom entry with pain >= 1
    bool unacknowledgedRedFlag = false; // a red-flag entry the runner has not yet read
    std::optional<QDate> lastRun;
    // The most urgent open warning (an uncleared red flag, or pain not easing), as every other
    // surface words it; Urgency::None when there is none.
    Triage urgent;
    QList<RedFlagSign> signs; // that entry's warning signs
    std::optional<Hold> hold; // the hold in force on asOf
    int ranDuringHold = 0;    // runs logged during that hold

    int count(Severity severity) const;
    // Sorting key, most concerning first (design.md section 3, `team`): emergency, see a doctor
    // today, see a clinician promptly, ran during a hold, book an assessment, high flags,
    // caution flags.
    int concern() const;
};

RosterEntry summariseAthlete(const Athlete& athlete, const AnalysisInput& input,
                             const LoadAnalysis& analysis);

// Most concerning first, then by name.
void sortByConcern(QList<RosterEntry>& roster);

} // namespace stridewell::core
