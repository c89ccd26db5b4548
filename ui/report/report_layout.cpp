#include "report/report_layout.h"

#include <algorithm>

namespace stridewell::ui {

namespace {

// The height block `i` needs on the page it starts on: its header and first piece, or all of
// it and the start of the next when it must stay with that (a heading).
qreal startHeight(const std::vector<std::unique_ptr<ReportBlock>>& blocks, std::size_t i,
                  qreal pageHeight, int depth = 0)
{
    const ReportBlock& b = *blocks[i];
    qreal need = b.headerHeight();
    if (b.keepWithNext && i + 1 < blocks.size() && depth < 4) {
        for (int p = 0; p < b.pieceCount(); ++p)
            need += b.pieceHeight(p);
        const ReportBlock& next = *blocks[i + 1];
        if (!next.pageBreakBefore)
            need +=
                b.spaceAfter + next.spaceBefore + startHeight(blocks, i + 1, pageHeight, depth + 1);
    } else if (b.pieceCount() > 0) {
        need += b.pieceHeight(0);
    }
    return std::min(need, pageHeight);
}

} // namespace

std::vector<ReportPage>
ReportLayout::paginate(const std::vector<std::unique_ptr<ReportBlock>>& blocks,
                       const QRectF& content)
{
    std::vector<ReportPage> pages(1);
    const qreal top = content.top();
    const qreal bottom = content.bottom();
    qreal y = top;
    auto newPage = [&] {
        pages.emplace_back();
        y = top;
    };
    auto atTop = [&] { return pages.back().pieces.empty(); };
    for (const auto& block : blocks)
        block->layout(content.width());

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        ReportBlock& b = *blocks[i];
        if (b.pieceCount() == 0)
            continue;
        if (b.pageBreakBefore && !atTop())
            newPage();
        if (!atTop())
            y += b.spaceBefore;
        if (!atTop() && y + startHeight(blocks, i, content.height()) > bottom)
            newPage();
        auto placeHeader = [&] {
            if (b.headerHeight() <= 0)
                return;
            pages.back().pieces.push_back(
                {int(i), -1, QPointF(content.left(), y), b.headerHeight()});
            y += b.headerHeight();
        };
        placeHeader();
        for (int p = 0; p < b.pieceCount(); ++p) {
            const qreal h = b.pieceHeight(p);
            const bool onlyHeaderHere = pages.back().pieces.size() == 1 && b.headerHeight() > 0 &&
                                        pages.back().pieces.front().piece == -1;
            if (y + h > bottom && !atTop() && !onlyHeaderHere) {
                newPage();
                placeHeader();
            }
            pages.back().pieces.push_back({int(i), p, QPointF(content.left(), y), h});
            y += h;
        }
        y += b.spaceAfter;
    }
    if (pages.size() > 1 && pages.back().pieces.empty())
        pages.pop_back();
    return pages;
}

} // namespace stridewell::ui
