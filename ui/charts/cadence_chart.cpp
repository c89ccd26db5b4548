#include "charts/chart_builders.h"
#include "charts/chart_support.h"
#include "severity_style.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace stridewell::ui {

using namespace chart_support;

QChart* cadenceChart(const CadenceData& data, const ChartFrame& frame)
{
    QChart* chart = newChart(tr("Cadence"), frame);
    double low = data.low - 10, high = data.targetHigh + 5;
    std::vector<DatedValue> runs;
    for (const DatedValue& r :
         data.runs.segments.empty() ? std::vector<DatedValue>() : data.runs.segments.front())
        if (r.date >= frame.from && r.date <= frame.to) {
            runs.push_back(r);
            low = std::min(low, r.value - 3);
            high = std::max(high, r.value + 3);
        }
    QDateTimeAxis* xAxis = addTimeAxis(chart, frame);
    QValueAxis* yAxis = addValueAxis(chart, low, high, tr("steps/min"), frame);

    QColor band = frame.palette.color(QPalette::Highlight);
    band.setAlpha(45);
    attach(chart,
           referenceBand(data.targetLow, data.targetHigh,
                         tr("common target %1–%2").arg(data.targetLow).arg(data.targetHigh), band,
                         frame),
           xAxis, yAxis);
    attach(chart,
           referenceLine(data.low, tr("%1: flag below").arg(data.low),
                         QPen(SeverityStyle::color(core::Severity::Info), 1.5, Qt::DashLine),
                         frame),
           xAxis, yAxis);

    // Dots drawn as the points of a line without a pen: one item however many runs (a scatter
    // series makes a graphics item per point, too slow for years of daily runs).
    auto* dots = new QLineSeries;
    dots->setName(tr("runs"));
    QColor dot = frame.palette.color(QPalette::Highlight);
    dots->setPen(Qt::NoPen);
    dots->setBrush(dot);
    dots->setColor(dot);
    dots->setPointsVisible(true);
    dots->setMarkerSize(5);
    // Years of daily dots are a blur: every k-th run keeps the cloud and paints fast.
    const std::size_t every = std::max<std::size_t>(1, runs.size() / 1500 + 1);
    std::vector<DatedValue> dotted;
    for (std::size_t i = 0; i < runs.size(); i += every)
        dotted.push_back(runs[i]);
    runs = std::move(dotted);
    for (const DatedValue& r : runs)
        dots->append(noon(r.date), r.value);
    attach(chart, dots, xAxis, yAxis);
    tooltipsFor(dots, runs, frame, data.runs.describe);

    addLine(chart, data.median, tr("28-day median"), QPen(frame.palette.color(QPalette::Text), 2.2),
            xAxis, yAxis, frame);
    // Markers along the bottom, clear of the dots: where the median fell below the line.
    std::vector<ChartMarker> markers = data.flags;
    for (ChartMarker& m : markers)
        m.value = yAxis->min() + (yAxis->max() - yAxis->min()) * 0.05;
    addMarkers(chart, markers, xAxis, yAxis, frame);
    if (runs.empty())
        chart->setTitle(tr("Cadence: none recorded in this period"));
    return chart;
}

} // namespace stridewell::ui
