#pragma once

#include "model/units.h"

#include <QDate>
#include <QString>
#include <cstddef>
#include <optional>

namespace stridewell::core {

// The kinds of flag event of design.md section 4. Everything else about a kind (its id, rule,
// name, figures, explanation, reference) is its row in analysis/flag_kinds.h.
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
// How many kinds there are: the registry has one row for each (checked when it compiles).
inline constexpr std::size_t kFlagKindCount = 10;

// How much a flag matters. Shown with an icon and the word, never by colour alone.
enum class Severity { Info, Caution, High };

// One flag event: what was seen, when, how strongly, and why it matters.
struct Flag
{
    QDate date; // the athlete's local calendar date
    FlagKind kind = FlagKind::WeeklyIncrease;
    Severity severity = Severity::Info;
    // The measured figure and the threshold it was compared with (null where the rule has none),
    // in the unit of the kind's registry row (FlagKindInfo::unit).
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

QString toId(Severity severity);
std::optional<Severity> severityFromId(const QString& id);

} // namespace stridewell::core
