#pragma once

#include <QDate>
#include <optional>
#include <vector>

namespace stridewell::core {

// The acute:chronic workload ratio of one daily load channel (km, or session-RPE), three ways,
// one value per day of the load vector (null where undefined):
// - rolling coupled (Gabbett 2016, the acwr_high rule): acute = sum of days d-6..d,
//   chronic = sum of days d-27..d / 4;
// - rolling uncoupled: the same acute, chronic = sum of days d-27..d-7 / 3 (days 8-28, so the
//   acute week is not part of its own baseline);
// - EWMA (Williams et al. 2017): exponentially weighted daily averages with
//   lambda = 2 / (N + 1), N = 7 (acute) and 28 (chronic), both starting from 0 the day before
//   day 0; ratio = acute / chronic.
// Every method is undefined for the first 27 days (day 0 is the first run's day: there is no
// four-week history yet), on days with a chronic load of 0, and on days whose 28-day total is
// under `minTotal` (revision 2: 20 km for distance; no baseline after a layoff, see baseline.h).
struct AcwrSeries
{
    static constexpr int kAcuteDays = 7;
    static constexpr int kChronicDays = 28;

    QDate first; // the day of index 0
    std::vector<std::optional<double>> rollingCoupled;
    std::vector<std::optional<double>> rollingUncoupled;
    std::vector<std::optional<double>> ewma;

    static AcwrSeries compute(QDate first, const std::vector<double>& dailyLoad,
                              double minTotal = 0.0);

    int size() const { return int(rollingCoupled.size()); }
    // The value on `day`; null outside the series.
    static std::optional<double> at(const std::vector<std::optional<double>>& values, QDate first,
                                    QDate day);
    std::optional<double> coupledAt(QDate day) const { return at(rollingCoupled, first, day); }
};

} // namespace stridewell::core
