#pragma once

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

    int count(Severity severity) const;
    // Sorting key, most concerning first: an unread red flag, then high flags, then caution.
    int concern() const;
};

RosterEntry summariseAthlete(const Athlete& athlete, const AnalysisInput& input,
                             const LoadAnalysis& analysis);

// Most concerning first, then by name.
void sortByConcern(QList<RosterEntry>& roster);

} // namespace stridewell::core
