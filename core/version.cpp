#include "version.h"

#include "stridewell_version.h"

namespace stridewell::core {

QString appVersion()
{
    return QStringLiteral(STRIDEWELL_VERSION);
}

} // namespace stridewell::core
