#pragma once

#include "report/report_block.h"
#include "report/report_style.h"
#include "report/wrapped_text.h"

#include <vector>

namespace stridewell::ui {

// A paragraph or heading. Up to four lines stay together; a longer paragraph may continue on
// the next page, never leaving a single line behind or carrying one over alone.
class TextBlock : public ReportBlock
{
public:
    TextBlock(QList<TextRun> runs, ReportStyle::Role role, QColor color = ReportStyle::ink(),
              qreal indent = 0.0);
    TextBlock(const QString& text, ReportStyle::Role role, QColor color = ReportStyle::ink(),
              qreal indent = 0.0);

    void layout(qreal width) override;
    int pieceCount() const override { return int(m_pieces.size()); }
    qreal pieceHeight(int piece) const override;
    void paintPiece(QPainter* painter, int piece, const QPointF& topLeft) const override;
    QString plainText() const override { return m_text.plainText(); }

private:
    struct Piece
    {
        int first;
        int last;
    };
    WrappedText m_text;
    qreal m_indent;
    std::vector<Piece> m_pieces;
};

} // namespace stridewell::ui
