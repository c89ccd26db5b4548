#include "report/report_page_setup.h"

#include "report/report_style.h"

namespace stridewell::ui {

namespace {

constexpr qreal kSide = ReportStyle::mm(18);
constexpr qreal kTop = ReportStyle::mm(20);
constexpr qreal kBottom = ReportStyle::mm(18);
constexpr qreal kBand = ReportStyle::mm(8); // the running line's and the page number's room

} // namespace

QString toId(PageFormat format)
{
    return format == PageFormat::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

std::optional<PageFormat> pageFormatFromId(const QString& id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QLatin1String("a4"))
        return PageFormat::A4;
    if (lower == QLatin1String("letter"))
        return PageFormat::Letter;
    return std::nullopt;
}

QPageSize ReportPageSetup::pageSize() const
{
    return QPageSize(format == PageFormat::A4 ? QPageSize::A4 : QPageSize::Letter);
}

QSizeF ReportPageSetup::size() const
{
    return pageSize().size(QPageSize::Point) * ReportStyle::kUnitsPerPoint;
}

QRectF ReportPageSetup::content() const
{
    const QSizeF s = size();
    return QRectF(kSide, kTop, s.width() - 2 * kSide, s.height() - kTop - kBottom);
}

QRectF ReportPageSetup::headerBand() const
{
    const QRectF c = content();
    return QRectF(c.left(), c.top() - kBand, c.width(), kBand * 0.7);
}

QRectF ReportPageSetup::footerBand() const
{
    const QRectF c = content();
    return QRectF(c.left(), c.bottom() + kBand * 0.3, c.width(), kBand * 0.7);
}

} // namespace stridewell::ui
