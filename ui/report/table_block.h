#pragma once

#include "model/flag.h"
#include "report/report_block.h"
#include "report/wrapped_text.h"

#include <QList>
#include <optional>
#include <vector>

namespace stridewell::ui {

struct TableColumn
{
    QString title;
    qreal weight = 1.0; // share of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct TableCell
{
    TableCell(const QString& text = {}) : runs{{text}} {}
    TableCell(QList<TextRun> r) : runs(std::move(r)) {}
    static TableCell severity(core::Severity s, const QString& word)
    {
        TableCell c(word);
        c.mark = s;
        return c;
    }

    QList<TextRun> runs;
    std::optional<core::Severity> mark; // drawn as the severity's icon before the text
};

// A table whose rows are never split across pages; its column titles repeat at the top of each
// page it continues on. Rows are shaded alternately so a line can be followed across in
// grey-scale print. Without titles it is a plain grid (label and value pairs).
class TableBlock : public ReportBlock
{
public:
    TableBlock(QList<TableColumn> columns, QList<QList<TableCell>> rows, bool showTitles = true);

    void layout(qreal width) override;
    int pieceCount() const override;
    qreal pieceHeight(int piece) const override;
    void paintPiece(QPainter* painter, int piece, const QPointF& topLeft) const override;
    qreal headerHeight() const override { return m_headerHeight; }
    void paintHeader(QPainter* painter, const QPointF& topLeft) const override;
    QString plainText() const override;

    // Keeps all rows on one page (a grid read down its columns must not be cut).
    void setKeepTogether(bool keep) { m_keepTogether = keep; }

    int columnCount() const { return int(m_columns.size()); }
    qreal columnLeft(int column) const { return m_left[std::size_t(column)]; }
    qreal columnWidth(int column) const { return m_width[std::size_t(column)]; }

private:
    struct Cell
    {
        WrappedText text;
        std::optional<core::Severity> mark;
    };
    void paintRow(QPainter* painter, int row, const QPointF& topLeft) const;
    void paintCells(QPainter* painter, const std::vector<Cell>& cells, const QPointF& topLeft,
                    qreal height) const;

    QList<TableColumn> m_columns;
    bool m_showTitles;
    bool m_keepTogether = false;
    qreal m_tableWidth = 0.0;
    std::vector<qreal> m_left;
    std::vector<qreal> m_width;
    std::vector<Cell> m_header;
    std::vector<std::vector<Cell>> m_rows;
    std::vector<qreal> m_rowHeights;
    qreal m_headerHeight = 0.0;
};

} // namespace stridewell::ui
