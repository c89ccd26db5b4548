// The window follows the log itself (issue 15): a write through another connection (what the
// command line, another program or this window's import thread do) reaches the dashboard, the
// runs and the athlete switcher, with no one relaying a notice by hand.
#include "log_with_athlete.h"
#include "main_window.h"
#include "models/run_table_model.h"
#include "pages/dashboard_page.h"
#include "pages/runs_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/wait_until.h"
#include "widgets/metric_card.h"

#include <QComboBox>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

core::Run runOn(qint64 athlete, QDate day, double km)
{
    core::Run run;
    run.athleteId = athlete;
    run.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
    run.utcOffsetS = 7200;
    run.distance = core::Distance::km(km);
    run.elapsed = core::Duration::minutes(km * 6);
    run.source = QStringLiteral("manual");
    return run;
}

QStringList athleteNames(const MainWindow& window)
{
    QStringList names;
    for (const QComboBox* box : window.findChildren<QComboBox*>())
        if (box->accessibleName() == QLatin1String("Athlete"))
            for (int i = 0; i < box->count(); ++i)
                if (box->itemData(i).toLongLong() > 0)
                    names << box->itemText(i);
    return names;
}

} // namespace

TEST(FollowTheLog, AWriteThroughAnotherConnectionReachesTheDashboardAndTheSwitcher)
{
    test::LogWithAthlete fixture;
    MainWindow window(test::prefsFor(fixture.log));
    ASSERT_TRUE(window.openLog(fixture.log.logPath()));
    DashboardPage* dashboard = window.page<DashboardPage>();
    ASSERT_TRUE(dashboard);
    dashboard->setAsOf(QDate(2024, 6, 30));
    EXPECT_TRUE(dashboard->showsEmptyState());

    // Another connection to the same file, as another process has.
    auto other = core::Database::open(fixture.log.logPath());
    ASSERT_TRUE(other) << other.message().toStdString();
    ASSERT_TRUE(core::RunRepository(**other).add(runOn(fixture.athlete, QDate(2024, 6, 29), 8)));
    ASSERT_TRUE(test::waitUntil([&] {
        return !dashboard->showsEmptyState() &&
               dashboard->thisWeekCard()->value() == QLatin1String("8.0 km");
    })) << "the dashboard still shows "
        << dashboard->thisWeekCard()->value().toStdString();
    EXPECT_EQ(window.runsPage()->model()->rowCount(), 1);

    ASSERT_TRUE(core::AthleteRepository(**other).add(QStringLiteral("Kim")));
    ASSERT_TRUE(test::waitUntil([&] {
        return athleteNames(window) == QStringList{QStringLiteral("Kim"), QStringLiteral("Robin")};
    })) << athleteNames(window).join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(window.currentAthlete(), fixture.athlete) << "the runner's own stays selected";
}
