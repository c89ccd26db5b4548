#pragma once

// What `log run` and `edit run`, and `log symptom` and `edit symptom`, share: their options,
// and reading the fields given into a run or a symptom entry with the same checks.
#include "model/run.h"
#include "model/symptom.h"
#include "result.h"

#include <QCommandLineOption>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace stridewell::core {
class Database;
}

namespace stridewell::cli {

class Context;

// `log` adds an entry, so the fields it cannot do without are required; `edit` changes one, so
// every field is optional and a field not given keeps its value.
enum class Purpose { Add, Edit };

// The fields of a run given on the command line, each checked on its own.
struct RunFields
{
    std::optional<QDate> date;
    std::optional<QTime> time;
    std::optional<core::Distance> distance;
    std::optional<core::Duration> duration;
    std::optional<double> cadence;
    std::optional<double> hr;
    std::optional<int> rpe;
    std::optional<QString> type;
    std::optional<QString> surface;
    std::optional<QString> shoe; // empty: no shoe
    std::optional<QString> notes;

    bool any() const;
    // Writes the fields given into the run (all but the shoe, see setShoe). A new date or time
    // is read in this computer's time zone, as `log run` reads it; a new duration replaces the
    // recorded times (elapsed and timer) with the one given.
    void applyTo(core::Run& run) const;
};

// The options of `log run` but --athlete, which `edit run` takes too.
QList<QCommandLineOption> runFieldOptions(Purpose purpose);
// nullopt after a usage error (already printed). The whole run is checked by validateRun().
std::optional<RunFields> readRunFields(Context& ctx, Purpose purpose);
// The run's shoe by name, added to the athlete's shoes if new; an empty name: no shoe.
core::Status setShoe(core::Database& db, core::Run& run, const QString& name);

// The fields of a symptom entry given on the command line, each checked on its own.
struct SymptomFields
{
    std::optional<QDate> date;
    std::optional<core::BodyLocation> location;
    std::optional<core::Side> side;
    std::optional<int> pain;
    std::optional<core::SymptomType> type;
    std::optional<core::SymptomTiming> timing;
    std::optional<core::StretchTest> stretch;
    // Given: the whole set of signs, replacing the entry's (empty after --red-flag none).
    std::optional<QList<core::RedFlagSign>> redFlags;
    std::optional<QString> notes;

    bool any() const;
    // Writes the fields given into the entry. New signs are advice not read yet, so the entry's
    // red-flag acknowledgement is cleared when they change (as the window's dialog does).
    void applyTo(core::Symptom& symptom) const;
};

// The options of `log symptom` but --athlete, which `edit symptom` takes too.
QList<QCommandLineOption> symptomFieldOptions(Purpose purpose);
// nullopt after a usage error (already printed). The whole entry is checked by
// SymptomRepository::validate().
std::optional<SymptomFields> readSymptomFields(Context& ctx, Purpose purpose);

// What `log symptom` answers to an entry before it says it was logged (red flags first), and
// `edit symptom` after the changed entry. Defined in entry_commands.cpp, with log symptom.
void printSymptomAnswer(Context& ctx, const core::Symptom& symptom);

} // namespace stridewell::cli
