#pragma once

#include <QDate>
#include <QString>
#include <algorithm>
#include <optional>

namespace stridewell::core {

// Single-leg calf raise capacity: repetitions to fatigue on each leg.
struct CalfTest
{
    qint64 id = 0;
    qint64 athleteId = 0;
    QDate date;
    int leftReps = 0;
    int rightReps = 0;
    QString notes;
    // Pain (0-10) of 10 single-leg hops on the sorer side, when tested: a return-to-running
    // gate (domain.md section 8).
    std::optional<int> hopPain;

    // 1 - weaker/stronger; 0 when both sides match or nothing was done.
    double imbalance() const
    {
        const int strong = std::max(leftReps, rightReps);
        if (strong <= 0)
            return 0.0;
        return 1.0 - double(std::min(leftReps, rightReps)) / strong;
    }
};

} // namespace stridewell::core
