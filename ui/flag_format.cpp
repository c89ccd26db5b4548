#include "flag_format.h"

#include "unit_format.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace stridewell::ui {

namespace {

// The registry's texts are QT_TRANSLATE_NOOP sources of this context.
QString kindText(const char* source)
{
    return QCoreApplication::translate("stridewell::core::FlagKinds", source);
}

QString signedPercent(double ratio)
{
    const long p = std::lround(ratio * 100.0 + std::copysign(1e-7, ratio));
    return (p > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(qlonglong(p)) +
           QLatin1Char('%');
}

// A threshold as set: "+10%", "+12.5%" (no rounding to a neighbour).
QString thresholdPercent(double ratio, bool withSign)
{
    const double p = ratio * 100.0;
    return (withSign && p > 0 ? QStringLiteral("+") : QString()) +
           QLocale().toString(p, 'f', core::decimalsFor(p, 0, 2)) + QLatin1Char('%');
}

QString ratio(double v, int decimals = 2)
{
    return QLocale().toString(v, 'f', decimals);
}

// %1, %2 ... of `text` replaced by `args` in one pass, so that an argument holding "%" is
// left as it is.
QString fill(const QString& text, const QStringList& args)
{
    QString out;
    out.reserve(text.size() + 16 * args.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            qsizetype end = i + 1;
            int n = 0;
            while (end < text.size() && text[end].isDigit() && n < 100)
                n = n * 10 + text[end++].digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args[n - 1];
                i = end - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace

QString FlagFormat::date(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString FlagFormat::name(core::FlagKind kind)
{
    return kindText(core::flagKind(kind).name);
}

QString FlagFormat::number(core::FlagUnit kindUnit, double v, Role role, DistanceUnit unit)
{
    switch (kindUnit) {
    case core::FlagUnit::None:
        return {};
    case core::FlagUnit::Increase:
        return role == Role::Threshold ? thresholdPercent(v, true) : signedPercent(v);
    case core::FlagUnit::Fraction:
        return role == Role::Threshold ? thresholdPercent(v, false)
                                       : signedPercent(v).remove(QLatin1Char('+'));
    case core::FlagUnit::Ratio:
        return ratio(v, role == Role::Threshold ? core::decimalsFor(v, 1, 3) : 2);
    case core::FlagUnit::StepsPerMinute:
        return tr("%1 steps/min").arg(QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1));
    case core::FlagUnit::Km:
        return formatDistance(core::Distance::km(v), unit, 1);
    case core::FlagUnit::Days:
        return tr("%n day(s)", nullptr, int(v));
    }
    return {};
}

QString FlagFormat::valueFigure(core::FlagKind kind, std::optional<double> v, DistanceUnit unit)
{
    const core::FlagKindInfo& k = core::flagKind(kind);
    if (!v)
        return k.noValue ? kindText(k.noValue) : QString();
    const QString n = number(k.unit, *v, Role::Value, unit);
    return k.figure && !n.isEmpty() ? kindText(k.figure).arg(n) : n;
}

QString FlagFormat::figure(const core::Flag& f, DistanceUnit unit)
{
    return valueFigure(f.kind, f.value, unit);
}

QString FlagFormat::thresholdFigure(const core::Flag& f, DistanceUnit unit)
{
    if (!f.threshold)
        return {};
    return number(core::flagKind(f.kind).unit, *f.threshold, Role::Threshold, unit);
}

QString FlagFormat::summary(const core::Flag& f, DistanceUnit unit)
{
    // A red flag is named by what to do, in the words of every other surface.
    if (core::flagKind(f.kind).namedByHeadline && !f.headline.isEmpty())
        return f.headline;
    const QString fig = figure(f, unit);
    return fig.isEmpty() ? name(f.kind) : tr("%1 %2").arg(name(f.kind), fig);
}

QString FlagFormat::argument(const core::Flag& f, const core::FlagTextArg& arg, DistanceUnit unit)
{
    using Type = core::FlagTextArg::Type;
    switch (arg.type) {
    case Type::Date:
        return date(arg.date);
    case Type::Distance:
        return arg.distance ? formatDistance(*arg.distance, unit, 1) : QString();
    case Type::Value:
        return valueFigure(f.kind, arg.number, unit);
    case Type::Threshold:
        return arg.number ? number(core::flagKind(f.kind).unit, *arg.number, Role::Threshold, unit)
                          : QString();
    case Type::Exact:
        return arg.number ? ratio(*arg.number, 3) : QString();
    case Type::Days:
        return arg.number && *arg.number == 7
                   ? tr("a week")
                   : tr("%n day(s)", nullptr, int(arg.number.value_or(0)));
    }
    return {};
}

QString FlagFormat::howComputed(const core::Flag& f, const core::AnalysisSettings& settings,
                                DistanceUnit unit)
{
    const core::FlagText how = core::flagKind(f.kind).howComputed(f, settings);
    QStringList args;
    for (const core::FlagTextArg& arg : how.args)
        args << argument(f, arg, unit);
    return fill(kindText(how.text), args);
}

} // namespace stridewell::ui
