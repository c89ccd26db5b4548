#pragma once

#include <QString>
#include <functional>

namespace stridewell::ui {

// Where failures the user should hear of are reported (the window's status bar); never silent.
using ErrorSink = std::function<void(const QString&)>;

} // namespace stridewell::ui
