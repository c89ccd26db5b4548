#pragma once

#include <algorithm>
#include <cmath>

namespace stridewell::core {

// The strict comparisons of the flag rules. A value within a billionth of its threshold counts
// as equal, so that 11 km after 10 km (a ratio of 1.1000000000000001 in floating point) is
// exactly +10% and not above it.
inline bool above(double value, double threshold)
{
    return value > threshold + 1e-9 * std::max(1.0, std::abs(threshold));
}

inline bool below(double value, double threshold)
{
    return value < threshold - 1e-9 * std::max(1.0, std::abs(threshold));
}

} // namespace stridewell::core
