#pragma once

#include <QString>

namespace stridewell::core {

// Stridewell's version ("0.1.0"), as project() in the top CMakeLists.txt says: for --version,
// the report's footer and the bundle header.
QString appVersion();

} // namespace stridewell::core
