#include "storage/change_notifier.h"

namespace stridewell::core {

void ChangeNotifier::emitChange(Change what, qint64 athleteId)
{
    switch (what) {
    case Change::Athletes:
        Q_EMIT athletesChanged();
        break;
    case Change::Runs:
        Q_EMIT runsChanged(athleteId);
        break;
    case Change::Symptoms:
        Q_EMIT symptomsChanged(athleteId);
        break;
    case Change::CalfTests:
        Q_EMIT calfTestsChanged(athleteId);
        break;
    case Change::Strength:
        Q_EMIT strengthChanged(athleteId);
        break;
    case Change::Shoes:
        Q_EMIT shoesChanged(athleteId);
        break;
    case Change::Settings:
        Q_EMIT settingsChanged();
        break;
    }
}

} // namespace stridewell::core
