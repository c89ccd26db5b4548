#pragma once

#include "charts/chart_data.h"

#include <QDate>
#include <QList>
#include <QPalette>

class QChart;
class QPainter;
class QRectF;

// The charts of the dashboard and the clinician PDF. Each builder makes a complete QChart from
// plain data (chart_data.h), needing no page: show it in a QChartView, or draw it as vectors
// into any QPainter (a QPdfWriter) with renderChart(). Qt Charts stays behind this folder, so a
// later move to Qt Graphs touches only ui/charts (style.md).
namespace stridewell::ui {

struct ChartFrame
{
    QDate from; // the time axis, shared by every chart of a page so they line up
    QDate to;
    QPalette palette;     // colours follow the platform palette; only severities are fixed
    bool tooltips = true; // hover tooltips with the exact values (off for print)
    // Calf episodes, shaded behind the load and pain charts so the injury lines up with the
    // load before it and the return after it.
    std::vector<ShadedSpan> episodes;
};

// The load and pain charts below shade frame.episodes.

// Bars of weekly distance; weeks with a load flag (weekly_increase, session_spike, acwr_high)
// take the severity colour and carry a marker with its word.
QChart* weeklyDistanceChart(const WeeklyDistanceData& data, const ChartFrame& frame);
// Rolling and EWMA load ratio, the 0.8-1.3 band, the 1.3 and 1.5 lines, acwr_high markers.
QChart* acwrChart(const AcwrData& data, const ChartFrame& frame);
// Run cadences, their 28-day median, the 165 line and the 170-180 band.
QChart* cadenceChart(const CadenceData& data, const ChartFrame& frame);
// Calf pain 0-10 by place and side, on the same time axis as the load charts.
QChart* painChart(const PainData& data, const ChartFrame& frame);

// Gives the charts the same left and right plot edges, so that their time axes line up when
// they are stacked. Call after they are laid out (and again after a resize).
void alignPlotAreas(const QList<QChart*>& charts);
// Draws the chart into `target` of any painter, as vectors for a PDF. The chart must not be
// shown in a view at the time.
void renderChart(QChart* chart, QPainter* painter, const QRectF& target);

} // namespace stridewell::ui
