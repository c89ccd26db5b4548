#include "model/run.h"

#include <QTimeZone>

namespace stridewell::core {

QDateTime Run::localStart() const
{
    return startUtc.toTimeZone(QTimeZone(utcOffsetS));
}

QDate Run::localDate() const
{
    return startUtc.addSecs(utcOffsetS).toUTC().date();
}

std::optional<double> Run::sessionRpe() const
{
    const auto duration = loadDuration();
    if (!rpe || !duration)
        return std::nullopt;
    return duration->inMinutes() * *rpe;
}

} // namespace stridewell::core
