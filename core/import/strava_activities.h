#pragma once

#include "import/csv_table.h"
#include "import/parsed_activity.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace stridewell::core::strava {

// The activities.csv of a Strava bulk export ("Activity ID", "Activity Date", ...).
bool isActivitiesHeader(const QStringList& header);
// The rows as runs. Rows whose "Filename" is in filesPresent are left out: in a bulk export
// they come in with their activity file (and an overlay from the row, below).
Result<ParsedFile> readActivities(const std::vector<CsvRow>& rows, const QString& fileName,
                                  const QSet<QString>* filesPresent = nullptr);

// What a row of a bulk export's activities.csv adds to its activity file: the runner's title
// and description, RPE, gear and their own label of the sport.
struct Overlay
{
    std::optional<Sport> sport;
    QString name;
    QString description;
    std::optional<int> rpe;
    QString gear;
};

// Export-relative file name ("activities/123.fit.gz", lower case) -> the row's overlay; empty
// when the file is not an activities.csv with a Filename column.
QHash<QString, Overlay> readOverlays(const QByteArray& csv, const QString& fileName);
// Applies a row's overlay to an activity read from its file.
void apply(const Overlay& overlay, ParsedActivity& activity);

} // namespace stridewell::core::strava
