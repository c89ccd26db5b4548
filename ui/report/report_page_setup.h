#pragma once

#include <QPageSize>
#include <QRectF>
#include <QString>
#include <optional>

namespace stridewell::ui {

enum class PageFormat { A4, Letter };

QString toId(PageFormat format); // "a4", "letter"
std::optional<PageFormat> pageFormatFromId(const QString& id);

// The paper and where things go on it, in report units (report_style.h): a running line at the
// top, the flow in the middle, the page number at the bottom.
struct ReportPageSetup
{
    PageFormat format = PageFormat::A4;

    QPageSize pageSize() const;
    QSizeF size() const;
    QRectF content() const;
    QRectF headerBand() const; // above content
    QRectF footerBand() const; // below content
};

} // namespace stridewell::ui
