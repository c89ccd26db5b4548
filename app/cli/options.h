#pragma once

#include <QCommandLineOption>
#include <QString>

namespace stridewell::cli {

class Context;

// The options commands declare, and reading them by name.

// A flag when `valueName` is null, else an option that takes a value ("--from YYYY-MM-DD").
QCommandLineOption option(const char* name, const QString& description,
                          const char* valueName = nullptr);
// --athlete NAME, which every per-athlete command takes with the same meaning.
QCommandLineOption athleteOption();

bool isSet(Context& ctx, const char* name);
QString value(Context& ctx, const char* name);

} // namespace stridewell::cli
