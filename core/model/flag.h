#pragma once

#include "model/units.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace stridewell::core {

// The kinds of flag event of design.md section 4; the ids are those of `flags --json`.
enum class FlagKind {
    WeeklyIncrease,
    SessionSpike,
    AcwrHigh,
    MonotonyHigh,
    CadenceLow,
    ShoeMileage,
    RedFlag,
    SymptomPersistent,
    CalfAsymmetry,
    RanDuringHold,
};

// How much a flag matters. Shown with an icon and the word, never by colour alone.
enum class Severity { Info, Caution, High };

// One flag event: what was seen, when, how strongly, and why it matters.
struct Flag
{
    QDate date; // the athlete's local calendar date
    FlagKind kind = FlagKind::WeeklyIncrease;
    Severity severity = Severity::Info;
    // The measured figure and the threshold it was compared with (null where the rule has none):
    // ratios for weekly_increase, session_spike, acwr_high, monotony_high and calf_asymmetry,
    // steps/min for cadence_low, km for shoe_mileage, days for symptom_persistent.
    std::optional<double> value;
    std::optional<double> threshold;
    QString message;   // a plain explanation in the app's words (guidance, not a diagnosis)
    QString headline;  // red_flag, ran_during_hold: the entry's urgency in words, as every
                       // surface shows it ("See a doctor today")
    QString reference; // the evidence behind the rule (domain.md section 7)

    // What the event was computed from, for "how was this computed" and links to the entry.
    std::optional<Distance> measured; // weekly_increase: week so far; session_spike: the run;
                                      // shoe_mileage: the shoe's total
    std::optional<Distance> baseline; // previous week; longest run of the 30 days; shoe limit
    QDate periodStart;                // first day of the window the value covers (week, 28 days)
    std::optional<qint64> runId;      // session_spike, shoe_mileage, ran_during_hold
    std::optional<qint64> symptomId;  // red_flag, symptom_persistent, ran_during_hold (the
                                      // entry that started the hold)
    std::optional<qint64> calfTestId; // calf_asymmetry
    std::optional<qint64> shoeId;     // shoe_mileage
};

QString toId(FlagKind kind);
QString toId(Severity severity);
std::optional<FlagKind> flagKindFromId(const QString& id);
std::optional<Severity> severityFromId(const QString& id);
QStringList allFlagKindIds();
// A short plain-words name for a kind ("Weekly increase").
QString displayName(FlagKind kind);

// The order of `flags` output: by date, then kind id; ties keep their order.
bool flagOrder(const Flag& a, const Flag& b);

} // namespace stridewell::core
