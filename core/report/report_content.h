#pragma once

#include "advice/adherence.h"
#include "advice/onset_context.h"
#include "advice/plan.h"
#include "analysis/load_analysis.h"
#include "model/athlete.h"
#include "model/calf_test.h"
#include "model/flag.h"
#include "model/run.h"
#include "model/shoe.h"
#include "model/strength_session.h"
#include "model/symptom.h"
#include "report/report_period.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// What goes into the clinician report (issue 6), as plain values in SI units: no layout, no
// wording beyond the texts core already writes (flag explanations, triage, plan reasons). The
// PDF (ui/report) formats and lays it out; tests check the figures here by hand.
namespace stridewell::core {

// The training of the period in figures.
struct ReportSummary
{
    int runs = 0;
    Distance distance;
    Duration time; // timer time when known, else elapsed (as the load rules count it)
    // The weeks the average is taken over, days / 7: the period's, or, when logging began in
    // the period, those from the start of the week it began in (weeks not logged are not weeks
    // of no running).
    double weeks = 0.0;
    Distance weeklyAverage; // distance / weeks
    // The day logging began (the log's first entry of any kind) when that is after the period's
    // first day; the weeks before it were not logged.
    std::optional<QDate> loggingBegan;

    std::optional<QDate> longestDate;
    Distance longest;

    // Time-weighted mean of the runs' average cadence (total steps / total minutes of the runs
    // that recorded it).
    std::optional<double> averageCadenceSpm;
    int runsWithCadence = 0;

    // The week of the period with the largest increase over the week before it, among weeks
    // whose previous week had at least the weekly_increase minimum (5 km by default). Null when
    // no week grew.
    struct WeekIncrease
    {
        QDate weekStart;
        Distance distance;
        Distance previous;
        double change = 0.0; // distance / previous - 1
    };
    std::optional<WeekIncrease> biggestWeekIncrease;

    // The run of the period furthest beyond the longest run of the 30 days before it (the
    // session_spike comparison, among the runs with a baseline). Null when no run was longer.
    struct SessionSpike
    {
        QDate date;
        Distance distance;
        Distance longestBefore;
        double change = 0.0; // distance / longestBefore - 1
    };
    std::optional<SessionSpike> biggestSessionSpike;
    // Of the period's runs, those with a baseline to compare with: at least 3 runs in the 30 days
    // before (design.md section 4, revision 2). None: the report says "building a baseline".
    int runsWithSpikeBaseline = 0;
};

// A pair of shoes as it stood at the end of the period.
struct ReportShoe
{
    Shoe shoe;
    Distance total; // start distance plus every run in it up to the end of the period
    Distance inPeriod;
    int runsInPeriod = 0;

    bool worn() const { return total > shoe.limit; }
};

// A dated note the athlete wrote with a run, a calf-raise test or a strength session (the
// symptom notes are in the symptom table).
struct ReportNote
{
    enum class Source { Run, CalfTest, Strength };
    QDate date;
    Source source = Source::Run;
    QString text;
    Distance runDistance; // Source::Run
    QString circuitId;    // Source::Strength
};

// The evidence cited, numbered in this order ([1], [2], ...).
struct ReportReference
{
    QString text;
    QList<FlagKind> kinds; // the flag kinds whose rule it backs (empty: background reading)
};

struct ReportContent
{
    Athlete athlete;
    ReportPeriod period;
    QDate madeOn;
    QString appVersion;
    AnalysisSettings settings;
    // The thresholds that differ from the defaults (key -> value); empty when none does.
    QMap<QString, QString> changedSettings;

    // Red-flag entries and pain that is not easing (symptom_persistent), in the period: most
    // urgent first, then newest.
    QList<HealthNotice> health;
    // What the symptoms of the last 28 days of the period point at, in the plan's words.
    PatternFinding pattern;

    ReportSummary summary;
    LoadAnalysis analysis;     // every run up to the end of the period (the charts' history)
    QList<Run> runs;           // the period's, oldest first
    QList<Symptom> symptoms;   // the period's, oldest first
    QList<CalfTest> calfTests; // the period's, oldest first
    std::vector<Flag> flags;   // the period's, by date then kind

    QDate firstEntry; // the log's first entry of any kind up to the period's end; invalid: none
    QList<WeekAdherence> strengthWeeks; // each week of the period: planned and done
    // Strength adherence counts from the first week of the period whose plan suggested strength
    // work (null: none did); the weeks before it were not skipped work.
    std::optional<QDate> strengthCountedFrom;
    int strengthPlanned = 0;                 // sessions planned from that week on
    int strengthDone = 0;                    // sessions done from that week on
    int strengthDoneBefore = 0;              // sessions logged in the period's weeks before it
    QList<StrengthSession> strengthSessions; // the period's, oldest first
    QList<PlannedCircuit> circuits;          // the plan at the end of the period
    std::optional<Hold> hold;                // the hold in force at the end of the period
    // The latest calf episode the period saw (domain.md section 8), and what preceded it.
    std::optional<Episode> episode;
    std::optional<OnsetContext> onset;
    QList<Episode> episodes; // every episode the period saw, oldest first (shaded on the charts)

    QList<ReportShoe> shoes;
    QList<ReportNote> notes; // oldest first
    QList<ReportReference> references;

    bool hasRuns() const { return !runs.isEmpty(); }
    // Whether anything was logged by the end of the week starting `weekStart`.
    bool weekLogged(QDate weekStart) const
    {
        return firstEntry.isValid() && weekStart.addDays(6) >= firstEntry;
    }
    bool hasSymptoms() const { return !symptoms.isEmpty(); }
    // The number of the reference backing `kind` (1-based), 0 when none is listed.
    int referenceNumber(FlagKind kind) const;
};

} // namespace stridewell::core
