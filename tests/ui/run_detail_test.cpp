// The run detail view: pace, cadence, heart rate and elevation over distance, from the Runs
// page's Details button (Ctrl+D).
#include "dialogs/run_detail_dialog.h"
#include "import/import_service.h"
#include "log_with_athlete.h"
#include "main_window.h"
#include "models/run_table_model.h"
#include "pages/runs_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/activity_fixtures.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QTableView>

using namespace stridewell;
using namespace stridewell::ui;
using test::kStart;
using test::LogWithAthlete;
using test::prefsFor;

TEST(RunDetailTest, ShowsPaceCadenceHeartRateAndElevationOverDistance)
{
    LogWithAthlete fx;
    const QString file =
        fx.write(QStringLiteral("in/hills.fit"), test::fitActivity(kStart, 3600, 3.1));
    ASSERT_EQ(core::ImportService(fx.log.db()).importFile(file, fx.options()).status,
              core::FileOutcome::Status::Imported);
    fx.log.close();
    MainWindow window(prefsFor(fx.log));
    window.resize(1180, 720);
    ASSERT_TRUE(window.openLog(fx.log.logPath()));
    window.show();
    RunsPage* page = window.runsPage();
    ASSERT_EQ(page->model()->rowCount(), 1);
    page->table()->selectRow(0);
    page->showDetails();
    auto* details = page->findChild<RunDetailDialog*>();
    ASSERT_TRUE(details);
    ASSERT_EQ(details->charts().size(), 4);
    for (QChartView* view : details->charts())
        EXPECT_FALSE(view->accessibleName().isEmpty());
    test::screenshot(details, QStringLiteral("run_detail"));
    details->close();
}

TEST(RunDetailTest, ARealWatchFile)
{
    const QString file = QStringLiteral(STRIDEWELL_SAMPLES "/gc__2019-09-07-11-22-19.fit");
    if (!QFileInfo::exists(file))
        GTEST_SKIP() << test::kNeedsSharedSamples;
    LogWithAthlete fx;
    core::ImportService service(fx.log.db());
    ASSERT_EQ(service.importFile(file, fx.options()).status, core::FileOutcome::Status::Imported);
    const core::Run run = core::RunRepository(fx.log.db()).list(fx.athlete)->front();
    RunDetailDialog dialog(run, *core::RunRepository(fx.log.db()).samples(run.id),
                           DistanceUnit::Mi);
    EXPECT_EQ(dialog.charts().size(), 4);
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("run_detail_real_miles"));
}

TEST(RunDetailTest, ATrackWithoutTimesShowsADashForDurationAndPace)
{
    LogWithAthlete fx;
    const QString file =
        QStringLiteral(STRIDEWELL_TEST_DATA "/gpx/2024-05-12_route_without_times.gpx");
    ASSERT_EQ(core::ImportService(fx.log.db()).importFile(file, fx.options()).status,
              core::FileOutcome::Status::Imported);
    const core::Run run = core::RunRepository(fx.log.db()).list(fx.athlete)->at(0);
    ASSERT_FALSE(run.loadDuration());
    RunDetailDialog dialog(run, *core::RunRepository(fx.log.db()).samples(run.id),
                           DistanceUnit::Km);
    dialog.show();
    QString summary;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("1.80 km")))
            summary = label->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("1.80 km  ·  duration unknown")))
        << summary.toStdString();
    // Only the elevation can be drawn; the rest is named once instead of as empty cells (the
    // tests run in the C locale, whose list has no "and").
    ASSERT_EQ(dialog.charts().size(), 1);
    EXPECT_EQ(dialog.charts()[0]->accessibleName(), QStringLiteral("Elevation over distance"));
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Not in this track: pace, cadence, heart rate.")))
        << texts.join(QLatin1Char('|')).toStdString();
    test::screenshot(&dialog, QStringLiteral("run_detail_untimed"));
}

TEST(RunDetailTest, ARunWithoutATrackSaysSo)
{
    core::Run run;
    run.startUtc = kStart;
    run.distance = core::Distance::km(8);
    run.elapsed = core::Duration::minutes(44);
    run.source = QStringLiteral("manual");
    RunDetailDialog dialog(run, {}, DistanceUnit::Km);
    EXPECT_TRUE(dialog.charts().isEmpty());
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("run_detail_manual"));
}
