#pragma once

#include "import/file_formats.h"

namespace stridewell::core::fit {

// A FIT activity file (Garmin, Coros, Suunto, Wahoo, Polar...), chained files included. One
// activity per session. Truncated or CRC-damaged files are rejected unless salvaging.
Result<ParsedFile> read(const QByteArray& data, const QString& fileName,
                        const ReadOptions& options);

} // namespace stridewell::core::fit
