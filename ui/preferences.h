#pragma once

#include <QString>

namespace stridewell::ui {

enum class DistanceUnit { Km, Mi };

// What the window needs to know of the user's preferences; read and saved in app/.
struct Preferences
{
    DistanceUnit unit = DistanceUnit::Km;
    QString defaultLogPath; // where "Start my own log" creates the log
};

} // namespace stridewell::ui
