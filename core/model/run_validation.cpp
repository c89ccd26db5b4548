#include "model/run_validation.h"

#include <cmath>

namespace stridewell::core {

Status validateDistance(Distance d)
{
    if (!std::isfinite(d.inMetres()))
        return fail(QStringLiteral("distance: not a number"));
    if (d.inMetres() < 0)
        return fail(QStringLiteral("distance: must not be negative"));
    if (d.inMetres() == 0)
        return fail(QStringLiteral("distance: must be more than 0"));
    if (d.inKm() > RunLimits::kMaxDistanceKm)
        return fail(QStringLiteral("distance: %1 km is more than a run can be (at most %2 km)")
                        .arg(d.inKm(), 0, 'f', 1)
                        .arg(RunLimits::kMaxDistanceKm));
    return Ok{};
}

Status validateDuration(Duration d)
{
    if (!std::isfinite(d.inSeconds()) || d.inSeconds() <= 0)
        return fail(QStringLiteral("duration: must be more than 0"));
    if (d.inHours() > RunLimits::kMaxDurationH)
        return fail(QStringLiteral("duration: more than %1 hours").arg(RunLimits::kMaxDurationH));
    return Ok{};
}

Status validateCadence(double spm)
{
    if (!std::isfinite(spm) || spm < RunLimits::kMinCadence || spm > RunLimits::kMaxCadence)
        return fail(QStringLiteral("cadence: %1 steps/min is outside %2-%3")
                        .arg(spm)
                        .arg(RunLimits::kMinCadence)
                        .arg(RunLimits::kMaxCadence));
    return Ok{};
}

Status validateHeartRate(double bpm)
{
    if (!std::isfinite(bpm) || bpm < RunLimits::kMinHr || bpm > RunLimits::kMaxHr)
        return fail(QStringLiteral("heart rate: %1 bpm is outside %2-%3")
                        .arg(bpm)
                        .arg(RunLimits::kMinHr)
                        .arg(RunLimits::kMaxHr));
    return Ok{};
}

Status validateRpe(int rpe)
{
    if (rpe < 0 || rpe > 10)
        return fail(QStringLiteral("RPE: %1 is outside 0-10").arg(rpe));
    return Ok{};
}

Status validateLabel(const QString& what, const QString& text)
{
    if (text.size() > RunLimits::kMaxTextLength)
        return fail(
            QStringLiteral("%1: at most %2 characters").arg(what).arg(RunLimits::kMaxTextLength));
    return Ok{};
}

Status validateRunDate(QDate day, QDate today)
{
    if (!day.isValid())
        return fail(QStringLiteral("date: missing or invalid"));
    if (day < RunLimits::firstDate())
        return fail(
            QStringLiteral("date: %1 is before %2, the earliest day a run can have")
                .arg(day.toString(Qt::ISODate), RunLimits::firstDate().toString(Qt::ISODate)));
    if (today.isValid() && day > today.addDays(RunLimits::kMaxDaysAhead))
        return fail(QStringLiteral("date: %1 is more than a day after today (%2)")
                        .arg(day.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return Ok{};
}

Status validateRun(const Run& run, QDate today)
{
    if (!run.startUtc.isValid())
        return fail(QStringLiteral("date: missing or invalid"));
    if (Status ok = validateRunDate(run.localDate(), today); !ok)
        return ok;
    if (Status ok = validateDistance(run.distance); !ok)
        return ok;
    // An unknown duration (a track without times) is allowed; a known one must be plausible.
    if (run.elapsed)
        if (Status ok = validateDuration(*run.elapsed); !ok)
            return ok;
    if (run.timer) {
        if (Status ok = validateDuration(*run.timer); !ok)
            return fail(QStringLiteral("timer ") + ok.message());
    }
    if (const auto duration = run.loadDuration()) {
        const double speed = run.distance.inMetres() / duration->inSeconds();
        if (speed > RunLimits::kMaxSpeedMps)
            return fail(QStringLiteral("pace: %1 km in %2 min is faster than anyone runs")
                            .arg(run.distance.inKm(), 0, 'f', 2)
                            .arg(duration->inMinutes(), 0, 'f', 1));
    }
    if (run.avgCadenceSpm)
        if (Status ok = validateCadence(*run.avgCadenceSpm); !ok)
            return ok;
    if (run.avgHrBpm)
        if (Status ok = validateHeartRate(*run.avgHrBpm); !ok)
            return ok;
    if (run.rpe)
        if (Status ok = validateRpe(*run.rpe); !ok)
            return ok;
    if (Status ok = validateLabel(QStringLiteral("type"), run.type); !ok)
        return ok;
    if (Status ok = validateLabel(QStringLiteral("surface"), run.surface); !ok)
        return ok;
    if (run.notes.size() > RunLimits::kMaxNotesLength)
        return fail(QStringLiteral("notes: at most %1 characters").arg(RunLimits::kMaxNotesLength));
    return Ok{};
}

} // namespace stridewell::core
