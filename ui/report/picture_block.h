#pragma once

#include "report/report_block.h"

#include <QRectF>
#include <functional>

namespace stridewell::ui {

// Something drawn whole into a rectangle of the page (a chart, as vectors): one piece, never
// cut by a page break.
class PictureBlock : public ReportBlock
{
public:
    using Painter = std::function<void(QPainter* painter, const QRectF& target)>;

    // `height` in report units; the width is the page's. `description` is its text for tests
    // and screen readers.
    PictureBlock(qreal height, Painter paint, QString description);

    void layout(qreal width) override { m_width = width; }
    int pieceCount() const override { return 1; }
    qreal pieceHeight(int) const override { return m_height; }
    void paintPiece(QPainter* painter, int piece, const QPointF& topLeft) const override;
    QString plainText() const override { return m_description; }

private:
    qreal m_height;
    qreal m_width = 0.0;
    Painter m_paint;
    QString m_description;
};

} // namespace stridewell::ui
