#pragma once

#include "import/parsed_activity.h"
#include "import/strava_activities.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace stridewell::core {

class Database;
struct ImportItem;

struct ImportOptions
{
    qint64 athleteId = 0;
    bool keepWalking = false; // keep walks and hikes too (--all-sports)
    bool keepFast = false;    // keep tracks faster than running too (--all-sports)
    bool salvage = false;     // keep the readable part of a damaged file (--salvage)
};

struct FileOutcome
{
    enum class Status { Imported, Duplicate, Skipped, Rejected };
    // Why an activity, or a file without any, was not kept.
    enum class SkipReason {
        OtherSport,        // not a run (a walk or hike without --all-sports)
        FasterThanRunning, // moving faster than a runner can (design.md section 7)
        Invalid,           // outside the limits every run meets (design.md section 7)
        Undated,           // no times, and nothing else to date it by
        NothingToImport,   // a course, a settings file, an export's index whose rows came as files
    };
    struct Skip
    {
        SkipReason reason;
        QString text; // in plain words, after the activity's place in a file of several
    };

    QString path;
    Status status = Status::Rejected;
    int imported = 0;        // runs stored
    int duplicates = 0;      // runs already in the log
    int skipped = 0;         // activities not kept
    int untimed = 0;         // of the runs stored, those whose duration is unknown (no times)
    QString message;         // the reason, for a rejected file (without the file's name)
    QStringList notes;       // what was repaired or dropped inside a good file
    std::vector<Skip> skips; // what was not kept and why: every skipped activity, or the file
    // For a rejected file: DiskFull or LogFailure when the log, not the file, failed. Every
    // file after it would fail the same way, so an import stops there.
    ErrorKind errorKind = ErrorKind::Other;

    bool stopsImport() const { return status == Status::Rejected && errorKind != ErrorKind::Other; }
};

QString toId(FileOutcome::Status status);

// What import makes of one activity before it looks at the log, and what `inspect` shows: the
// sport it is taken for (a track beyond running whose file does not say its sport is taken for
// cycling) and, when it is not kept, why (the text without the activity's place).
struct ActivityVerdict
{
    Sport sport = Sport::Running;
    std::optional<FileOutcome::Skip> skip;
    QString keptNote; // when kept only because of an option, what the run's notes say
};
ActivityVerdict judgeActivity(const ParsedActivity& a, const ImportOptions& options);

// Brings activity files into the log. Each file is one transaction: all of its runs are stored,
// or none. Readers only parse; this decides what is a duplicate and what is kept.
class ImportService
{
public:
    explicit ImportService(Database& db) : m_db(db) {}

    // Files and folders (recursively, in name order) expanded to the files to import.
    static QStringList expandPaths(const QStringList& paths);

    // One file of an ImportPlan (on disk or in an archive, with a Strava export's metadata).
    FileOutcome importItem(const ImportItem& item, const ImportOptions& options);
    FileOutcome importFile(const QString& path, const ImportOptions& options);
    // Already-read content; `name` picks the format and names the file in messages. With an
    // overlay (a Strava export's row for the file) its names, RPE and gear are taken.
    // `modified` (the file's modification time, if known) dates a track without any time
    // whose name holds no date either.
    FileOutcome importData(const QString& name, const QByteArray& data,
                           const ImportOptions& options, const strava::Overlay* overlay = nullptr,
                           const QDateTime& modified = {});
    FileOutcome importParsed(const QString& name, const QByteArray& fileHash, ParsedFile parsed,
                             const ImportOptions& options, const QDateTime& modified = {});

    // A date in a file's name (its last path component): YYYY-MM-DD or YYYYMMDD, as devices
    // and apps name their exports ("2024-03-01 Morning Run.gpx", "20240301_0712.gpx").
    static std::optional<QDate> dateInFileName(const QString& name);

private:
    Database& m_db;
};

} // namespace stridewell::core
