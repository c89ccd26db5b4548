// runs, export, import-bundle: listing runs, moving them out of the log, and merging an
// athlete bundle in (activity files: import_commands.cpp).
#include "bundle/bundle_service.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/json_output.h"
#include "cli/options.h"
#include "import/file_access.h"
#include "import/run_csv.h"
#include "model/value_text.h"
#include "storage/athlete_repository.h"
#include "storage/database.h"
#include "storage/run_repository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

QJsonObject runJson(const Run& run)
{
    return {
        {QStringLiteral("id"), run.id},
        {QStringLiteral("date"), run.localDate().toString(Qt::ISODate)},
        {QStringLiteral("start"), formatIsoWithOffset(run.startUtc, run.utcOffsetS)},
        {QStringLiteral("distance_m"), run.distance.inMetres()},
        {QStringLiteral("elapsed_s"),
         run.elapsed ? QJsonValue(run.elapsed->inSeconds()) : QJsonValue()},
        {QStringLiteral("timer_s"), run.timer ? QJsonValue(run.timer->inSeconds()) : QJsonValue()},
        {QStringLiteral("avg_cadence_spm"), orNull(run.avgCadenceSpm)},
        {QStringLiteral("avg_hr_bpm"), orNull(run.avgHrBpm)},
        {QStringLiteral("rpe"), orNull(run.rpe)},
        {QStringLiteral("type"), orNull(run.type)},
        {QStringLiteral("surface"), orNull(run.surface)},
        {QStringLiteral("shoe"), orNull(run.shoeName)},
        {QStringLiteral("notes"), orNull(run.notes)},
        {QStringLiteral("source"), run.source},
    };
}

int listRuns(Context& ctx)
{
    std::optional<QDate> from, to;
    if (!ctx.dateRange(from, to))
        return kUsage;
    auto athlete = ctx.athlete();
    if (!athlete)
        return ctx.failed(athlete.message());
    auto runs = RunRepository(**ctx.openLog(false)).list(athlete->id, from, to);
    if (!runs)
        return ctx.failed(runs.message());
    if (isSet(ctx, "json")) {
        QJsonArray array;
        for (const Run& run : *runs)
            array.append(runJson(run));
        printJson(ctx.out(), array);
        return kSuccess;
    }
    QTextStream& out = ctx.out();
    if (runs->isEmpty()) {
        out << "no runs for " << athlete->name << (from || to ? " in that period" : "") << Qt::endl;
        return kSuccess;
    }
    out << "date        start  " << qSetFieldWidth(10) << Qt::right << ctx.unitName()
        << qSetFieldWidth(0) << "  duration      pace  cad   hr  rpe  type       shoe" << Qt::endl;
    Distance total;
    for (const Run& run : *runs) {
        total += run.distance;
        const double d = ctx.units() == Units::Km ? run.distance.inKm() : run.distance.inMiles();
        const auto duration = run.loadDuration(); // unknown for a track without times
        out << run.localDate().toString(Qt::ISODate) << "  "
            << run.localStart().toString(QStringLiteral("HH:mm")) << "  " << qSetFieldWidth(10)
            << Qt::right << QString::number(d, 'f', 2) << qSetFieldWidth(0) << "  "
            << qSetFieldWidth(8) << (duration ? formatDuration(*duration) : QStringLiteral("-"))
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(8)
            << (duration ? ctx.pace(run.distance, *duration).section(QLatin1Char('/'), 0, 0)
                         : QStringLiteral("-"))
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(3)
            << (run.avgCadenceSpm ? QString::number(qRound(*run.avgCadenceSpm))
                                  : QStringLiteral("-"))
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(3)
            << (run.avgHrBpm ? QString::number(qRound(*run.avgHrBpm)) : QStringLiteral("-"))
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(3)
            << (run.rpe ? QString::number(*run.rpe) : QStringLiteral("-")) << qSetFieldWidth(0)
            << "  " << qSetFieldWidth(10) << Qt::left
            << (run.type.isEmpty() ? QStringLiteral("-") : run.type) << qSetFieldWidth(0) << " "
            << run.shoeName << Qt::endl;
    }
    out << runs->size() << (runs->size() == 1 ? " run, " : " runs, ") << ctx.distance(total)
        << Qt::endl;
    return kSuccess;
}

QString counted(int n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString countsText(const BundleCounts& c)
{
    QStringList parts{counted(c.runs, "run", "runs"),
                      counted(c.symptoms, "symptom entry", "symptom entries"),
                      counted(c.calfTests, "calf-raise test", "calf-raise tests"),
                      counted(c.strengthSessions, "strength session", "strength sessions"),
                      counted(c.shoes, "shoe", "shoes")};
    if (c.clearances > 0) // most bundles have none; named only when there are some
        parts << counted(c.clearances, "clearance", "clearances");
    return parts.join(QStringLiteral(", "));
}

int exportBundle(Context& ctx, const QString& output)
{
    auto athlete = ctx.athlete();
    if (!athlete)
        return ctx.failed(athlete.message());
    auto exported = BundleService(**ctx.openLog(false)).exportAthlete(athlete->id, output);
    if (!exported)
        return ctx.failed(exported.message());
    ctx.out() << "wrote the bundle of " << athlete->name << " to " << output << ": "
              << countsText(exported->counts) << Qt::endl;
    return kSuccess;
}

int exportRuns(Context& ctx)
{
    const QString format = value(ctx, "format").toLower();
    if (format.isEmpty())
        return ctx.usage(QStringLiteral("--format: required (csv or bundle)"));
    if (format != QLatin1String("csv") && format != QLatin1String("bundle"))
        return ctx.usage(
            QStringLiteral("--format: \"%1\" is not a format this version exports (csv, bundle)")
                .arg(value(ctx, "format")));
    const QString output = value(ctx, "output");
    if (output.isEmpty())
        return ctx.usage(QStringLiteral("-o: the output FILE is required"));
    if (format == QLatin1String("bundle")) {
        if (isSet(ctx, "from") || isSet(ctx, "to"))
            return ctx.usage(QStringLiteral("--from/--to: a bundle holds the athlete's whole "
                                            "record; leave them out (a csv export takes a date "
                                            "range)"));
        return exportBundle(ctx, output);
    }
    std::optional<QDate> from, to;
    if (!ctx.dateRange(from, to))
        return kUsage;
    auto athlete = ctx.athlete();
    if (!athlete)
        return ctx.failed(athlete.message());
    auto runs = RunRepository(**ctx.openLog(false)).list(athlete->id, from, to);
    if (!runs)
        return ctx.failed(runs.message());
    if (Status ok = run_csv::save(*runs, output); !ok)
        return ctx.failed(ok.message());
    ctx.out() << "wrote " << runs->size() << (runs->size() == 1 ? " run" : " runs") << " of "
              << athlete->name << " to " << output << Qt::endl;
    return kSuccess;
}

int importBundle(Context& ctx)
{
    if (ctx.positionals().size() != 1)
        return ctx.usage(QStringLiteral("import-bundle: give one bundle FILE"));
    const QString path = ctx.positionals().front();
    const QFileInfo info(path);
    if (!info.exists())
        return ctx.usage(QStringLiteral("%1: no such file").arg(path));
    if (info.isDir())
        return ctx.usage(QStringLiteral("%1: a folder; give the bundle file").arg(path));
    if (const QString kind = file_access::specialKind(path); !kind.isEmpty())
        return ctx.usage(
            QStringLiteral("%1: %2, not a file; give the bundle file").arg(path, kind));
    BundleImportOptions options;
    if (isSet(ctx, "athlete")) {
        options.athleteName = value(ctx, "athlete").trimmed();
        if (Status ok = AthleteRepository::validateName(options.athleteName); !ok)
            return ctx.usage(QStringLiteral("--") + ok.message());
    }
    // The bundle is checked whole before the log is opened (or created, for a first merge).
    auto bundle = BundleFile::open(path);
    if (!bundle)
        return ctx.failed(bundle.message());
    auto db = ctx.openLog(true);
    if (!db)
        return ctx.failed(db.message());
    auto merged = BundleService(**db).merge(**bundle, options);
    if (!merged)
        return ctx.failed(merged.message());
    QStringList about;
    if (merged->athleteCreated)
        about << QStringLiteral("new athlete");
    if (merged->bundleAthlete != merged->athlete.name)
        about << QStringLiteral("\"%1\" in the bundle").arg(merged->bundleAthlete);
    ctx.out() << "merged " << path << " into \"" << merged->athlete.name << "\""
              << (about.isEmpty() ? QString()
                                  : QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", "))))
              << ": added " << countsText(merged->added) << "; skipped "
              << countsText(merged->skipped) << " already in the log" << Qt::endl;
    return kSuccess;
}

} // namespace

QList<Command> dataCommands()
{
    const QCommandLineOption athlete = athleteOption();
    const QCommandLineOption from =
        option("from", QStringLiteral("First local date to include."), "YYYY-MM-DD");
    const QCommandLineOption to =
        option("to", QStringLiteral("Last local date to include."), "YYYY-MM-DD");
    return {
        {QStringLiteral("runs"),
         QStringLiteral("--athlete A [--from D] [--to D] [--json]"),
         QStringLiteral("List runs, oldest first."),
         {athlete, from, to,
          option("json", QStringLiteral("Print JSON (see the README for the shape)."))},
         {},
         &listRuns},
        {QStringLiteral("export"),
         QStringLiteral("--athlete A --format csv|bundle [--from D] [--to D] -o FILE"),
         QStringLiteral("Write the athlete's runs as CSV (the same columns import reads), or the "
                        "athlete's whole record as a bundle that import-bundle merges into "
                        "another log (a coach's)."),
         {athlete,
          option("format",
                 QStringLiteral("csv: the runs (--from/--to pick a period). bundle: everything "
                                "about the athlete (runs with their samples, symptom entries, "
                                "calf-raise tests, strength sessions, shoes), always the whole "
                                "record: --from/--to are refused. Suggested name: "
                                "NAME.stridewell-bundle."),
                 "FORMAT"),
          option("from", QStringLiteral("First local date to include (csv only)."), "YYYY-MM-DD"),
          option("to", QStringLiteral("Last local date to include (csv only)."), "YYYY-MM-DD"),
          QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                             QStringLiteral("The file to write, owner-only (replaced whole, or "
                                            "left as it was if the export fails)."),
                             QStringLiteral("FILE"))},
         {},
         &exportRuns},
        {QStringLiteral("import-bundle"),
         QStringLiteral("FILE [--athlete NAME]"),
         QStringLiteral("Merge an athlete bundle (from export --format bundle) into this log, in "
                        "one transaction: all of it or nothing. The athlete is matched by name "
                        "without case and added when new. Runs, symptom entries, calf-raise "
                        "tests, strength sessions and shoes the log already has are skipped, so "
                        "merging a bundle again adds nothing. Prints one line: what was added "
                        "and skipped. Exit 1, with nothing written, when the bundle is "
                        "unreadable, damaged, too large or from a newer Stridewell."),
         {option("athlete",
                 QStringLiteral("The log's athlete to merge into (matched without case; added "
                                "under this name when new). Default: the name in the bundle."),
                 "NAME")},
         {{QStringLiteral("FILE"), QStringLiteral("The bundle (.stridewell-bundle).")}},
         &importBundle},
    };
}

} // namespace stridewell::cli
