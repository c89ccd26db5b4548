#include "analysis/acwr.h"

#include "analysis/threshold.h"

namespace stridewell::core {

AcwrSeries AcwrSeries::compute(QDate first, const std::vector<double>& dailyLoad, double minTotal)
{
    AcwrSeries s;
    s.first = first;
    const std::size_t n = dailyLoad.size();
    s.rollingCoupled.assign(n, std::nullopt);
    s.rollingUncoupled.assign(n, std::nullopt);
    s.ewma.assign(n, std::nullopt);

    // prefix[i] = sum of days 0..i-1, so the sum of days a..b is prefix[b+1] - prefix[a].
    std::vector<double> prefix(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + dailyLoad[i];
    auto sum = [&](std::size_t from, std::size_t to) { return prefix[to + 1] - prefix[from]; };

    const double acuteLambda = 2.0 / (kAcuteDays + 1);
    const double chronicLambda = 2.0 / (kChronicDays + 1);
    double acuteEwma = 0.0, chronicEwma = 0.0;
    for (std::size_t d = 0; d < n; ++d) {
        acuteEwma = acuteLambda * dailyLoad[d] + (1 - acuteLambda) * acuteEwma;
        chronicEwma = chronicLambda * dailyLoad[d] + (1 - chronicLambda) * chronicEwma;
        if (d + 1 < std::size_t(kChronicDays))
            continue;
        const double acute = sum(d + 1 - kAcuteDays, d);
        const double coupled = sum(d + 1 - kChronicDays, d) / 4.0;
        const double uncoupled = sum(d + 1 - kChronicDays, d - kAcuteDays) / 3.0;
        if (below(sum(d + 1 - kChronicDays, d), minTotal))
            continue; // too little history to compare with
        // A chronic load within rounding of 0 is 0: a long break, nothing to compare with.
        constexpr double kNone = 1e-12;
        if (coupled > kNone)
            s.rollingCoupled[d] = acute / coupled;
        if (uncoupled > kNone)
            s.rollingUncoupled[d] = acute / uncoupled;
        if (chronicEwma > kNone)
            s.ewma[d] = acuteEwma / chronicEwma;
    }
    return s;
}

std::optional<double> AcwrSeries::at(const std::vector<std::optional<double>>& values, QDate first,
                                     QDate day)
{
    if (!first.isValid() || !day.isValid())
        return std::nullopt;
    const qint64 i = first.daysTo(day);
    if (i < 0 || i >= qint64(values.size()))
        return std::nullopt;
    return values[std::size_t(i)];
}

} // namespace stridewell::core
