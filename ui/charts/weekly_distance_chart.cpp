#include "charts/chart_builders.h"
#include "charts/chart_support.h"
#include "severity_style.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace stridewell::ui {

using namespace chart_support;

namespace {

// Bars on a time axis: a filled outline of rectangles, one per week, so that the bars share
// their axis with the other charts (a bar series would need a category axis).
QAreaSeries* bars(const std::vector<WeekBar>& weeks, const QString& name, const QColor& fill)
{
    auto* outline = new QLineSeries;
    for (const WeekBar& w : weeks) {
        const qreal left = x(w.start) + 0.08 * (x(w.start.addDays(7)) - x(w.start));
        const qreal right = x(w.start.addDays(7)) - 0.08 * (x(w.start.addDays(7)) - x(w.start));
        outline->append(left, 0);
        outline->append(left, w.distance);
        outline->append(right, w.distance);
        outline->append(right, 0);
    }
    auto* area = new QAreaSeries(outline);
    area->setName(name);
    area->setColor(fill);
    area->setBorderColor(fill.darker(125));
    return area;
}

} // namespace

QChart* weeklyDistanceChart(const WeeklyDistanceData& data, const ChartFrame& frame)
{
    QChart* chart = newChart(tr("Weekly distance"), frame);
    std::vector<WeekBar> plain, flagged[3];
    double top = 0;
    for (const WeekBar& w : data.weeks) {
        if (w.start.addDays(6) < frame.from || w.start > frame.to || w.runs == 0)
            continue;
        top = std::max(top, w.distance);
        (w.flag ? flagged[int(*w.flag)] : plain).push_back(w);
    }
    QDateTimeAxis* xAxis = addTimeAxis(chart, frame);
    QValueAxis* yAxis = addValueAxis(chart, 0, std::max(10.0, top * 1.22), data.unit, frame);

    std::vector<WeekBar> all;
    auto* weekly = bars(plain, tr("distance a week"), frame.palette.color(QPalette::Highlight));
    weekly->setObjectName(QStringLiteral("weeklyBars"));
    attach(chart, weekly, xAxis, yAxis);
    all.insert(all.end(), plain.begin(), plain.end());
    std::vector<ChartMarker> markers;
    for (int s = 0; s < 3; ++s) {
        if (flagged[s].empty())
            continue;
        const auto severity = core::Severity(s);
        QColor fill = SeverityStyle::color(severity);
        auto* series = bars(
            flagged[s], tr("week with a %1 load flag").arg(SeverityStyle::word(severity)), fill);
        series->setObjectName(QStringLiteral("flaggedBars"));
        attach(chart, series, xAxis, yAxis);
        for (const WeekBar& w : flagged[s])
            markers.push_back({w.start.addDays(3), w.distance, severity, w.tooltip});
        all.insert(all.end(), flagged[s].begin(), flagged[s].end());
    }
    addMarkers(chart, markers, xAxis, yAxis, frame, std::max(10.0, top * 1.22) * 0.07);

    if (frame.tooltips) {
        // Bars are areas: look up the week under the pointer.
        for (QAbstractSeries* s : chart->series()) {
            auto* area = qobject_cast<QAreaSeries*>(s);
            if (!area)
                continue;
            QObject::connect(area, &QAreaSeries::hovered, area,
                             [all](const QPointF& at, bool entered) {
                                 if (!entered)
                                     return QToolTip::hideText();
                                 for (const WeekBar& w : all)
                                     if (at.x() >= x(w.start) && at.x() < x(w.start.addDays(7)))
                                         QToolTip::showText(QCursor::pos(), w.tooltip);
                             });
        }
    }
    return chart;
}

} // namespace stridewell::ui
