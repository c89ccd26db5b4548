#pragma once

#include "charts/chart_builders.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <vector>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QPen;
class QXYSeries;

// What the chart builders share: palette styling, the time axis, markers and tooltips.
namespace stridewell::ui::chart_support {

// The translation context of the chart texts.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("Charts", text);
}

QChart* newChart(const QString& title, const ChartFrame& frame);
// Milliseconds since the epoch at the start (or middle) of a local day: the x of a date.
qreal x(QDate day);
qreal noon(QDate day);
QDateTimeAxis* addTimeAxis(QChart* chart, const ChartFrame& frame);
QValueAxis* addValueAxis(QChart* chart, double min, double max, const QString& title,
                         const ChartFrame& frame);
// Attaches a series to the chart and both axes.
void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
// A horizontal line across the frame (a reference value).
QLineSeries* referenceLine(double y, const QString& name, const QPen& pen, const ChartFrame& f);
// A horizontal band between two values across the frame.
QAreaSeries* referenceBand(double low, double high, const QString& name, const QColor& fill,
                           const ChartFrame& frame);
// frame.episodes as translucent spans from 0 to `top` (past the axis' top: the plot clips them),
// behind whatever is attached after them;
// one legend entry for all.
void addEpisodeSpans(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, double top,
                     const ChartFrame& frame);
// One marker series per severity, with the severity's shape and word at each point.
void addMarkers(QChart* chart, const std::vector<ChartMarker>& markers, QAbstractAxis* x,
                QAbstractAxis* y, const ChartFrame& frame, double lift = 0.0);
// Shows the tooltip of the point nearest in time to where the pointer is on the series.
// A point without a tooltip text gets one from `describe`.
void tooltipsFor(QXYSeries* series, std::vector<DatedValue> points, const ChartFrame& frame,
                 Describe describe = {});
void tooltipsFor(QXYSeries* series, std::vector<ChartMarker> markers, const ChartFrame& frame);
// At most about `buckets` x 2 points in time order: the lowest and highest of each stretch, so
// that a long line keeps its peaks (an excursion above 1.5 stays visible) while painting fast.
std::vector<DatedValue> thin(const std::vector<DatedValue>& points, std::size_t buckets = 500);
// The stretches of a line that fall in the frame (thinned), as series sharing one pen, one
// legend entry and the line's tooltips.
void addLine(QChart* chart, const Line& line, const QString& name, const QPen& pen,
             QAbstractAxis* x, QAbstractAxis* y, const ChartFrame& frame);
// Hides a helper series (band, second segment) from the legend.
void hideFromLegend(QChart* chart, QAbstractSeries* series);

} // namespace stridewell::ui::chart_support
