#pragma once

#include "model/run.h"
#include "result.h"

namespace stridewell::core {

// The plausible ranges for a run, shared by the command line, the CSV reader and the dialog.
struct RunLimits
{
    static constexpr double kMaxDistanceKm = 500.0;
    static constexpr double kMaxDurationH = 72.0;
    static constexpr double kMaxSpeedMps = 12.5; // faster than any human sustains
    static constexpr double kMinCadence = 100.0;
    static constexpr double kMaxCadence = 260.0;
    static constexpr double kMinHr = 25.0;
    static constexpr double kMaxHr = 250.0;
    static constexpr int kMaxTextLength = 40;
    static constexpr int kMaxNotesLength = 4000;
};

Status validateDistance(Distance d);
Status validateDuration(Duration d);
Status validateCadence(double spm);
Status validateHeartRate(double bpm);
Status validateRpe(int rpe);
Status validateLabel(const QString& what, const QString& text);
// Every field of the run, plus pace sanity; the first problem found.
Status validateRun(const Run& run);

} // namespace stridewell::core
