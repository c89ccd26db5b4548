#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "support/test_support.h"

using namespace stridewell;
using namespace stridewell::core;

namespace {

qint64 addRun(Database& db, qint64 athlete, QDate day, double km, std::optional<qint64> shoe)
{
    Run run;
    run.athleteId = athlete;
    run.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
    run.utcOffsetS = 3600;
    run.distance = Distance::km(km);
    run.elapsed = Duration::minutes(km * 6);
    run.shoeId = shoe;
    run.source = QStringLiteral("manual");
    return RunRepository(db).add(run).value();
}

} // namespace

TEST(ShoeUsage, CountsRunsDistanceAndLastUseAndSaysWhenWorn)
{
    test::TempLog log;
    const qint64 ann = AthleteRepository(log.db()).add(QStringLiteral("Ann")).value().id;
    ShoeRepository shoes(log.db());
    Shoe old;
    old.athleteId = ann;
    old.name = QStringLiteral("Old pair");
    old.limit = Distance::km(50);
    old.startDistance = Distance::km(35);
    const qint64 oldId = shoes.add(old).value();
    Shoe fresh;
    fresh.athleteId = ann;
    fresh.name = QStringLiteral("New pair");
    const qint64 freshId = shoes.add(fresh).value();
    addRun(log.db(), ann, QDate(2024, 3, 1), 10, oldId);
    addRun(log.db(), ann, QDate(2024, 3, 3), 6, oldId);
    addRun(log.db(), ann, QDate(2024, 3, 2), 8, std::nullopt);

    const QList<ShoeUsage> usage = shoes.usage(ann).value();
    ASSERT_EQ(usage.size(), 2);
    EXPECT_EQ(usage[0].shoe.name, QStringLiteral("New pair")) << "sorted by name";
    EXPECT_EQ(usage[0].runs, 0);
    EXPECT_FALSE(usage[0].lastRun);
    EXPECT_FALSE(usage[0].worn());
    EXPECT_EQ(usage[1].runs, 2);
    EXPECT_DOUBLE_EQ(usage[1].total().inKm(), 35 + 10 + 6) << "start km plus its runs";
    EXPECT_EQ(usage[1].lastRun, QDate(2024, 3, 3));
    EXPECT_TRUE(usage[1].worn()) << "51 km > 50 km";
    Q_UNUSED(freshId);
}

TEST(ShoeUsage, RestoringADeletedShoeLinksItsRunsAgain)
{
    test::TempLog log;
    const qint64 ann = AthleteRepository(log.db()).add(QStringLiteral("Ann")).value().id;
    ShoeRepository shoes(log.db());
    Shoe pair;
    pair.athleteId = ann;
    pair.name = QStringLiteral("Pegasus");
    pair.id = shoes.add(pair).value();
    const qint64 a = addRun(log.db(), ann, QDate(2024, 3, 1), 10, pair.id);
    const qint64 b = addRun(log.db(), ann, QDate(2024, 3, 2), 5, pair.id);
    addRun(log.db(), ann, QDate(2024, 3, 3), 7, std::nullopt);

    const QList<qint64> linked = shoes.runsWith(pair.id).value();
    EXPECT_EQ(linked, (QList<qint64>{a, b}));
    ASSERT_TRUE(shoes.remove(pair.id));
    EXPECT_FALSE(RunRepository(log.db()).find(a).value()->shoeId) << "runs keep, unlinked";
    ASSERT_TRUE(shoes.restore(pair, linked));
    EXPECT_EQ(RunRepository(log.db()).find(a).value()->shoeId, pair.id);
    EXPECT_EQ(RunRepository(log.db()).find(b).value()->shoeName, QStringLiteral("Pegasus"));
    EXPECT_EQ(shoes.usage(ann).value().front().runs, 2);
}
