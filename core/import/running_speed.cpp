#include "import/running_speed.h"

#include <cmath>

namespace stridewell::core {

namespace {

QString pace(double metresPerSecond)
{
    const long s = std::lround(1000.0 / metresPerSecond);
    return QStringLiteral("%1:%2 /km").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<MovingFigures> movingFigures(const SampleList& samples)
{
    MovingFigures m;
    bool any = false;
    const Sample* last = nullptr;
    for (const Sample& s : samples) {
        if (!Sample::has(s.timeS) || !Sample::has(s.distanceM))
            continue;
        if (last) {
            const double dt = s.timeS - last->timeS;
            const double dd = s.distanceM - last->distanceM;
            if (dt > 0) {
                any = true;
                const double speed = dd / dt;
                if (speed >= RunningSpeed::kMovingMps) {
                    m.seconds += dt;
                    m.metres += dd;
                    if (speed > RunningSpeed::kFastMps)
                        m.fastSeconds += dt;
                }
            }
        }
        last = &s;
    }
    if (!any)
        return std::nullopt;
    return m;
}

std::optional<QString> beyondRunning(const ParsedActivity& a)
{
    double metres = a.distance.inMetres();
    std::optional<double> seconds;
    if (const auto moving = movingFigures(a.samples); moving && moving->seconds > 0) {
        if (moving->fastSeconds > RunningSpeed::kMaxFastShare * moving->seconds)
            return QStringLiteral("%1% of its moving time above 30 km/h")
                .arg(std::lround(100.0 * moving->fastSeconds / moving->seconds));
        metres = moving->metres;
        seconds = moving->seconds;
    } else if (const auto time = a.timer ? a.timer : a.elapsed) {
        seconds = time->inSeconds();
    }
    if (!seconds || *seconds <= 0 || metres <= RunningSpeed::kAverageOverM)
        return std::nullopt;
    const double speed = metres / *seconds;
    if (speed <= RunningSpeed::kMaxAverageMps)
        return std::nullopt;
    return QStringLiteral("%1 on average over %2 km")
        .arg(pace(speed))
        .arg(metres / 1000.0, 0, 'f', 1);
}

} // namespace stridewell::core
