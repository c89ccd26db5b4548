#pragma once

#include "model/sample.h"
#include "preferences.h"

#include <QList>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace stridewell::ui::charts {

// What a run's detail view plots over distance.
enum class RunChannel { Pace, Cadence, HeartRate, Elevation };

struct RunSeries
{
    RunChannel channel = RunChannel::Pace;
    QString title;     // "Pace"
    QString valueAxis; // "min/km"
    QString distanceAxis;
    QList<QPointF> points; // x: distance in display units, y: value
    bool fasterUp = false; // pace: lower numbers are drawn higher
};

// Pure: samples -> one series, averaged into at most maxPoints bins over distance (a 6-hour
// run has 20,000 points; a chart needs a few hundred). Empty when the run did not record it.
RunSeries runSeries(const core::SampleList& samples, RunChannel channel, DistanceUnit unit,
                    int maxPoints = 300);

// A chart for the series (the caller owns it; QChartView takes it over).
QChart* buildRunChart(const RunSeries& series);

} // namespace stridewell::ui::charts
