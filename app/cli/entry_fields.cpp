#include "cli/entry_fields.h"

#include "cli/context.h"
#include "cli/options.h"
#include "model/run_validation.h"
#include "model/value_text.h"
#include "storage/shoe_repository.h"

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

// A field `log` requires, or one `edit` was given: read it.
bool wanted(Context& ctx, const char* name, Purpose purpose)
{
    return purpose == Purpose::Add || isSet(ctx, name);
}

std::optional<QString> textOption(Context& ctx, const char* name, bool trimmed)
{
    if (!isSet(ctx, name))
        return std::nullopt;
    return trimmed ? value(ctx, name).trimmed() : value(ctx, name);
}

template <typename E>
bool enumOption(Context& ctx, const char* name, std::optional<E> (*parse)(const QString&),
                const QStringList& ids, std::optional<E>& into)
{
    if (!isSet(ctx, name))
        return true;
    into = parse(value(ctx, name).trimmed().toLower());
    if (!into) {
        ctx.usage(
            QStringLiteral("--%1: \"%2\" is not one of %3")
                .arg(QString::fromLatin1(name), value(ctx, name), ids.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

// --red-flag none: no sign at all (edit symptom: the entry's signs are cleared).
const QString kNoSign = QStringLiteral("none");

} // namespace

bool RunFields::any() const
{
    return date || time || distance || duration || cadence || hr || rpe || type || surface ||
           shoe || notes;
}

void RunFields::applyTo(Run& run) const
{
    if (date || time) {
        const QTime keptTime = run.startUtc.isValid() ? run.localStart().time() : QTime(12, 0);
        const QDateTime local(date.value_or(run.localDate()), time.value_or(keptTime),
                              Qt::LocalTime);
        run.startUtc = local.toUTC();
        run.utcOffsetS = local.offsetFromUtc();
    }
    if (distance)
        run.distance = *distance;
    if (duration) {
        run.elapsed = *duration;
        run.timer.reset();
    }
    if (cadence)
        run.avgCadenceSpm = cadence;
    if (hr)
        run.avgHrBpm = hr;
    if (rpe)
        run.rpe = rpe;
    if (type)
        run.type = *type;
    if (surface)
        run.surface = *surface;
    if (notes)
        run.notes = *notes;
}

QList<QCommandLineOption> runFieldOptions(Purpose purpose)
{
    return {
        option("date", QStringLiteral("Local date of the start (1990-01-01 to tomorrow)."),
               "YYYY-MM-DD"),
        option("time",
               purpose == Purpose::Add ? QStringLiteral("Local start time (default 12:00).")
                                       : QStringLiteral("Local start time."),
               "HH:MM"),
        option("distance", QStringLiteral("Distance in kilometres."), "KM"),
        option("duration", QStringLiteral("Time taken: H:MM:SS, MM:SS or seconds."), "H:MM:SS"),
        option("cadence", QStringLiteral("Average cadence, steps per minute (100-260)."), "SPM"),
        option("hr", QStringLiteral("Average heart rate, beats per minute."), "BPM"),
        option("rpe", QStringLiteral("How hard it felt, 0 (rest) to 10 (maximal)."), "0-10"),
        option("type", QStringLiteral("Kind of run: easy, long, tempo, intervals, race ..."), "T"),
        option("surface", QStringLiteral("Road, trail, track, treadmill ..."), "S"),
        option("shoe", QStringLiteral("Shoe worn (added to the athlete's shoes if new)."), "NAME"),
        option("notes", QStringLiteral("Free text."), "TEXT")};
}

std::optional<RunFields> readRunFields(Context& ctx, Purpose purpose)
{
    RunFields f;
    if (wanted(ctx, "date", purpose)) {
        f.date = ctx.dateOption(QStringLiteral("date"), true);
        if (!f.date)
            return std::nullopt;
    }
    if (isSet(ctx, "time")) {
        f.time = QTime::fromString(value(ctx, "time"), QStringLiteral("HH:mm"));
        if (!f.time->isValid()) {
            ctx.usage(QStringLiteral("--time: \"%1\" is not a time (use HH:MM, 24-hour)")
                          .arg(value(ctx, "time")));
            return std::nullopt;
        }
    }
    if (wanted(ctx, "distance", purpose)) {
        auto km = ctx.numberOption(QStringLiteral("distance"), -1e300, 1e300, true);
        if (!km)
            return std::nullopt;
        f.distance = Distance::km(*km);
        if (Status ok = validateDistance(*f.distance); !ok) {
            ctx.usage(QStringLiteral("--") + ok.message());
            return std::nullopt;
        }
    }
    if (wanted(ctx, "duration", purpose)) {
        if (!isSet(ctx, "duration")) {
            ctx.usage(QStringLiteral("--duration: required (H:MM:SS)"));
            return std::nullopt;
        }
        f.duration = parseDuration(value(ctx, "duration"));
        if (!f.duration) {
            ctx.usage(QStringLiteral(
                          "--duration: \"%1\" is not a duration (use H:MM:SS, MM:SS or seconds)")
                          .arg(value(ctx, "duration")));
            return std::nullopt;
        }
    }
    f.type = textOption(ctx, "type", true);
    f.surface = textOption(ctx, "surface", true);
    f.shoe = textOption(ctx, "shoe", true);
    f.notes = textOption(ctx, "notes", false);
    if (isSet(ctx, "cadence")) {
        f.cadence = ctx.numberOption(QStringLiteral("cadence"), RunLimits::kMinCadence,
                                     RunLimits::kMaxCadence, true);
        if (!f.cadence)
            return std::nullopt;
    }
    if (isSet(ctx, "hr")) {
        f.hr = ctx.numberOption(QStringLiteral("hr"), RunLimits::kMinHr, RunLimits::kMaxHr, true);
        if (!f.hr)
            return std::nullopt;
    }
    if (isSet(ctx, "rpe")) {
        f.rpe = ctx.integerOption(QStringLiteral("rpe"), 0, 10, true);
        if (!f.rpe)
            return std::nullopt;
    }
    return f;
}

Status setShoe(Database& db, Run& run, const QString& name)
{
    if (name.isEmpty()) {
        run.shoeId.reset();
        return Ok{};
    }
    auto shoeId = ShoeRepository(db).findOrAdd(run.athleteId, name);
    if (!shoeId)
        return shoeId.error();
    run.shoeId = *shoeId;
    return Ok{};
}

bool SymptomFields::any() const
{
    return date || location || side || pain || type || timing || stretch || redFlags || notes;
}

void SymptomFields::applyTo(Symptom& s) const
{
    if (date)
        s.date = *date;
    if (location)
        s.location = *location;
    if (side)
        s.side = *side;
    if (pain)
        s.pain = *pain;
    if (type)
        s.type = type;
    if (timing)
        s.timing = timing;
    if (stretch)
        s.stretch = stretch;
    if (redFlags && *redFlags != s.redFlags) {
        s.redFlags = *redFlags;
        s.acknowledged = false;
    }
    if (notes)
        s.notes = *notes;
}

QList<QCommandLineOption> symptomFieldOptions(Purpose purpose)
{
    const QString signs = allRedFlagSignIds().join(QStringLiteral(", "));
    return {
        option("date", QStringLiteral("Date of the symptom."), "YYYY-MM-DD"),
        option("location",
               QStringLiteral("Where it hurts: %1.")
                   .arg(allBodyLocationIds().join(QStringLiteral(", "))),
               "ID"),
        option("side", QStringLiteral("left, right or both."), "SIDE"),
        option("pain", QStringLiteral("Pain from 0 (none) to 10 (worst imaginable)."), "0-10"),
        option("type", QStringLiteral("ache, tightness, sharp or cramp."), "TYPE"),
        option("timing", QStringLiteral("during, after, next_morning or at_rest."), "WHEN"),
        option("stretch",
               QStringLiteral("Which calf stretch reproduces it: straight (knee), bent (knee), "
                              "both or neither."),
               "KNEE"),
        option("red-flag",
               purpose == Purpose::Add
                   ? QStringLiteral("A warning sign, repeatable: %1; none for no sign.").arg(signs)
                   : QStringLiteral("A warning sign, repeatable: %1. The signs given replace "
                                    "the entry's; none clears them.")
                         .arg(signs),
               "SIGN"),
        option("notes", QStringLiteral("Free text."), "TEXT")};
}

std::optional<SymptomFields> readSymptomFields(Context& ctx, Purpose purpose)
{
    SymptomFields f;
    if (wanted(ctx, "date", purpose)) {
        f.date = ctx.dateOption(QStringLiteral("date"), true);
        if (!f.date)
            return std::nullopt;
    }
    if (purpose == Purpose::Add && !isSet(ctx, "location")) {
        ctx.usage(QStringLiteral("--location: required (one of %1)")
                      .arg(allBodyLocationIds().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (purpose == Purpose::Add && !isSet(ctx, "side")) {
        ctx.usage(QStringLiteral("--side: required (left, right or both)"));
        return std::nullopt;
    }
    if (wanted(ctx, "pain", purpose)) {
        f.pain = ctx.integerOption(QStringLiteral("pain"), 0, 10, true);
        if (!f.pain)
            return std::nullopt;
    }
    f.notes = textOption(ctx, "notes", false);
    if (!enumOption(ctx, "location", &bodyLocationFromId, allBodyLocationIds(), f.location) ||
        !enumOption(ctx, "side", &sideFromId, allSideIds(), f.side) ||
        !enumOption(ctx, "type", &symptomTypeFromId, allSymptomTypeIds(), f.type) ||
        !enumOption(ctx, "timing", &symptomTimingFromId, allSymptomTimingIds(), f.timing) ||
        !enumOption(ctx, "stretch", &stretchTestFromId, allStretchTestIds(), f.stretch))
        return std::nullopt;
    if (isSet(ctx, "red-flag")) {
        const QStringList ids = ctx.args().values(QStringLiteral("red-flag"));
        QList<RedFlagSign> signs;
        for (const QString& id : ids) {
            if (id.trimmed().toLower() == kNoSign) {
                if (ids.size() > 1) {
                    ctx.usage(QStringLiteral("--red-flag: none cannot be given with a sign"));
                    return std::nullopt;
                }
                continue;
            }
            auto sign = redFlagSignFromId(id.trimmed().toLower());
            if (!sign) {
                ctx.usage(QStringLiteral("--red-flag: \"%1\" is not one of %2 (or none)")
                              .arg(id, allRedFlagSignIds().join(QStringLiteral(", "))));
                return std::nullopt;
            }
            if (!signs.contains(*sign))
                signs << *sign;
        }
        f.redFlags = signs;
    }
    return f;
}

} // namespace stridewell::cli
