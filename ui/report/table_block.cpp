#include "report/table_block.h"

#include "report/report_style.h"
#include "severity_style.h"

#include <QPainter>
#include <algorithm>

namespace stridewell::ui {

namespace {

constexpr qreal kPadX = ReportStyle::pt(3);
constexpr qreal kPadY = ReportStyle::pt(2.2);
constexpr qreal kMark = ReportStyle::pt(7.5); // the severity icon's side
constexpr qreal kMarkGap = ReportStyle::pt(2.5);

} // namespace

TableBlock::TableBlock(QList<TableColumn> columns, QList<QList<TableCell>> rows, bool showTitles)
    : m_columns(std::move(columns)), m_showTitles(showTitles)
{
    const QFont body = ReportStyle::font(ReportStyle::Role::Table);
    const QFont bold = ReportStyle::font(ReportStyle::Role::TableHeader);
    if (m_showTitles)
        for (const TableColumn& c : m_columns)
            m_header.push_back(
                {WrappedText({{c.title}}, bold, ReportStyle::ink(), c.alignment), std::nullopt});
    for (const QList<TableCell>& row : rows) {
        std::vector<Cell> cells;
        for (int c = 0; c < m_columns.size(); ++c) {
            const TableCell cell = c < row.size() ? row[c] : TableCell();
            cells.push_back(
                {WrappedText(cell.runs, body, ReportStyle::ink(), m_columns[c].alignment),
                 cell.mark});
        }
        m_rows.push_back(std::move(cells));
    }
}

void TableBlock::layout(qreal width)
{
    m_tableWidth = width;
    qreal total = 0;
    for (const TableColumn& c : m_columns)
        total += c.weight;
    m_left.clear();
    m_width.clear();
    qreal x = 0;
    for (const TableColumn& c : m_columns) {
        m_left.push_back(x);
        m_width.push_back(width * c.weight / total);
        x += m_width.back();
    }
    auto layoutCells = [&](std::vector<Cell>& cells) {
        qreal height = 0;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const qreal markRoom = cells[c].mark ? kMark + kMarkGap : 0.0;
            cells[c].text.layout(std::max(1.0, m_width[c] - 2 * kPadX - markRoom));
            height = std::max({height, cells[c].text.height(), cells[c].mark ? kMark : 0.0});
        }
        return height + 2 * kPadY;
    };
    m_headerHeight = m_header.empty() ? 0.0 : layoutCells(m_header);
    m_rowHeights.clear();
    for (std::vector<Cell>& row : m_rows)
        m_rowHeights.push_back(layoutCells(row));
}

int TableBlock::pieceCount() const
{
    return m_keepTogether && !m_rows.empty() ? 1 : int(m_rows.size());
}

qreal TableBlock::pieceHeight(int piece) const
{
    if (m_keepTogether) {
        qreal all = 0;
        for (qreal h : m_rowHeights)
            all += h;
        return all;
    }
    return m_rowHeights[std::size_t(piece)];
}

void TableBlock::paintCells(QPainter* painter, const std::vector<Cell>& cells,
                            const QPointF& topLeft, qreal height) const
{
    Q_UNUSED(height);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        QPointF at = topLeft + QPointF(m_left[c] + kPadX, kPadY);
        if (cells[c].mark) {
            const QPixmap icon = SeverityStyle::pixmap(*cells[c].mark, 64);
            const qreal lineHeight =
                cells[c].text.lineCount() > 0 ? cells[c].text.lineBottom(0) : kMark;
            const QRectF box(at.x(), at.y() + std::max(0.0, (lineHeight - kMark) / 2), kMark,
                             kMark);
            painter->drawPixmap(box, icon, QRectF(icon.rect()));
            at.rx() += kMark + kMarkGap;
        }
        cells[c].text.draw(painter, at);
    }
}

void TableBlock::paintHeader(QPainter* painter, const QPointF& topLeft) const
{
    if (m_header.empty())
        return;
    paintCells(painter, m_header, topLeft, m_headerHeight);
    painter->save();
    painter->setPen(QPen(ReportStyle::ink(), ReportStyle::pt(0.8)));
    const qreal y = topLeft.y() + m_headerHeight;
    painter->drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + m_tableWidth, y));
    painter->restore();
}

void TableBlock::paintPiece(QPainter* painter, int piece, const QPointF& topLeft) const
{
    if (m_keepTogether) {
        QPointF at = topLeft;
        for (std::size_t row = 0; row < m_rows.size(); ++row) {
            paintRow(painter, int(row), at);
            at.ry() += m_rowHeights[row];
        }
        return;
    }
    paintRow(painter, piece, topLeft);
}

void TableBlock::paintRow(QPainter* painter, int piece, const QPointF& topLeft) const
{
    const qreal height = m_rowHeights[std::size_t(piece)];
    const QRectF row(topLeft, QSizeF(m_tableWidth, height));
    painter->save();
    if (piece % 2 == 1)
        painter->fillRect(row, ReportStyle::shade());
    painter->setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.3)));
    painter->drawLine(row.bottomLeft(), row.bottomRight());
    painter->restore();
    paintCells(painter, m_rows[std::size_t(piece)], topLeft, height);
}

QString TableBlock::plainText() const
{
    QStringList lines;
    QStringList titles;
    for (const Cell& c : m_header)
        titles << c.text.plainText();
    if (!titles.isEmpty())
        lines << titles.join(QLatin1Char('\t'));
    for (const std::vector<Cell>& row : m_rows) {
        QStringList cells;
        for (const Cell& c : row)
            cells << c.text.plainText();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace stridewell::ui
