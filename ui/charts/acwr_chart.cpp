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

QChart* acwrChart(const AcwrData& data, const ChartFrame& frame)
{
    QChart* chart = newChart(tr("Load ratio: last 7 days ÷ 4-week average"), frame);
    double top = data.high + 0.3;
    bool any = false;
    for (const auto* line : {&data.rolling, &data.ewma})
        for (const auto& segment : line->segments)
            for (const DatedValue& p : segment)
                if (p.date >= frame.from && p.date <= frame.to) {
                    top = std::max(top, p.value + 0.15);
                    any = true;
                }
    if (!any)
        chart->setTitle(tr("Load ratio: building a baseline"));
    QDateTimeAxis* xAxis = addTimeAxis(chart, frame);
    QValueAxis* yAxis = addValueAxis(chart, 0, top, tr("ratio"), frame);
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    addEpisodeSpans(chart, xAxis, yAxis, top * 2, frame);

    QColor band = frame.palette.color(QPalette::Highlight);
    band.setAlpha(45);
    auto* usual =
        referenceBand(data.usualLow, data.usualHigh,
                      tr("usual %1–%2").arg(data.usualLow).arg(data.usualHigh), band, frame);
    attach(chart, usual, xAxis, yAxis);
    QPen highPen(SeverityStyle::color(core::Severity::High), 1.5, Qt::DashLine);
    attach(chart, referenceLine(data.high, tr("%1 high").arg(data.high), highPen, frame), xAxis,
           yAxis);

    QPen rolling(frame.palette.color(QPalette::Text), 2.2);
    addLine(chart, data.rolling, tr("rolling"), rolling, xAxis, yAxis, frame);
    QColor ewmaColour = frame.palette.color(QPalette::Highlight);
    ewmaColour.setAlpha(170);
    QPen ewma(ewmaColour, 1.2, Qt::DashLine);
    addLine(chart, data.ewma, tr("EWMA"), ewma, xAxis, yAxis, frame);
    addMarkers(chart, data.flags, xAxis, yAxis, frame, top * 0.06);
    return chart;
}

} // namespace stridewell::ui
