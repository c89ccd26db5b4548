#include "demo/demo_history.h"
#include "dialogs/run_dialog.h"
#include "models/run_table_model.h"
#include "pages/runs_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

core::Run runOn(qint64 athlete, QDate day, double km, const char* type = "easy")
{
    core::Run run;
    run.athleteId = athlete;
    run.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
    run.utcOffsetS = 3600;
    run.distance = core::Distance::km(km);
    run.elapsed = core::Duration::minutes(km * 6);
    run.type = QString::fromLatin1(type);
    run.source = QStringLiteral("manual");
    return run;
}

} // namespace

TEST(RunDialog, ValidatesAsYouTypeAndKeepsOkDisabledUntilValid)
{
    RunDialog dialog(DistanceUnit::Km, {QStringLiteral("Pegasus 39")});
    EXPECT_FALSE(dialog.isValid()) << "empty required fields";
    EXPECT_TRUE(dialog.messageFor(dialog.distanceEdit()).isEmpty()) << "no scolding before typing";

    QTest::keyClicks(dialog.distanceEdit(), QStringLiteral("ten"));
    EXPECT_FALSE(dialog.messageFor(dialog.distanceEdit()).isEmpty());
    dialog.distanceEdit()->setText(QStringLiteral("-4"));
    EXPECT_TRUE(dialog.messageFor(dialog.distanceEdit()).contains(QStringLiteral("more than 0")));
    dialog.distanceEdit()->setText(QStringLiteral("10.5"));
    EXPECT_TRUE(dialog.messageFor(dialog.distanceEdit()).isEmpty());
    EXPECT_FALSE(dialog.isValid()) << "time still missing";

    dialog.durationEdit()->setText(QStringLiteral("0:61:00"));
    EXPECT_FALSE(dialog.messageFor(dialog.durationEdit()).isEmpty());
    dialog.durationEdit()->setText(QStringLiteral("0:10:00"));
    EXPECT_TRUE(dialog.messageFor(nullptr).contains(QStringLiteral("faster than anyone")))
        << "pace check";
    EXPECT_FALSE(dialog.isValid());
    dialog.durationEdit()->setText(QStringLiteral("0:55:30"));
    EXPECT_TRUE(dialog.isValid());

    dialog.cadenceEdit()->setText(QStringLiteral("90"));
    EXPECT_TRUE(
        dialog.messageFor(dialog.cadenceEdit()).contains(QStringLiteral("between 100 and 260")));
    EXPECT_FALSE(dialog.isValid());
    dialog.cadenceEdit()->setText(QStringLiteral("172"));
    dialog.heartRateEdit()->setText(QStringLiteral("148"));
    EXPECT_TRUE(dialog.isValid());
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("run_dialog_valid"));

    const core::Run run = dialog.run();
    EXPECT_DOUBLE_EQ(run.distance.inMetres(), 10500);
    EXPECT_DOUBLE_EQ(run.elapsed.value_or(core::Duration()).inSeconds(), 3330);
    EXPECT_EQ(run.avgCadenceSpm, 172.0);
    EXPECT_FALSE(run.rpe.has_value());
}

TEST(RunDialog, ShowsAnErrorNextToTheField)
{
    RunDialog dialog(DistanceUnit::Km, {});
    dialog.distanceEdit()->setText(QStringLiteral("12"));
    dialog.durationEdit()->setText(QStringLiteral("1:2"));
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("run_dialog_error"));
    EXPECT_TRUE(
        dialog.messageFor(dialog.durationEdit()).contains(QStringLiteral("hours:minutes:seconds")));
}

TEST(RunDialog, ARunIsDatedFrom1990ToTomorrow)
{
    RunDialog dialog(DistanceUnit::Km, {});
    EXPECT_EQ(dialog.dateEdit()->minimumDate(), QDate(1990, 1, 1));
    EXPECT_EQ(dialog.dateEdit()->maximumDate(), QDate::currentDate().addDays(1));
    // A run stored before dates were checked shows its date as it is, says what is wrong and
    // keeps OK disabled until the date is mended.
    core::Run old = runOn(1, QDate(1989, 12, 31), 10);
    old.id = 3;
    dialog.setRun(old);
    EXPECT_EQ(dialog.dateEdit()->date(), QDate(1989, 12, 31));
    EXPECT_EQ(dialog.messageFor(dialog.dateEdit()),
              QStringLiteral("A run can be dated from 1 January 1990 to tomorrow."));
    EXPECT_FALSE(dialog.isValid());
    dialog.dateEdit()->setDate(QDate(2024, 3, 1));
    EXPECT_TRUE(dialog.messageFor(dialog.dateEdit()).isEmpty());
    EXPECT_TRUE(dialog.isValid());
}

TEST(RunDialog, EntersMilesAndEditsKeepTimerTime)
{
    RunDialog dialog(DistanceUnit::Mi, {});
    core::Run original = runOn(1, QDate(2024, 3, 1), 16.09344);
    original.id = 7;
    original.timer = core::Duration::minutes(90);
    original.elapsed = core::Duration::minutes(95);
    dialog.setRun(original);
    EXPECT_EQ(dialog.distanceEdit()->text(), QStringLiteral("10.00"));
    core::Run same = dialog.run();
    EXPECT_EQ(same.id, 7);
    ASSERT_TRUE(same.timer.has_value()) << "untouched time keeps what the watch recorded";
    EXPECT_DOUBLE_EQ(same.elapsed.value_or(core::Duration()).inMinutes(), 95);
    EXPECT_EQ(same.startUtc, original.startUtc);
    dialog.distanceEdit()->setText(QStringLiteral("6.2"));
    EXPECT_NEAR(dialog.run().distance.inKm(), 9.978, 0.001);
}

class RunsPageTest : public ::testing::Test
{
protected:
    test::TempLog log;
    QUndoStack undo;
    QStringList errors;
    qint64 athlete = core::AthleteRepository(log.db()).add(QStringLiteral("Ann")).value().id;
    RunsPage page{PageContext{log.db(), &undo, [this](const QString& e) { errors << e; }, {}}};

    void SetUp() override
    {
        page.resize(1000, 600);
        page.setAthlete(athlete);
    }
    // Every run the table shows, fetched as a scrolling view would.
    int rows()
    {
        while (page.model()->canFetchMore({}))
            page.model()->fetchMore({});
        return page.model()->rowCount();
    }
    QString cell(int row, int column) const
    {
        return page.model()->index(row, column).data().toString();
    }
};

TEST_F(RunsPageTest, EmptyLogShowsAWelcomingEmptyState)
{
    EXPECT_TRUE(page.showsEmptyState());
    page.show();
    test::screenshot(&page, QStringLiteral("runs_empty"));
    ASSERT_TRUE(core::RunRepository(log.db()).add(runOn(athlete, QDate(2024, 3, 1), 5)));
    EXPECT_FALSE(page.showsEmptyState()) << "the page follows the change notifier";
    EXPECT_EQ(rows(), 1);
    EXPECT_TRUE(page.summary().startsWith(QStringLiteral("1 run, 5.0 km, 0:30:00")))
        << page.summary().toStdString();
    ASSERT_TRUE(core::RunRepository(log.db()).add(runOn(athlete, QDate(2024, 3, 2), 7)));
    EXPECT_TRUE(page.summary().startsWith(QStringLiteral("2 runs, 12.0 km")))
        << page.summary().toStdString();
}

TEST_F(RunsPageTest, AddThroughTheDialogThenUndoAndRedo)
{
    const auto answer = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<RunDialog*>(w);
        ASSERT_NE(dialog, nullptr);
        dialog->dateEdit()->setDate(QDate(2024, 3, 4));
        dialog->distanceEdit()->setText(QStringLiteral("8"));
        dialog->durationEdit()->setText(QStringLiteral("45:00"));
        dialog->accept();
    });
    page.addRun();
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(core::RunRepository(log.db()).count(athlete).value(), 1);
    EXPECT_EQ(undo.undoText(), QStringLiteral("Add run"));
    undo.undo();
    EXPECT_EQ(rows(), 0);
    EXPECT_EQ(core::RunRepository(log.db()).count(athlete).value(), 0);
    undo.redo();
    EXPECT_EQ(rows(), 1);
    EXPECT_DOUBLE_EQ(core::RunRepository(log.db()).list(athlete)->front().distance.inKm(), 8.0);
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(RunsPageTest, ANewRunIsTheOnlyOneSelected)
{
    for (int day : {4, 6}) {
        const auto answer = test::whenDialogOpens([day](QWidget* w) {
            auto* dialog = qobject_cast<RunDialog*>(w);
            ASSERT_NE(dialog, nullptr);
            dialog->dateEdit()->setDate(QDate(2024, 3, day));
            dialog->distanceEdit()->setText(QStringLiteral("8"));
            dialog->durationEdit()->setText(QStringLiteral("45:00"));
            dialog->accept();
        });
        page.addRun();
    }
    QCoreApplication::processEvents(); // the page's reload after the change
    const QModelIndexList selected = page.table()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1) << "not the run added before it as well";
    EXPECT_EQ(page.model()->run(selected.front().row()).localDate(), QDate(2024, 3, 6));
}

TEST_F(RunsPageTest, DeleteIsUndoableWithTheSameRun)
{
    auto id = core::RunRepository(log.db()).add(runOn(athlete, QDate(2024, 3, 1), 5));
    core::SampleList samples(3);
    samples[1].hrBpm = 150;
    ASSERT_TRUE(core::RunRepository(log.db()).saveSamples(*id, samples));
    ASSERT_TRUE(core::RunRepository(log.db()).add(runOn(athlete, QDate(2024, 3, 2), 6)));
    page.table()->selectRow(0);
    page.table()->selectRow(1);
    page.table()->selectAll();
    page.deleteSelected();
    EXPECT_EQ(rows(), 0);
    EXPECT_EQ(undo.undoText(), QStringLiteral("Delete 2 runs"));
    undo.undo();
    EXPECT_EQ(rows(), 2);
    auto restored = core::RunRepository(log.db()).find(*id);
    ASSERT_TRUE(restored && restored->has_value()) << "same id comes back";
    EXPECT_EQ(core::RunRepository(log.db()).samples(*id)->size(), 3u) << "with its samples";
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(RunsPageTest, EditKeepsTheRunAndUndoRestoresIt)
{
    ASSERT_TRUE(core::RunRepository(log.db()).add(runOn(athlete, QDate(2024, 3, 1), 5)));
    page.table()->selectRow(0);
    const auto answer = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<RunDialog*>(w);
        dialog->distanceEdit()->setText(QStringLiteral("7.5"));
        dialog->accept();
    });
    page.editSelected();
    EXPECT_DOUBLE_EQ(core::RunRepository(log.db()).list(athlete)->front().distance.inKm(), 7.5);
    undo.undo();
    EXPECT_DOUBLE_EQ(core::RunRepository(log.db()).list(athlete)->front().distance.inKm(), 5.0);
}

TEST_F(RunsPageTest, FiltersByTypeAndDateAndSorts)
{
    core::RunRepository runs(log.db());
    const QDate today = QDate::currentDate();
    ASSERT_TRUE(runs.add(runOn(athlete, today.addDays(-2), 5, "easy")));
    ASSERT_TRUE(runs.add(runOn(athlete, today.addDays(-3), 21.1, "race")));
    ASSERT_TRUE(runs.add(runOn(athlete, today.addDays(-100), 12, "long")));
    ASSERT_TRUE(runs.add(runOn(athlete, today.addDays(-400), 8, "easy")));
    EXPECT_EQ(rows(), 4);
    ASSERT_EQ(page.typeFilter()->count(), 4) << "All types, easy, long, race";
    page.typeFilter()->setCurrentText(QStringLiteral("easy"));
    EXPECT_EQ(rows(), 2);
    page.typeFilter()->setCurrentIndex(0);
    page.periodFilter()->setCurrentIndex(2); // last 12 weeks
    EXPECT_EQ(rows(), 2);
    page.periodFilter()->setCurrentIndex(0);
    page.table()->sortByColumn(RunTableModel::Distance, Qt::DescendingOrder);
    EXPECT_EQ(cell(0, RunTableModel::Distance), QStringLiteral("21.10"));
    page.table()->sortByColumn(RunTableModel::Date, Qt::AscendingOrder);
    EXPECT_EQ(cell(0, RunTableModel::Distance), QStringLiteral("8.00"));
    page.setUnit(DistanceUnit::Mi);
    EXPECT_EQ(page.model()
                  ->headerData(RunTableModel::Distance, Qt::Horizontal, Qt::DisplayRole)
                  .toString(),
              QStringLiteral("Distance (mi)"));
    EXPECT_EQ(cell(0, RunTableModel::Distance), QStringLiteral("4.97"));
}

TEST_F(RunsPageTest, UnknownDurationShowsADashAndSortsLast)
{
    core::RunRepository runs(log.db());
    const QDate today = QDate::currentDate();
    core::Run untimed = runOn(athlete, today.addDays(-1), 6, "easy");
    untimed.elapsed.reset(); // a GPS track without times
    ASSERT_TRUE(runs.add(untimed));
    ASSERT_TRUE(runs.add(runOn(athlete, today.addDays(-2), 5)));  // 0:30:00, 6:00 /km
    ASSERT_TRUE(runs.add(runOn(athlete, today.addDays(-3), 10))); // 1:00:00, 6:00 /km
    EXPECT_EQ(rows(), 3);
    EXPECT_EQ(cell(0, RunTableModel::Duration), QStringLiteral("–"));
    EXPECT_EQ(cell(0, RunTableModel::Pace), QStringLiteral("–"));
    EXPECT_TRUE(page.summary().startsWith(QStringLiteral("3 runs, 21.0 km, 1:30:00")))
        << page.summary().toStdString();
    for (auto column : {RunTableModel::Duration, RunTableModel::Pace})
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            page.table()->sortByColumn(column, order);
            ASSERT_EQ(rows(), 3);
            EXPECT_EQ(cell(2, RunTableModel::Distance), QStringLiteral("6.00"))
                << "unknown last, column " << column << " order " << order;
        }
    page.table()->sortByColumn(RunTableModel::Duration, Qt::DescendingOrder);
    EXPECT_EQ(cell(0, RunTableModel::Duration), QStringLiteral("1:00:00"));
}

TEST_F(RunsPageTest, HoldsTenThousandRuns)
{
    {
        core::Transaction tx(log.db());
        core::RunRepository runs(log.db());
        for (int i = 0; i < 10000; ++i)
            ASSERT_TRUE(runs.add(runOn(athlete, QDate(1998, 1, 1).addDays(i), 5 + i % 10)));
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(page.model()->rowCount(), RunTableModel::kPageSize) << "fetched as the view scrolls";
    EXPECT_EQ(page.model()->totals().runs, 10000);
    EXPECT_EQ(rows(), 10000);
    page.table()->sortByColumn(RunTableModel::Distance, Qt::AscendingOrder);
    EXPECT_EQ(cell(0, RunTableModel::Distance), QStringLiteral("5.00"));
    page.table()->sortByColumn(RunTableModel::Distance, Qt::DescendingOrder);
    EXPECT_EQ(cell(0, RunTableModel::Distance), QStringLiteral("14.00"));
    page.table()->sortByColumn(RunTableModel::Date, Qt::DescendingOrder);
    EXPECT_EQ(cell(0, RunTableModel::Date),
              QLocale().toString(QDate(1998, 1, 1).addDays(9999), QLocale::ShortFormat));
}
