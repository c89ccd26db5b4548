#pragma once

#include "analysis/analysis_settings.h"
#include "model/run.h"
#include "model/units.h"

#include <QDate>
#include <QList>
#include <vector>

namespace stridewell::core {

// The first day of the week `day` falls in.
QDate weekStartOf(QDate day, WeekStart start);

// Per-day totals of one athlete's runs on their local calendar dates (a run's day is its UTC
// start plus the UTC offset stored with it, so neither the machine's zone nor a daylight-saving
// change moves it). Day 0 is the first run's day; every day up to the end is present, rest days
// as zeros, so a window is an index range.
struct DailySeries
{
    QDate first; // invalid when there are no runs
    std::vector<Distance> distance;
    std::vector<Duration> duration;   // timer time when known, else elapsed
    std::vector<double> sessionRpe;   // minutes x RPE, summed over the runs that have an RPE
    std::vector<int> runs;            // runs that day
    std::vector<int> runsWithoutRpe;  // of which without an RPE
    std::vector<Distance> longestRun; // the day's longest single run

    // Runs dated after `until` are left out (none when it is invalid). The series runs from the
    // first run's day to the later of the last run's day and `until`.
    static DailySeries build(const QList<Run>& runs, QDate until = {});

    bool empty() const { return distance.empty(); }
    int size() const { return int(distance.size()); }
    QDate last() const { return first.addDays(size() - 1); }
    QDate date(int index) const { return first.addDays(index); }
    // Index of `day`; may be outside 0..size()-1.
    int indexOf(QDate day) const { return int(first.daysTo(day)); }
    // Index of the last day that has a run; -1 when none.
    int lastRunIndex() const;

    // Sums over the days [from, to] (indexes, clipped to the series).
    Distance distanceBetween(int from, int to) const;
    // Daily loads as plain numbers for the ratio figures: km, and session-RPE.
    std::vector<double> distanceKm() const;
};

} // namespace stridewell::core
