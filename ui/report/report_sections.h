#pragma once

#include "report/report_block.h"
#include "report/report_content.h"
#include "report/report_options.h"
#include "report/report_style.h"
#include "report/wrapped_text.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace stridewell::ui {

using ReportBlocks = std::vector<std::unique_ptr<ReportBlock>>;

// The sections of the clinician report in their order (issue 6), each appending its blocks:
// the header, then red flags and pain that is not easing, the training summary, the charts, the
// symptom table and calf-raise tests, the flags, strength work, shoes and notes, and what the
// report is and is not with its references. A section with nothing to show says so in a line
// instead of drawing an empty table or chart. Spread over report_sections*.cpp by section.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)
public:
    static ReportBlocks build(const core::ReportContent& content, const ReportOptions& options);

    static void header(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void health(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void summary(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void charts(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void symptoms(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void episode(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void flags(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void strength(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);
    static void shoesAndNotes(ReportBlocks& out, const core::ReportContent& c,
                              const ReportOptions& o);
    static void closing(ReportBlocks& out, const core::ReportContent& c, const ReportOptions& o);

    // The running line at the top of every page and the words around the page number.
    static QString runningTitle(const core::ReportContent& c);
    static QString footerNote(const core::ReportContent& c);
    static QString pageNumber(int page, int pages);

    // Shared wording.
    static QString longDate(QDate date);                    // "12 May 2024"
    static QString periodText(const core::ReportPeriod& p); // "8 Apr 2024 – 30 Jun 2024"
    static QString signedPercent(double ratio);             // "+81%"
    static QString citation(const core::ReportContent& c, core::FlagKind kind); // " [2]"

    // Block helpers.
    static void heading(ReportBlocks& out, const QString& text, bool pageBreak = false);
    static void subheading(ReportBlocks& out, const QString& text);
    static void paragraph(ReportBlocks& out, QList<TextRun> runs,
                          ReportStyle::Role role = ReportStyle::Role::Body,
                          QColor color = ReportStyle::ink());
    static void paragraph(ReportBlocks& out, const QString& text,
                          ReportStyle::Role role = ReportStyle::Role::Body,
                          QColor color = ReportStyle::ink());
    // A paragraph that introduces the table or chart after it and stays on its page.
    static void intro(ReportBlocks& out, QList<TextRun> runs, QColor color = ReportStyle::muted());
    static void caption(ReportBlocks& out, const QString& text);
};

} // namespace stridewell::ui
