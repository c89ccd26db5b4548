#include "preferences_store.h"

#include <QSettings>

namespace stridewell::app {

namespace {
const QString kUnits = QStringLiteral("units");
}

ui::Preferences loadPreferences(const QSettings& settings)
{
    ui::Preferences p;
    p.unit = settings.value(kUnits).toString() == QLatin1String("mi") ? ui::DistanceUnit::Mi
                                                                      : ui::DistanceUnit::Km;
    return p;
}

void savePreferences(QSettings& settings, const ui::Preferences& prefs)
{
    settings.setValue(kUnits, prefs.unit == ui::DistanceUnit::Mi ? QStringLiteral("mi")
                                                                 : QStringLiteral("km"));
}

} // namespace stridewell::app
