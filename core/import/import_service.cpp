#include "import/import_service.h"

#include "import/file_access.h"
#include "import/file_formats.h"
#include "import/import_plan.h"
#include "import/strava_activities.h"
#include "model/run_validation.h"
#include "model/value_text.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace stridewell::core {

namespace {

FileOutcome rejected(const QString& path, const QString& message)
{
    FileOutcome outcome;
    outcome.path = path;
    outcome.status = FileOutcome::Status::Rejected;
    // Readers name the file first; the outcome carries the file apart from the reason.
    const QString prefix = file_access::printable(path) + QStringLiteral(": ");
    outcome.message = message.startsWith(prefix) ? message.mid(prefix.size()) : message;
    return outcome;
}

Run toRun(const ParsedActivity& a, qint64 athleteId, const QString& source)
{
    Run run;
    run.athleteId = athleteId;
    // An instant without a zone takes this machine's offset; otherwise the file's own.
    run.utcOffsetS =
        a.start.timeSpec() == Qt::UTC ? systemOffsetAt(a.start) : a.start.offsetFromUtc();
    run.startUtc = a.start.toUTC();
    run.distance = a.distance;
    run.elapsed = a.elapsed;
    run.timer = a.timer;
    run.avgCadenceSpm = a.avgCadenceSpm;
    run.avgHrBpm = a.avgHrBpm;
    run.rpe = a.rpe;
    run.type = a.type;
    run.surface = a.surface;
    if (run.surface.isEmpty() && a.sport == Sport::TrailRunning)
        run.surface = QStringLiteral("trail");
    if (run.surface.isEmpty() && a.sport == Sport::TreadmillRunning)
        run.surface = QStringLiteral("treadmill");
    run.notes = a.notes;
    run.source = source;
    run.elevationGainM = a.elevationGainM;
    return run;
}

bool keeps(Sport sport, const ImportOptions& options)
{
    return isRunning(sport) ||
           (options.keepWalking && (sport == Sport::Walking || sport == Sport::Hiking));
}

} // namespace

QString toId(FileOutcome::Status status)
{
    switch (status) {
    case FileOutcome::Status::Imported:
        return QStringLiteral("imported");
    case FileOutcome::Status::Duplicate:
        return QStringLiteral("duplicate");
    case FileOutcome::Status::Skipped:
        return QStringLiteral("skipped");
    case FileOutcome::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QStringList ImportService::expandPaths(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!file_access::isDirectory(path)) {
            files << path;
            continue;
        }
        for (const QString& file : file_access::listFiles(path))
            if (formatForFileName(file))
                files << file;
    }
    return files;
}

FileOutcome ImportService::importFile(const QString& path, const ImportOptions& options)
{
    auto data = file_access::readFile(path, ImportPlan::kMaxFileBytes);
    if (!data)
        return rejected(path, data.message());
    FileOutcome outcome = importData(path, *data, options);
    outcome.path = path;
    return outcome;
}

FileOutcome ImportService::importItem(const ImportItem& item, const ImportOptions& options)
{
    auto data = item.load();
    if (!data)
        return rejected(item.name, data.message());
    if (item.stravaFilesPresent) {
        // A Strava export's index: its rows without an activity file in the export.
        auto rows = parseCsv(*data, item.name);
        if (!rows)
            return rejected(item.name, rows.message());
        if (rows->empty())
            return rejected(item.name, QStringLiteral("empty file"));
        auto parsed = strava::readActivities(*rows, item.name, &*item.stravaFilesPresent);
        if (!parsed)
            return rejected(item.name, parsed.message());
        FileOutcome outcome =
            importParsed(item.name, QCryptographicHash::hash(*data, QCryptographicHash::Sha256),
                         std::move(*parsed), options);
        if (outcome.status == FileOutcome::Status::Rejected &&
            outcome.message == QLatin1String("no activities in the file"))
            outcome.status = FileOutcome::Status::Skipped; // every row came with its file
        return outcome;
    }
    return importData(item.name, *data, options, item.strava ? &*item.strava : nullptr);
}

FileOutcome ImportService::importData(const QString& name, const QByteArray& data,
                                      const ImportOptions& options, const strava::Overlay* overlay)
{
    ReadOptions readOptions;
    readOptions.salvage = options.salvage;
    QByteArray content;
    auto parsed = readActivityFile(data, name, readOptions, &content);
    if (!parsed)
        return rejected(name, parsed.message());
    if (overlay)
        for (ParsedActivity& a : parsed->activities)
            strava::apply(*overlay, a);
    return importParsed(name, QCryptographicHash::hash(content, QCryptographicHash::Sha256),
                        std::move(*parsed), options);
}

FileOutcome ImportService::importParsed(const QString& name, const QByteArray& fileHash,
                                        ParsedFile parsed, const ImportOptions& options)
{
    FileOutcome outcome;
    outcome.path = name;
    outcome.notes = parsed.notes;

    RunRepository runs(m_db);
    ShoeRepository shoes(m_db);
    Transaction tx(m_db);
    if (!tx.active())
        return rejected(name, tx.beginError().message);

    const bool single = parsed.activities.size() == 1;
    QString untimed;
    for (std::size_t i = 0; i < parsed.activities.size(); ++i) {
        const ParsedActivity& a = parsed.activities[i];
        const QString where =
            single || a.origin.isEmpty() ? QString() : a.origin + QStringLiteral(": ");
        if (!keeps(a.sport, options)) {
            ++outcome.skipped;
            outcome.notes << QStringLiteral("%1skipped (%2, not a run)").arg(where, toId(a.sport));
            continue;
        }
        if (!a.start.isValid() || !a.elapsed || a.elapsed->inSeconds() <= 0) {
            // A track without times has no duration: the others of the file still come in.
            untimed = where + QStringLiteral("no times in the track, so the run's date or "
                                             "duration is unknown (log it by hand; inspect shows "
                                             "its distance)");
            outcome.notes << untimed;
            ++outcome.skipped;
            continue;
        }
        Run run = toRun(a, options.athleteId, parsed.format);
        if (run.notes.size() > RunLimits::kMaxNotesLength)
            run.notes.truncate(RunLimits::kMaxNotesLength);
        run.contentHash = a.fingerprint.isEmpty() ? fileHash : a.fingerprint;
        if (!single && a.fingerprint.isEmpty())
            run.contentHash = QCryptographicHash::hash(fileHash + QByteArray::number(qulonglong(i)),
                                                       QCryptographicHash::Sha256);
        auto known = runs.hasContentHash(options.athleteId, run.contentHash);
        if (!known)
            return rejected(name, known.message());
        auto similar = runs.findSimilar(options.athleteId, run.startUtc, run.distance);
        if (!similar)
            return rejected(name, similar.message());
        if (*known || similar->has_value()) {
            ++outcome.duplicates;
            continue;
        }
        if (Status ok = validateRun(run); !ok)
            return rejected(name, where + ok.message());
        if (!a.shoeName.trimmed().isEmpty()) {
            auto shoeId = shoes.findOrAdd(options.athleteId, a.shoeName);
            if (!shoeId)
                return rejected(name, where + shoeId.message());
            run.shoeId = *shoeId;
        }
        auto id = runs.add(run);
        if (!id)
            return rejected(name, where + id.message());
        if (!a.samples.empty())
            if (Status ok = runs.saveSamples(*id, a.samples); !ok)
                return rejected(name, ok.message());
        ++outcome.imported;
    }
    if (outcome.imported == 0 && outcome.duplicates == 0 && !untimed.isEmpty())
        return rejected(name, untimed);
    if (Status ok = tx.commit(); !ok)
        return rejected(name, ok.message());

    if (outcome.imported > 0)
        outcome.status = FileOutcome::Status::Imported;
    else if (outcome.duplicates > 0)
        outcome.status = FileOutcome::Status::Duplicate;
    else if (outcome.skipped > 0 || !parsed.notes.isEmpty())
        outcome.status = FileOutcome::Status::Skipped;
    else
        return rejected(name, QStringLiteral("no activities in the file"));
    return outcome;
}

} // namespace stridewell::core
