#include "demo/demo_history.h"
#include "main_window.h"
#include "models/roster_model.h"
#include "pages/dashboard_page.h"
#include "pages/team_page.h"
#include "storage/athlete_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"
#include "support/wait_until.h"
#include "widget_support.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

const QDate kToday(2026, 12, 1);

QString cell(const TeamPage& page, int row, int column)
{
    return page.model()->index(row, column).data().toString();
}

} // namespace

TEST(TeamPage, PutsTheAthleteWithAnUnreadRedFlagFirst)
{
    test::TempLog log;
    ASSERT_TRUE(core::installDemo(log.db(), QStringLiteral("Alex"), kToday));
    const qint64 bea = core::AthleteRepository(log.db()).add(QStringLiteral("Bea")).value().id;
    ASSERT_TRUE(core::AthleteRepository(log.db()).add(QStringLiteral("Cy")));
    core::Symptom swollen;
    swollen.athleteId = bea;
    swollen.date = kToday.addDays(-1);
    swollen.location = core::BodyLocation::CalfBelly;
    swollen.side = core::Side::Right;
    swollen.pain = 6;
    swollen.redFlags = {core::RedFlagSign::Swelling};
    ASSERT_TRUE(core::SymptomRepository(log.db()).add(swollen));

    QUndoStack undo;
    TeamPage page(PageContext{log.db(), &undo, [](const QString&) {}, {}});
    QSignalSpy ready(&page, &TeamPage::rosterReady);
    page.setAsOf(kToday);
    // Worked out off the GUI thread: nothing is shown before the event loop hands the roster
    // back, however soon the worker is done (so page.isLoading() may already be false here).
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_EQ(ready.count(), 0);
    ASSERT_TRUE(test::waitUntil([&] { return ready.count() > 0; })) << "the roster shown";
    ASSERT_EQ(page.model()->rowCount(), 3);
    EXPECT_EQ(cell(page, 0, RosterModel::Athlete), QStringLiteral("Bea"));
    EXPECT_EQ(cell(page, 0, RosterModel::Attention),
              QStringLiteral("See a doctor today (swelling)"))
        << "the urgency in the words of every surface, with the signs";
    EXPECT_FALSE(page.model()->index(0, RosterModel::Attention).data(Qt::DecorationRole).isNull())
        << "an icon beside the word";
    EXPECT_EQ(cell(page, 0, RosterModel::LatestPain).left(5), QStringLiteral("6/10 "));
    EXPECT_TRUE(cell(page, 0, RosterModel::LatestPain).contains(QStringLiteral("right")));
    EXPECT_EQ(cell(page, 1, RosterModel::Athlete), QStringLiteral("Alex"))
        << "the demo runner has a worn pair of shoes flagged";
    EXPECT_EQ(cell(page, 2, RosterModel::Athlete), QStringLiteral("Cy"));
    EXPECT_EQ(cell(page, 2, RosterModel::LastRun), QStringLiteral("no runs yet"));
    EXPECT_EQ(cell(page, 2, RosterModel::Attention), QStringLiteral("–"));
    page.resize(1000, 400);
    page.show();
    test::screenshot(&page, QStringLiteral("team"));
}

TEST(TeamPage, ShowsInTheWindowOnlyWithSeveralAthletesAndOpensOne)
{
    test::TempLog log;
    const qint64 alex = core::installDemo(log.db(), QStringLiteral("Alex"), kToday).value();
    log.close();
    Preferences prefs;
    prefs.defaultLogPath = log.path(QStringLiteral("own.sqlite"));
    {
        MainWindow window(prefs);
        ASSERT_TRUE(window.openLog(log.logPath()));
        EXPECT_FALSE(window.showPage(&TeamPage::staticMetaObject)) << "one athlete: no team page";
    }
    log.reopen();
    const qint64 bea = core::AthleteRepository(log.db()).add(QStringLiteral("Bea")).value().id;
    log.close();

    MainWindow window(prefs);
    window.resize(1280, 800);
    ASSERT_TRUE(window.openLog(log.logPath()));
    window.selectAthlete(bea);
    window.show();
    TeamPage* team = window.page<TeamPage>();
    QSignalSpy ready(team, &TeamPage::rosterReady);
    ASSERT_TRUE(window.showPage(&TeamPage::staticMetaObject));
    ASSERT_TRUE(test::waitUntil([&] { return ready.count() > 0; })) << "the roster shown";
    ASSERT_EQ(team->model()->rowCount(), 2) << "worked out when the page is shown";
    test::screenshot(&window, QStringLiteral("team_window"));
    const int alexRow = cell(*team, 0, RosterModel::Athlete) == QStringLiteral("Alex") ? 0 : 1;
    team->table()->setCurrentIndex(team->model()->index(alexRow, 0));
    Q_EMIT team->table()->activated(team->table()->currentIndex());
    EXPECT_EQ(window.currentAthlete(), alex);
    EXPECT_TRUE(window.page<DashboardPage>()->isVisible()) << "the athlete's dashboard opens";
}
