#include "charts/chart_builders.h"
#include "charts/chart_support.h"
#include "severity_style.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
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
        const qreal span = x(w.start.addDays(w.days)) - x(w.start);
        const qreal left = x(w.start) + 0.08 * span;
        const qreal right = x(w.start) + 0.92 * span;
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

// More bars than this and each would be under 3 pixels wide on a dashboard chart (and slow to
// paint): a long time axis gets one bar per block of weeks, their weekly average.
constexpr std::size_t kMaxBars = 156;

std::vector<WeekBar> blocks(const std::vector<WeekBar>& weeks, int& size)
{
    size = int((weeks.size() + kMaxBars - 1) / kMaxBars);
    if (size <= 1)
        return weeks;
    std::vector<WeekBar> out;
    for (std::size_t i = 0; i < weeks.size(); i += std::size_t(size)) {
        const std::size_t end = std::min(weeks.size(), i + std::size_t(size));
        WeekBar b;
        b.start = weeks[i].start;
        b.days = int(weeks[i].start.daysTo(weeks[end - 1].start)) + 7;
        double sum = 0;
        QStringList flags;
        for (std::size_t k = i; k < end; ++k) {
            sum += weeks[k].distance;
            b.runs += weeks[k].runs;
            if (weeks[k].flag) {
                b.flag = std::max(b.flag.value_or(*weeks[k].flag), *weeks[k].flag);
                flags << weeks[k].tooltip;
            }
        }
        b.distance = sum / double(end - i);
        b.tooltip = tr("%1 weeks from %2: %3 a week on average, %4 runs")
                        .arg(end - i)
                        .arg(QLocale().toString(b.start, QStringLiteral("d MMM yyyy")))
                        .arg(QLocale().toString(b.distance, 'f', 1))
                        .arg(b.runs);
        if (!flags.isEmpty())
            b.tooltip += QStringLiteral("\n\n") + flags.join(QStringLiteral("\n\n"));
        out.push_back(b);
    }
    return out;
}

} // namespace

QChart* weeklyDistanceChart(const WeeklyDistanceData& data, const ChartFrame& frame)
{
    std::vector<WeekBar> shown;
    for (const WeekBar& w : data.weeks)
        if (w.start.addDays(6) >= frame.from && w.start <= frame.to)
            shown.push_back(w);
    int blockSize = 1;
    shown = blocks(shown, blockSize);
    QChart* chart =
        newChart(blockSize > 1 ? tr("Weekly distance (averages of %1 weeks)").arg(blockSize)
                               : tr("Weekly distance"),
                 frame);
    std::vector<WeekBar> plain, flagged[3];
    double top = 0;
    for (const WeekBar& w : shown) {
        if (w.runs == 0)
            continue;
        top = std::max(top, w.distance);
        (w.flag ? flagged[int(*w.flag)] : plain).push_back(w);
    }
    QDateTimeAxis* xAxis = addTimeAxis(chart, frame);
    QValueAxis* yAxis = addValueAxis(chart, 0, std::max(10.0, top * 1.22), data.unit, frame);
    addEpisodeSpans(chart, xAxis, yAxis, std::max(10.0, top * 1.22) * 2, frame);

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
        auto* series =
            bars(flagged[s], tr("%1 load flag").arg(SeverityStyle::word(severity)), fill);
        series->setObjectName(QStringLiteral("flaggedBars"));
        attach(chart, series, xAxis, yAxis);
        for (const WeekBar& w : flagged[s])
            markers.push_back({w.start.addDays(w.days / 2), w.distance, severity, w.tooltip});
        all.insert(all.end(), flagged[s].begin(), flagged[s].end());
    }
    addMarkers(chart, markers, xAxis, yAxis, frame, std::max(10.0, top * 1.22) * 0.07);

    if (frame.tooltips) {
        // Bars are areas: look up the week under the pointer.
        for (QAbstractSeries* s : chart->series()) {
            auto* area = qobject_cast<QAreaSeries*>(s);
            if (!area || area->objectName() == QLatin1String("episodeSpan"))
                continue;
            QObject::connect(
                area, &QAreaSeries::hovered, area, [all](const QPointF& at, bool entered) {
                    if (!entered)
                        return QToolTip::hideText();
                    for (const WeekBar& w : all)
                        if (at.x() >= x(w.start) && at.x() < x(w.start.addDays(w.days)))
                            QToolTip::showText(QCursor::pos(), w.tooltip);
                });
        }
    }
    return chart;
}

} // namespace stridewell::ui
