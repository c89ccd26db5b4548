#include "import/import_service.h"

#include "import/file_access.h"
#include "import/file_formats.h"
#include "import/import_plan.h"
#include "import/running_speed.h"
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
#include <QRegularExpression>
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

// A failure of the log (a full disk) rather than of the file: the outcome says so.
FileOutcome rejected(const QString& path, const Error& error, const QString& where = QString())
{
    FileOutcome outcome = rejected(path, where + error.message);
    outcome.errorKind = error.kind;
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

void addRunNote(Run& run, const QString& note)
{
    run.notes = run.notes.isEmpty() ? note : run.notes + QLatin1Char('\n') + note;
}

// The start of a track without any time: from a date in the file's name (local noon, as a
// date-only CSV row), else from the file's modification time. Says which, for the run's notes.
std::optional<std::pair<QDateTime, QString>> untimedStart(const QString& name,
                                                          const QDateTime& modified)
{
    if (const auto date = ImportService::dateInFileName(name))
        return std::pair{QDateTime(*date, QTime(12, 0), Qt::LocalTime),
                         QStringLiteral("the file name")};
    if (modified.isValid())
        return std::pair{modified, QStringLiteral("the file's modification time")};
    return std::nullopt;
}

// Whether the run is already in the log. A recording: the same content, or a start within 60 s
// and a distance within 2% (the same run from another device). A row typed by a person gives a
// date, not a time, so two runs of one day share a start: it is a duplicate only when its date,
// distance and duration all match a stored run (design.md section 7).
Result<bool> isDuplicate(const RunRepository& runs, const ParsedActivity& a, const Run& run)
{
    if (a.typedRow && run.loadDuration()) {
        auto same =
            runs.findSameEntry(run.athleteId, run.localDate(), run.distance, *run.loadDuration());
        if (!same)
            return same.error();
        return same->has_value();
    }
    auto known = runs.hasContentHash(run.athleteId, run.contentHash);
    if (!known)
        return known.error();
    if (*known)
        return true;
    auto similar = runs.findSimilar(run.athleteId, run.startUtc, run.distance);
    if (!similar)
        return similar.error();
    return similar->has_value();
}

bool keeps(Sport sport, const ImportOptions& options)
{
    return isRunning(sport) ||
           (options.keepWalking && (sport == Sport::Walking || sport == Sport::Hiking));
}

} // namespace

ActivityVerdict judgeActivity(const ParsedActivity& a, const ImportOptions& options)
{
    using Reason = FileOutcome::SkipReason;
    ActivityVerdict v;
    v.sport = a.sport;
    if (!keeps(a.sport, options)) {
        v.skip = FileOutcome::Skip{Reason::OtherSport,
                                   QStringLiteral("%1, not a run").arg(toId(a.sport))};
        return v;
    }
    // A row typed by a person keeps the checks of a run typed by hand (run_csv.cpp).
    const auto beyond = a.typedRow ? std::nullopt : beyondRunning(a);
    if (beyond) {
        if (!a.sportStated)
            v.sport = Sport::Cycling;
        const QString why =
            a.sportStated
                ? QStringLiteral("faster than running, though the file says %1: %2")
                      .arg(toId(a.sport), *beyond)
                : QStringLiteral("faster than running, so taken for cycling: %1").arg(*beyond);
        if (!options.keepFast) {
            v.skip = FileOutcome::Skip{Reason::FasterThanRunning, why};
            return v;
        }
        v.keptNote =
            QStringLiteral("Kept as asked although it is faster than running: %1.").arg(*beyond);
    }
    // Dated by the file itself: the run's limits can be checked now (an undated track is
    // checked once the import has dated it).
    if (a.start.isValid()) {
        Run run = toRun(a, 0, QString());
        if (Status ok = validateRun(run); !ok)
            v.skip = FileOutcome::Skip{Reason::Invalid, ok.message()};
    }
    return v;
}

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

std::optional<QDate> ImportService::dateInFileName(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<!\d)(\d{4})(-?)(\d{2})\2(\d{2})(?!\d))"));
    const QString base = name.section(QLatin1Char('/'), -1);
    for (auto it = pattern.globalMatch(base); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        // Not an activity id that happens to have 8 digits: GPS watches are from the 1990s on.
        if (date.isValid() && date.year() >= 1990 && date.year() <= 2100)
            return date;
    }
    return std::nullopt;
}

FileOutcome ImportService::importFile(const QString& path, const ImportOptions& options)
{
    auto data = file_access::readFile(path, ImportPlan::kMaxFileBytes);
    if (!data)
        return rejected(path, data.message());
    FileOutcome outcome = importData(path, *data, options, nullptr, file_access::modifiedUtc(path));
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
        auto rows = parseCsv(*data, item.name, FileLimits::kMaxCsvRows);
        if (!rows)
            return rejected(item.name, rows.message());
        if (rows->empty())
            return rejected(item.name, QStringLiteral("empty file"));
        auto parsed = strava::readActivities(*rows, item.name, &*item.stravaFilesPresent);
        if (!parsed)
            return rejected(item.name, parsed.message());
        FileOutcome outcome =
            importParsed(item.name, QCryptographicHash::hash(*data, QCryptographicHash::Sha256),
                         std::move(*parsed), options, item.modified);
        if (outcome.status == FileOutcome::Status::Rejected &&
            outcome.message == QLatin1String("no activities in the file")) {
            outcome.status = FileOutcome::Status::Skipped;
            outcome.message.clear();
            outcome.skips.push_back({FileOutcome::SkipReason::NothingToImport,
                                     QStringLiteral("every activity it lists came as a file of "
                                                    "its own")});
        }
        return outcome;
    }
    return importData(item.name, *data, options, item.strava ? &*item.strava : nullptr,
                      item.modified);
}

FileOutcome ImportService::importData(const QString& name, const QByteArray& data,
                                      const ImportOptions& options, const strava::Overlay* overlay,
                                      const QDateTime& modified)
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
                        std::move(*parsed), options, modified);
}

FileOutcome ImportService::importParsed(const QString& name, const QByteArray& fileHash,
                                        ParsedFile parsed, const ImportOptions& options,
                                        const QDateTime& modified)
{
    FileOutcome outcome;
    outcome.path = name;
    outcome.notes = parsed.notes;

    RunRepository runs(m_db);
    ShoeRepository shoes(m_db);
    Transaction tx(m_db);
    if (!tx.active())
        return rejected(name, tx.beginError());

    const bool single = parsed.activities.size() == 1;
    auto skip = [&](FileOutcome::SkipReason reason, const QString& where, const QString& text) {
        ++outcome.skipped;
        outcome.skips.push_back({reason, where + text});
    };
    for (std::size_t i = 0; i < parsed.activities.size(); ++i) {
        ParsedActivity& a = parsed.activities[i];
        const QString where =
            single || a.origin.isEmpty() ? QString() : a.origin + QStringLiteral(": ");
        const ActivityVerdict verdict = judgeActivity(a, options);
        if (verdict.skip) {
            skip(verdict.skip->reason, where, verdict.skip->text);
            continue;
        }
        // A track without times (a route drawn on a map, an old logger) still has its distance:
        // it comes in with an unknown duration, dated as well as the file allows.
        if (a.elapsed && a.elapsed->inSeconds() <= 0)
            a.elapsed.reset();
        QString dateSource;
        if (!a.start.isValid()) {
            const auto start = untimedStart(name, modified);
            if (!start) {
                skip(FileOutcome::SkipReason::Undated, where,
                     QStringLiteral("no times in the track and no date in the file's name, so the "
                                    "run's date is unknown (log it by hand; inspect shows its "
                                    "distance)"));
                continue;
            }
            a.start = start->first;
            dateSource = start->second;
        }
        Run run = toRun(a, options.athleteId, parsed.format);
        if (!verdict.keptNote.isEmpty()) {
            addRunNote(run, verdict.keptNote);
            outcome.notes << where + verdict.keptNote;
        }
        if (!dateSource.isEmpty())
            addRunNote(
                run, QStringLiteral("Date taken from %1: the track has no times.").arg(dateSource));
        if (run.notes.size() > RunLimits::kMaxNotesLength)
            run.notes.truncate(RunLimits::kMaxNotesLength);
        run.contentHash = a.fingerprint.isEmpty() ? fileHash : a.fingerprint;
        if (!single && a.fingerprint.isEmpty())
            run.contentHash = QCryptographicHash::hash(fileHash + QByteArray::number(qulonglong(i)),
                                                       QCryptographicHash::Sha256);
        auto duplicate = isDuplicate(runs, a, run);
        if (!duplicate)
            return rejected(name, duplicate.error());
        if (*duplicate) {
            ++outcome.duplicates;
            continue;
        }
        // Imported runs meet the limits of runs typed by hand; one that does not is left out
        // with the reason, and the file's other activities still come in.
        if (Status ok = validateRun(run); !ok) {
            skip(FileOutcome::SkipReason::Invalid, where, ok.message());
            continue;
        }
        if (!a.shoeName.trimmed().isEmpty()) {
            auto shoeId = shoes.findOrAdd(options.athleteId, a.shoeName);
            if (!shoeId)
                return rejected(name, shoeId.error(), where);
            run.shoeId = *shoeId;
        }
        auto id = runs.add(run);
        if (!id)
            return rejected(name, id.error(), where);
        if (!a.samples.empty())
            if (Status ok = runs.saveSamples(*id, a.samples); !ok)
                return rejected(name, ok.error());
        ++outcome.imported;
        if (!run.loadDuration()) {
            ++outcome.untimed;
            outcome.notes << where + (dateSource.isEmpty()
                                          ? QStringLiteral("imported with unknown duration")
                                          : QStringLiteral("imported with unknown duration (date "
                                                           "taken from %1)")
                                                .arg(dateSource));
        }
    }
    // Nothing came of the file but a problem (a date out of range, no date at all): the file is
    // refused, with the problem as its reason.
    if (outcome.imported == 0 && outcome.duplicates == 0)
        for (const FileOutcome::Skip& s : outcome.skips)
            if (s.reason == FileOutcome::SkipReason::Invalid ||
                s.reason == FileOutcome::SkipReason::Undated)
                return rejected(name, s.text);
    if (Status ok = tx.commit(); !ok)
        return rejected(name, ok.error());

    if (outcome.imported > 0) {
        outcome.status = FileOutcome::Status::Imported;
    } else if (outcome.duplicates > 0) {
        outcome.status = FileOutcome::Status::Duplicate;
    } else if (outcome.skipped > 0) {
        outcome.status = FileOutcome::Status::Skipped;
    } else if (!parsed.notes.isEmpty()) {
        // No activity at all, and the reader said why (a course, a settings file).
        outcome.status = FileOutcome::Status::Skipped;
        outcome.skips.push_back(
            {FileOutcome::SkipReason::NothingToImport, parsed.notes.join(QStringLiteral("; "))});
        outcome.notes.clear();
    } else {
        return rejected(name, QStringLiteral("no activities in the file"));
    }
    return outcome;
}

} // namespace stridewell::core
