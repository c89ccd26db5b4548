#pragma once

#include <cmath>
#include <limits>
#include <vector>

namespace stridewell::core {

// One recorded track point. Channels a device did not record are NaN.
struct Sample
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    double timeS = kNone;     // seconds since the run's start
    double distanceM = kNone; // cumulative
    double lat = kNone;       // degrees
    double lon = kNone;
    double altitudeM = kNone;
    double hrBpm = kNone;
    double cadenceSpm = kNone; // steps per minute
    double speedMps = kNone;

    static bool has(double v) { return !std::isnan(v); }
};

using SampleList = std::vector<Sample>;

} // namespace stridewell::core
