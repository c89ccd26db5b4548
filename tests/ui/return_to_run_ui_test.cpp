// Back to running in the window alone (domain.md section 8): a 6/10 inner-calf entry opens an
// episode, a symptom entry and a calf-raise test with hopping meet the gates, and the runner
// climbs the six stages by logging runs; after each the window asks how the calf took it, and
// the next morning the dashboard's card asks how it feels. Repeats, a step back and a run the day
// after a run are taken through the same dialogs. "This is an injury" opens an episode on a
// smaller entry, undoably, and the episode is shaded on the load and pain charts.
#include "dialogs/calf_check_in_dialog.h"
#include "dialogs/calf_test_dialog.h"
#include "dialogs/lower_leg_view.h"
#include "dialogs/run_dialog.h"
#include "dialogs/symptom_dialog.h"
#include "main_window.h"
#include "models/symptom_table_model.h"
#include "pages/dashboard_page.h"
#include "pages/runs_page.h"
#include "pages/symptoms_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"
#include "support/wait_until.h"
#include "widget_support.h"
#include "widgets/metric_card.h"
#include "widgets/return_to_run_card.h"

#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

const QDate kToday = QDate::currentDate();

class BackToRunningWindow : public ::testing::Test
{
protected:
    test::TempLog log;
    qint64 athlete = core::AthleteRepository(log.db()).add(QStringLiteral("Jo")).value().id;
    std::unique_ptr<MainWindow> window;
    bool firstMorning = true;

    void open()
    {
        log.close();
        Preferences prefs;
        prefs.defaultLogPath = log.path(QStringLiteral("own.sqlite"));
        window = std::make_unique<MainWindow>(prefs);
        window->resize(1180, 860);
        ASSERT_TRUE(window->openLog(log.logPath()));
        window->show();
    }
    DashboardPage* dashboard() const { return window->page<DashboardPage>(); }
    ReturnToRunCard* card() const { return dashboard()->returnToRunCard(); }

    // The dashboard as the runner sees it on `day`.
    void lookOn(QDate day)
    {
        dashboard()->setAsOf(day);
        dashboard()->reloadNow();
    }

    // Log > Symptom…: where (a click on the drawing), how much, which day, when.
    void logSymptom(QDate day, core::BodyLocation where, int pain)
    {
        const auto answer = test::whenDialogOpens([&](QWidget* w) {
            auto* dialog = qobject_cast<SymptomDialog*>(w);
            ASSERT_NE(dialog, nullptr);
            QTest::mouseClick(dialog->legView(), Qt::LeftButton, {},
                              dialog->legView()->centreOf(where, core::Side::Left));
            dialog->painSpin()->setValue(pain);
            dialog->dateEdit()->setDate(day);
            ASSERT_TRUE(dialog->isValid()) << dialog->missingText().toStdString();
            dialog->accept();
        });
        window->logSymptomAction()->trigger();
    }

    // Log > Run…, 25 minutes, and the calf's pain during and after when the window asks.
    // `during` < 0: the runner answers "Not now".
    QString logRun(QDate day, int during, int after)
    {
        QString verdict;
        const auto answers =
            test::whenDialogsOpen({[&](QWidget* w) {
                                       auto* dialog = qobject_cast<RunDialog*>(w);
                                       ASSERT_NE(dialog, nullptr);
                                       dialog->dateEdit()->setDate(day);
                                       dialog->distanceEdit()->setText(QStringLiteral("4.5"));
                                       dialog->durationEdit()->setText(QStringLiteral("0:28:00"));
                                       ASSERT_TRUE(dialog->isValid());
                                       dialog->accept();
                                   },
                                   [&](QWidget* w) {
                                       auto* dialog = qobject_cast<CalfCheckInDialog*>(w);
                                       ASSERT_NE(dialog, nullptr)
                                           << "the window asks how the calf took the run";
                                       if (during < 0) {
                                           dialog->reject();
                                           return;
                                       }
                                       dialog->duringSpin()->setValue(during);
                                       dialog->afterSpin()->setValue(after);
                                       verdict = dialog->verdict();
                                       dialog->accept();
                                   }});
        window->logRunAction()->trigger();
        return verdict;
    }

    // The next morning: the dashboard's card asks, the runner answers.
    QString answerMorning(QDate runDay, int pain)
    {
        lookOn(runDay.addDays(1));
        QPushButton* ask = card()->checkInButton();
        EXPECT_TRUE(ask->isVisibleTo(card()))
            << "asked the morning after " << qPrintable(runDay.toString(Qt::ISODate));
        EXPECT_EQ(ask->text(), QStringLiteral("How is your calf this morning?"));
        QString verdict;
        const auto answer = test::whenDialogOpens([&](QWidget* w) {
            auto* dialog = qobject_cast<CalfCheckInDialog*>(w);
            ASSERT_NE(dialog, nullptr);
            dialog->morningSpin()->setValue(pain);
            verdict = dialog->verdict();
            if (std::exchange(firstMorning, false))
                test::screenshot(dialog, QStringLiteral("calf_check_in_morning"));
            dialog->accept();
        });
        ask->click();
        lookOn(runDay.addDays(1));
        EXPECT_FALSE(ask->isVisibleTo(card())) << "answered";
        return verdict;
    }

    // A whole session: the run, how it went, the next morning.
    void session(QDate day, int duringAfter, int morning)
    {
        logRun(day, duringAfter, duringAfter);
        answerMorning(day, morning);
    }

    QString headlineOn(QDate day)
    {
        lookOn(day);
        return card()->headline();
    }
};

int episodeSpans(QChart* chart)
{
    int n = 0;
    for (QAbstractSeries* s : chart->series())
        n += s->objectName() == QLatin1String("episodeSpan");
    return n;
}

} // namespace

TEST_F(BackToRunningWindow, FromA6Of10EntryToStageSixThroughTheWindowAlone)
{
    open();
    const QDate onset = kToday.addDays(-64);
    logSymptom(onset, core::BodyLocation::CalfMedialLower, 6);
    lookOn(onset.addDays(1));
    ASSERT_TRUE(card()->isVisibleTo(dashboard())) << "6/10 opens an episode";
    EXPECT_EQ(card()->headline(), QStringLiteral("Gates first"));
    EXPECT_TRUE(card()->gatesText().contains(QStringLiteral("✗ Pain-free walking")))
        << card()->gatesText().toStdString();
    EXPECT_EQ(dashboard()->safeNextRunCard()->value(), QStringLiteral("Gates first"));

    // Walking is easy again; a calf-raise test with hopping meets the last gates.
    logSymptom(onset.addDays(6), core::BodyLocation::CalfMedialLower, 1);
    const auto test = test::whenDialogOpens([&](QWidget* w) {
        auto* dialog = qobject_cast<CalfTestDialog*>(w);
        ASSERT_NE(dialog, nullptr);
        dialog->dateEdit()->setDate(onset.addDays(7));
        dialog->leftSpin()->setValue(26);
        dialog->rightSpin()->setValue(28);
        dialog->hopPainSpin()->setValue(1);
        dialog->accept();
    });
    window->logCalfTestAction()->trigger();
    EXPECT_EQ(headlineOn(onset.addDays(7)), QStringLiteral("Stage 1 of 6"));
    EXPECT_TRUE(card()->gatesText().contains(
        QStringLiteral("✓ Calf capacity – met: left 26 raises, right 28")))
        << card()->gatesText().toStdString();
    EXPECT_TRUE(card()->gatesText().contains(QStringLiteral("✓ Hopping – met")));
    EXPECT_EQ(dashboard()->safeNextRunCard()->value(), QStringLiteral("Stage 1"));

    QDate day = onset.addDays(8);
    auto next = [&day] { return std::exchange(day, day.addDays(3)); };

    // Stage 1: two counted sessions; the verdict says so as the runner answers.
    const QDate first = next();
    ASSERT_TRUE(window->showPage(&DashboardPage::staticMetaObject));
    lookOn(first);
    test::screenshot(window.get(), QStringLiteral("back_to_running_stage_1"));
    EXPECT_TRUE(logRun(first, 1, 2).startsWith(QStringLiteral("Up to 2/10: the session counts")));
    lookOn(first);
    EXPECT_EQ(card()->checkInButton()->isVisibleTo(card()), false)
        << "answered after the run; the morning question comes tomorrow";
    EXPECT_TRUE(answerMorning(first, 1).startsWith(QStringLiteral("No worse than before")));
    EXPECT_EQ(headlineOn(first.addDays(1)), QStringLiteral("Stage 1 of 6"));
    session(next(), 2, 1);
    EXPECT_EQ(headlineOn(day), QStringLiteral("Stage 2 of 6")) << "two counted sessions";

    // Stage 2: a run the next day does not count (never two run days in a row) ...
    const QDate s2 = next();
    session(s2, 1, 1);
    bool tooSoonSaid = false;
    {
        const auto answers = test::whenDialogsOpen(
            {[&](QWidget* w) {
                 auto* dialog = qobject_cast<RunDialog*>(w);
                 ASSERT_NE(dialog, nullptr);
                 dialog->dateEdit()->setDate(s2.addDays(1));
                 dialog->distanceEdit()->setText(QStringLiteral("4"));
                 dialog->durationEdit()->setText(QStringLiteral("0:25:00"));
                 dialog->accept();
             },
             [&](QWidget* w) {
                 auto* dialog = qobject_cast<CalfCheckInDialog*>(w);
                 ASSERT_NE(dialog, nullptr);
                 tooSoonSaid = dialog->question().contains(
                     QStringLiteral("does not count towards the stage"));
                 dialog->duringSpin()->setValue(0);
                 dialog->afterSpin()->setValue(0);
                 test::screenshot(dialog, QStringLiteral("calf_check_in_too_soon"));
                 EXPECT_EQ(dialog->verdict(),
                           QStringLiteral("Logged with the episode; this run does not count "
                                          "towards a stage."));
                 dialog->accept();
             }});
        window->logRunAction()->trigger();
    }
    EXPECT_TRUE(tooSoonSaid) << "the dialog says why it does not count";
    EXPECT_EQ(headlineOn(s2.addDays(2)), QStringLiteral("Stage 2 of 6"));
    // ... and 4/10 during the next one repeats the stage. (A day later than usual: two or three
    // runs a week, and the run the day after counts as one.)
    day = day.addDays(1);
    const QDate repeat = next();
    EXPECT_TRUE(logRun(repeat, 4, 3).startsWith(QStringLiteral("4/10: the stage is done again")));
    EXPECT_TRUE(answerMorning(repeat, 1).startsWith(QStringLiteral("The run itself was 4/10")));
    EXPECT_EQ(headlineOn(repeat.addDays(2)), QStringLiteral("Stage 2 of 6"));
    session(next(), 1, 1);
    EXPECT_EQ(headlineOn(day), QStringLiteral("Stage 3 of 6"));

    // Stage 3, then 4; a 6/10 at stage 4 steps back to 3.
    session(next(), 1, 1);
    session(next(), 1, 1);
    EXPECT_EQ(headlineOn(day), QStringLiteral("Stage 4 of 6"));
    const QDate hurt = next();
    EXPECT_TRUE(logRun(hurt, 6, 5).startsWith(QStringLiteral("6/10 is too much")));
    EXPECT_EQ(headlineOn(hurt.addDays(1)), QStringLiteral("Stage 3 of 6")) << "one stage back";
    answerMorning(hurt, 2);
    session(next(), 1, 1);
    session(next(), 1, 1);
    EXPECT_EQ(headlineOn(day), QStringLiteral("Stage 4 of 6"));

    for (int stage = 4; stage <= 6; ++stage) {
        session(next(), 1, 1);
        session(next(), 2, 1);
    }
    ASSERT_LE(day.addDays(-3), kToday) << "the programme fits in the past";
    EXPECT_EQ(headlineOn(day.addDays(-2)), QStringLiteral("Back to normal training"));
    EXPECT_FALSE(card()->gatesText().contains(QStringLiteral("✗")));
    // For four weeks the next run stays within 1.1 x the programme's longest run (4.5 km).
    EXPECT_EQ(dashboard()->safeNextRunCard()->value(), QStringLiteral("4.9 km"));
    EXPECT_TRUE(dashboard()->safeNextRunCard()->detail().contains(QStringLiteral("4.5")))
        << dashboard()->safeNextRunCard()->detail().toStdString();
    // Every answer went through the window's dialogs into the log: 16 mornings, and during and
    // after for 17 runs (the run the day after a run as well).
    int mornings = 0, duringAfter = 0;
    log.reopen(); // a second connection, as another reader of the log would be
    const auto stored = core::SymptomRepository(log.db()).list(athlete);
    ASSERT_TRUE(stored);
    for (const core::Symptom& e : *stored) {
        mornings += e.timing == core::SymptomTiming::NextMorning;
        duringAfter +=
            e.timing == core::SymptomTiming::During || e.timing == core::SymptomTiming::After;
    }
    EXPECT_EQ(mornings, 16);
    EXPECT_EQ(duringAfter, 34);

    // The episode is shaded on the load and pain charts, not on cadence.
    dashboard()->setRange(DashboardPage::OneYear);
    lookOn(day.addDays(-2));
    EXPECT_EQ(episodeSpans(dashboard()->weeklyChart()), 1);
    EXPECT_EQ(episodeSpans(dashboard()->painChart()), 1);
    EXPECT_EQ(episodeSpans(dashboard()->acwrChart()), 1);
    EXPECT_EQ(episodeSpans(dashboard()->cadenceChart()), 0);
    dashboard()->setRange(DashboardPage::TwelveWeeks);
    ASSERT_TRUE(window->showPage(&DashboardPage::staticMetaObject));
    test::screenshot(window.get(), QStringLiteral("back_to_running_walkthrough"));
}

TEST_F(BackToRunningWindow, ThisIsAnInjuryOpensAnEpisodeAndUndoTakesItBack)
{
    open();
    logSymptom(kToday.addDays(-2), core::BodyLocation::CalfBelly, 4);
    lookOn(kToday);
    EXPECT_FALSE(card()->isVisibleTo(dashboard())) << "a 4/10 niggle opens no episode";

    ASSERT_TRUE(window->showPage(&SymptomsPage::staticMetaObject));
    SymptomsPage* symptoms = window->page<SymptomsPage>();
    QPushButton* injury = symptoms->injuryButton();
    symptoms->table()->clearSelection();
    EXPECT_FALSE(injury->isEnabled()) << "nothing selected";
    symptoms->table()->selectRow(0);
    ASSERT_TRUE(injury->isEnabled());
    EXPECT_EQ(injury->text(), QStringLiteral("This is an &injury"));
    injury->click();
    EXPECT_EQ(window->undoStack()->undoText(), QStringLiteral("Mark as an injury"));
    lookOn(kToday);
    ASSERT_TRUE(card()->isVisibleTo(dashboard())) << "the runner says it is an injury";
    EXPECT_EQ(card()->headline(), QStringLiteral("Gates first"));
    ASSERT_TRUE(test::waitUntil([&] { return injury->text() == QStringLiteral("Not an &injury"); }))
        << "the same entry, now marked: " << injury->text().toStdString();

    window->undoStack()->undo();
    lookOn(kToday);
    EXPECT_FALSE(card()->isVisibleTo(dashboard())) << "Undo takes it back";
    window->undoStack()->redo();
    lookOn(kToday);
    EXPECT_TRUE(card()->isVisibleTo(dashboard()));

    // An entry that opens an episode by itself needs no marking: the button says why.
    logSymptom(kToday.addDays(-1), core::BodyLocation::CalfBelly, 7);
    ASSERT_TRUE(window->showPage(&SymptomsPage::staticMetaObject));
    ASSERT_TRUE(test::waitUntil([&] { return symptoms->model()->rowCount() == 2; }));
    symptoms->table()->clearSelection();
    symptoms->table()->selectRow(0);
    ASSERT_EQ(symptoms->model()->symptom(0).pain, 7);
    EXPECT_FALSE(injury->isEnabled());
    EXPECT_TRUE(injury->toolTip().contains(QStringLiteral("already opens a calf episode")));
}
