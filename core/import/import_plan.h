#pragma once

#include "import/strava_activities.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace stridewell::core {

// One file to import: on disk, or a member of a .zip (archives inside archives included, as in
// a Garmin export). Loading is deferred so a 10,000-file export is not read at once.
struct ImportItem
{
    QString name; // for messages: the path, or "export.zip/activities/1.fit.gz"
    std::function<Result<QByteArray>()> load; // the bytes as stored (.gz still packed)
    // When the file (or archive member) was last modified; dates a track without times.
    QDateTime modified;
    // From a Strava bulk export's activities.csv: the row of this activity file.
    std::optional<strava::Overlay> strava;
    // For that activities.csv itself: the files its rows name that the export holds (those
    // rows come in with their file, the others from the CSV alone).
    std::optional<QSet<QString>> stravaFilesPresent;
};

// Turns the paths given to `import` into the files to read: files as they are, folders
// recursively in name order, .zip archives by their members; Strava and Garmin exports
// (folders or archives) are recognised by their layout.
class ImportPlan
{
public:
    // Largest single file or archive member read (a week-long FIT is ~20 MB).
    static constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

    static std::vector<ImportItem> expand(const QStringList& paths);
    // Whether a file name is one import reads (an activity format, its .gz, or a .zip).
    static bool isImportable(const QString& name);
};

} // namespace stridewell::core
