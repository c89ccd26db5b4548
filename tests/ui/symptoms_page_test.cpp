// The Symptoms page: the demo's history as a timeline and a list; log, edit, delete and undo.
#include "demo/demo_history.h"
#include "dialogs/calf_test_dialog.h"
#include "dialogs/lower_leg_view.h"
#include "dialogs/symptom_dialog.h"
#include "models/symptom_table_model.h"
#include "pages/calf_test_list.h"
#include "pages/symptom_timeline.h"
#include "pages/symptoms_page.h"
#include "palette_support.h"
#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

class SymptomsPageTest : public ::testing::Test
{
protected:
    test::TempLog log;
    QUndoStack undo;
    QStringList errors;
    qint64 athlete =
        core::installDemo(log.db(), QStringLiteral("Alex"), QDate::currentDate()).value();
    SymptomsPage page{PageContext{log.db(), &undo, [this](const QString& e) { errors << e; }, {}}};

    void SetUp() override
    {
        page.resize(1180, 720);
        page.setAthlete(athlete);
    }
    int rows() const { return page.model()->rowCount(); }
    int stored() { return int(core::SymptomRepository(log.db()).list(athlete)->size()); }
};

} // namespace

TEST_F(SymptomsPageTest, ShowsTheDemoHistoryPerPlaceAndSide)
{
    const int demo = int(core::DemoHistory::build(QDate::currentDate()).symptoms.size());
    EXPECT_EQ(rows(), demo);
    EXPECT_EQ(page.timeline()->laneNames(), (QStringList{QStringLiteral("Inner lower calf, left"),
                                                         QStringLiteral("Calf belly, right")}));
    // Newest first; the oldest is the cramp in the right calf.
    EXPECT_EQ(page.model()->symptom(rows() - 1).type, core::SymptomType::Cramp);
    EXPECT_EQ(page.model()->index(0, SymptomTableModel::Where).data().toString(),
              QStringLiteral("Inner lower calf"));
    const int tests = int(core::DemoHistory::build(QDate::currentDate()).calfTests.size());
    ASSERT_EQ(page.calfTests()->table()->rowCount(), tests);
    // Newest first: the second oldest is the test just after the injury.
    EXPECT_EQ(page.calfTests()->table()->item(tests - 2, 3)->text(),
              QStringLiteral("left side 36% weaker"));
    EXPECT_EQ(page.calfTests()->table()->item(tests - 1, 3)->text(),
              QStringLiteral("balanced (4%)"));
    const QString tip =
        page.timeline()->entryAt(page.timeline()->markOf(page.model()->symptom(rows() - 2).id));
    EXPECT_TRUE(tip.contains(QStringLiteral("Inner lower calf, left – pain 4/10")))
        << tip.toStdString();
    page.show();
    test::screenshot(&page, QStringLiteral("symptoms_page"));
    test::inDarkPalette([&] { test::screenshot(&page, QStringLiteral("symptoms_page_dark")); });
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(SymptomsPageTest, LogEditDeleteAreUndoable)
{
    const int before = rows();
    page.show();
    const auto answerLog = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<SymptomDialog*>(w);
        ASSERT_NE(dialog, nullptr);
        QTest::mouseClick(
            dialog->legView(), Qt::LeftButton, {},
            dialog->legView()->centreOf(core::BodyLocation::Achilles, core::Side::Right));
        dialog->painSpin()->setValue(3);
        dialog->accept();
    });
    page.addSymptom();
    ASSERT_EQ(rows(), before + 1);
    EXPECT_EQ(page.model()->symptom(0).location, core::BodyLocation::Achilles);
    EXPECT_EQ(undo.undoText(), QStringLiteral("Log symptom"));
    EXPECT_TRUE(page.timeline()->laneNames().contains(QStringLiteral("Achilles tendon, right")));
    undo.undo();
    EXPECT_EQ(rows(), before);
    EXPECT_EQ(stored(), before);
    undo.redo();
    EXPECT_EQ(rows(), before + 1);

    // Edit the newest entry's pain, then undo it.
    page.table()->clearSelection();
    page.table()->selectRow(0);
    const qint64 id = page.model()->symptom(0).id;
    const auto answerEdit = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<SymptomDialog*>(w);
        dialog->painSpin()->setValue(6);
        dialog->accept();
    });
    page.editSelected();
    EXPECT_EQ(core::SymptomRepository(log.db()).find(id)->value().pain, 6);
    undo.undo();
    EXPECT_EQ(core::SymptomRepository(log.db()).find(id)->value().pain, 3);

    // Delete two entries at once; undo brings back the same entries.
    page.table()->clearSelection();
    page.table()->selectRow(1);
    page.table()->selectionModel()->select(page.model()->index(2, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const qint64 second = page.model()->symptom(1).id;
    page.deleteSelected();
    EXPECT_EQ(rows(), before - 1);
    EXPECT_EQ(undo.undoText(), QStringLiteral("Delete 2 symptoms"));
    undo.undo();
    EXPECT_EQ(rows(), before + 1);
    EXPECT_TRUE(core::SymptomRepository(log.db()).find(second)->has_value()) << "same id back";
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(SymptomsPageTest, CalfRaiseTestFromThePageWithUndo)
{
    const auto answer = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<CalfTestDialog*>(w);
        ASSERT_NE(dialog, nullptr);
        dialog->leftSpin()->setValue(18);
        dialog->rightSpin()->setValue(24);
        dialog->hopPainSpin()->setValue(2);
        dialog->accept();
    });
    const int before = page.calfTests()->table()->rowCount();
    page.addCalfTest();
    EXPECT_EQ(page.calfTests()->table()->rowCount(), before + 1);
    EXPECT_EQ(core::CalfTestRepository(log.db()).list(athlete)->size(), before + 1);
    EXPECT_EQ(page.calfTests()->table()->item(0, 3)->text(),
              QStringLiteral("left side 25% weaker"));
    EXPECT_EQ(page.calfTests()->table()->item(0, 4)->text(), QStringLiteral("2/10"));
    EXPECT_EQ(core::CalfTestRepository(log.db()).list(athlete)->last().hopPain,
              std::optional<int>(2));
    undo.undo();
    EXPECT_EQ(page.calfTests()->table()->rowCount(), before);
}

TEST(CalfTestDialog, ShowsTheImbalanceAsYouType)
{
    CalfTestDialog dialog;
    EXPECT_FALSE(dialog.isValid()) << "nothing counted yet";
    dialog.leftSpin()->setValue(16);
    EXPECT_TRUE(dialog.isValid());
    dialog.rightSpin()->setValue(25);
    EXPECT_EQ(dialog.imbalanceText(),
              QStringLiteral("The left side is 36% weaker than the right: an imbalance worth "
                             "working on. The plan adds extra single-leg work on the left side."));
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("calf_test_dialog"));
    test::inDarkPalette(
        [&] { test::screenshot(&dialog, QStringLiteral("calf_test_dialog_dark")); });
    dialog.leftSpin()->setValue(24);
    EXPECT_TRUE(dialog.imbalanceText().startsWith(QStringLiteral("The sides are within 10%")));
    dialog.rightSpin()->setValue(22);
    EXPECT_TRUE(dialog.imbalanceText().startsWith(QStringLiteral("The sides are within 10%")))
        << "22 of 24 is 8% fewer";
    dialog.rightSpin()->setValue(21);
    EXPECT_TRUE(dialog.imbalanceText().startsWith(QStringLiteral("The right side is 13% weaker")));
    EXPECT_EQ(dialog.test().leftReps, 24);
    EXPECT_EQ(dialog.test().rightReps, 21);
}

TEST(CalfTestDialog, HoppingPainIsOptionalAndKeptWhenEdited)
{
    CalfTestDialog dialog;
    EXPECT_EQ(dialog.hopPainSpin()->text(), QStringLiteral("not tested"));
    dialog.leftSpin()->setValue(26);
    dialog.rightSpin()->setValue(27);
    EXPECT_FALSE(dialog.test().hopPain.has_value()) << "not tested unless the runner says";
    dialog.hopPainSpin()->setValue(0);
    ASSERT_TRUE(dialog.test().hopPain.has_value());
    EXPECT_EQ(*dialog.test().hopPain, 0) << "0/10 is an answer, not 'not tested'";

    core::CalfTest stored;
    stored.id = 7;
    stored.date = QDate::currentDate().addDays(-3);
    stored.leftReps = 20;
    stored.rightReps = 28;
    stored.hopPain = 3;
    CalfTestDialog edit;
    edit.setTest(stored);
    EXPECT_EQ(edit.hopPainSpin()->value(), 3);
    EXPECT_EQ(edit.test().hopPain, std::optional<int>(3));
    edit.hopPainSpin()->setValue(edit.hopPainSpin()->minimum());
    EXPECT_FALSE(edit.test().hopPain.has_value()) << "set back to not tested";
}
