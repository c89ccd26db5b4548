#include "charts/chart_builders.h"
#include "charts/chart_support.h"
#include "severity_style.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace stridewell::ui {

using namespace chart_support;

QChart* cadenceChart(const CadenceData& data, const ChartFrame& frame)
{
    QChart* chart = newChart(tr("Cadence"), frame);
    double low = data.low - 10, high = data.targetHigh + 5;
    std::vector<DatedValue> runs;
    for (const DatedValue& r : data.runs)
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

    auto* dots = new QScatterSeries;
    dots->setName(tr("runs"));
    dots->setMarkerSize(6);
    QColor dot = frame.palette.color(QPalette::Highlight);
    dots->setColor(dot);
    dots->setBorderColor(dot);
    for (const DatedValue& r : runs)
        dots->append(noon(r.date), r.value);
    attach(chart, dots, xAxis, yAxis);
    tooltipsFor(dots, runs, frame);

    bool first = true;
    for (const std::vector<DatedValue>& segment : data.median) {
        std::vector<DatedValue> shown;
        for (const DatedValue& p : segment)
            if (p.date >= frame.from && p.date <= frame.to)
                shown.push_back(p);
        if (shown.empty())
            continue;
        auto* line = new QLineSeries;
        line->setName(tr("28-day median"));
        line->setPen(QPen(frame.palette.color(QPalette::Text), 2.2));
        for (const DatedValue& p : shown)
            line->append(noon(p.date), p.value);
        attach(chart, line, xAxis, yAxis);
        if (!first)
            hideFromLegend(chart, line);
        first = false;
        tooltipsFor(line, shown, frame);
    }
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
