#pragma once

#include "import/file_formats.h"

namespace stridewell::core::tcx {

// Garmin Training Center XML: each <Activity> with its laps (distance, time, calories),
// tracks and trackpoints (distance, heart rate, cadence, and the RunCadence/Speed
// extensions). Lap-less files are read from their trackpoints; a <Course> is a plan, not an
// activity, and is skipped with a note.
Result<ParsedFile> read(const QByteArray& data, const QString& fileName, const ReadOptions&);

} // namespace stridewell::core::tcx
