#pragma once

#include "report/report_content.h"
#include "report/report_layout.h"
#include "report/report_options.h"
#include "report/report_page_setup.h"
#include "report/report_sections.h"
#include "result.h"

#include <QImage>
#include <QString>
#include <vector>

class QIODevice;
class QPainter;

namespace stridewell::ui {

// The clinician PDF of one athlete and period (issue 6): the report's sections laid out on A4
// or US Letter pages, each with a running title and "Page n of N". The same pages are written
// to a PDF (text as text, charts as vectors) and drawn into the Reports page's preview. Needs a
// QApplication (the charts are QGraphicsWidgets).
class ClinicianReport
{
public:
    ClinicianReport(core::ReportContent content, ReportOptions options);
    ~ClinicianReport();
    ClinicianReport(const ClinicianReport&) = delete;
    ClinicianReport& operator=(const ClinicianReport&) = delete;

    const core::ReportContent& content() const { return m_content; }
    const ReportOptions& options() const { return m_options; }
    const ReportPageSetup& pageSetup() const { return m_setup; }
    int pageCount() const { return int(m_pages.size()); }

    // Written whole or not at all, owner-only (core::writePrivateFile): a failed write leaves no
    // file behind (nor changes an old one).
    core::Status writePdf(const QString& path) const;
    core::Status writePdf(QIODevice* device) const;

    // Draws page `index` (0-based) with the painter in report units (report_style.h).
    void paintPage(QPainter* painter, int index) const;
    // The page as a picture `widthPx` wide, white paper, for the preview.
    QImage pageImage(int index, int widthPx) const;

    // What the layout did, for tests: the blocks and where each piece went.
    const ReportBlocks& blocks() const { return m_blocks; }
    const std::vector<ReportPage>& pages() const { return m_pages; }
    QString title() const;

private:
    core::ReportContent m_content;
    ReportOptions m_options;
    ReportPageSetup m_setup;
    ReportBlocks m_blocks;
    std::vector<ReportPage> m_pages;
};

} // namespace stridewell::ui
