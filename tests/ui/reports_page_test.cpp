// The Reports page: the preview of the demo report, paper and period, export, cancel,
// following the log, and Ctrl+P in the window; screenshots to look at.
#include "main_window.h"
#include "pages/reports_page.h"
#include "report_fixture.h"
#include "support/poppler.h"
#include "support/wait_until.h"
#include "widget_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;
using namespace std::chrono_literals;
using stridewell::test::waitUntil;

namespace {

struct DemoReportsPage
{
    test::TempLog log;
    QUndoStack undo;
    QStringList errors;
    qint64 athlete = test::demoAthlete(log.db());
    ReportsPage page{PageContext{log.db(), &undo, [this](const QString& e) { errors << e; }, {}}};

    DemoReportsPage()
    {
        page.resize(820, 760);
        page.setToday(test::kDemoEnd);
        page.setAthlete(athlete);
        page.show();
    }

    bool ready() const { return page.report() && !page.isBusy(); }
};

} // namespace

TEST(ReportsPage, PreviewsTheDemoReportAndExportsIt)
{
    DemoReportsPage f;
    ASSERT_TRUE(waitUntil([&] { return f.ready(); }, 30s)) << "the demo report";
    // The last 12 calendar weeks up to Sunday 30 June 2024.
    EXPECT_EQ(f.page.fromEdit()->date(), QDate(2024, 4, 8));
    EXPECT_EQ(f.page.toEdit()->date(), QDate(2024, 6, 30));
    const int pages = f.page.report()->pageCount();
    EXPECT_EQ(f.page.previewPageCount(), pages);
    EXPECT_TRUE(f.page.statusLabel()->text().startsWith(
        QStringLiteral("%1 pages · Alex (demo)").arg(pages)))
        << f.page.statusLabel()->text().toStdString();
    EXPECT_TRUE(f.page.exportButton()->isEnabled());
    EXPECT_FALSE(f.page.cancelButton()->isVisible());
    EXPECT_DOUBLE_EQ(f.page.report()->content().summary.distance.inKm(), 242.4);
    test::screenshot(&f.page, QStringLiteral("reports_page"));

    QTemporaryDir dir;
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    ASSERT_TRUE(f.page.exportTo(a4));
    EXPECT_EQ(test::pdfPageSize(a4), QStringLiteral("595 x 842 pts (A4)"));
    EXPECT_EQ(test::pdfPageCount(a4), pages);
    EXPECT_TRUE(test::pdfWords(a4).contains(QStringLiteral("Distance 242.4 km")));

    f.page.setPageFormat(PageFormat::Letter);
    ASSERT_TRUE(waitUntil(
        [&] { return f.ready() && f.page.report()->pageSetup().format == PageFormat::Letter; },
        30s))
        << "the report again, on letter paper";
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(f.page.exportTo(letter));
    EXPECT_EQ(test::pdfPageSize(letter), QStringLiteral("612 x 792 pts (letter)"));
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();
}

TEST(ReportsPage, AChosenPeriodAndTheLogsChangesRemakeTheReport)
{
    DemoReportsPage f;
    ASSERT_TRUE(waitUntil([&] { return f.ready(); }, 30s)) << "the demo report";
    // The half-marathon week alone: 6 runs, 56.1 km.
    f.page.setPeriod(QDate(2024, 5, 6), QDate(2024, 5, 12));
    ASSERT_TRUE(waitUntil(
        [&] { return f.ready() && f.page.report()->content().period.from == QDate(2024, 5, 6); },
        30s))
        << "the report of the week of 6 May";
    EXPECT_EQ(f.page.report()->content().summary.runs, 6);
    EXPECT_NEAR(f.page.report()->content().summary.distance.inKm(), 56.1, 1e-9);

    // A run logged elsewhere (the CLI, an import) shows up in the report.
    core::Run extra;
    extra.athleteId = f.athlete;
    extra.utcOffsetS = 7200;
    extra.startUtc = QDateTime(QDate(2024, 5, 8), QTime(5, 0), Qt::UTC);
    extra.distance = core::Distance::km(3);
    extra.elapsed = core::Duration::minutes(20);
    extra.source = QStringLiteral("manual");
    ASSERT_TRUE(core::RunRepository(f.log.db()).add(extra).ok());
    ASSERT_TRUE(
        waitUntil([&] { return f.ready() && f.page.report()->content().summary.runs == 7; }, 30s))
        << "the report remade with the run logged elsewhere";

    // A period that runs backwards is refused in words, without a report.
    f.page.setPeriod(QDate(2024, 6, 1), QDate(2024, 5, 1));
    ASSERT_TRUE(waitUntil([&] { return !f.page.isBusy(); }, 30s)) << "the period refused";
    EXPECT_EQ(f.page.report(), nullptr);
    EXPECT_FALSE(f.page.exportButton()->isEnabled());
    EXPECT_TRUE(f.page.statusLabel()->text().contains(QStringLiteral("after the last")));
    f.page.useLastTwelveWeeks();
    ASSERT_TRUE(waitUntil([&] { return f.ready(); }, 30s)) << "the report of the last 12 weeks";
    EXPECT_EQ(f.page.report()->content().period.from, QDate(2024, 4, 8));
}

TEST(ReportsPage, CancelDropsTheReportBeingMade)
{
    DemoReportsPage f;
    // Cancel is pressed the moment the worker starts, before the event loop can hand back
    // anything it made: whether the worker stops at its next step or has already finished, the
    // page must show nothing of it.
    bool pressed = false;
    QObject::connect(
        &f.page, &ReportsPage::assemblyStarted, &f.page,
        [&] {
            pressed = true;
            EXPECT_TRUE(f.page.isAssembling());
            EXPECT_TRUE(f.page.cancelButton()->isVisible());
            f.page.cancelButton()->click();
        },
        Qt::SingleShotConnection);
    // Not busy means the worker has ended and its end was handled on the GUI thread.
    ASSERT_TRUE(waitUntil([&] { return pressed && !f.page.isBusy(); }))
        << "the worker started and, cancelled, ended";
    EXPECT_EQ(f.page.report(), nullptr);
    EXPECT_EQ(f.page.previewPageCount(), 0);
    EXPECT_TRUE(f.page.statusLabel()->text().startsWith(QStringLiteral("Cancelled")))
        << f.page.statusLabel()->text().toStdString();
    EXPECT_FALSE(f.page.exportButton()->isEnabled());
    EXPECT_FALSE(f.page.cancelButton()->isVisible());

    // The page is usable again: Last 12 weeks makes the report.
    f.page.useLastTwelveWeeks();
    ASSERT_TRUE(waitUntil([&] { return f.ready(); }, 30s)) << "the report made again";
    EXPECT_EQ(f.page.previewPageCount(), f.page.report()->pageCount());
    EXPECT_TRUE(f.page.exportButton()->isEnabled());
    EXPECT_TRUE(f.errors.isEmpty()) << f.errors.join(QLatin1Char('\n')).toStdString();
}

TEST(ReportsPage, CtrlPInTheWindowExportsTheReport)
{
    test::TempLog scratch;
    Preferences prefs;
    prefs.defaultLogPath = scratch.path(QStringLiteral("own.sqlite"));
    MainWindow window(prefs);
    window.resize(1180, 760);
    window.openLog(scratch.path(QStringLiteral("missing.sqlite")));
    EXPECT_FALSE(window.exportPdfAction()->isEnabled()) << "no log, no athlete";
    window.exploreDemo();
    window.show();
    EXPECT_EQ(window.exportPdfAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+P")));
    ASSERT_TRUE(window.exportPdfAction()->isEnabled());

    const QString pdf = scratch.path(QStringLiteral("from-the-window.pdf"));
    const auto answer = test::whenDialogOpens([pdf](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        ASSERT_TRUE(files);
        files->selectFile(pdf);
        static_cast<QDialog*>(files)->accept(); // QFileDialog::accept() is protected
    });
    window.exportPdfAction()->trigger();
    ReportsPage* page = window.page<ReportsPage>();
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->isVisible()) << "Ctrl+P brings up the Reports page";
    ASSERT_TRUE(waitUntil([&] { return QFileInfo::exists(pdf); }, 30s)) << "the PDF written";
    EXPECT_GE(test::pdfPageCount(pdf), 4);
    test::screenshot(&window, QStringLiteral("reports_window"));
}
