// report: the clinician PDF (issue 6). The one command that draws: app/main.cpp gives it a
// QApplication on the offscreen platform, so it works without a display.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/options.h"
#include "report/clinician_report.h"
#include "report/report_assembler.h"
#include "storage/analysis_settings_store.h"
#include "storage/database.h"
#include "storage/report_input_loader.h"

#include <QFileInfo>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

int report(Context& ctx)
{
    // Every usage error is found before the log is opened or a file written.
    std::optional<QDate> from, to;
    if (!ctx.dateRange(from, to))
        return kUsage;
    const QString output = ctx.args().value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.usage(QStringLiteral("-o: the output FILE.pdf is required"));
    ui::PageFormat page = ui::PageFormat::A4;
    if (ctx.args().isSet(QStringLiteral("page"))) {
        const QString text = ctx.args().value(QStringLiteral("page"));
        const auto format = ui::pageFormatFromId(text);
        if (!format)
            return ctx.usage(QStringLiteral("--page: \"%1\" is not a4 or letter").arg(text));
        page = *format;
    }
    const QDate today = QDate::currentDate();
    if (from && !to && *from > today)
        return ctx.usage(QStringLiteral("--from: %1 is after today (%2); give --to as well")
                             .arg(from->toString(Qt::ISODate), today.toString(Qt::ISODate)));
    if (QFileInfo(output).isDir())
        return ctx.usage(QStringLiteral("-o: %1 is a folder; give a file name").arg(output));

    auto athlete = ctx.athlete();
    if (!athlete)
        return ctx.failed(athlete.message());
    Database& db = **ctx.openLog(false);
    QStringList problems;
    auto settings = loadAnalysisSettings(db, &problems);
    if (!settings)
        return ctx.failed(settings.message());
    const ReportPeriod period = ReportPeriod::resolve(from, to, today, settings->weekStart);
    AdviceSettings advice;
    advice.miles = ctx.units() == Units::Mi;
    auto input = loadReportInput(db, athlete->id, period, today, advice);
    if (!input)
        return ctx.failed(input.message());
    for (const QString& problem : problems)
        ctx.note(
            QStringLiteral("%1: setting ignored, the default is used: %2").arg(db.path(), problem));

    const ui::ClinicianReport pdf(
        assembleReport(*input),
        {page, ctx.units() == Units::Km ? ui::DistanceUnit::Km : ui::DistanceUnit::Mi});
    if (Status ok = pdf.writePdf(output); !ok)
        return ctx.failed(ok.message());
    ctx.out() << "wrote the clinician report of " << athlete->name << ", "
              << period.from.toString(Qt::ISODate) << " to " << period.to.toString(Qt::ISODate)
              << ", " << pdf.pageCount() << (pdf.pageCount() == 1 ? " page" : " pages") << " ("
              << (page == ui::PageFormat::A4 ? "A4" : "US Letter") << "), to " << output
              << Qt::endl;
    return kSuccess;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("report"),
         QStringLiteral("--athlete A [--from D] [--to D] [--page a4|letter] -o FILE.pdf"),
         QStringLiteral(
             "Write the clinician PDF: red flags and pain that is not easing first, then the "
             "training summary, the load, pain and cadence charts, the symptom table and "
             "calf-raise tests, the flags with their evidence, strength work, shoes, notes and "
             "a disclaimer. Distances in --units. Works without a display."),
         {athleteOption(),
          {QStringLiteral("from"),
           QStringLiteral("First day of the period (default: the start of the week 11 weeks "
                          "before --to, so the report covers 12 calendar weeks)."),
           QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("to"),
           QStringLiteral("Last day of the period (default today). Nothing logged later is "
                          "shown."),
           QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("page"), QStringLiteral("Paper size: a4 (default) or letter."),
           QStringLiteral("a4|letter")},
          {{QStringLiteral("o"), QStringLiteral("output")},
           QStringLiteral("The PDF to write, owner-only (replaced whole, or left as it was if "
                          "writing fails)."),
           QStringLiteral("FILE.pdf")}},
         {},
         &report},
    };
}

} // namespace stridewell::cli
