#include "report/clinician_report.h"

#include "report/report_style.h"
#include "storage/private_file.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace stridewell::ui {

namespace {

constexpr int kPdfResolution = 1200;

} // namespace

ClinicianReport::ClinicianReport(core::ReportContent content, ReportOptions options)
    : m_content(std::move(content)), m_options(options), m_setup{options.page}
{
    m_blocks = ReportSections::build(m_content, m_options);
    m_pages = ReportLayout::paginate(m_blocks, m_setup.content());
}

ClinicianReport::~ClinicianReport() = default;

QString ClinicianReport::title() const
{
    return ReportSections::runningTitle(m_content);
}

void ClinicianReport::paintPage(QPainter* painter, int index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    // The running title and rule on top, the page number at the bottom.
    const QRectF head = m_setup.headerBand();
    const QRectF foot = m_setup.footerBand();
    painter->setFont(ReportStyle::font(ReportStyle::Role::Chrome));
    painter->setPen(ReportStyle::muted());
    painter->drawText(
        head, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
        painter->fontMetrics().elidedText(title(), Qt::ElideRight, int(head.width())));
    painter->drawText(foot, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                      ReportSections::footerNote(m_content));
    painter->drawText(foot, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
                      ReportSections::pageNumber(index + 1, pageCount()));
    painter->setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.4)));
    painter->drawLine(head.bottomLeft() + QPointF(0, ReportStyle::pt(2)),
                      head.bottomRight() + QPointF(0, ReportStyle::pt(2)));
    painter->restore();

    for (const PlacedPiece& p : m_pages[std::size_t(index)].pieces) {
        const ReportBlock& block = *m_blocks[std::size_t(p.block)];
        painter->save();
        if (p.piece < 0)
            block.paintHeader(painter, p.topLeft);
        else
            block.paintPiece(painter, p.piece, p.topLeft);
        painter->restore();
    }
}

QImage ClinicianReport::pageImage(int index, int widthPx) const
{
    const QSizeF page = m_setup.size();
    const qreal scale = widthPx / page.width();
    QImage image(QSize(widthPx, qRound(page.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(&painter, index);
    return image;
}

core::Status ClinicianReport::writePdf(QIODevice* device) const
{
    QPdfWriter writer(device);
    writer.setPageLayout(
        QPageLayout(m_setup.pageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(kPdfResolution);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Stridewell %1").arg(m_content.appVersion));
    QPainter painter;
    if (!painter.begin(&writer))
        return core::fail(QStringLiteral("cannot start the PDF"));
    const qreal scale = kPdfResolution / ReportStyle::kUnitsPerInch;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !writer.newPage())
            return core::fail(QStringLiteral("cannot add page %1 to the PDF").arg(i + 1));
        painter.save();
        painter.scale(scale, scale);
        paintPage(&painter, i);
        painter.restore();
    }
    if (!painter.end())
        return core::fail(QStringLiteral("cannot finish the PDF"));
    return core::Ok{};
}

core::Status ClinicianReport::writePdf(const QString& path) const
{
    // Drawn in memory first: QPdfWriter does not check its writes, writePrivateFile does.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (core::Status ok = writePdf(&buffer); !ok)
        return core::fail(QStringLiteral("%1: %2").arg(path, ok.message()));
    buffer.close();
    return core::writePrivateFile(path, pdf);
}

} // namespace stridewell::ui
