#pragma once

#include "model/units.h"
#include "model/value_text.h" // core::formatDuration, shared with the CLI
#include "preferences.h"

#include <QString>
#include <optional>

namespace stridewell::ui {

// km/mi and locale formatting happen here, at the edge; core stays in metres and seconds.
double toDisplay(core::Distance d, DistanceUnit unit);
core::Distance fromDisplay(double value, DistanceUnit unit);
QString unitSuffix(DistanceUnit unit); // "km" / "mi"
QString formatDistance(core::Distance d, DistanceUnit unit,
                       int decimals = 2); // "10.50 km", locale digits
// "5:30 /km"; "–" when the duration is unknown (a track without times) or the distance is 0.
QString formatPace(core::Distance d, std::optional<core::Duration> t, DistanceUnit unit);
// H:MM:SS, or "–" when unknown.
QString formatDuration(std::optional<core::Duration> t);
// A number typed in the user's locale or with ".": both "10,5" and "10.5" work in German.
std::optional<double> readNumber(const QString& text);

} // namespace stridewell::ui
