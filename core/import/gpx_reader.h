#pragma once

#include "import/file_formats.h"

namespace stridewell::core::gpx {

// GPX 1.0 and 1.1: each <trk> is an activity (its segments are pauses); elevation, time, and
// heart rate and cadence from Garmin's TrackPointExtension v1/v2 and the other common
// extensions. Distance is great-circle from the points. A file without a sport is a run.
Result<ParsedFile> read(const QByteArray& data, const QString& fileName, const ReadOptions&);

} // namespace stridewell::core::gpx
