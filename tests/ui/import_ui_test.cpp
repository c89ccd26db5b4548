// Importing from the window: the progress dialog (off the GUI thread, Cancel keeps what
// finished), its summary of rejected files, drag-and-drop and Ctrl+I.
#include "dialogs/import_dialog.h"
#include "import_launcher.h"
#include "log_with_athlete.h"
#include "main_window.h"
#include "models/run_table_model.h"
#include "pages/runs_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/activity_fixtures.h"
#include "support/test_support.h"
#include "support/wait_until.h"
#include "widget_support.h"

#include <QAction>
#include <QDir>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <map>

using namespace stridewell;
using namespace stridewell::ui;
using test::kStart;
using test::LogWithAthlete;
using test::prefsFor;
using namespace std::chrono_literals;

TEST(ImportDialogTest, ImportsOffTheGuiThreadAndListsEachRejectedFileWithItsReason)
{
    LogWithAthlete fx;
    fx.write(QStringLiteral("watch/2024-09-02.fit"), test::fitActivity(kStart, 2400));
    fx.write(QStringLiteral("watch/2024-09-04.gpx"), test::gpxActivity(kStart.addDays(2), 1800));
    const QByteArray fit = test::fitActivity(kStart.addDays(5), 1200);
    fx.write(QStringLiteral("watch/battery-died.fit"), fit.left(fit.size() / 3));
    fx.write(QStringLiteral("watch/suspicious.gpx"), "<!DOCTYPE gpx [<!ENTITY x \"y\">]><gpx/>");
    fx.write(QStringLiteral("watch/ride.fit"), test::fitActivity(kStart.addDays(6), 600, 9, 2));

    ImportDialog dialog(fx.log.logPath(), {fx.log.path(QStringLiteral("watch"))}, fx.options());
    dialog.show();
    dialog.start();
    ASSERT_TRUE(test::waitUntil([&] { return dialog.isFinished(); }, 30s)) << "the import ends";
    EXPECT_FALSE(dialog.wasCancelled());
    ASSERT_EQ(dialog.outcomes().size(), 5u);
    EXPECT_EQ(fx.runCount(), 2);
    QTableWidget* problems = dialog.problems();
    ASSERT_EQ(problems->rowCount(), 2);
    EXPECT_TRUE(problems->item(0, 0)->text().endsWith(QStringLiteral("battery-died.fit")));
    EXPECT_TRUE(problems->item(0, 1)->text().contains(QStringLiteral("truncated")));
    EXPECT_TRUE(problems->item(1, 1)->text().contains(QStringLiteral("DTD")));
    EXPECT_TRUE(dialog.summaryText().startsWith(QStringLiteral("2 runs imported")))
        << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("2 files rejected")));
    EXPECT_FALSE(dialog.summaryText().contains(QStringLiteral("unknown duration")));
    test::screenshot(&dialog, QStringLiteral("import_summary"));
}

TEST(ImportDialogTest, SaysWhichRunsCameInWithUnknownDuration)
{
    LogWithAthlete fx;
    fx.write(QStringLiteral("gpx/2024-09-02.gpx"), test::gpxActivity(kStart, 1800));
    QByteArray untimed = test::gpxActivity(kStart.addDays(2), 600);
    untimed.replace("<time>", "<!--").replace("</time>", "-->");
    fx.write(QStringLiteral("gpx/2024-09-04 planned route.gpx"), untimed);
    ImportDialog dialog(fx.log.logPath(), {fx.log.path(QStringLiteral("gpx"))}, fx.options());
    dialog.start();
    ASSERT_TRUE(test::waitUntil([&] { return dialog.isFinished(); }, 30s)) << "the import ends";
    EXPECT_EQ(fx.runCount(), 2);
    EXPECT_TRUE(dialog.summaryText().startsWith(
        QStringLiteral("2 runs imported; 1 with unknown duration (its track has no times)")))
        << dialog.summaryText().toStdString();
}

TEST(ImportDialogTest, CancelStopsAfterTheCurrentFileAndKeepsWhatFinished)
{
    LogWithAthlete fx;
    for (int i = 0; i < 300; ++i)
        fx.write(QStringLiteral("many/%1.gpx").arg(i, 3, 10, QLatin1Char('0')),
                 test::gpxActivity(kStart.addDays(i), 900));
    ImportDialog dialog(fx.log.logPath(), {fx.log.path(QStringLiteral("many"))}, fx.options());
    dialog.show();
    dialog.start();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.outcomes().empty(); }, 30s))
        << "the first file imported";
    test::screenshot(&dialog, QStringLiteral("import_progress"));
    dialog.cancelButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return dialog.isFinished(); }, 30s))
        << "the import stops after the current file";
    EXPECT_TRUE(dialog.wasCancelled());
    const int done = int(dialog.outcomes().size());
    EXPECT_LT(done, 300);
    EXPECT_EQ(fx.runCount(), done); // every finished file is in the log, nothing half-done
    EXPECT_TRUE(dialog.summaryText().startsWith(QStringLiteral("Cancelled after")))
        << dialog.summaryText().toStdString();
    test::screenshot(&dialog, QStringLiteral("import_cancelled"));
}

TEST(ImportWindowTest, DroppingFilesImportsThemAndTheRunsPageFollows)
{
    LogWithAthlete fx;
    const QString fit =
        fx.write(QStringLiteral("drop/long-run.fit"), test::fitActivity(kStart, 5400, 3.2));
    const QString folder = fx.log.path(QStringLiteral("drop/more"));
    fx.write(QStringLiteral("drop/more/easy.gpx"), test::gpxActivity(kStart.addDays(1), 2400));
    fx.log.close();

    MainWindow window(prefsFor(fx.log));
    window.resize(1180, 720);
    ASSERT_TRUE(window.openLog(fx.log.logPath()));
    window.show();
    QAction* importAction = window.importLauncher()->importFilesAction();
    EXPECT_EQ(importAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    EXPECT_TRUE(importAction->isEnabled());
    EXPECT_TRUE(window.acceptDrops());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fit), QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_TRUE(drop.isAccepted());
    auto* dialog = window.findChild<ImportDialog*>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(test::waitUntil([&] { return dialog->isFinished(); }, 30s)) << "the import ends";
    EXPECT_EQ(dialog->outcomes().size(), 2u);
    ASSERT_TRUE(test::waitUntil([&] { return window.runsPage()->model()->rowCount() == 2; }))
        << "the Runs page shows the 2 runs, not " << window.runsPage()->model()->rowCount();
    dialog->accept();
    test::screenshot(&window, QStringLiteral("runs_after_import"));
}

TEST(ImportWindowTest, TheImportOptionsKeepWalksAndTheReadablePartOfADamagedFile)
{
    LogWithAthlete fx;
    // A walk (FIT sport 11) and a run whose file was cut short 100 bytes before its end.
    const QString walk =
        fx.write(QStringLiteral("in/walk.fit"), test::fitActivity(kStart, 1800, 1.4, 11));
    const QByteArray run = test::fitActivity(kStart.addDays(1));
    const QString damaged = fx.write(QStringLiteral("in/died.fit"), run.left(run.size() - 100));
    // An untyped GPX at 2:27 /km over 10 km: a bike ride, left out unless asked for.
    const QString ride = fx.write(QStringLiteral("in/ride.gpx"),
                                  test::gpxActivity(kStart.addDays(2), 1471, {}, "Ride", 6.8));
    fx.log.close();

    MainWindow window(prefsFor(fx.log));
    ASSERT_TRUE(window.openLog(fx.log.logPath()));
    ImportLauncher* launcher = window.importLauncher();
    ASSERT_TRUE(launcher->keepWalksAction()->isCheckable());
    ASSERT_TRUE(launcher->salvageAction()->isCheckable());
    ASSERT_TRUE(launcher->keepFastAction()->isCheckable());
    EXPECT_FALSE(launcher->keepWalksAction()->isChecked()); // as on the command line
    EXPECT_FALSE(launcher->keepFastAction()->isChecked());
    EXPECT_FALSE(launcher->salvageAction()->isChecked());
    const auto importOnce = [&] {
        std::map<QString, core::FileOutcome::Status> byFile;
        ImportDialog* dialog = launcher->importPaths({walk, damaged, ride});
        if (!dialog || !test::waitUntil([&] { return dialog->isFinished(); }, 30s)) {
            ADD_FAILURE() << "the import did not finish";
            return byFile;
        }
        for (const core::FileOutcome& o : dialog->outcomes())
            byFile[QFileInfo(o.path).fileName()] = o.status;
        dialog->accept();
        return byFile;
    };

    auto plain = importOnce();
    ASSERT_EQ(plain.size(), 3u);
    EXPECT_EQ(plain[QStringLiteral("walk.fit")], core::FileOutcome::Status::Skipped);
    EXPECT_EQ(plain[QStringLiteral("ride.gpx")], core::FileOutcome::Status::Skipped);
    EXPECT_EQ(plain[QStringLiteral("died.fit")], core::FileOutcome::Status::Rejected);
    EXPECT_EQ(window.runsPage()->model()->rowCount(), 0);

    launcher->keepWalksAction()->trigger();
    launcher->salvageAction()->trigger();
    launcher->keepFastAction()->trigger();
    auto kept = importOnce();
    ASSERT_EQ(kept.size(), 3u);
    EXPECT_EQ(kept[QStringLiteral("ride.gpx")], core::FileOutcome::Status::Imported);
    EXPECT_EQ(kept[QStringLiteral("walk.fit")], core::FileOutcome::Status::Imported);
    EXPECT_EQ(kept[QStringLiteral("died.fit")], core::FileOutcome::Status::Imported);
    ASSERT_TRUE(test::waitUntil([&] { return window.runsPage()->model()->rowCount() == 3; }))
        << "the Runs page shows the walk, the salvaged run and the ride, not "
        << window.runsPage()->model()->rowCount();
}
