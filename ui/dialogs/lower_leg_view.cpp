#include "dialogs/lower_leg_view.h"

#include "symptom_words.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolTip>

namespace stridewell::ui {

namespace {

constexpr QSizeF kViewBox(360, 400);
constexpr double kLegCentreX[2] = {90, 270}; // left, right, in the drawing's units

QImage tinted(const QImage& mask, const QBrush& brush)
{
    QImage out = mask;
    QPainter p(&out);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(out.rect(), brush);
    return out;
}

// The rim of a mask, about `width` pixels wide: the mask less the mask shrunk by that much.
QImage rimOf(const QImage& mask, int width)
{
    QImage shrunk = mask;
    {
        QPainter p(&shrunk);
        p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        const qreal dpr = mask.devicePixelRatio();
        for (const QPointF offset :
             {QPointF(width, 0), QPointF(-width, 0), QPointF(0, width), QPointF(0, -width)})
            p.drawImage(offset / dpr, mask);
    }
    QImage rim = mask;
    QPainter p(&rim);
    p.setCompositionMode(QPainter::CompositionMode_DestinationOut);
    p.drawImage(0, 0, shrunk);
    return rim;
}

QString sideId(core::Side side)
{
    return side == core::Side::Right ? QStringLiteral("right") : QStringLiteral("left");
}

} // namespace

LowerLegView::LowerLegView(QWidget* parent)
    : QWidget(parent), m_svg(QStringLiteral(":/images/lower_legs_back.svg"))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Drawing of both lower legs from behind"));
    for (core::Side side : {core::Side::Left, core::Side::Right})
        for (core::BodyLocation location :
             {core::BodyLocation::CalfBelly, core::BodyLocation::CalfLateralUpper,
              core::BodyLocation::CalfMedialLower, core::BodyLocation::ShinMedial,
              core::BodyLocation::Achilles})
            m_regions.append({QStringLiteral("%1_%2").arg(sideId(side), core::toId(location)),
                              location, side, QImage(), QImage(), QPoint()});
    updateDescription();
}

QList<core::BodyLocation> LowerLegView::drawnLocations()
{
    return {core::BodyLocation::CalfLateralUpper, core::BodyLocation::CalfBelly,
            core::BodyLocation::CalfMedialLower, core::BodyLocation::ShinMedial,
            core::BodyLocation::Achilles};
}

QSize LowerLegView::sizeHint() const
{
    return {300, 360};
}

QSize LowerLegView::minimumSizeHint() const
{
    return {220, 260};
}

void LowerLegView::setSelection(std::optional<core::BodyLocation> location,
                                std::optional<core::Side> side)
{
    m_location = location;
    m_side = side;
    updateDescription();
    update();
}

QPoint LowerLegView::centreOf(core::BodyLocation location, core::Side side) const
{
    for (const Region& r : m_regions)
        if (r.location == location && r.side == side)
            return r.centre;
    return {};
}

void LowerLegView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    buildMasks();
}

QImage LowerLegView::render(const QString& elementId) const
{
    const qreal dpr = devicePixelRatioF();
    QImage image(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bounds = m_svg.boundsOnElement(elementId);
    const double scale = m_target.width() / kViewBox.width();
    m_svg.render(&p, elementId,
                 QRectF(m_target.x() + bounds.x() * scale, m_target.y() + bounds.y() * scale,
                        bounds.width() * scale, bounds.height() * scale));
    return image;
}

void LowerLegView::buildMasks()
{
    // The drawing keeps its proportions; a line under it names the legs.
    const int labelHeight = fontMetrics().height() + 8;
    const QRectF room = QRectF(rect()).adjusted(4, 4, -4, -4 - labelHeight);
    const double scale =
        std::min(room.width() / kViewBox.width(), room.height() / kViewBox.height());
    const QSizeF drawn = kViewBox * scale;
    m_target = QRectF(room.center() - QPointF(drawn.width(), drawn.height()) / 2, drawn);
    if (scale <= 0)
        return;
    for (int side = 0; side < 2; ++side) {
        const QString id = side == 0 ? QStringLiteral("left") : QStringLiteral("right");
        m_legs[side] = render(id + QStringLiteral("_leg"));
        m_contours[side] = render(id + QStringLiteral("_contour"));
    }
    const qreal dpr = devicePixelRatioF();
    for (Region& r : m_regions) {
        r.mask = render(r.elementId);
        r.rim = rimOf(r.mask, std::max(1, int(dpr)));
        qint64 sx = 0, sy = 0, n = 0;
        for (int y = 0; y < r.mask.height(); y += 2)
            for (int x = 0; x < r.mask.width(); x += 2)
                if (qAlpha(r.mask.pixel(x, y)) > 128) {
                    sx += x;
                    sy += y;
                    ++n;
                }
        r.centre = n ? QPoint(int(sx / n / dpr), int(sy / n / dpr)) : QPoint();
    }
}

bool LowerLegView::isSelected(const Region& r) const
{
    return m_location == r.location && m_side && (*m_side == r.side || *m_side == core::Side::Both);
}

void LowerLegView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    const QColor highlight = pal.color(QPalette::Highlight);
    for (const QImage& leg : m_legs)
        if (!leg.isNull())
            p.drawImage(0, 0, tinted(leg, pal.color(QPalette::Base)));
    for (int i = 0; i < m_regions.size(); ++i) {
        const Region& r = m_regions[i];
        if (r.mask.isNull())
            continue;
        QColor fill = highlight;
        const bool selected = isSelected(r);
        fill.setAlphaF(selected ? 1.0 : i == m_hover ? 0.5 : 0.2);
        p.drawImage(0, 0, tinted(r.mask, fill));
        if (selected) // hatched as well, so the choice does not rest on colour alone
            p.drawImage(
                0, 0,
                tinted(r.mask, QBrush(pal.color(QPalette::HighlightedText), Qt::BDiagPattern)));
        // A rim keeps neighbouring places apart.
        QColor rim = pal.color(QPalette::Text);
        rim.setAlphaF(selected || i == m_hover ? 0.8 : 0.35);
        p.drawImage(0, 0, tinted(r.rim, rim));
    }
    for (const QImage& contour : m_contours)
        if (!contour.isNull())
            p.drawImage(0, 0, tinted(contour, pal.color(QPalette::Text)));

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    const double scale = m_target.width() / kViewBox.width();
    const QString names[2] = {tr("Left"), tr("Right")};
    for (int side = 0; side < 2; ++side) {
        const double x = m_target.x() + kLegCentreX[side] * scale;
        const QRectF label(x - 60, m_target.bottom() + 2, 120, fontMetrics().height() + 4);
        p.drawText(label, Qt::AlignCenter, names[side]);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

int LowerLegView::regionAt(const QPoint& pos) const
{
    const qreal dpr = devicePixelRatioF();
    // Later regions lie on top of the calf belly: ask them first.
    for (int i = int(m_regions.size()) - 1; i >= 0; --i) {
        const QImage& mask = m_regions[i].mask;
        const QPoint px(int(pos.x() * dpr), int(pos.y() * dpr));
        if (!mask.isNull() && mask.rect().contains(px) && qAlpha(mask.pixel(px)) > 64)
            return i;
    }
    return -1;
}

void LowerLegView::mouseMoveEvent(QMouseEvent* event)
{
    const int hover = regionAt(event->position().toPoint());
    if (hover != m_hover) {
        m_hover = hover;
        setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void LowerLegView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int hit = regionAt(event->position().toPoint());
    if (hit >= 0)
        choose(m_regions[hit].location, m_regions[hit].side);
}

void LowerLegView::leaveEvent(QEvent* event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void LowerLegView::keyPressEvent(QKeyEvent* event)
{
    const QList<core::BodyLocation> order = drawnLocations();
    int index = m_location ? int(order.indexOf(*m_location)) : -1;
    core::Side side = m_side.value_or(core::Side::Left);
    switch (event->key()) {
    case Qt::Key_Up:
        index = index <= 0 ? int(order.size()) - 1 : index - 1;
        break;
    case Qt::Key_Down:
        index = (index + 1) % int(order.size());
        break;
    case Qt::Key_Left:
        side = core::Side::Left;
        index = std::max(index, 0);
        break;
    case Qt::Key_Right:
        side = core::Side::Right;
        index = std::max(index, 0);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    choose(order[index], side);
}

bool LowerLegView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int hit = regionAt(help->pos());
        if (hit < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Region& r = m_regions[hit];
        QToolTip::showText(help->globalPos(),
                           tr("%1, %2 leg\n%3")
                               .arg(locationName(r.location), sideName(r.side).toLower(),
                                    locationHint(r.location)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void LowerLegView::choose(core::BodyLocation location, core::Side side)
{
    setSelection(location, side);
    Q_EMIT regionChosen(location, side);
}

void LowerLegView::updateDescription()
{
    if (!m_location || !m_side) {
        setAccessibleDescription(tr("Nothing chosen yet. Use the arrow keys to choose a place."));
        return;
    }
    setAccessibleDescription(
        tr("Chosen: %1, %2")
            .arg(locationName(*m_location), *m_side == core::Side::Both
                                                ? tr("both legs")
                                                : tr("%1 leg").arg(sideName(*m_side).toLower())));
}

} // namespace stridewell::ui
