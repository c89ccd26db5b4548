#include "import/parsed_activity.h"

namespace stridewell::core {

QString toId(Sport sport)
{
    switch (sport) {
    case Sport::Running:
        return QStringLiteral("running");
    case Sport::TrailRunning:
        return QStringLiteral("trail_running");
    case Sport::TreadmillRunning:
        return QStringLiteral("treadmill_running");
    case Sport::Walking:
        return QStringLiteral("walking");
    case Sport::Hiking:
        return QStringLiteral("hiking");
    case Sport::Cycling:
        return QStringLiteral("cycling");
    case Sport::Swimming:
        return QStringLiteral("swimming");
    case Sport::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

bool isRunning(Sport sport)
{
    return sport == Sport::Running || sport == Sport::TrailRunning ||
           sport == Sport::TreadmillRunning;
}

QDate ParsedActivity::localDate() const
{
    if (!start.isValid())
        return {};
    return start.timeSpec() == Qt::UTC ? start.toLocalTime().date() : start.date();
}

} // namespace stridewell::core
