#include "import/activity_summary.h"

#include "model/run_validation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stridewell::core::activity {

double greatCircleM(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadiusM = 6371008.8; // IUGG mean radius
    constexpr double kRad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

double trackDistanceM(const SampleList& samples)
{
    double total = 0;
    const Sample* last = nullptr;
    for (const Sample& s : samples) {
        if (!Sample::has(s.lat) || !Sample::has(s.lon))
            continue;
        if (last)
            total += greatCircleM(last->lat, last->lon, s.lat, s.lon);
        last = &s;
    }
    return total;
}

std::optional<double> elevationGainM(const SampleList& samples, double thresholdM)
{
    double gain = 0, low = 0, high = 0;
    bool any = false;
    for (const Sample& s : samples) {
        if (!Sample::has(s.altitudeM))
            continue;
        const double h = s.altitudeM;
        if (!any) {
            low = high = h;
            any = true;
            continue;
        }
        if (h > high)
            high = h;
        if (high - low >= thresholdM && h < high - thresholdM) {
            // A climb from low to high is over: count it and start looking for the next one.
            gain += high - low;
            low = high = h;
        } else if (h < low) {
            low = high = h;
        }
    }
    if (!any)
        return std::nullopt;
    if (high - low >= thresholdM)
        gain += high - low;
    return gain;
}

std::optional<double> meanOf(const SampleList& samples, double Sample::*channel)
{
    double sum = 0;
    std::size_t n = 0;
    for (const Sample& s : samples)
        if (const double v = s.*channel; Sample::has(v) && v > 0) {
            sum += v;
            ++n;
        }
    return n ? std::optional(sum / double(n)) : std::nullopt;
}

std::optional<double> medianOf(const SampleList& samples, double Sample::*channel)
{
    std::vector<double> values;
    values.reserve(samples.size());
    for (const Sample& s : samples)
        if (const double v = s.*channel; Sample::has(v) && v > 0)
            values.push_back(v);
    if (values.empty())
        return std::nullopt;
    auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

namespace {

void addRunNote(ParsedActivity& a, const QString& note)
{
    a.notes = a.notes.isEmpty() ? note : a.notes + QLatin1Char('\n') + note;
}

} // namespace

void complete(ParsedActivity& a, QStringList& notes)
{
    SampleList& samples = a.samples;
    // Cumulative distance per point: from the device where it gave one, else great-circle.
    bool hasDistance = std::any_of(samples.begin(), samples.end(),
                                   [](const Sample& s) { return Sample::has(s.distanceM); });
    if (!hasDistance) {
        double total = 0;
        const Sample* last = nullptr;
        for (Sample& s : samples) {
            if (Sample::has(s.lat) && Sample::has(s.lon)) {
                if (last)
                    total += greatCircleM(last->lat, last->lon, s.lat, s.lon);
                last = &s;
                s.distanceM = total;
            }
        }
        hasDistance = last != nullptr;
    }
    if (a.distance.inMetres() <= 0 && hasDistance) {
        double first = Sample::kNone, lastD = Sample::kNone;
        for (const Sample& s : samples)
            if (Sample::has(s.distanceM)) {
                if (!Sample::has(first))
                    first = s.distanceM;
                lastD = s.distanceM;
            }
        a.distance = Distance::metres(lastD - first > 0 ? lastD - first : 0.0);
    }
    if (!a.avgHrBpm)
        a.avgHrBpm = meanOf(samples, &Sample::hrBpm);
    if (!a.elevationGainM)
        a.elevationGainM = elevationGainM(samples);

    if (isRunning(a.sport)) {
        if (!a.avgCadenceSpm)
            a.avgCadenceSpm = meanOf(samples, &Sample::cadenceSpm);
        const auto median = medianOf(samples, &Sample::cadenceSpm);
        const bool halfBySamples = median && *median < kHalfCadenceMedianSpm;
        const bool halfByAverage =
            !median && a.avgCadenceSpm && *a.avgCadenceSpm < kHalfCadenceMedianSpm;
        if (halfBySamples || halfByAverage) {
            for (Sample& s : samples)
                if (Sample::has(s.cadenceSpm))
                    s.cadenceSpm *= 2;
            if (a.avgCadenceSpm)
                *a.avgCadenceSpm *= 2;
            const QString note =
                QStringLiteral("Cadence doubled on import: the file counted strides, not steps.");
            addRunNote(a, note);
            notes << QStringLiteral("%1cadence doubled (median %2 per minute is strides, not "
                                    "steps)")
                         .arg(a.origin.isEmpty() ? QString() : a.origin + QStringLiteral(": "))
                         .arg(std::lround(median.value_or(a.avgCadenceSpm.value_or(0) / 2)));
        }
    } else if (a.sport != Sport::Walking && a.sport != Sport::Hiking) {
        a.avgCadenceSpm.reset(); // pedal or stroke rates are not steps
    }
    const QString where = a.origin.isEmpty() ? QString() : a.origin + QStringLiteral(": ");
    if (a.avgCadenceSpm && !validateCadence(*a.avgCadenceSpm)) {
        notes << QStringLiteral("%1dropped an implausible average cadence of %2 steps/min")
                     .arg(where)
                     .arg(*a.avgCadenceSpm, 0, 'f', 0);
        a.avgCadenceSpm.reset();
    }
    if (a.avgHrBpm && !validateHeartRate(*a.avgHrBpm)) {
        notes << QStringLiteral("%1dropped an implausible average heart rate of %2 bpm")
                     .arg(where)
                     .arg(*a.avgHrBpm, 0, 'f', 0);
        a.avgHrBpm.reset();
    }
}

} // namespace stridewell::core::activity
