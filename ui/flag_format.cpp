#include "flag_format.h"

#include "unit_format.h"

#include <QLocale>
#include <cmath>

namespace stridewell::ui {

namespace {

QString signedPercent(double ratio)
{
    const long p = std::lround(ratio * 100.0 + std::copysign(1e-7, ratio));
    return (p > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(qlonglong(p)) +
           QLatin1Char('%');
}

QString ratio(double v, int decimals = 2)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QString FlagFormat::date(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString FlagFormat::name(core::FlagKind kind)
{
    switch (kind) {
    case core::FlagKind::WeeklyIncrease:
        return tr("Weekly increase");
    case core::FlagKind::SessionSpike:
        return tr("Long-run spike");
    case core::FlagKind::AcwrHigh:
        return tr("Load ratio high");
    case core::FlagKind::MonotonyHigh:
        return tr("Same load every day");
    case core::FlagKind::CadenceLow:
        return tr("Cadence low");
    case core::FlagKind::ShoeMileage:
        return tr("Shoes past their limit");
    case core::FlagKind::RedFlag:
        return tr("Red-flag sign");
    case core::FlagKind::SymptomPersistent:
        return tr("Pain not easing");
    case core::FlagKind::CalfAsymmetry:
        return tr("Calf strength imbalance");
    case core::FlagKind::RanDuringHold:
        return tr("Ran during a hold");
    }
    return {};
}

QString FlagFormat::figure(const core::Flag& f, DistanceUnit unit)
{
    if (!f.value)
        return f.kind == core::FlagKind::MonotonyHigh ? tr("same every day") : QString();
    const double v = *f.value;
    switch (f.kind) {
    case core::FlagKind::WeeklyIncrease:
    case core::FlagKind::SessionSpike:
        return signedPercent(v);
    case core::FlagKind::CalfAsymmetry:
        return tr("%1 weaker").arg(signedPercent(v).remove(QLatin1Char('+')));
    case core::FlagKind::AcwrHigh:
    case core::FlagKind::MonotonyHigh:
        return ratio(v);
    case core::FlagKind::CadenceLow:
        return tr("%1 steps/min").arg(QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1));
    case core::FlagKind::ShoeMileage:
        return formatDistance(core::Distance::km(v), unit, 1);
    case core::FlagKind::SymptomPersistent:
        return tr("%n day(s)", nullptr, int(v));
    case core::FlagKind::RedFlag:
    case core::FlagKind::RanDuringHold:
        break;
    }
    return {};
}

QString FlagFormat::thresholdFigure(const core::Flag& f, DistanceUnit unit)
{
    if (!f.threshold)
        return {};
    core::Flag t = f;
    t.value = f.threshold;
    if (f.kind == core::FlagKind::CalfAsymmetry)
        return signedPercent(*f.threshold).remove(QLatin1Char('+'));
    if (f.kind == core::FlagKind::AcwrHigh || f.kind == core::FlagKind::MonotonyHigh)
        return ratio(*f.threshold, 1);
    return figure(t, unit);
}

QString FlagFormat::summary(const core::Flag& f, DistanceUnit unit)
{
    // A red flag is named by what to do, in the words of every other surface.
    if (f.kind == core::FlagKind::RedFlag && !f.headline.isEmpty())
        return f.headline;
    const QString fig = figure(f, unit);
    return fig.isEmpty() ? name(f.kind) : tr("%1 %2").arg(name(f.kind), fig);
}

QString FlagFormat::howComputed(const core::Flag& f, DistanceUnit unit)
{
    auto dist = [unit](const std::optional<core::Distance>& d) {
        return d ? formatDistance(*d, unit, 1) : QString();
    };
    const QString value = figure(f, unit);
    const QString threshold = thresholdFigure(f, unit);
    switch (f.kind) {
    case core::FlagKind::WeeklyIncrease:
        return tr("From %1 to %2 the week added up to %3; the week before ran %4. "
                  "%3 ÷ %4 − 1 = %5, above the %6 mark.")
            .arg(date(f.periodStart), date(f.date), dist(f.measured), dist(f.baseline), value,
                 threshold);
    case core::FlagKind::SessionSpike:
        return tr("This run: %1. Longest single run from %2 to %3: %4. %1 ÷ %4 − 1 = %5 "
                  "(above +10%: caution; above +100%: high).")
            .arg(dist(f.measured), date(f.periodStart), date(f.date.addDays(-1)), dist(f.baseline),
                 value);
    case core::FlagKind::AcwrHigh:
        return tr("Distance of the 7 days to %1 ÷ the average week of the 28 days from %2 = %3; "
                  "it crossed %4 that day.")
            .arg(date(f.date), date(f.periodStart), ratio(*f.value, 3), threshold);
    case core::FlagKind::MonotonyHigh:
        return f.value ? tr("The 7 daily loads of the week from %1: their mean ÷ their standard "
                            "deviation = %2, above %3.")
                             .arg(date(f.periodStart), value, threshold)
                       : tr("The 7 daily loads of the week from %1 were all equal (a standard "
                            "deviation of 0).")
                             .arg(date(f.periodStart));
    case core::FlagKind::CadenceLow:
        return tr("The median of the run cadences from %1 to %2 is %3, below %4; it was %4 or "
                  "more (or unknown) before.")
            .arg(date(f.periodStart), date(f.date), value, threshold);
    case core::FlagKind::ShoeMileage:
        return tr("Distance already on the shoes plus every run in them: %1, past the %2 limit "
                  "set for the pair.")
            .arg(value, threshold);
    case core::FlagKind::RedFlag:
        return tr("A symptom entry on %1 held a warning sign (a ticked sign, or pain at rest).")
            .arg(date(f.date));
    case core::FlagKind::RanDuringHold:
        return tr("A run on %1, while training was on hold after the warning signs logged on "
                  "%2 and before any clearance by a clinician.")
            .arg(date(f.date), date(f.periodStart));
    case core::FlagKind::SymptomPersistent:
        return tr("Pain logged since %1 with no gap longer than a week; on %2, %3 in, it was "
                  "as strong as at the start.")
            .arg(date(f.periodStart), date(f.date), value);
    case core::FlagKind::CalfAsymmetry:
        return tr("Single-leg calf raises: the weaker side managed %1 than the stronger "
                  "(1 − weaker ÷ stronger), more than %2.")
            .arg(value, threshold);
    }
    return {};
}

} // namespace stridewell::ui
