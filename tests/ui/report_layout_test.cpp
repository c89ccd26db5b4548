// Pagination of the clinician report: nothing cut across a page break (table rows, charts,
// short paragraphs), table titles repeated on every page a table continues on, headings kept
// with what follows, everything inside the page's margins, on A4 and US Letter.
#include "report/picture_block.h"
#include "report/report_layout.h"
#include "report/table_block.h"
#include "report/text_block.h"
#include "report_fixture.h"

using namespace stridewell;
using namespace stridewell::ui;

namespace {

// Checks the invariants of a laid-out report; `what` names it in failures.
void expectWellPaginated(const ReportBlocks& blocks, const std::vector<ReportPage>& pages,
                         const QRectF& content, const std::string& what)
{
    ASSERT_FALSE(pages.empty()) << what;
    std::vector<int> nextPiece(blocks.size(), 0);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const ReportPage& page = pages[p];
        ASSERT_FALSE(page.pieces.empty()) << what << ": page " << p + 1 << " is empty";
        qreal y = content.top() - 0.01;
        for (std::size_t i = 0; i < page.pieces.size(); ++i) {
            const PlacedPiece& piece = page.pieces[i];
            const ReportBlock& block = *blocks[std::size_t(piece.block)];
            EXPECT_GE(piece.topLeft.y(), y) << what << ": pieces overlap on page " << p + 1;
            EXPECT_LE(piece.topLeft.y() + piece.height, content.bottom() + 0.01)
                << what << ": \"" << block.plainText().left(40).toStdString()
                << "\" runs over the bottom margin of page " << p + 1;
            y = piece.topLeft.y() + piece.height;
            if (piece.piece < 0) {
                // A header is followed on its page by a piece of its own block.
                ASSERT_LT(i + 1, page.pieces.size())
                    << what << ": a table's titles are alone at the foot of page " << p + 1;
                EXPECT_EQ(page.pieces[i + 1].block, piece.block);
                continue;
            }
            // Pieces come in order, none missing or repeated (so none is split or lost).
            EXPECT_EQ(piece.piece, nextPiece[std::size_t(piece.block)]) << what;
            nextPiece[std::size_t(piece.block)] = piece.piece + 1;
            // A table continuing from the previous page repeats its titles first.
            if (i == 0 && piece.piece > 0) {
                EXPECT_EQ(block.headerHeight(), 0.0)
                    << what << ": a table continues on page " << p + 1 << " without its titles";
            }
        }
        // A heading is never the last thing on a page.
        const ReportBlock& last = *blocks[std::size_t(page.pieces.back().block)];
        if (p + 1 < pages.size()) {
            EXPECT_FALSE(last.keepWithNext)
                << what << ": \"" << last.plainText().toStdString() << "\" ends page " << p + 1;
        }
    }
    for (std::size_t b = 0; b < blocks.size(); ++b)
        EXPECT_EQ(nextPiece[b], blocks[b]->pieceCount()) << what << ": block " << b << " lost";
}

} // namespace

TEST(ReportLayout, LongTablesRepeatTheirTitlesAndChartsStayWhole)
{
    const ReportPageSetup setup{PageFormat::A4};
    ReportBlocks blocks;
    auto title =
        std::make_unique<TextBlock>(QStringLiteral("A heading"), ReportStyle::Role::Heading);
    title->keepWithNext = true;
    blocks.push_back(std::move(title));
    QList<QList<TableCell>> rows;
    for (int i = 0; i < 150; ++i)
        rows << QList<TableCell>{QString::number(i),
                                 i % 7 == 0 ? QStringLiteral("a long cell that wraps onto a "
                                                             "second and a third line of text "
                                                             "in a narrow column")
                                            : QStringLiteral("short")};
    blocks.push_back(std::make_unique<TableBlock>(
        QList<TableColumn>{{QStringLiteral("n"), 1}, {QStringLiteral("text"), 1}}, rows));
    // A chart two thirds of a page high after the table: it never straddles a page break.
    const qreal chart = setup.content().height() * 0.66;
    blocks.push_back(std::make_unique<PictureBlock>(
        chart, [](QPainter*, const QRectF&) {}, QStringLiteral("chart")));
    blocks.push_back(std::make_unique<PictureBlock>(
        chart, [](QPainter*, const QRectF&) {}, QStringLiteral("chart 2")));

    const std::vector<ReportPage> pages = ReportLayout::paginate(blocks, setup.content());
    expectWellPaginated(blocks, pages, setup.content(), "150 rows and two charts");
    int headers = 0;
    for (const ReportPage& page : pages)
        for (const PlacedPiece& piece : page.pieces)
            headers += piece.block == 1 && piece.piece < 0;
    int tablePages = 0;
    for (const ReportPage& page : pages)
        for (const PlacedPiece& piece : page.pieces)
            if (piece.block == 1 && piece.piece >= 0) {
                ++tablePages;
                break;
            }
    EXPECT_GE(tablePages, 3);
    EXPECT_EQ(headers, tablePages) << "the titles head every page the table is on";
    // Each chart alone on its page (two thirds of a page each).
    EXPECT_EQ(pages[pages.size() - 1].pieces.size(), 1u);
    EXPECT_EQ(pages[pages.size() - 2].pieces.back().block, 2);
}

TEST(ReportLayout, AHeadingMovesToTheNextPageWithItsTable)
{
    const ReportPageSetup setup{PageFormat::Letter};
    ReportBlocks blocks;
    // Filler to 3 mm above the bottom of the first page, then a heading and a table.
    blocks.push_back(std::make_unique<PictureBlock>(
        setup.content().height() - ReportStyle::mm(12), [](QPainter*, const QRectF&) {},
        QStringLiteral("filler")));
    auto heading = std::make_unique<TextBlock>(QStringLiteral("Shoes"), ReportStyle::Role::Heading);
    heading->keepWithNext = true;
    blocks.push_back(std::move(heading));
    blocks.push_back(std::make_unique<TableBlock>(
        QList<TableColumn>{{QStringLiteral("Shoe"), 1}},
        QList<QList<TableCell>>{{QStringLiteral("Pegasus")}, {QStringLiteral("Novablast")}}));
    const std::vector<ReportPage> pages = ReportLayout::paginate(blocks, setup.content());
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0].pieces.size(), 1u);
    EXPECT_EQ(pages[1].pieces.front().block, 1) << "the heading went over with its table";
    expectWellPaginated(blocks, pages, setup.content(), "heading at the foot");
}

TEST(ReportLayout, TheDemoReportOnBothPaperSizes)
{
    test::TempLog log;
    const qint64 athlete = test::demoAthlete(log.db());
    for (PageFormat format : {PageFormat::A4, PageFormat::Letter})
        for (DistanceUnit unit : {DistanceUnit::Km, DistanceUnit::Mi}) {
            const auto report = test::reportFor(log.db(), athlete, {format, unit});
            expectWellPaginated(report->blocks(), report->pages(), report->pageSetup().content(),
                                toId(format).toStdString());
            // A year of it too.
            const auto year = test::reportFor(log.db(), athlete, {format, unit}, QDate(2023, 7, 1));
            expectWellPaginated(year->blocks(), year->pages(), year->pageSetup().content(),
                                toId(format).toStdString() + " year");
        }
}

TEST(ReportLayout, TheContentAreaKeepsItsMargins)
{
    // The PDF's page is A4 in whole points, 595 x 842 (as pdfinfo reports it); the flow keeps
    // 18 mm (51.0 pt) at both sides.
    const ReportPageSetup a4{PageFormat::A4};
    EXPECT_DOUBLE_EQ(a4.size().width(), 5950.0);
    EXPECT_DOUBLE_EQ(a4.size().height(), 8420.0);
    EXPECT_NEAR(a4.content().left(), 510.2, 0.1);
    EXPECT_NEAR(a4.content().width(), 5950.0 - 2 * 510.24, 0.1);
    const ReportPageSetup letter{PageFormat::Letter};
    EXPECT_DOUBLE_EQ(letter.size().width(), 6120.0);
    EXPECT_DOUBLE_EQ(letter.size().height(), 7920.0);
    EXPECT_LT(letter.footerBand().bottom(), letter.size().height());
    EXPECT_GT(letter.headerBand().top(), 0.0);
    EXPECT_EQ(pageFormatFromId(QStringLiteral("Letter")), PageFormat::Letter);
    EXPECT_EQ(pageFormatFromId(QStringLiteral("a4")), PageFormat::A4);
    EXPECT_FALSE(pageFormatFromId(QStringLiteral("a5")));
}
