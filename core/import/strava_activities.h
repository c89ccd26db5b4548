#pragma once

#include "import/csv_table.h"
#include "import/parsed_activity.h"
#include "result.h"

namespace stridewell::core::strava {

// The activities.csv of a Strava bulk export ("Activity ID", "Activity Date", ...).
bool isActivitiesHeader(const QStringList& header);
Result<ParsedFile> readActivities(const std::vector<CsvRow>& rows, const QString& fileName);

} // namespace stridewell::core::strava
