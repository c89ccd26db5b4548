// The Strength page: today's circuit as a checklist, logging a session, adherence over weeks.
#include "demo/demo_history.h"
#include "dialogs/strength_session_dialog.h"
#include "pages/circuit_checklist.h"
#include "pages/strength_page.h"
#include "palette_support.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"
#include "widget_support.h"
#include "widgets/hold_timer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

const QDate kEnd(2024, 6, 30);   // the demo's last day, a Sunday
const QDate kMonday(2024, 7, 1); // the day the page is looked at

class StrengthPageTest : public ::testing::Test
{
protected:
    test::TempLog log;
    QUndoStack undo;
    QStringList errors;
    qint64 athlete = core::installDemo(log.db(), QStringLiteral("Alex"), kEnd).value();
    StrengthPage page{PageContext{log.db(), &undo, [this](const QString& e) { errors << e; }, {}}};

    void SetUp() override
    {
        page.resize(1180, 860);
        page.setToday(kMonday);
        page.setAthlete(athlete);
    }
};

} // namespace

TEST_F(StrengthPageTest, TodaysCircuitIsAChecklistWithWhyAndVariants)
{
    // Monday is a running day since the demo's return to running: strength goes on Tuesday.
    EXPECT_EQ(page.headline(),
              QStringLiteral("No strength session today. Next: Soleus circuit, Tuesday 2 July"));
    EXPECT_EQ(page.circuitCombo()->currentData().toString(), QStringLiteral("soleus"));
    CircuitChecklist* list = page.checklist();
    ASSERT_EQ(list->count(), 5) << "three soleus exercises and the hip work";
    // Two easy sessions in a row, twice: the soleus circuit is two steps up.
    EXPECT_EQ(list->shownExercise(0), QStringLiteral("short_foot_noodle"));
    EXPECT_EQ(list->doseText(0), QStringLiteral("2 × 8 each side"))
        << "past the last variant the dose stays in the article's 8-12; tempo or load go up";
    EXPECT_FALSE(list->harderButton(0)->isEnabled()) << "the noodle is the hardest version";
    list->easierButton(0)->click();
    EXPECT_EQ(list->shownExercise(0), QStringLiteral("short_foot"));
    EXPECT_TRUE(list->tickBox(0)->text().contains(QStringLiteral("instead of")));
    EXPECT_TRUE(list->harderButton(0)->isEnabled());

    EXPECT_TRUE(list->detailsText(1).isEmpty()) << "folded away until asked";
    list->detailsButton(1)->click();
    EXPECT_TRUE(list->detailsText(1).contains(QStringLiteral("Why:")));
    EXPECT_TRUE(list->detailsText(1).contains(QStringLiteral("inner-calf pain")))
        << list->detailsText(1).toStdString();

    for (int i = 0; i < list->count(); ++i)
        list->tickBox(i)->setChecked(true);
    EXPECT_EQ(list->ticked(), 5);
    page.show();
    test::screenshot(&page, QStringLiteral("strength_page"));
    test::inDarkPalette([&] { test::screenshot(&page, QStringLiteral("strength_page_dark")); });
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(StrengthPageTest, StretchesHaveHoldTimers)
{
    const int stretching = page.circuitCombo()->findData(QStringLiteral("stretching"));
    ASSERT_GE(stretching, 0);
    page.circuitCombo()->setCurrentIndex(stretching);
    HoldTimer* timer = page.checklist()->holdTimer(0);
    ASSERT_NE(timer, nullptr);
    EXPECT_EQ(timer->seconds(), 30);
    QSignalSpy finished(timer, &HoldTimer::finished);
    timer->start();
    EXPECT_TRUE(timer->running());
    EXPECT_EQ(timer->display(), QStringLiteral("0:30"));
    for (int s = 0; s < 29; ++s)
        timer->tick(); // the seconds, without waiting for them
    EXPECT_EQ(timer->display(), QStringLiteral("0:01"));
    timer->tick();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(timer->running());
    EXPECT_EQ(timer->display(), QStringLiteral("done ✓"));
}

TEST_F(StrengthPageTest, LoggingASessionIsUndoableAndCounts)
{
    const int before = page.sessions()->rowCount();
    const auto answer = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<StrengthSessionDialog*>(w);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->circuitCombo()->currentData().toString(), QStringLiteral("soleus"));
        dialog->dateEdit()->setDate(kMonday);
        dialog->painSpin()->setValue(1);
        dialog->accept();
    });
    page.logSession();
    ASSERT_EQ(page.sessions()->rowCount(), before + 1);
    EXPECT_EQ(page.sessions()->item(0, 2)->text(), QStringLiteral("1/10"));
    EXPECT_EQ(page.weeks().back().done, 1) << "this week's count follows";
    EXPECT_EQ(undo.undoText(), QStringLiteral("Log strength session"));
    undo.undo();
    EXPECT_EQ(page.sessions()->rowCount(), before);
    EXPECT_EQ(page.weeks().back().done, 0);
    undo.redo();
    EXPECT_EQ(core::StrengthRepository(log.db()).list(athlete)->size(), before + 1);

    page.sessions()->selectRow(0);
    page.deleteSelectedSession();
    EXPECT_EQ(page.sessions()->rowCount(), before);
    undo.undo();
    EXPECT_EQ(page.sessions()->rowCount(), before + 1);
}

TEST_F(StrengthPageTest, AdherenceWeekByWeek)
{
    const QList<core::WeekAdherence>& weeks = page.weeks();
    ASSERT_EQ(weeks.size(), StrengthPage::kAdherenceWeeks);
    EXPECT_EQ(weeks.back().weekStart, kMonday);
    EXPECT_EQ(weeks.back().planned, 3) << "this week: soleus, heel drops, soleus";
    EXPECT_EQ(weeks[10].weekStart, QDate(2024, 6, 24));
    // The demo's last weeks: Tuesday and Saturday sessions.
    EXPECT_EQ(weeks[10].done, 2);
    EXPECT_EQ(weeks[9].done, 2);
    EXPECT_TRUE(page.adherenceText().startsWith(QStringLiteral("Last 4 weeks:")));
}

TEST_F(StrengthPageTest, ARedFlagPutsStrengthWorkOnHold)
{
    core::Symptom s;
    s.athleteId = athlete;
    s.date = kEnd;
    s.location = core::BodyLocation::CalfBelly;
    s.side = core::Side::Left;
    s.pain = 5;
    s.redFlags = {core::RedFlagSign::Swelling};
    ASSERT_TRUE(core::SymptomRepository(log.db()).add(s));
    EXPECT_EQ(page.headline(), QStringLiteral("See a doctor today: strength work is on hold"));
    EXPECT_FALSE(page.checklist()->isVisibleTo(&page));
    EXPECT_TRUE(page.adviceText().contains(QStringLiteral("See a doctor today. Training is on "
                                                          "hold: no running and no strength "
                                                          "work")))
        << page.adviceText().toStdString();
    EXPECT_FALSE(page.adviceText().contains(QStringLiteral("General advice")))
        << "nothing but the advice to be seen";
}
