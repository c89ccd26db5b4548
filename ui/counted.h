#pragma once

#include <QString>

namespace stridewell::ui {

// "1 run" / "3 runs". tr()'s %n plural forms need a loaded translation, which English has not,
// so the two forms are given (each through tr() at the call site).
inline QString counted(int n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace stridewell::ui
