#include "dialogs/shoe_dialog.h"
#include "models/shoe_table_model.h"
#include "pages/shoes_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

TEST(ShoeDialog, ValidatesNameLimitAndStartDistance)
{
    ShoeDialog dialog(DistanceUnit::Km, {QStringLiteral("Pegasus")});
    EXPECT_FALSE(dialog.isValid()) << "no name yet";
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("pegasus"));
    EXPECT_TRUE(dialog.messageFor(dialog.nameEdit()).contains(QStringLiteral("already")))
        << "names repeat without regard to case";
    dialog.nameEdit()->setText(QStringLiteral("Novablast"));
    EXPECT_TRUE(dialog.isValid()) << "700 km and 0 already run are the defaults";
    dialog.limitEdit()->setText(QStringLiteral("0"));
    EXPECT_FALSE(dialog.messageFor(dialog.limitEdit()).isEmpty());
    EXPECT_FALSE(dialog.isValid());
    dialog.limitEdit()->setText(QStringLiteral("600"));
    dialog.startEdit()->setText(QStringLiteral("-1"));
    EXPECT_TRUE(dialog.messageFor(dialog.startEdit()).contains(QStringLiteral("negative")));
    dialog.startEdit()->setText(QStringLiteral("120"));
    ASSERT_TRUE(dialog.isValid());
    const core::Shoe shoe = dialog.shoe();
    EXPECT_EQ(shoe.name, QStringLiteral("Novablast"));
    EXPECT_DOUBLE_EQ(shoe.limit.inKm(), 600);
    EXPECT_DOUBLE_EQ(shoe.startDistance.inKm(), 120);
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("shoe_dialog"));
}

TEST(ShoeDialog, EntersMiles)
{
    ShoeDialog dialog(DistanceUnit::Mi, {});
    dialog.nameEdit()->setText(QStringLiteral("Trail pair"));
    dialog.limitEdit()->setText(QStringLiteral("400"));
    EXPECT_NEAR(dialog.shoe().limit.inKm(), 400 * 1.609344, 1e-9);
}

class ShoesPageTest : public ::testing::Test
{
protected:
    test::TempLog log;
    QUndoStack undo;
    QStringList errors;
    qint64 athlete = core::AthleteRepository(log.db()).add(QStringLiteral("Ann")).value().id;
    ShoesPage page{PageContext{log.db(), &undo, [this](const QString& e) { errors << e; }, {}}};

    void SetUp() override
    {
        page.resize(900, 500);
        page.setAthlete(athlete);
    }
    QString cell(int row, int column) const
    {
        return page.model()->index(row, column).data().toString();
    }
};

TEST_F(ShoesPageTest, ShowsDistanceAgainstTheLimitAndWarnsInWords)
{
    EXPECT_TRUE(page.showsEmptyState());
    page.show();
    test::screenshot(&page, QStringLiteral("shoes_empty"));

    core::Shoe worn;
    worn.athleteId = athlete;
    worn.name = QStringLiteral("Old pair");
    worn.limit = core::Distance::km(600);
    worn.startDistance = core::Distance::km(590);
    const qint64 id = core::ShoeRepository(log.db()).add(worn).value();
    EXPECT_FALSE(page.showsEmptyState());
    core::Run run;
    run.athleteId = athlete;
    run.startUtc = QDateTime(QDate(2024, 3, 1), QTime(6, 0), Qt::UTC);
    run.distance = core::Distance::km(21);
    run.elapsed = core::Duration::minutes(110);
    run.shoeId = id;
    run.source = QStringLiteral("manual");
    ASSERT_TRUE(core::RunRepository(log.db()).add(run));
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(cell(0, ShoeTableModel::Distance), QStringLiteral("611")) << "590 + 21";
    EXPECT_EQ(cell(0, ShoeTableModel::Used), QStringLiteral("worn – 102%"));
    EXPECT_FALSE(page.model()->index(0, ShoeTableModel::Used).data(Qt::DecorationRole).isNull())
        << "an icon, not colour alone";
    page.setUnit(DistanceUnit::Mi);
    EXPECT_EQ(cell(0, ShoeTableModel::Distance), QStringLiteral("380")) << "611 km in miles";
    test::screenshot(&page, QStringLiteral("shoes"));
}

TEST_F(ShoesPageTest, AddEditAndDeleteAreUndoable)
{
    const auto answerAdd = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<ShoeDialog*>(w);
        ASSERT_TRUE(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Pegasus"));
        dialog->accept();
    });
    page.addShoe();
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(cell(0, ShoeTableModel::Name), QStringLiteral("Pegasus"));

    page.table()->selectRow(0);
    const auto answerEdit = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<ShoeDialog*>(w);
        ASSERT_TRUE(dialog);
        dialog->limitEdit()->setText(QStringLiteral("500"));
        dialog->accept();
    });
    page.editSelected();
    EXPECT_EQ(cell(0, ShoeTableModel::Limit), QStringLiteral("500"));
    undo.undo();
    EXPECT_EQ(cell(0, ShoeTableModel::Limit), QStringLiteral("700"));

    page.table()->selectRow(0);
    page.deleteSelected();
    EXPECT_TRUE(page.showsEmptyState());
    undo.undo();
    ASSERT_EQ(page.model()->rowCount(), 1) << "undo brings the shoes back";
    undo.undo(); // the edit was undone already; this undoes the add
    EXPECT_TRUE(page.showsEmptyState());
    undo.redo();
    EXPECT_EQ(cell(0, ShoeTableModel::Name), QStringLiteral("Pegasus")) << "redo adds it again";
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}
