#pragma once

#include <QPointF>
#include <QString>
#include <QtGlobal>

class QPainter;

namespace stridewell::ui {

// One element of the report's flow (a paragraph, a table, a chart), cut into pieces that are
// never split across a page: a table row, a few lines of text, a whole chart. The layout
// (ReportLayout) stacks pieces down the page and starts a new page when the next one does not
// fit; a block with a header (a table's column titles) repeats it at the top of every page it
// continues on.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    // Lays the block out for a width in report units; called before any of the below.
    virtual void layout(qreal width) = 0;
    virtual int pieceCount() const = 0;
    virtual qreal pieceHeight(int piece) const = 0;
    virtual void paintPiece(QPainter* painter, int piece, const QPointF& topLeft) const = 0;

    virtual qreal headerHeight() const { return 0.0; }
    virtual void paintHeader(QPainter* painter, const QPointF& topLeft) const
    {
        Q_UNUSED(painter);
        Q_UNUSED(topLeft);
    }

    // The text of the block, for tests and the accessible page preview.
    virtual QString plainText() const = 0;

    qreal spaceBefore = 0.0;
    qreal spaceAfter = 0.0;
    // Starts on the same page as the first piece of the next block (headings).
    bool keepWithNext = false;
    // Starts on a new page.
    bool pageBreakBefore = false;
};

} // namespace stridewell::ui
