#pragma once

#include "analysis/analysis_settings.h"
#include "analysis/flag_kinds.h"
#include "model/flag.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace stridewell::ui {

// A flag event in the window's words and units: its name, its figure, and how it was computed,
// all read from the kind's row in core's registry (analysis/flag_kinds.h) and rendered here in
// the user's language, locale and distance unit. The explanation itself (Flag::message) and the
// evidence (Flag::reference) come from core.
class FlagFormat
{
    Q_DECLARE_TR_FUNCTIONS(FlagFormat)
public:
    static QString name(core::FlagKind kind);
    // The measured figure: "+81%", "1.55", "163 steps/min", "704.0 km".
    static QString figure(const core::Flag& flag, DistanceUnit unit);
    static QString thresholdFigure(const core::Flag& flag, DistanceUnit unit);
    // "Weekly increase +81%".
    static QString summary(const core::Flag& flag, DistanceUnit unit);
    // The arithmetic behind it, in one or two plain sentences, with the thresholds of
    // `settings` (those the flags were computed with).
    static QString howComputed(const core::Flag& flag, const core::AnalysisSettings& settings,
                               DistanceUnit unit);
    static QString date(QDate date); // "Sun 12 May 2024"

private:
    enum class Role { Value, Threshold };
    // A number of the unit, as a value is shown, or a threshold: exactly as set ("1.25").
    static QString number(core::FlagUnit kindUnit, double v, Role role, DistanceUnit unit);
    // The figure of a value of the kind: its number in the kind's figure text.
    static QString valueFigure(core::FlagKind kind, std::optional<double> v, DistanceUnit unit);
    static QString argument(const core::Flag& flag, const core::FlagTextArg& arg,
                            DistanceUnit unit);
};

} // namespace stridewell::ui
