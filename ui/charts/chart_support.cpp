#include "charts/chart_support.h"

#include "severity_style.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace stridewell::ui {

namespace chart_support {

QChart* newChart(const QString& title, const ChartFrame& frame)
{
    auto* chart = new QChart;
    const QPalette& p = frame.palette;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(QFont().pointSizeF() * 1.05);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(p.brush(QPalette::Text));
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid), 1));
    chart->setBackgroundRoundness(4);
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setFont(QFont());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

qreal x(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

qreal noon(QDate day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QDateTimeAxis* addTimeAxis(QChart* chart, const ChartFrame& frame)
{
    auto* axis = new QDateTimeAxis;
    const qint64 days = frame.from.daysTo(frame.to);
    // A little room at both ends, so that a marker on the first or last day is not cut.
    const qint64 pad = std::max<qint64>(1, days / 50);
    axis->setRange(frame.from.addDays(-pad).startOfDay(), frame.to.addDays(1 + pad).startOfDay());
    // Ticks fall at even intervals, not on month starts: a day keeps "Jun, Aug" from reading
    // as a missing July.
    axis->setFormat(days <= 400 ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy"));
    axis->setTickCount(days <= 35 ? 5 : 7);
    axis->setLabelsBrush(frame.palette.brush(QPalette::Text));
    axis->setGridLineColor(frame.palette.color(QPalette::Midlight));
    axis->setLinePenColor(frame.palette.color(QPalette::Mid));
    axis->setLabelsFont(QFont());
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* addValueAxis(QChart* chart, double min, double max, const QString& title,
                         const ChartFrame& frame)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    axis->setTickCount(5);
    axis->setLabelFormat(max - min < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axis->setTitleText(title);
    axis->setTitleBrush(frame.palette.brush(QPalette::Text));
    QFont small;
    axis->setTitleFont(small);
    axis->setLabelsFont(small);
    axis->setLabelsBrush(frame.palette.brush(QPalette::Text));
    axis->setGridLineColor(frame.palette.color(QPalette::Midlight));
    axis->setLinePenColor(frame.palette.color(QPalette::Mid));
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* xAxis, QAbstractAxis* yAxis)
{
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

QLineSeries* referenceLine(double y, const QString& name, const QPen& pen, const ChartFrame& f)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(x(f.from.addDays(-60)), y);
    line->append(x(f.to.addDays(60)), y);
    line->setPen(pen);
    return line;
}

QAreaSeries* referenceBand(double low, double high, const QString& name, const QColor& fill,
                           const ChartFrame& frame)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (QDate d : {frame.from.addDays(-60), frame.to.addDays(60)}) {
        upper->append(x(d), high);
        lower->append(x(d), low);
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(name);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    return band;
}

void addEpisodeSpans(QChart* chart, QAbstractAxis* xAxis, QAbstractAxis* yAxis, double top,
                     const ChartFrame& frame)
{
    // Amber, translucent: apart from the palette's highlight the series use, and readable on a
    // light and a dark background and in print.
    const QColor fill(232, 150, 40, 48);
    bool named = false;
    for (const ShadedSpan& span : frame.episodes) {
        const QDate from = std::max(span.from, frame.from);
        const QDate to = std::min(span.to.isValid() ? span.to : frame.to, frame.to);
        if (from > to)
            continue;
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        for (qreal at : {x(from), x(to.addDays(1))}) {
            upper->append(at, top);
            lower->append(at, 0);
        }
        auto* area = new QAreaSeries(upper, lower);
        area->setObjectName(QStringLiteral("episodeSpan"));
        area->setName(tr("calf episode"));
        area->setBrush(fill);
        area->setPen(QPen(fill.darker(140), 0.8, Qt::DotLine));
        attach(chart, area, xAxis, yAxis);
        if (named)
            hideFromLegend(chart, area);
        named = true;
        if (frame.tooltips)
            QObject::connect(area, &QAreaSeries::hovered, area,
                             [text = span.tooltip](const QPointF&, bool entered) {
                                 if (entered)
                                     QToolTip::showText(QCursor::pos(), text);
                                 else
                                     QToolTip::hideText();
                             });
    }
}

namespace {

// Markers closer in time than about 1/12 of the axis would overlap (icon and word): the first of a
// run of them stands for all, with the most severe one's look and every tooltip (up to a few).
std::vector<ChartMarker> spreadOut(const std::vector<ChartMarker>& markers, const ChartFrame& frame)
{
    std::vector<ChartMarker> inFrame;
    for (const ChartMarker& m : markers)
        if (m.date >= frame.from && m.date <= frame.to)
            inFrame.push_back(m);
    std::stable_sort(inFrame.begin(), inFrame.end(),
                     [](const ChartMarker& a, const ChartMarker& b) { return a.date < b.date; });
    const qint64 gap = std::max<qint64>(2, frame.from.daysTo(frame.to) / 12);
    constexpr int kTooltips = 3;
    std::vector<ChartMarker> out;
    QDate runStart;
    int inRun = 0;
    for (const ChartMarker& m : inFrame) {
        if (out.empty() || runStart.daysTo(m.date) >= gap) {
            out.push_back(m);
            runStart = m.date;
            inRun = 1;
            continue;
        }
        ChartMarker& kept = out.back();
        if (m.severity > kept.severity) {
            kept.severity = m.severity;
            kept.value = m.value;
        }
        if (++inRun <= kTooltips)
            kept.tooltip += QStringLiteral("\n\n") + m.tooltip;
        else if (inRun == kTooltips + 1)
            kept.tooltip += QStringLiteral("\n\n…");
    }
    return out;
}

} // namespace

void addMarkers(QChart* chart, const std::vector<ChartMarker>& markers, QAbstractAxis* xAxis,
                QAbstractAxis* yAxis, const ChartFrame& frame, double lift)
{
    const std::vector<ChartMarker> spread = spreadOut(markers, frame);
    for (core::Severity severity :
         {core::Severity::Info, core::Severity::Caution, core::Severity::High}) {
        std::vector<ChartMarker> mine;
        for (const ChartMarker& m : spread)
            if (m.severity == severity)
                mine.push_back(m);
        if (mine.empty())
            continue;
        auto* series = new QScatterSeries;
        series->setName(SeverityStyle::word(severity));
        // The marker is the severity's own icon (circle, triangle, octagon), as on the cards.
        constexpr int kSize = 16;
        series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        series->setMarkerSize(kSize);
        series->setBrush(QBrush(SeverityStyle::pixmap(severity, kSize).toImage()));
        series->setPen(Qt::NoPen);
        // The severity's word beside every marker: the label format has no placeholder.
        series->setPointLabelsFormat(SeverityStyle::word(severity));
        series->setPointLabelsVisible(true);
        series->setPointLabelsClipping(false);
        series->setPointLabelsColor(frame.palette.color(QPalette::Text));
        QFont bold;
        bold.setBold(true);
        series->setPointLabelsFont(bold);
        for (const ChartMarker& m : mine)
            series->append(noon(m.date), m.value + lift);
        attach(chart, series, xAxis, yAxis);
        hideFromLegend(chart, series); // the word is on the chart beside each marker
        tooltipsFor(series, mine, frame);
    }
}

namespace {

template <typename Point>
void nearestTooltip(QXYSeries* series, std::vector<Point> points, const ChartFrame& frame,
                    std::function<QString(const Point&)> text)
{
    if (!frame.tooltips || points.empty())
        return;
    QObject::connect(
        series, &QXYSeries::hovered, series,
        [points = std::move(points), text](const QPointF& at, bool entered) {
            if (!entered) {
                QToolTip::hideText();
                return;
            }
            const auto nearest =
                std::min_element(points.begin(), points.end(), [&](const Point& a, const Point& b) {
                    return std::abs(noon(a.date) - at.x()) < std::abs(noon(b.date) - at.x());
                });
            QToolTip::showText(QCursor::pos(), text(*nearest));
        });
}

} // namespace

void tooltipsFor(QXYSeries* series, std::vector<DatedValue> points, const ChartFrame& frame,
                 Describe describe)
{
    nearestTooltip<DatedValue>(series, std::move(points), frame, [describe](const DatedValue& p) {
        return p.tooltip.isEmpty() && describe ? describe(p) : p.tooltip;
    });
}

void tooltipsFor(QXYSeries* series, std::vector<ChartMarker> markers, const ChartFrame& frame)
{
    nearestTooltip<ChartMarker>(series, std::move(markers), frame,
                                [](const ChartMarker& m) { return m.tooltip; });
}

std::vector<DatedValue> thin(const std::vector<DatedValue>& points, std::size_t buckets)
{
    if (points.size() <= buckets * 2)
        return points;
    std::vector<DatedValue> out;
    out.reserve(buckets * 2 + 2);
    const std::size_t step = (points.size() + buckets - 1) / buckets;
    for (std::size_t i = 0; i < points.size(); i += step) {
        const auto begin = points.begin() + std::ptrdiff_t(i);
        const auto end = points.begin() + std::ptrdiff_t(std::min(points.size(), i + step));
        const auto [low, high] = std::minmax_element(
            begin, end, [](const DatedValue& a, const DatedValue& b) { return a.value < b.value; });
        if (low->date <= high->date) {
            out.push_back(*low);
            if (high != low)
                out.push_back(*high);
        } else {
            out.push_back(*high);
            out.push_back(*low);
        }
    }
    return out;
}

void addLine(QChart* chart, const Line& data, const QString& name, const QPen& pen,
             QAbstractAxis* xAxis, QAbstractAxis* yAxis, const ChartFrame& frame)
{
    bool first = true;
    for (const std::vector<DatedValue>& segment : data.segments) {
        std::vector<DatedValue> shown;
        for (const DatedValue& p : segment)
            if (p.date >= frame.from && p.date <= frame.to)
                shown.push_back(p);
        if (shown.empty())
            continue;
        shown = thin(shown);
        auto* line = new QLineSeries;
        line->setName(name);
        line->setPen(pen);
        for (const DatedValue& p : shown)
            line->append(noon(p.date), p.value);
        attach(chart, line, xAxis, yAxis);
        if (!first)
            hideFromLegend(chart, line);
        first = false;
        tooltipsFor(line, shown, frame, data.describe);
    }
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* m : chart->legend()->markers(series))
        m->setVisible(false);
}

} // namespace chart_support

void alignPlotAreas(const QList<QChart*>& charts)
{
    qreal left = 0, right = 1e9;
    for (QChart* chart : charts) {
        chart->setPlotArea(QRectF()); // back to the automatic layout
        chart->layout()->activate();
        left = std::max(left, chart->plotArea().left());
        right = std::min(right, chart->plotArea().right());
    }
    for (QChart* chart : charts) {
        const QRectF area = chart->plotArea();
        chart->setPlotArea(QRectF(QPointF(left, area.top()), QPointF(right, area.bottom())));
    }
}

void renderChart(QChart* chart, QPainter* painter, const QRectF& target)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(target.size());
    chart->layout()->activate();
    scene.render(painter, target, QRectF(QPointF(0, 0), target.size()));
    scene.removeItem(chart);
}

} // namespace stridewell::ui
