#pragma once

#include "advice/hold.h"
#include "advice/red_flag_triage.h"
#include "advice/return_to_run.h"
#include "advice/symptom_pattern.h"
#include "model/units.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace stridewell::core {

// One exercise as the plan asks for it: the library's defaults after progression and any
// extra work for a weaker side.
struct PlanExercise
{
    QString id; // the exercise done (a variant when the level moved)
    QString name;
    int sets = 1;
    std::optional<int> reps;
    std::optional<int> holdS;
    bool perSide = false;
    QString notes;  // "8-12 each side; one extra set on the left", plain words
    QString baseId; // the circuit's own exercise this one stands in for
};

struct PlannedCircuit
{
    QString id; // knownCircuitIds()
    QString name;
    QString reason; // "because: ..."
    int sessionsPerWeek = 0;
    bool daily = false; // stretching and first days' care: every day, not on the schedule
    int level = 0;      // the progression level the exercises were chosen for
    QList<PlanExercise> exercises;
};

struct PlanAdvice
{
    QString id; // stable: next_run_limit, cadence, shoes, fluids, warm_up, ...
    QString text;
    QString reason;       // "because: ..."
    bool general = false; // a habit worth keeping anyway, not raised by anything in the log
};

// A symptom entry whose advice comes before everything else: its red-flag signs, or pain that
// is not easing (the symptom_persistent flag) and asks for an assessment.
struct HealthNotice
{
    enum class Kind { RedFlag, NotEasing };
    Kind kind = Kind::RedFlag;
    qint64 symptomId = 0;
    QDate date;
    BodyLocation location = BodyLocation::Other;
    Side side = Side::Left;
    int pain = 0;
    QList<RedFlagSign> signs;
    Triage triage;
    bool acknowledged = false; // the runner has read it
};

struct ScheduledSession
{
    QDate date;
    QString circuitId;
};

// What the app suggests as of one day. Red flags come first; every circuit and piece of
// advice says why it is there.
struct Plan
{
    QDate asOf;
    QList<HealthNotice> redFlags; // most urgent first, then newest
    // The hold in force (domain.md section 4): no safe-next-run figure, no load advice and no
    // schedule while it lasts; it ends with a clinician's clearance.
    std::optional<Hold> hold;
    // The calf episode open on asOf (domain.md section 8): while its programme runs (stage
    // 0-6) the plan steers the way back instead of ordinary training: no safe-next-run figure,
    // the next session instead.
    std::optional<Episode> episode;
    PatternFinding pattern;
    std::optional<Distance> nextRunMax; // the longest next run without a session spike; never
                                        // during a hold
    bool nextRunCapped = false;     // nextRunMax is 1.1 x the return-to-running programme's longest
                                    // run (its first four weeks after stage 6)
    QList<PlannedCircuit> circuits; // most important first
    QList<PlanAdvice> advice;       // most important first
    QList<ScheduledSession> schedule; // strength sessions from asOf for 7 days

    bool onHold() const { return hold.has_value(); }
    bool returning() const { return episode && episode->inProgramme(); }
    const PlannedCircuit* circuit(const QString& id) const
    {
        for (const PlannedCircuit& c : circuits)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    const PlanAdvice* adviceItem(const QString& id) const
    {
        for (const PlanAdvice& a : advice)
            if (a.id == id)
                return &a;
        return nullptr;
    }
};

} // namespace stridewell::core
