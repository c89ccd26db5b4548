#include "report/picture_block.h"

#include <QPainter>

namespace stridewell::ui {

PictureBlock::PictureBlock(qreal height, Painter paint, QString description)
    : m_height(height), m_paint(std::move(paint)), m_description(std::move(description))
{}

void PictureBlock::paintPiece(QPainter* painter, int piece, const QPointF& topLeft) const
{
    Q_UNUSED(piece);
    painter->save();
    m_paint(painter, QRectF(topLeft, QSizeF(m_width, m_height)));
    painter->restore();
}

} // namespace stridewell::ui
