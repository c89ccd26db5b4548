#include "charts/chart_builders.h"
#include "charts/chart_support.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace stridewell::ui {

using namespace chart_support;

QChart* painChart(const PainData& data, const ChartFrame& frame)
{
    QChart* chart = newChart(tr("Calf pain"), frame);
    QDateTimeAxis* xAxis = addTimeAxis(chart, frame);
    QValueAxis* yAxis = addValueAxis(chart, 0, 10, tr("pain 0–10"), frame);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    addEpisodeSpans(chart, xAxis, yAxis, 20, frame);

    // Palette roles that differ from each other in light and dark schemes alike; a shape
    // per line as well, so the lines stay apart without colour.
    const QPalette::ColorRole roles[] = {QPalette::Highlight,   QPalette::Text,
                                         QPalette::Link,        QPalette::Mid,
                                         QPalette::LinkVisited, QPalette::Dark};
    int n = 0;
    for (const PainSeries& s : data.series) {
        std::vector<DatedValue> shown;
        for (const DatedValue& e : s.entries)
            if (e.date >= frame.from && e.date <= frame.to)
                shown.push_back(e);
        if (shown.empty())
            continue;
        auto* line = new QLineSeries;
        line->setName(s.name);
        const QColor colour = frame.palette.color(roles[n % int(std::size(roles))]);
        line->setPen(QPen(colour, 2, n < 6 ? Qt::SolidLine : Qt::DashLine));
        line->setPointsVisible(true);
        line->setMarkerSize(7);
        for (const DatedValue& e : shown)
            line->append(noon(e.date), e.value);
        attach(chart, line, xAxis, yAxis);
        tooltipsFor(line, shown, frame);
        ++n;
    }
    addMarkers(chart, data.redFlags, xAxis, yAxis, frame, 0.8);
    if (n == 0)
        chart->setTitle(tr("Calf pain: nothing logged in this period"));
    return chart;
}

} // namespace stridewell::ui
