#pragma once

#include "model/flag.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QString>

namespace stridewell::ui {

// A flag event in the window's words and units: its name, its figure, and how it was computed.
// The explanation itself (Flag::message) and the evidence (Flag::reference) come from core.
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
    // The arithmetic behind it, in one or two plain sentences.
    static QString howComputed(const core::Flag& flag, DistanceUnit unit);
    static QString date(QDate date); // "Sun 12 May 2024"
};

} // namespace stridewell::ui
