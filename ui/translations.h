#pragma once

namespace stridewell::ui {

// Installs the English plural forms compiled into the UI ("1 run", "3 runs"). Call once
// after the QApplication exists.
void installTranslations();

} // namespace stridewell::ui
