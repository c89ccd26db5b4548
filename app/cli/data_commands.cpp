// runs, export: listing runs and moving them out of the log (import: import_commands.cpp).
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/json_output.h"
#include "import/run_csv.h"
#include "model/value_text.h"
#include "storage/database.h"
#include "storage/run_repository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

bool isSet(Context& ctx, const char* name)
{
    return ctx.args().isSet(QString::fromLatin1(name));
}

QString value(Context& ctx, const char* name)
{
    return ctx.args().value(QString::fromLatin1(name));
}

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

int exportRuns(Context& ctx)
{
    const QString format = value(ctx, "format").toLower();
    if (format.isEmpty())
        return ctx.usage(QStringLiteral("--format: required (csv)"));
    if (format != QLatin1String("csv"))
        return ctx.usage(
            QStringLiteral("--format: \"%1\" is not a format this version exports (csv)")
                .arg(value(ctx, "format")));
    const QString output = value(ctx, "output");
    if (output.isEmpty())
        return ctx.usage(QStringLiteral("-o: the output FILE is required"));
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

QCommandLineOption option(const char* name, const QString& description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), description,
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), description);
}

} // namespace

QList<Command> dataCommands()
{
    const QCommandLineOption athlete = option(
        "athlete", QStringLiteral("The athlete (may be left out when the log holds only one)."),
        "NAME");
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
         QStringLiteral("--athlete A --format csv [--from D] [--to D] -o FILE"),
         QStringLiteral("Write the athlete's runs as CSV (the same columns import reads)."),
         {athlete, option("format", QStringLiteral("csv"), "FORMAT"), from, to,
          QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                             QStringLiteral("The file to write."), QStringLiteral("FILE"))},
         {},
         &exportRuns},
    };
}

} // namespace stridewell::cli
