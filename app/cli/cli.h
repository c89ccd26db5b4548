#pragma once

#include <QStringList>

namespace stridewell::cli {

// True when the arguments name a command (or ask for help/version): no window is opened.
bool isCommandLineInvocation(const QStringList& arguments);
// True when the command draws (the clinician PDF's charts): main() then makes a QApplication,
// on the offscreen platform, instead of a QCoreApplication.
bool needsGuiApplication(const QStringList& arguments);
// Runs one command; returns the process exit code. `arguments` include the program name.
int run(const QStringList& arguments);

} // namespace stridewell::cli
