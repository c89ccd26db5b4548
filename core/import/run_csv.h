#pragma once

#include "import/parsed_activity.h"
#include "model/run.h"
#include "result.h"

#include <QList>

namespace stridewell::core {

// The run CSV of design.md section 3, and the activities.csv of a Strava bulk export.
namespace run_csv {

// Every row or nothing: the first invalid row rejects the file, naming the line and reason.
Result<ParsedFile> read(const QByteArray& data, const QString& fileName);

// The runs as CSV text (header + one row per run), "." decimals, formula-safe cells.
QByteArray write(const QList<Run>& runs);
// Writes atomically and owner-only (writePrivateFile): a failed write leaves any existing
// file untouched.
Status save(const QList<Run>& runs, const QString& path);

} // namespace run_csv

} // namespace stridewell::core
