// weeks, flags: the training-load figures and the flag events (design.md sections 3 and 4).
#include "analysis/load_analysis.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/json_output.h"
#include "cli/options.h"
#include "model/value_text.h"
#include "storage/analysis_input_loader.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

// Numbers in --json are rounded so that 0.1 + 0.2 reads 0.3: metres for km, 4 decimals for
// ratios.
QJsonValue rounded(std::optional<double> v, int decimals)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

// The athlete's analysis input as of `asOf`; stale or bad settings are noted, not fatal.
Result<AnalysisInput> inputFor(Context& ctx, QDate asOf)
{
    auto athlete = ctx.athlete();
    if (!athlete)
        return athlete.error();
    Database& db = **ctx.openLog(false);
    QStringList problems;
    auto input = loadAnalysisInput(db, athlete->id, asOf, &problems);
    for (const QString& problem : problems)
        ctx.note(
            QStringLiteral("%1: setting ignored, the default is used: %2").arg(db.path(), problem));
    return input;
}

// Weeks that overlap [from, to].
bool inRange(const WeekSummary& w, const std::optional<QDate>& from, const std::optional<QDate>& to)
{
    return (!from || w.end() >= *from) && (!to || w.start <= *to);
}

QString orDash(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

QString signedPercent(std::optional<double> ratio)
{
    if (!ratio)
        return QStringLiteral("-");
    // 0.325 is 32.4999... in binary: nudge so that halves round away from zero as written.
    const long p = std::lround(*ratio * 100.0 + std::copysign(1e-7, *ratio));
    return (p > 0 ? QStringLiteral("+") : QString()) + QString::number(p) + QLatin1Char('%');
}

int weeks(Context& ctx)
{
    std::optional<QDate> from, to;
    if (!ctx.dateRange(from, to))
        return kUsage;
    const QDate today = QDate::currentDate();
    auto input = inputFor(ctx, today);
    if (!input)
        return ctx.failed(input.message());
    // Every run counts towards its week's totals; weeks not over by today are not yet complete
    // (no ACWR at week end, monotony or strain).
    const DailySeries daily = DailySeries::build(input->runs);
    const AcwrSeries acwr = AcwrSeries::compute(daily.first, daily.distanceKm());
    const std::vector<WeekSummary> all =
        weeklySeries(daily, acwr, input->settings.weekStart, today);

    if (ctx.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const WeekSummary& w : all)
            if (inRange(w, from, to))
                array.append(QJsonObject{
                    {QStringLiteral("week_start"), w.start.toString(Qt::ISODate)},
                    {QStringLiteral("runs"), w.runs},
                    {QStringLiteral("distance_km"), rounded(w.distance.inKm(), 3)},
                    {QStringLiteral("duration_s"), rounded(w.duration.inSeconds(), 1)},
                    {QStringLiteral("change"), rounded(w.change, 4)},
                    {QStringLiteral("acwr"), rounded(w.acwr, 4)},
                    {QStringLiteral("monotony"), rounded(w.monotony, 4)},
                    {QStringLiteral("strain"), rounded(w.strain, 2)},
                });
        printJson(ctx.out(), array);
        return kSuccess;
    }

    QTextStream& out = ctx.out();
    int shown = 0;
    out << "week of      runs  " << qSetFieldWidth(9) << Qt::right << ctx.unitName()
        << qSetFieldWidth(0) << "  duration  change   acwr  monotony   strain" << Qt::endl;
    for (const WeekSummary& w : all) {
        if (!inRange(w, from, to))
            continue;
        ++shown;
        const double d = ctx.units() == Units::Km ? w.distance.inKm() : w.distance.inMiles();
        out << w.start.toString(Qt::ISODate) << qSetFieldWidth(6) << Qt::right << w.runs
            << qSetFieldWidth(11) << QString::number(d, 'f', 2) << qSetFieldWidth(10)
            << formatDuration(w.duration) << qSetFieldWidth(8) << signedPercent(w.change)
            << qSetFieldWidth(7) << orDash(w.acwr, 2) << qSetFieldWidth(10) << orDash(w.monotony, 2)
            << qSetFieldWidth(9) << orDash(w.strain, 0) << qSetFieldWidth(0) << Qt::endl;
    }
    if (shown == 0)
        out << "no weeks with runs" << (from || to ? " in that period" : "") << Qt::endl;
    else
        out << "acwr: the last 7 days over the average week of the last 28, at week end. "
               "monotony: mean daily load / its deviation; strain: weekly load x monotony "
               "(load: minutes x RPE when every run of the week has an RPE, else km)."
            << Qt::endl;
    return kSuccess;
}

// The value and threshold of a flag in words and units, for the table, by the unit of its
// kind (analysis/flag_kinds.h). Ratios keep enough digits that a value just above its threshold
// does not read as equal to it.
QString figure(const Flag& f, std::optional<double> v, bool isThreshold, Context& ctx)
{
    if (!v)
        return QStringLiteral("-");
    // A threshold reads as set: "+12.5%", not "+13%".
    const double percent = *v * 100.0;
    const QString exactPercent =
        QString::number(percent, 'f', decimalsFor(percent, 0, 2)) + QLatin1Char('%');
    switch (flagKind(f.kind).unit) {
    case FlagUnit::Increase:
        return isThreshold ? (percent > 0 ? QStringLiteral("+") : QString()) + exactPercent
                           : signedPercent(v);
    case FlagUnit::Fraction:
        return isThreshold ? exactPercent
                           : QString::number(std::lround(percent)) + QLatin1Char('%');
    case FlagUnit::Ratio:
        return isThreshold ? QString::number(*v, 'g', 4) : QString::number(*v, 'f', 3);
    case FlagUnit::StepsPerMinute:
        return QString::number(*v, 'f', 1) + QStringLiteral(" spm");
    case FlagUnit::Km:
        return ctx.distance(Distance::km(*v), 1);
    case FlagUnit::Days:
        return QStringLiteral("%1 days").arg(*v);
    case FlagUnit::None:
        break;
    }
    return QStringLiteral("-");
}

int flags(Context& ctx)
{
    std::optional<QDate> from, to;
    if (!ctx.dateRange(from, to))
        return kUsage;
    const std::optional<QDate> asOfOption = ctx.dateOption(QStringLiteral("as-of"), false);
    if (ctx.usageFailed())
        return kUsage;
    const QDate asOf = asOfOption.value_or(QDate::currentDate());
    auto input = inputFor(ctx, asOf);
    if (!input)
        return ctx.failed(input.message());
    std::vector<Flag> events = computeFlags(*input);
    std::erase_if(events,
                  [&](const Flag& f) { return (from && f.date < *from) || (to && f.date > *to); });

    if (ctx.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Flag& f : events)
            array.append(QJsonObject{
                {QStringLiteral("date"), f.date.toString(Qt::ISODate)},
                {QStringLiteral("kind"), toId(f.kind)},
                {QStringLiteral("severity"), toId(f.severity)},
                {QStringLiteral("value"), rounded(f.value, 4)},
                {QStringLiteral("threshold"), rounded(f.threshold, 4)},
                {QStringLiteral("message"), f.message},
                {QStringLiteral("reference"), f.reference},
            });
        printJson(ctx.out(), array);
        return kSuccess;
    }

    QTextStream& out = ctx.out();
    if (events.empty()) {
        out << "no flags up to " << asOf.toString(Qt::ISODate)
            << (from || to ? " in that period" : "") << Qt::endl;
        return kSuccess;
    }
    out << "date        severity  kind                     value   threshold" << Qt::endl;
    int counts[3] = {0, 0, 0};
    for (const Flag& f : events) {
        ++counts[int(f.severity)];
        out << f.date.toString(Qt::ISODate) << "  " << qSetFieldWidth(8) << Qt::left
            << toId(f.severity) << qSetFieldWidth(0) << "  " << qSetFieldWidth(19) << toId(f.kind)
            << qSetFieldWidth(11) << Qt::right << figure(f, f.value, false, ctx)
            << qSetFieldWidth(12) << figure(f, f.threshold, true, ctx) << qSetFieldWidth(0)
            << Qt::endl
            << "            " << f.message << Qt::endl
            << "            Evidence: " << f.reference << Qt::endl;
    }
    out << events.size() << (events.size() == 1 ? " flag" : " flags") << " up to "
        << asOf.toString(Qt::ISODate) << ": " << counts[int(Severity::High)] << " high, "
        << counts[int(Severity::Caution)] << " caution, " << counts[int(Severity::Info)] << " info"
        << Qt::endl;
    return kSuccess;
}

} // namespace

QList<Command> analysisCommands()
{
    const QCommandLineOption athlete = athleteOption();
    const QCommandLineOption json =
        option("json", QStringLiteral("Print JSON (see the README for the shape)."));
    return {
        {QStringLiteral("weeks"),
         QStringLiteral("--athlete A [--from D] [--to D] [--json]"),
         QStringLiteral("Weekly totals and load figures, oldest first: runs, distance, duration, "
                        "change vs the week before, ACWR at week end, monotony and strain. Weeks "
                        "run Monday to Sunday unless the log's settings start them on Sunday; "
                        "a week not over yet has no ACWR, monotony or strain."),
         {athlete,
          option("from", QStringLiteral("First week to include: the one holding this date."),
                 "YYYY-MM-DD"),
          option("to", QStringLiteral("Last week to include: the one holding this date."),
                 "YYYY-MM-DD"),
          json},
         {},
         &weeks},
        {QStringLiteral("flags"),
         QStringLiteral("--athlete A [--from D] [--to D] [--as-of D] [--json]"),
         QStringLiteral("The flag events (weekly_increase, session_spike, acwr_high, "
                        "monotony_high, cadence_low, shoe_mileage, red_flag, symptom_persistent, "
                        "calf_asymmetry), by date then kind, each with its value, threshold, "
                        "explanation and evidence. Thresholds are the log's settings, else the "
                        "defaults."),
         {athlete, option("from", QStringLiteral("Show events from this date on."), "YYYY-MM-DD"),
          option("to", QStringLiteral("Show events up to this date."), "YYYY-MM-DD"),
          option("as-of",
                 QStringLiteral("Compute as on this date (default today): nothing later counts "
                                "and only weeks ended by then are complete."),
                 "YYYY-MM-DD"),
          json},
         {},
         &flags},
    };
}

} // namespace stridewell::cli
