#pragma once

#include "analysis/load_analysis.h"
#include "model/episode_end.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// Calf episodes and the criteria-based return to running of domain.md section 8: an episode
// opens on an entry that is more than a niggle, gates are passed before the first run, and the
// stages are climbed by how the calf answers (the pain-monitoring model), not by the calendar.
// Pure: computed from the log's entries up to an as-of day, like the flags.
namespace stridewell::core {

// The thresholds of domain.md section 8 (defaults).
struct ReturnToRunRules
{
    int openPain = 6;           // an entry this painful opens an episode ...
    int openSharpPain = 4;      // ... or this painful when sharp or during a run
    int walkingPain = 1;        // gate: the latest entry at the site at most this
    int walkingQuietDays = 3;   // ... and nothing from walkingRecentPain on in these days
    int walkingRecentPain = 3;  //
    int capacityReps = 25;      // gate: single-leg raises on the affected side
    double capacityGap = 0.10;  // ... within this of the other side
    int hopPain = 2;            // gate: pain of 10 single-leg hops at most this
    int countedPain = 2;        // a session counts at this pain or less during/after
    int stepBackPain = 6;       // ... steps back from this on
    int sessionsToAdvance = 2;  // counted sessions that move to the next stage
    int maxSessionsPerWeek = 3; // 2-3 sessions a week
    int quietDaysToClose = 14;  // back in normal training this long without ...
    int closePain = 3;          // ... an entry of this pain or more closes the episode
    int cappedDays = 28;        // after stage 6, the safe next run is capped this long ...
    double capFactor = 1.10;    // ... at this times the programme's longest run
};

inline constexpr int kStages = 6;
// The stage after the last: the programme is done and the runner back in normal training.
inline constexpr int kBackToNormal = kStages + 1;

enum class GateId { NoHold, Walking, CalfCapacity, Hopping };
QString toId(GateId gate);

struct Gate
{
    GateId id = GateId::NoHold;
    bool met = false;
    QString reason; // "left 18 raises, right 28: 25 and within 10% needed"
    QDate metOn;    // the first day it held before the programme began
};

// How one run of the programme went, by the pain-monitoring model.
enum class SessionOutcome {
    Counted,     // pain <= 2 during and after, and the next morning no worse than before
    Repeat,      // pain 3-5, or a worse next morning: the stage is done again
    StepBack,    // pain >= 6 or a warning sign: back one stage
    NotRated,    // no pain logged for the day of the run: it does not count either way
    Pending,     // the next morning has not come yet
    TooSoon,     // the day after a run, or a fourth run in seven days
    DuringHold,  // a warning sign holds training
    BeforeGates, // before the gates were met
};
QString toId(SessionOutcome outcome);

struct ProgrammeSession
{
    QDate date;
    qint64 runId = 0;
    Distance distance;
    int stage = 0; // the stage it was run at (0 before the gates)
    std::optional<int> duringAfter;
    std::optional<int> nextMorning;
    int before = 0; // the pain before the session, that the next morning is compared with
    SessionOutcome outcome = SessionOutcome::NotRated;
    QString reason;
};

// A change of stage: the programme began, moved on, or stepped back.
struct StageChange
{
    QDate date;
    int from = 0;
    int to = 0;
    QString reason;
};

struct NextSession
{
    QDate date;
    int stage = 0;
    QString text; // "10 x (1 min easy running, 1 min walking)"
};

struct Episode
{
    qint64 id = 0; // the id of the symptom entry that opened it
    QDate start;
    QDate end; // invalid while open
    BodyLocation location = BodyLocation::Other;
    Side side = Side::Left;
    QString openedBecause; // "pain 6/10", "swelling", "marked as an injury"
    int worstPain = 0;
    QList<Gate> gates;
    QDate gatesMet; // invalid while not all gates hold
    int stage = 0;  // 0 = gates not met; 1-6; kBackToNormal after stage 6
    int countedAtStage = 0;
    bool onHold = false; // on the as-of day (or the end)
    QList<ProgrammeSession> sessions;
    QList<StageChange> changes;
    QDate backToNormal;  // the day stage 6 was passed
    Distance longestRun; // the longest run of stages 1-6
    std::optional<NextSession> next;

    bool isOpen() const { return !end.isValid(); }
    bool inProgramme() const { return isOpen() && stage < kBackToNormal; }
    bool contains(QDate day) const { return day >= start && (isOpen() || day <= end); }
};

// Every episode of the athlete up to input.asOf, oldest first. An entry opens one when it has a
// warning sign, pain >= 6, pain >= 4 that is sharp or came on during a run (cramps aside), or
// the runner marked it as an injury; it closes after two weeks back in normal training without
// pain >= 3, or on a day the runner ended it.
QList<Episode> calfEpisodes(const AnalysisInput& input, const ReturnToRunRules& rules = {});
// The episode open on input.asOf, if any.
std::optional<Episode> openEpisode(const QList<Episode>& episodes);

// Whether an entry means more than a niggle (it opens an episode).
bool opensEpisode(const Symptom& entry, const ReturnToRunRules& rules = {});
// The session of a stage, in words.
QString stageSession(int stage);
// The longest run allowed on `day` after a finished programme: capFactor x its longest run,
// within cappedDays of its end; nullopt when no cap applies.
std::optional<Distance> programmeCap(const QList<Episode>& episodes, QDate day,
                                     const ReturnToRunRules& rules = {});

} // namespace stridewell::core
