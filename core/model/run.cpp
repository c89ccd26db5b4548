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
    if (!rpe)
        return std::nullopt;
    return loadDuration().inMinutes() * *rpe;
}

} // namespace stridewell::core
