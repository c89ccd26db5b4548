// File ▸ Export Athlete Bundle… and Import Athlete Bundle…: through their file dialogs, off
// the GUI thread, with a summary after a merge and the athlete switcher following.
#include "bundle_actions.h"
#include "core/bundle_fixtures.h"
#include "log_with_athlete.h"
#include "main_window.h"
#include "models/run_table_model.h"
#include "pages/runs_page.h"
#include "pages/team_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "support/test_support.h"
#include "support/wait_until.h"
#include "widget_support.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <sys/stat.h>

using namespace stridewell;
using namespace stridewell::ui;
using test::prefsFor;
using namespace std::chrono_literals;

namespace {

// Answers the next file dialog with `path`, as a user typing it and pressing Save or Open.
test::DialogAnswer answerFileDialog(const QString& path, QString* caption = nullptr,
                                    std::source_location where = std::source_location::current())
{
    return test::whenDialogOpens(
        [path, caption](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            ASSERT_TRUE(dialog) << "expected a file dialog, got "
                                << modal->metaObject()->className();
            if (caption)
                *caption = dialog->windowTitle();
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
        },
        where);
}

// The athlete switcher at the top of the navigation (pages have combo boxes of their own).
QComboBox* switcherOf(MainWindow& window)
{
    for (QComboBox* box : window.findChildren<QComboBox*>())
        if (box->accessibleName() == MainWindow::tr("Athlete"))
            return box;
    return nullptr;
}

// What the log holds across all its athletes, read through the repositories as the window
// reads it (the UI tests, like ui, have no SQL of their own).
struct LogTotals
{
    int runs = 0;
    int shoes = 0;
    int tracks = 0; // runs with samples
};

LogTotals totalsOf(core::Database& db)
{
    LogTotals totals;
    auto athletes = core::AthleteRepository(db).list();
    if (!athletes) {
        ADD_FAILURE() << athletes.message().toStdString();
        return totals;
    }
    const core::RunRepository runRepository(db);
    for (const core::Athlete& athlete : *athletes) {
        auto runs = runRepository.list(athlete.id);
        auto shoes = core::ShoeRepository(db).list(athlete.id);
        if (!runs || !shoes) {
            ADD_FAILURE() << "cannot read athlete " << athlete.id;
            continue;
        }
        totals.runs += int(runs->size());
        totals.shoes += int(shoes->size());
        for (const core::Run& run : *runs)
            if (auto samples = runRepository.samples(run.id); samples && !samples->empty())
                ++totals.tracks;
    }
    return totals;
}

QStringList fileMenuEntries(MainWindow& window)
{
    QStringList entries;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->text() == MainWindow::tr("&File"))
            for (QAction* a : menu->menu()->actions())
                entries << a->text();
    return entries;
}

} // namespace

TEST(BundleWindowTest, ExportWritesTheCurrentAthletesBundle)
{
    test::TempLog log;
    test::AnnRecord ann;
    ann.addTo(log.db());
    log.close();
    MainWindow window(prefsFor(log));
    ASSERT_TRUE(window.openLog(log.logPath()));
    window.show();
    BundleActions* bundles = window.bundleActions();
    EXPECT_TRUE(fileMenuEntries(window).contains(bundles->exportAction()->text()));
    EXPECT_TRUE(fileMenuEntries(window).contains(bundles->importAction()->text()));
    ASSERT_TRUE(bundles->exportAction()->isEnabled());

    const QString path = log.path(QStringLiteral("for-coach")); // the suffix is added
    QString caption;
    const auto answer = answerFileDialog(path, &caption);
    bundles->exportAction()->trigger();
    EXPECT_EQ(caption, BundleActions::tr("Export Athlete Bundle"));
    ASSERT_TRUE(test::waitUntil([&] { return !bundles->isBusy(); }, 30s)) << "the export ends";
    const QString written = path + QStringLiteral(".stridewell-bundle");
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(written).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Saved the bundle of Ann Lee (3 runs, 2 symptom entries, 2 calf-raise "
                       "tests, 2 strength sessions, 2 shoes)")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(bundles->exportAction()->isEnabled()) << "enabled again once done";
}

TEST(BundleWindowTest, ImportMergesShowsTheSummaryAndTheSwitcherFollows)
{
    test::TempLog annLog;
    test::AnnRecord ann;
    ann.addTo(annLog.db());
    const QString bundle = annLog.path(QStringLiteral("ann.stridewell-bundle"));
    ASSERT_TRUE(core::BundleService(annLog.db()).exportAthlete(ann.athlete, bundle));

    test::TempLog coach;
    const qint64 bob = core::AthleteRepository(coach.db()).add(QStringLiteral("Bob"))->id;
    coach.close();
    MainWindow window(prefsFor(coach));
    window.resize(1180, 720);
    ASSERT_TRUE(window.openLog(coach.logPath()));
    window.show();
    ASSERT_EQ(window.currentAthlete(), bob);
    BundleActions* bundles = window.bundleActions();
    ASSERT_TRUE(bundles->importAction()->isEnabled());

    QString caption;
    const auto answer = answerFileDialog(bundle, &caption);
    bundles->importAction()->trigger();
    EXPECT_EQ(caption, BundleActions::tr("Import Athlete Bundle"));
    ASSERT_TRUE(test::waitUntil([&] { return bundles->message() != nullptr; }, 30s))
        << "the merge's summary";
    QMessageBox* summary = bundles->message();
    EXPECT_EQ(summary->icon(), QMessageBox::Information);
    EXPECT_EQ(summary->text(),
              QStringLiteral("Ann Lee was added to the log.\n\nAdded: 3 runs, 2 symptom entries, "
                             "2 calf-raise tests, 2 strength sessions, 2 shoes.\nAlready in the "
                             "log, skipped: 0 runs, 0 symptom entries, 0 calf-raise tests, 0 "
                             "strength sessions, 0 shoes.\n\nEdit ▸ Undo takes the import "
                             "back."));
    test::screenshot(&window, QStringLiteral("bundle_imported"));

    // The switcher shows both and has moved to Ann; her runs are on the Runs page, and the
    // Team page appears now that the log holds two athletes.
    QComboBox* switcher = switcherOf(window);
    ASSERT_TRUE(switcher);
    EXPECT_EQ(switcher->currentText(), QStringLiteral("Ann Lee"));
    EXPECT_GE(switcher->findText(QStringLiteral("Bob")), 0);
    EXPECT_NE(window.currentAthlete(), bob);
    ASSERT_TRUE(test::waitUntil([&] { return window.runsPage()->model()->rowCount() == 3; }))
        << "Ann's 3 runs on the Runs page, not " << window.runsPage()->model()->rowCount();
    EXPECT_TRUE(window.showPage(&TeamPage::staticMetaObject));
    summary->accept();

    // A second merge adds nothing and says so.
    const auto answerAgain = answerFileDialog(bundle);
    bundles->importAction()->trigger();
    ASSERT_TRUE(test::waitUntil(
        [&] { return bundles->message() != nullptr && bundles->message() != summary; }, 30s))
        << "the second merge's summary";
    EXPECT_TRUE(bundles->message()->text().startsWith(
        QStringLiteral("Merged into Ann Lee, already in the log.\n\nAdded: 0 runs,")))
        << bundles->message()->text().toStdString();
    EXPECT_FALSE(bundles->message()->text().contains(QStringLiteral("Undo")));
    bundles->message()->accept();
    EXPECT_EQ(window.runsPage()->model()->rowCount(), 3);

    // Undo takes the first merge back whole (the second added nothing and is not on the
    // stack); redo merges the file again.
    QUndoStack* undo = window.undoStack();
    EXPECT_EQ(undo->count(), 1);
    EXPECT_EQ(undo->undoText(), BundleActions::tr("Import Athlete Bundle"));
    undo->undo();
    ASSERT_TRUE(test::waitUntil([&] {
        return switcher->findText(QStringLiteral("Ann Lee")) == -1;
    })) << "undo takes Ann off the switcher";
    EXPECT_EQ(window.currentAthlete(), bob);
    {
        auto log = core::Database::open(coach.logPath());
        ASSERT_TRUE(log);
        const LogTotals totals = totalsOf(**log);
        EXPECT_EQ(totals.runs, 0);
        EXPECT_EQ(totals.shoes, 0);
    }
    undo->redo();
    ASSERT_TRUE(test::waitUntil([&] { return switcher->findText(QStringLiteral("Ann Lee")) >= 0; }))
        << "redo puts Ann back on the switcher";
    auto log = core::Database::open(coach.logPath());
    ASSERT_TRUE(log);
    const LogTotals totals = totalsOf(**log);
    EXPECT_EQ(totals.runs, 3);
    EXPECT_EQ(totals.tracks, 2);
}

TEST(BundleWindowTest, ABadBundleIsReportedAndChangesNothing)
{
    test::TempLog coach;
    ASSERT_TRUE(core::AthleteRepository(coach.db()).add(QStringLiteral("Bob")));
    const QString bad = coach.path(QStringLiteral("bad.stridewell-bundle"));
    test::writeFile(bad, QByteArray("SQLite format 3").repeated(20));
    coach.close();
    MainWindow window(prefsFor(coach));
    ASSERT_TRUE(window.openLog(coach.logPath()));
    window.show();
    BundleActions* bundles = window.bundleActions();
    bundles->importFrom(bad);
    ASSERT_TRUE(test::waitUntil([&] { return bundles->message() != nullptr; }, 30s))
        << "a message saying why the bundle was refused";
    EXPECT_EQ(bundles->message()->icon(), QMessageBox::Warning);
    EXPECT_EQ(bundles->message()->windowTitle(), BundleActions::tr("Bundle not imported"));
    EXPECT_TRUE(bundles->message()->text().startsWith(bad + QStringLiteral(": not a Stridewell")))
        << bundles->message()->text().toStdString();
    test::screenshot(bundles->message(), QStringLiteral("bundle_error"));
    bundles->message()->accept();
    ASSERT_TRUE(switcherOf(window));
    EXPECT_EQ(switcherOf(window)->findText(QStringLiteral("Bob")), 0);
    EXPECT_EQ(switcherOf(window)->count(), 3) << "Bob, a separator, Add athlete";
}

TEST(BundleWindowTest, WithoutALogNeitherActionIsOffered)
{
    test::TempLog scratch;
    MainWindow window(prefsFor(scratch));
    ASSERT_TRUE(window.openLog(scratch.path(QStringLiteral("missing.sqlite"))));
    EXPECT_FALSE(window.bundleActions()->exportAction()->isEnabled());
    EXPECT_FALSE(window.bundleActions()->importAction()->isEnabled());
}
