// import, inspect: bringing activity files into the log, or looking at one first.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/json_output.h"
#include "cli/options.h"
#include "import/file_access.h"
#include "import/file_formats.h"
#include "import/import_plan.h"
#include "import/import_service.h"
#include "model/value_text.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <array>
#include <cmath>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

// What the files of one import left out, counted by reason for the summary.
class SkipTally
{
public:
    void add(const std::vector<FileOutcome::Skip>& skips)
    {
        for (const FileOutcome::Skip& skip : skips)
            ++m_counts[std::size_t(skip.reason)];
    }
    QString text() const
    {
        using Reason = FileOutcome::SkipReason;
        QStringList parts;
        auto part = [&](Reason reason, const char* one, const char* many) {
            if (const int n = m_counts[std::size_t(reason)]; n > 0)
                parts << (n == 1 ? QString::fromLatin1(one) : QString::fromLatin1(many).arg(n));
        };
        part(Reason::OtherSport, "1 activity of another sport", "%1 activities of other sports");
        part(Reason::FasterThanRunning, "1 track faster than running (--all-sports keeps it)",
             "%1 tracks faster than running (--all-sports keeps them)");
        part(Reason::Invalid, "1 activity outside the limits of a run",
             "%1 activities outside the limits of a run");
        part(Reason::Undated, "1 track without a date", "%1 tracks without a date");
        part(Reason::NothingToImport, "1 file without activities", "%1 files without activities");
        return parts.join(QStringLiteral(", "));
    }

private:
    std::array<int, 5> m_counts{};
};

// A file name short enough for one terminal line of progress.
QString elided(const QString& name)
{
    constexpr int kMax = 48;
    return name.size() <= kMax ? name : QStringLiteral("…") + name.right(kMax - 1);
}

int importFiles(Context& ctx)
{
    if (ctx.positionals().isEmpty())
        return ctx.usage(QStringLiteral("import: give at least one file or folder"));
    for (const QString& path : ctx.positionals()) {
        if (!file_access::exists(path))
            return ctx.usage(
                QStringLiteral("%1: no such file or folder").arg(file_access::printable(path)));
        if (const QString kind = file_access::specialKind(path); !kind.isEmpty())
            return ctx.usage(QStringLiteral("%1: %2, not a file or folder; import reads files")
                                 .arg(file_access::printable(path), kind));
    }
    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    Database& db = **ctx.openLog(true);

    ImportOptions options;
    options.athleteId = athlete->id;
    options.keepWalking = isSet(ctx, "all-sports");
    options.keepFast = isSet(ctx, "all-sports");
    options.salvage = isSet(ctx, "salvage");
    ImportService service(db);
    const std::vector<ImportItem> items = ImportPlan::expand(ctx.positionals());
    int imported = 0, runs = 0, duplicates = 0, skipped = 0, rejected = 0;
    SkipTally tally;
    QTextStream& out = ctx.out();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ImportItem& item = items[i];
        const QString name = file_access::printable(item.name);
        if (items.size() > 1)
            ctx.progress(QStringLiteral("importing %1 of %2: %3")
                             .arg(i + 1)
                             .arg(items.size())
                             .arg(elided(name.section(QLatin1Char('/'), -1))));
        const FileOutcome outcome = service.importItem(item, options);
        ctx.clearProgress();
        out << qSetFieldWidth(10) << Qt::left << toId(outcome.status) << qSetFieldWidth(0) << name;
        // A skipped file says why on its own line when one reason covers it; otherwise each
        // activity left out gets a line below.
        bool skipsShown = false;
        switch (outcome.status) {
        case FileOutcome::Status::Imported:
            ++imported;
            runs += outcome.imported;
            out << " (" << outcome.imported << (outcome.imported == 1 ? " run" : " runs");
            if (outcome.untimed)
                out << (outcome.imported == 1
                            ? QStringLiteral(", unknown duration")
                            : QStringLiteral(", %1 of unknown duration").arg(outcome.untimed));
            if (outcome.duplicates)
                out << ", " << outcome.duplicates << " already in the log";
            if (outcome.skipped)
                out << ", " << outcome.skipped << " not kept";
            out << ")";
            break;
        case FileOutcome::Status::Duplicate:
            ++duplicates;
            out << " (already in the log)";
            break;
        case FileOutcome::Status::Skipped:
            ++skipped;
            if (outcome.skips.size() == 1) {
                out << ": " << outcome.skips.front().text;
                skipsShown = true;
            } else {
                out << ": " << outcome.skips.size() << " activities, none of them kept";
            }
            break;
        case FileOutcome::Status::Rejected:
            ++rejected;
            out << ": " << outcome.message;
            break;
        }
        out << Qt::endl;
        if (!skipsShown)
            for (const FileOutcome::Skip& skip : outcome.skips)
                out << "          not kept: " << skip.text << Qt::endl;
        for (const QString& note : outcome.notes)
            out << "          note: " << note << Qt::endl;
        if (outcome.stopsImport()) {
            // Every file left would fail the same way: stop with one message. Each file
            // before this one was committed whole, so the log is consistent.
            const QString counts = QStringLiteral("%1 imported, %2 not tried")
                                       .arg(QStringLiteral("%1 %2").arg(imported).arg(
                                                QLatin1String(imported == 1 ? "file" : "files")),
                                            QString::number(qsizetype(items.size() - i - 1)));
            if (outcome.errorKind == ErrorKind::DiskFull)
                return ctx.failed(QStringLiteral("%1: the disk is full: %2; free some space and "
                                                 "import again (files already in the log are "
                                                 "skipped)")
                                      .arg(db.path(), counts));
            return ctx.failed(
                QStringLiteral("%1: %2; import stopped: %3").arg(name, outcome.message, counts));
        }
        if (outcome.status == FileOutcome::Status::Rejected)
            ctx.error(QStringLiteral("%1: %2").arg(name, outcome.message));
        else
            tally.add(outcome.skips);
    }
    if (const QString why = tally.text(); !why.isEmpty())
        out << "not kept: " << why << Qt::endl;
    const auto count = items.size();
    out << count << (count == 1 ? " file: " : " files: ") << imported << " imported (" << runs
        << (runs == 1 ? " run" : " runs") << "), " << duplicates << " duplicate, " << skipped
        << " skipped, " << rejected << " rejected" << Qt::endl;
    return rejected > 0 ? kFailed : kSuccess;
}

QJsonValue number(const std::optional<double>& v, int decimals)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonObject activityJson(const ParsedActivity& a, const ActivityVerdict& verdict)
{
    return {
        {QStringLiteral("sport"), toId(verdict.sport)},
        {QStringLiteral("start"), a.start.isValid()
                                      ? QJsonValue(a.start.toUTC().toString(Qt::ISODate))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("distance_m"), number(a.distance.inMetres(), 2)},
        {QStringLiteral("elapsed_s"),
         a.elapsed ? number(a.elapsed->inSeconds(), 3) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("timer_s"),
         a.timer ? number(a.timer->inSeconds(), 3) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("points"), qint64(a.samples.size())},
        {QStringLiteral("avg_cadence_spm"), number(a.avgCadenceSpm, 2)},
        {QStringLiteral("avg_hr_bpm"), number(a.avgHrBpm, 2)},
        {QStringLiteral("elevation_gain_m"), number(a.elevationGainM, 1)},
        {QStringLiteral("laps"), a.laps},
        {QStringLiteral("skipped"), verdict.skip.has_value()},
    };
}

int inspectFile(Context& ctx)
{
    if (ctx.positionals().size() != 1)
        return ctx.usage(QStringLiteral("inspect: give one file"));
    const QString path = ctx.positionals().front();
    const QString name = file_access::printable(path);
    if (!file_access::exists(path))
        return ctx.usage(QStringLiteral("%1: no such file").arg(name));
    if (file_access::isDirectory(path))
        return ctx.usage(
            QStringLiteral("%1: a folder; inspect reads one file (import takes folders)")
                .arg(name));
    if (const QString kind = file_access::specialKind(path); !kind.isEmpty())
        return ctx.usage(
            QStringLiteral("%1: %2, not a file; inspect reads one file").arg(name, kind));
    auto data = file_access::readFile(path, ImportPlan::kMaxFileBytes);
    if (!data)
        return ctx.failed(data.message());
    ReadOptions options;
    options.salvage = isSet(ctx, "salvage");
    auto parsed = readActivityFile(*data, name, options);
    if (!parsed)
        return ctx.failed(parsed.message());
    ImportOptions importOptions;
    importOptions.keepWalking = isSet(ctx, "all-sports");
    importOptions.keepFast = isSet(ctx, "all-sports");
    for (const QString& note : parsed->notes)
        ctx.note(QStringLiteral("note: %1: %2").arg(name, note));
    if (isSet(ctx, "json")) {
        QJsonArray activities;
        for (const ParsedActivity& a : parsed->activities)
            activities.append(activityJson(a, judgeActivity(a, importOptions)));
        printJson(ctx.out(), QJsonObject{{QStringLiteral("format"), parsed->format},
                                         {QStringLiteral("activities"), activities}});
        return kSuccess;
    }
    QTextStream& out = ctx.out();
    out << name << ": " << parsed->format << ", " << parsed->activities.size()
        << (parsed->activities.size() == 1 ? " activity" : " activities") << Qt::endl;
    for (const ParsedActivity& a : parsed->activities) {
        const ActivityVerdict verdict = judgeActivity(a, importOptions);
        const auto duration = a.timer ? a.timer : a.elapsed;
        out << "  "
            << (a.start.isValid() ? a.start.toUTC().toString(Qt::ISODate)
                                  : QStringLiteral("date unknown"))
            << "  " << toId(verdict.sport) << "  " << ctx.distance(a.distance) << "  "
            << (duration ? formatDuration(*duration) : QStringLiteral("duration unknown")) << "  "
            << a.samples.size() << " points";
        if (a.avgCadenceSpm)
            out << "  " << qRound(*a.avgCadenceSpm) << " spm";
        if (a.avgHrBpm)
            out << "  " << qRound(*a.avgHrBpm) << " bpm";
        if (verdict.skip)
            out << "  (import skips it: " << verdict.skip->text << ")";
        out << Qt::endl;
    }
    return kSuccess;
}

} // namespace

QList<Command> importCommands()
{
    const QCommandLineOption allSports =
        option("all-sports", QStringLiteral("Keep walks and hikes too, and tracks faster than "
                                            "running (other sports are always skipped)."));
    const QCommandLineOption salvage =
        option("salvage", QStringLiteral("Keep the readable part of a truncated or CRC-damaged FIT "
                                         "file (the run's notes say so) instead of rejecting it."));
    return {
        {QStringLiteral("import"),
         QStringLiteral("[--athlete A] [--all-sports] [--salvage] PATH..."),
         QStringLiteral("Import activity files: .fit .gpx .tcx .csv, their .gz, .zip archives "
                        "and folders (recursively), including a Strava bulk export and a Garmin "
                        "export. One line per file (imported, duplicate, skipped or rejected "
                        "with the reason) and a summary; exit 1 if any file was rejected. Each "
                        "file is stored whole or not at all. A GPS track without times comes in "
                        "with its distance and an unknown duration, dated by the file's "
                        "metadata, a date in its name or its modification time. A full disk "
                        "(or a log that cannot be written) stops the import at once with one "
                        "message: how many files were imported and how many not tried; exit 1. "
                        "Named pipes and devices are refused by name. On a terminal, stderr "
                        "shows which file is being imported."),
         {athleteOption(), allSports, salvage},
         {{QStringLiteral("PATH..."),
           QStringLiteral("Files, archives or folders (searched recursively).")}},
         &importFiles},
        {QStringLiteral("inspect"),
         QStringLiteral("PATH [--json] [--all-sports] [--salvage]"),
         QStringLiteral("Read one activity file (.fit .gpx .tcx .csv or its .gz) without storing "
                        "it and print what import would take from it."),
         {option("json", QStringLiteral("Print JSON: {\"format\", \"activities\": [{\"sport\", "
                                        "\"start\", \"distance_m\", \"elapsed_s\", \"timer_s\", "
                                        "\"points\", \"avg_cadence_spm\", \"avg_hr_bpm\", "
                                        "\"elevation_gain_m\", \"laps\", \"skipped\"}]}.")),
          allSports, salvage},
         {{QStringLiteral("PATH"), QStringLiteral("The file.")}},
         &inspectFile},
    };
}

} // namespace stridewell::cli
