#pragma once

#include "import/parsed_activity.h"

#include <QString>
#include <optional>

namespace stridewell::core {

// What import believes a run can be (design.md section 7): a track whose moving speed is beyond
// running is not a run, whatever its file calls it.
struct RunningSpeed
{
    static constexpr double kMovingMps = 0.5;                // slower than this is standing still
    static constexpr double kMaxAverageMps = 1000.0 / 150.0; // 2:30 /km
    static constexpr double kAverageOverM = 2000.0;          // ... over more than 2 km
    static constexpr double kFastMps = 30.0 / 3.6;           // 30 km/h
    static constexpr double kMaxFastShare = 0.10;            // of the moving time
};

// The moving part of a track, from consecutive points that both have a time and a cumulative
// distance: the intervals at kMovingMps or faster. Null when no interval has both.
struct MovingFigures
{
    double seconds = 0.0;     // moving time
    double metres = 0.0;      // distance covered while moving
    double fastSeconds = 0.0; // of the moving time, faster than kFastMps
};
std::optional<MovingFigures> movingFigures(const SampleList& samples);

// Why the activity cannot be a run, in plain words ("2:25 /km on average over 40.8 km", "32% of
// its moving time above 30 km/h"); null when a runner could have done it. Without usable points
// the average is the distance over the timer (else elapsed) time.
std::optional<QString> beyondRunning(const ParsedActivity& a);

} // namespace stridewell::core
