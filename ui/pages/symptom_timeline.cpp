#include "pages/symptom_timeline.h"

#include "advice/red_flag_triage.h"
#include "severity_style.h"
#include "symptom_words.h"
#include "unit_format.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace stridewell::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kLoadHeight = 70;
constexpr int kLaneHeight = 26;
constexpr int kAxisHeight = 22;
constexpr int kLegendHeight = 20;

double radiusFor(int pain)
{
    return 3.0 + 0.6 * std::clamp(pain, 0, 10);
}

QPainterPath triangle(QPointF centre, double r)
{
    QPainterPath path;
    path.moveTo(centre + QPointF(0, -r * 1.2));
    path.lineTo(centre + QPointF(r * 1.1, r * 0.8));
    path.lineTo(centre + QPointF(-r * 1.1, r * 0.8));
    path.closeSubpath();
    return path;
}

} // namespace

SymptomTimeline::SymptomTimeline(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Symptom timeline with weekly distance"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SymptomTimeline::setData(QList<core::Symptom> symptoms, QList<WeekLoad> weeks, QDate today)
{
    m_symptoms = std::move(symptoms);
    m_weeks = std::move(weeks);
    m_last = today;
    QDate first = today.addDays(-7 * 12);
    for (const core::Symptom& s : m_symptoms)
        first = std::min(first, s.date);
    first = std::max(first, today.addDays(-364));
    m_first = first.addDays(1 - first.dayOfWeek());

    // One lane per place and side, in the order of the places, then left, right, both.
    m_lanes.clear();
    for (const QString& id : core::allBodyLocationIds())
        for (core::Side side : {core::Side::Left, core::Side::Right, core::Side::Both}) {
            const core::BodyLocation location = *core::bodyLocationFromId(id);
            const bool used =
                std::any_of(m_symptoms.begin(), m_symptoms.end(), [&](const core::Symptom& s) {
                    return s.location == location && s.side == side && s.date >= m_first &&
                           s.date <= m_last;
                });
            if (used)
                m_lanes.append(
                    {location, side,
                     side == core::Side::Both
                         ? tr("%1, both").arg(locationName(location))
                         : tr("%1, %2").arg(locationName(location), sideName(side).toLower())});
        }
    int entries = 0;
    for (const core::Symptom& s : m_symptoms)
        entries += s.date >= m_first && s.date <= m_last;
    setAccessibleDescription(tr("%n symptom entr(y|ies) since %1, in %2 places", nullptr, entries)
                                 .arg(QLocale().toString(m_first, QLocale::ShortFormat))
                                 .arg(m_lanes.size()));
    updateGeometry();
    update();
}

void SymptomTimeline::setUnit(DistanceUnit unit)
{
    m_unit = unit;
    update();
}

QStringList SymptomTimeline::laneNames() const
{
    QStringList names;
    for (const Lane& l : m_lanes)
        names << l.label;
    return names;
}

QSize SymptomTimeline::sizeHint() const
{
    const int lanes = std::max<int>(2, int(m_lanes.size()));
    return {720, 2 * kMargin + kLoadHeight + 6 + lanes * kLaneHeight + kAxisHeight + kLegendHeight};
}

QSize SymptomTimeline::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

int SymptomTimeline::labelWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("Weekly distance"));
    for (const Lane& l : m_lanes)
        width = std::max(width, fontMetrics().horizontalAdvance(l.label));
    return width + 12;
}

QRectF SymptomTimeline::plotArea() const
{
    const double left = kMargin + labelWidth();
    return QRectF(left, kMargin, width() - left - kMargin - 10,
                  height() - 2 * kMargin - kAxisHeight - kLegendHeight);
}

double SymptomTimeline::xOf(QDate day) const
{
    const QRectF area = plotArea();
    const double days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    return area.left() + (m_first.daysTo(day) + 0.5) / days * area.width();
}

double SymptomTimeline::laneY(int lane) const
{
    return plotArea().top() + kLoadHeight + 6 + (lane + 0.5) * kLaneHeight;
}

int SymptomTimeline::laneOf(const core::Symptom& s) const
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes[i].location == s.location && m_lanes[i].side == s.side)
            return i;
    return -1;
}

void SymptomTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF area = plotArea();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);

    // Month lines and labels along the bottom.
    p.setFont(font());
    const QLocale locale;
    // The first, partial month is named at the left edge.
    p.setPen(text);
    if (m_first.day() > 1 &&
        m_first.daysTo(QDate(m_first.year(), m_first.month(), 1).addMonths(1)) > 10)
        p.drawText(QRectF(area.left() + 3, area.bottom() + 2, 80, kAxisHeight - 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(m_first, QStringLiteral("MMM")));
    for (QDate d(m_first.year(), m_first.month(), 1); d <= m_last; d = d.addMonths(1)) {
        if (d < m_first)
            continue;
        const double x = xOf(d) - (xOf(d.addDays(1)) - xOf(d)) / 2;
        p.setPen(grid);
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p.setPen(text);
        p.drawText(QRectF(x + 3, area.bottom() + 2, 80, kAxisHeight - 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(d, d.month() == 1 ? QStringLiteral("MMM yyyy")
                                                     : QStringLiteral("MMM")));
    }

    // Weekly distance: bars, the largest labelled.
    const QRectF load(area.left(), area.top(), area.width(), kLoadHeight);
    core::Distance most;
    for (const WeekLoad& w : m_weeks)
        if (w.start.addDays(6) >= m_first && w.start <= m_last)
            most = std::max(most, w.distance);
    p.setPen(text);
    p.drawText(QRectF(kMargin, load.top(), labelWidth() - 8, 20), Qt::AlignLeft | Qt::AlignTop,
               tr("Weekly distance"));
    if (most.inMetres() > 0) {
        p.drawText(QRectF(kMargin, load.top() + 18, labelWidth() - 8, 20),
                   Qt::AlignLeft | Qt::AlignTop,
                   tr("up to %1").arg(formatDistance(most, m_unit, 0)));
        QColor bar = pal.color(QPalette::WindowText);
        bar.setAlphaF(0.35);
        for (const WeekLoad& w : m_weeks) {
            if (w.start.addDays(6) < m_first || w.start > m_last || w.distance.inMetres() <= 0)
                continue;
            const double x0 = xOf(std::max(w.start, m_first)) - 3;
            const double x1 = xOf(std::min(w.start.addDays(6), m_last)) + 3;
            const double h = (kLoadHeight - 4) * w.distance.inMetres() / most.inMetres();
            p.fillRect(QRectF(x0 + 1, load.bottom() - h, x1 - x0 - 2, h), bar);
        }
    }
    p.setPen(grid);
    p.drawLine(load.bottomLeft(), load.bottomRight());

    // The lanes and their marks.
    if (m_lanes.isEmpty()) {
        p.setPen(text);
        p.drawText(QRectF(area.left(), load.bottom() + 6, area.width(), 2 * kLaneHeight),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No symptoms in this period. When something hurts, log it (Ctrl+Shift+N): "
                      "it appears here under the week it happened."));
    }
    for (int i = 0; i < m_lanes.size(); ++i) {
        const double y = laneY(i);
        if (i % 2 == 0)
            p.fillRect(QRectF(kMargin, y - kLaneHeight / 2.0, width() - 2 * kMargin, kLaneHeight),
                       pal.color(QPalette::AlternateBase));
        p.setPen(text);
        p.drawText(QRectF(kMargin + 4, y - kLaneHeight / 2.0, labelWidth() - 8, kLaneHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, m_lanes[i].label);
    }
    QColor fill = pal.color(QPalette::Highlight);
    for (const core::Symptom& s : m_symptoms) {
        const int lane = laneOf(s);
        if (lane < 0 || s.date < m_first || s.date > m_last)
            continue;
        const QPointF c(xOf(s.date), laneY(lane));
        const double r = radiusFor(s.pain);
        if (core::triage(s).urgency != core::Urgency::None) {
            p.setPen(QPen(text, 1));
            p.setBrush(SeverityStyle::color(core::Severity::High)); // with its own shape
            p.drawPath(triangle(c, r + 1));
            continue;
        }
        fill.setAlphaF(0.35 + 0.065 * std::clamp(s.pain, 0, 10));
        p.setPen(QPen(text, 1));
        p.setBrush(fill);
        p.drawEllipse(c, r, r);
    }

    // What the marks mean.
    const double legendY = height() - kMargin - kLegendHeight / 2.0;
    double x = area.left();
    p.setPen(QPen(text, 1));
    fill.setAlphaF(0.7);
    p.setBrush(fill);
    p.drawEllipse(QPointF(x + 4, legendY), 4, 4);
    p.drawEllipse(QPointF(x + 18, legendY), 7, 7);
    const QString painLegend = tr("pain (larger: more)");
    p.drawText(QRectF(x + 30, legendY - 10, 400, 20), Qt::AlignLeft | Qt::AlignVCenter, painLegend);
    x += 30 + fontMetrics().horizontalAdvance(painLegend) + 24;
    p.setBrush(SeverityStyle::color(core::Severity::High));
    p.drawPath(triangle(QPointF(x + 6, legendY), 6));
    p.drawText(QRectF(x + 18, legendY - 10, 400, 20), Qt::AlignLeft | Qt::AlignVCenter,
               tr("warning signs"));
}

QString SymptomTimeline::entryAt(const QPoint& pos) const
{
    const core::Symptom* best = nullptr;
    double bestDistance = 12;
    for (const core::Symptom& s : m_symptoms) {
        const int lane = laneOf(s);
        if (lane < 0 || s.date < m_first || s.date > m_last)
            continue;
        const double d = QLineF(QPointF(pos), QPointF(xOf(s.date), laneY(lane))).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = &s;
        }
    }
    if (!best)
        return {};
    QStringList parts = {QLocale().toString(best->date, QLocale::LongFormat),
                         tr("%1, %2 – pain %3/10")
                             .arg(locationName(best->location), sideName(best->side).toLower())
                             .arg(best->pain)};
    if (best->type)
        parts << typeName(best->type);
    if (best->timing)
        parts << timingName(best->timing);
    if (const core::Triage t = core::triage(*best); t.urgency != core::Urgency::None)
        parts << tr("Warning signs: %1").arg(t.headline);
    if (!best->notes.isEmpty())
        parts << best->notes;
    return parts.join(QLatin1Char('\n'));
}

QPoint SymptomTimeline::markOf(qint64 symptomId) const
{
    for (const core::Symptom& s : m_symptoms)
        if (s.id == symptomId && laneOf(s) >= 0)
            return QPointF(xOf(s.date), laneY(laneOf(s))).toPoint();
    return {};
}

bool SymptomTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = entryAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace stridewell::ui
