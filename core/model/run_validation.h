#pragma once

#include "model/run.h"
#include "result.h"

#include <QDate>

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
    // A run's day (design.md section 7): from 1 January 1990 (nobody logs earlier runs, and a
    // FIT time read without its anchor lands in 1989) to one day after today (a runner ahead
    // of this computer's time zone).
    static constexpr int kFirstYear = 1990;
    static constexpr int kMaxDaysAhead = 1;
    static QDate firstDate() { return QDate(kFirstYear, 1, 1); }
};

Status validateDistance(Distance d);
Status validateDuration(Duration d);
Status validateCadence(double spm);
Status validateHeartRate(double bpm);
Status validateRpe(int rpe);
Status validateLabel(const QString& what, const QString& text);
// The run's local day against the range above.
Status validateRunDate(QDate day, QDate today = QDate::currentDate());
// Every field of the run, plus pace sanity; the first problem found.
Status validateRun(const Run& run, QDate today = QDate::currentDate());

} // namespace stridewell::core
