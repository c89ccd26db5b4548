#pragma once

#include "import/parsed_activity.h"

#include <QStringList>
#include <optional>

namespace stridewell::core::activity {

// Summaries every reader shares, computed from the points when a file does not state them.

// Great-circle (haversine) distance in metres on a sphere of the mean Earth radius.
double greatCircleM(double lat1, double lon1, double lat2, double lon2);
// Sum of great-circle steps between consecutive points that have a position.
double trackDistanceM(const SampleList& samples);
// Climb with hysteresis: altitude must rise `thresholdM` above the last low before it counts,
// so GPS and barometer noise of a metre or two does not add up to hundreds of metres.
std::optional<double> elevationGainM(const SampleList& samples, double thresholdM = 3.0);
// Mean and median of a channel over points where it is recorded and above zero.
std::optional<double> meanOf(const SampleList& samples, double Sample::*channel);
std::optional<double> medianOf(const SampleList& samples, double Sample::*channel);

// Below this median a running cadence counts strides (one foot), not steps.
constexpr double kHalfCadenceMedianSpm = 110.0;

// Finishes a reader's activity: fills distance, averages, elevation gain and cumulative
// sample distance from the points where the file left them out; doubles a running cadence
// recorded per stride (median below ~110 steps/min) and says so in the run's notes; drops
// averages outside human ranges. What was changed is added to `notes`.
void complete(ParsedActivity& a, QStringList& notes);

} // namespace stridewell::core::activity
