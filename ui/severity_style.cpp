#include "severity_style.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <cmath>

namespace stridewell::ui {

QColor SeverityStyle::color(core::Severity severity)
{
    // Mid-tone hues that read on light and dark backgrounds alike.
    switch (severity) {
    case core::Severity::Info:
        return QColor(0x2f, 0x7f, 0xd0);
    case core::Severity::Caution:
        return QColor(0xe0, 0x8e, 0x0b);
    case core::Severity::High:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return {};
}

QString SeverityStyle::word(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Info:
        return tr("info");
    case core::Severity::Caution:
        return tr("caution");
    case core::Severity::High:
        return tr("high");
    }
    return {};
}

QPixmap SeverityStyle::pixmap(core::Severity severity, int size, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    const QColor fill = color(severity);
    p.setPen(QPen(fill.darker(130), 1));
    p.setBrush(fill);
    QPainterPath shape;
    switch (severity) {
    case core::Severity::Info:
        shape.addEllipse(r);
        break;
    case core::Severity::Caution:
        shape.addPolygon(QPolygonF({QPointF(r.center().x(), r.top()), r.bottomRight(),
                                    r.bottomLeft(), QPointF(r.center().x(), r.top())}));
        break;
    case core::Severity::High: {
        QPolygonF octagon;
        for (int k = 0; k < 8; ++k) {
            const double a = (22.5 + 45.0 * k) * M_PI / 180.0;
            octagon << r.center() + QPointF(std::cos(a), std::sin(a)) * (r.width() / 2.0);
        }
        octagon << octagon.front();
        shape.addPolygon(octagon);
        break;
    }
    }
    p.drawPath(shape);
    // The mark: "i" for info, "!" for the others.
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(std::max(6, int(size * (severity == core::Severity::Caution ? 0.55 : 0.7))));
    p.setFont(font);
    p.setPen(severity == core::Severity::Caution ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    QRectF text = r;
    if (severity == core::Severity::Caution)
        text.setTop(r.top() + r.height() * 0.25);
    p.drawText(text, Qt::AlignCenter,
               severity == core::Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    return pm;
}

QIcon SeverityStyle::icon(core::Severity severity)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48})
        icon.addPixmap(pixmap(severity, size));
    return icon;
}

} // namespace stridewell::ui
