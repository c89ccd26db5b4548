#pragma once

#include "model/units.h"

#include <QDate>
#include <QString>
#include <optional>

namespace stridewell::core {

// Which runs of an athlete, in which order: what a table over thousands of runs asks the log
// for a page at a time, so that opening it costs the same for one month or twenty years.
struct RunQuery
{
    enum class Sort {
        Start,
        Distance,
        Duration,
        Pace,
        Cadence,
        HeartRate,
        Rpe,
        Type,
        Surface,
        Shoe,
        Notes
    };

    qint64 athleteId = 0;
    std::optional<QDate> from; // local calendar dates, inclusive
    std::optional<QDate> to;
    QString type; // empty: every type; compared without case
    Sort sort = Sort::Start;
    bool descending = true;
};

// Totals over every run a query matches.
struct RunTotals
{
    qint64 runs = 0;
    Distance distance;
    Duration duration; // timer time where known, else elapsed (Run::loadDuration)
};

} // namespace stridewell::core
