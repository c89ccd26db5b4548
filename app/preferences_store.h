#pragma once

#include "preferences.h"

class QSettings;

namespace stridewell::app {

// The window's preferences as kept between launches (QSettings). Read and written here only;
// the window is handed a plain struct.
ui::Preferences loadPreferences(const QSettings& settings);
void savePreferences(QSettings& settings, const ui::Preferences& prefs);

} // namespace stridewell::app
