#include "unit_format.h"

#include "model/value_text.h"

#include <QLocale>
#include <QObject>
#include <cmath>

namespace stridewell::ui {

double toDisplay(core::Distance d, DistanceUnit unit)
{
    return unit == DistanceUnit::Km ? d.inKm() : d.inMiles();
}

core::Distance fromDisplay(double value, DistanceUnit unit)
{
    return unit == DistanceUnit::Km ? core::Distance::km(value) : core::Distance::miles(value);
}

QString unitSuffix(DistanceUnit unit)
{
    return unit == DistanceUnit::Km ? QObject::tr("km") : QObject::tr("mi");
}

QString formatDistance(core::Distance d, DistanceUnit unit, int decimals)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(toDisplay(d, unit), 'f', decimals),
                                       unitSuffix(unit));
}

QString formatPace(core::Distance d, std::optional<core::Duration> t, DistanceUnit unit)
{
    const double per = toDisplay(d, unit);
    if (per <= 0 || !t)
        return QStringLiteral("–");
    const qint64 s = std::llround(t->inSeconds() / per);
    return QStringLiteral("%1:%2 /%3")
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(unitSuffix(unit));
}

QString formatDuration(std::optional<core::Duration> t)
{
    return t ? core::formatDuration(*t) : QStringLiteral("–");
}

std::optional<double> readNumber(const QString& text)
{
    bool ok = false;
    const double v = QLocale().toDouble(text.trimmed(), &ok);
    if (ok)
        return v;
    return core::parseNumber(text);
}

} // namespace stridewell::ui
