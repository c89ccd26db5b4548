#include "page_icon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace stridewell::ui {

namespace {

// Paints the SVG as a mask in the current palette's colour for the mode (normal, selected,
// disabled), so the icon follows a theme change without being rebuilt.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QString path) : m_path(std::move(path)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->drawPixmap(
            rect, pixmap(rect.size() * painter->device()->devicePixelRatioF(), mode, QIcon::Off));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        QSvgRenderer(m_path).render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        const QPalette palette = QApplication::palette();
        const QColor colour = mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                              : mode == QIcon::Disabled
                                  ? palette.color(QPalette::Disabled, QPalette::WindowText)
                                  : palette.color(QPalette::WindowText);
        p.fillRect(pixmap.rect(), colour);
        return pixmap;
    }

    QIconEngine* clone() const override { return new TintedSvgEngine(m_path); }

private:
    QString m_path;
};

} // namespace

QIcon pageIcon(const QString& name, const QString& themeName)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return QIcon(new TintedSvgEngine(QStringLiteral(":/icons/pages/%1.svg").arg(name)));
}

} // namespace stridewell::ui
