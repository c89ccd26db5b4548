#include "report/text_block.h"

namespace stridewell::ui {

TextBlock::TextBlock(QList<TextRun> runs, ReportStyle::Role role, QColor color, qreal indent)
    : m_text(std::move(runs), ReportStyle::font(role), color), m_indent(indent)
{}

TextBlock::TextBlock(const QString& text, ReportStyle::Role role, QColor color, qreal indent)
    : TextBlock(QList<TextRun>{{text}}, role, color, indent)
{}

void TextBlock::layout(qreal width)
{
    m_text.layout(width - m_indent);
    m_pieces.clear();
    const int n = m_text.lineCount();
    if (n == 0)
        return;
    if (n <= 4) {
        m_pieces.push_back({0, n - 1});
        return;
    }
    // Two lines at least at the end of a page and at the top of the next.
    m_pieces.push_back({0, 1});
    for (int line = 2; line < n - 2; ++line)
        m_pieces.push_back({line, line});
    m_pieces.push_back({n - 2, n - 1});
}

qreal TextBlock::pieceHeight(int piece) const
{
    const Piece& p = m_pieces[std::size_t(piece)];
    return m_text.lineBottom(p.last) - m_text.lineTop(p.first);
}

void TextBlock::paintPiece(QPainter* painter, int piece, const QPointF& topLeft) const
{
    const Piece& p = m_pieces[std::size_t(piece)];
    m_text.draw(painter, topLeft + QPointF(m_indent, 0), p.first, p.last);
}

} // namespace stridewell::ui
