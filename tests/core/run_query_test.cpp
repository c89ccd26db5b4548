#include "storage/athlete_repository.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "support/test_support.h"

using namespace stridewell;
using namespace stridewell::core;

namespace {

class RunQueryTest : public ::testing::Test
{
protected:
    test::TempLog log;
    qint64 ann = AthleteRepository(log.db()).add(QStringLiteral("Ann")).value().id;
    qint64 bob = AthleteRepository(log.db()).add(QStringLiteral("Bob")).value().id;
    RunRepository runs{log.db()};

    // A run at 07:00 local (UTC+1) on `day`.
    qint64 add(qint64 athlete, QDate day, double km, double minutes, const char* type,
               std::optional<double> timerMinutes = {})
    {
        core::Run run;
        run.athleteId = athlete;
        run.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
        run.utcOffsetS = 3600;
        run.distance = Distance::km(km);
        run.elapsed = Duration::minutes(minutes);
        if (timerMinutes)
            run.timer = Duration::minutes(*timerMinutes);
        run.type = QString::fromLatin1(type);
        run.source = QStringLiteral("manual");
        return runs.add(run).value();
    }

    QList<double> kmOf(const QList<core::Run>& list)
    {
        QList<double> km;
        for (const core::Run& r : list)
            km << r.distance.inKm();
        return km;
    }

    void SetUp() override
    {
        add(ann, QDate(2024, 3, 1), 5, 30, "easy");
        add(ann, QDate(2024, 3, 2), 21.1, 110, "Race", 105);
        add(ann, QDate(2024, 3, 4), 8, 44, "easy");
        add(ann, QDate(2024, 3, 9), 12, 70, "long");
        add(bob, QDate(2024, 3, 3), 30, 150, "long");
    }
};

} // namespace

TEST_F(RunQueryTest, PagesInTheAskedOrder)
{
    RunQuery q;
    q.athleteId = ann;
    EXPECT_EQ(kmOf(runs.page(q, 0, 10).value()), (QList<double>{12, 8, 21.1, 5}))
        << "newest first by default; Bob's run is not Ann's";
    EXPECT_EQ(kmOf(runs.page(q, 1, 2).value()), (QList<double>{8, 21.1}));
    q.sort = RunQuery::Sort::Distance;
    q.descending = false;
    EXPECT_EQ(kmOf(runs.page(q, 0, 10).value()), (QList<double>{5, 8, 12, 21.1}));
    // Pace by load time (timer where known): 5 km/30 min = 6:00, 21.1 km/105 min = 4:59,
    // 8 km/44 min = 5:30, 12 km/70 min = 5:50 per km.
    q.sort = RunQuery::Sort::Pace;
    EXPECT_EQ(kmOf(runs.page(q, 0, 10).value()), (QList<double>{21.1, 8, 12, 5}));
}

TEST_F(RunQueryTest, UnknownDurationsSortLastEitherWayAndTotalAsNoTime)
{
    core::Run untimed;
    untimed.athleteId = ann;
    untimed.startUtc = QDateTime(QDate(2024, 3, 5), QTime(6, 0), Qt::UTC);
    untimed.utcOffsetS = 3600;
    untimed.distance = Distance::km(3);
    untimed.source = QStringLiteral("gpx");
    ASSERT_TRUE(runs.add(untimed));
    RunQuery q;
    q.athleteId = ann;
    for (auto sort : {RunQuery::Sort::Duration, RunQuery::Sort::Pace})
        for (bool descending : {false, true}) {
            q.sort = sort;
            q.descending = descending;
            const QList<double> km = kmOf(runs.page(q, 0, 10).value());
            ASSERT_EQ(km.size(), 5);
            EXPECT_EQ(km.last(), 3) << "unknown last, descending " << descending;
        }
    q.sort = RunQuery::Sort::Duration;
    q.descending = false;
    EXPECT_EQ(kmOf(runs.page(q, 0, 10).value()), (QList<double>{5, 8, 12, 21.1, 3}));
    const RunTotals totals = runs.totals(q).value();
    EXPECT_EQ(totals.runs, 5);
    EXPECT_DOUBLE_EQ(totals.distance.inKm(), 5 + 21.1 + 8 + 12 + 3);
    EXPECT_DOUBLE_EQ(totals.duration.inMinutes(), 30 + 105 + 44 + 70);
}

TEST_F(RunQueryTest, FiltersByDateAndTypeAndTotalsWhatMatches)
{
    RunQuery q;
    q.athleteId = ann;
    q.type = QStringLiteral("RACE"); // stored as "Race": types compare without case
    EXPECT_EQ(kmOf(runs.page(q, 0, 10).value()), (QList<double>{21.1}));
    q.type = QStringLiteral("easy");
    q.from = QDate(2024, 3, 2);
    q.to = QDate(2024, 3, 9);
    EXPECT_EQ(kmOf(runs.page(q, 0, 10).value()), (QList<double>{8}));

    RunQuery all;
    all.athleteId = ann;
    const RunTotals totals = runs.totals(all).value();
    EXPECT_EQ(totals.runs, 4);
    EXPECT_DOUBLE_EQ(totals.distance.inKm(), 5 + 21.1 + 8 + 12);
    EXPECT_DOUBLE_EQ(totals.duration.inMinutes(), 30 + 105 + 44 + 70) << "timer time of the race";
    EXPECT_EQ(runs.types(ann).value(), (QStringList{QStringLiteral("easy"), QStringLiteral("long"),
                                                    QStringLiteral("race")}));
    EXPECT_EQ(runs.ids(all).value().size(), 4);
}

TEST_F(RunQueryTest, OneNotificationPerTransactionHoweverManyRuns)
{
    int heard = 0;
    QObject::connect(&log.db().notifier(), &ChangeNotifier::runsChanged,
                     [&heard](qint64) { ++heard; });
    {
        Transaction tx(log.db());
        for (int i = 0; i < 50; ++i)
            add(ann, QDate(2025, 1, 1).addDays(i), 5, 30, "easy");
        EXPECT_EQ(heard, 0) << "nothing before the commit";
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(heard, 1);
    {
        Transaction tx(log.db());
        add(ann, QDate(2026, 1, 1), 5, 30, "easy");
    } // rolled back
    EXPECT_EQ(heard, 1) << "a rolled-back write is never announced";
}
