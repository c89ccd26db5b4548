#pragma once

#include "report/report_block.h"

#include <QPointF>
#include <QRectF>
#include <memory>
#include <vector>

namespace stridewell::ui {

// Where one piece of a block went.
struct PlacedPiece
{
    int block = 0;
    int piece = 0;   // -1: the block's repeated header
    QPointF topLeft; // report units, on the page
    qreal height = 0.0;
};

struct ReportPage
{
    std::vector<PlacedPiece> pieces;
};

// Stacks the blocks' pieces down pages of `content`: a piece that does not fit in what is left
// of a page starts the next one (a piece taller than a whole page is placed alone at the top of
// one; the blocks keep theirs below that). Headings stay with what follows them, and a block's
// header is repeated above its pieces on each page.
class ReportLayout
{
public:
    static std::vector<ReportPage> paginate(const std::vector<std::unique_ptr<ReportBlock>>& blocks,
                                            const QRectF& content);
};

} // namespace stridewell::ui
