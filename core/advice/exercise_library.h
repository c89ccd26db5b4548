#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stridewell::core {

// One exercise as the library describes it (resources/exercises.json). Defaults a user may
// change: sets, and either repetitions, a hold time, or "to fatigue".
struct Exercise
{
    QString id;
    QString name;
    QStringList targets; // soleus, gastrocnemius, achilles, glutes, foot, hips, calf
    QString instructions;
    int sets = 1;
    std::optional<int> reps;    // per set (per side when perSide)
    std::optional<int> repsMax; // the top of the usual range, when it is a range
    std::optional<int> holdS;   // seconds per hold
    bool perSide = false;
    bool toFatigue = false;
    QStringList equipment;
    QString easier; // exercise ids of the variants, empty when there is none
    QString harder;
};

// One exercise within a circuit, with what the circuit changes about it.
struct CircuitItem
{
    QString exerciseId;
    std::optional<int> sets;
    std::optional<int> reps;
    std::optional<int> holdS;
    QString notes;
    int fromLevel = 0; // included only from this progression level on
};

struct Circuit
{
    QString id; // the ids of knownCircuitIds() (model/strength_session.h)
    QString name;
    QString purpose;
    bool daily = false; // done every day (stretching, first days' care), not a strength session
    QList<CircuitItem> items;
};

// The exercises and circuits the plan is built from. Loaded from the JSON compiled into
// stridewell_core; every variant and circuit item names an exercise that exists.
class ExerciseLibrary
{
public:
    static Result<ExerciseLibrary> fromJson(const QByteArray& json);
    // The library shipped with Stridewell (:/stridewell/exercises.json).
    static const ExerciseLibrary& builtIn();

    static QStringList knownTargets();

    const QList<Exercise>& exercises() const { return m_exercises; }
    const QList<Circuit>& circuits() const { return m_circuits; }
    const Exercise* exercise(const QString& id) const;
    const Circuit* circuit(const QString& id) const;

    // The variant `steps` steps harder (positive) or easier (negative), stopping where the
    // chain ends; how many steps were actually taken goes to `taken`.
    const Exercise* variant(const QString& id, int steps, int* taken = nullptr) const;

private:
    Status check() const;

    QList<Exercise> m_exercises;
    QList<Circuit> m_circuits;
};

} // namespace stridewell::core
