// Athlete bundles that must not get in: damaged, truncated, not a bundle, from a newer
// Stridewell. Each is refused with the file and the reason, and the log is left exactly as it
// was. And the other side: an older bundle comes in without its file being changed, and a
// failed export leaves the file it would replace alone.
#include "bundle/bundle_service.h"
#include "core/bundle_fixtures.h"
#include "core/bundle_sql.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>

using namespace stridewell;
using namespace stridewell::core;
using stridewell::test::AnnRecord;
using stridewell::test::TempLog;

namespace {

// A coach's log with rows in it, and Ann's bundle from her own log.
struct Fixture
{
    TempLog annLog;
    TempLog coach;
    AnnRecord ann;
    QString bundle = annLog.path(QStringLiteral("ann.stridewell-bundle"));
    QMap<QString, int> before;

    Fixture()
    {
        ann.addTo(annLog.db());
        EXPECT_TRUE(BundleService(annLog.db()).exportAthlete(ann.athlete, bundle));
        AnnRecord bob;
        bob.addTo(coach.db(), QStringLiteral("Bob"));
        before = test::rowCounts(coach.db());
    }

    // Importing `path` fails, the message names it and says `reason`, nothing is written.
    void expectRefused(const QString& path, const char* reason)
    {
        auto result = BundleService(coach.db()).importBundle(path);
        ASSERT_FALSE(result) << "imported " << path.toStdString();
        EXPECT_TRUE(result.message().startsWith(path + QStringLiteral(": ")))
            << result.message().toStdString();
        EXPECT_TRUE(result.message().contains(QLatin1String(reason)))
            << result.message().toStdString() << "\nwanted: " << reason;
        EXPECT_EQ(test::rowCounts(coach.db()), before);
        EXPECT_EQ(AthleteRepository(coach.db()).list()->size(), 1);
    }
};

} // namespace

TEST(BundleRejection, ATruncatedBundleWritesNothing)
{
    Fixture fx;
    const QByteArray whole = test::readFile(fx.bundle);
    ASSERT_GT(whole.size(), 8 * 4096) << "several pages, so that half of it loses some";
    const QString half = fx.annLog.path(QStringLiteral("half.stridewell-bundle"));
    test::writeFile(half, whole.left(whole.size() / 2));
    fx.expectRefused(half, QStringLiteral("damaged bundle, nothing was imported: truncated: %1 of "
                                          "its %2 bytes are there")
                               .arg(whole.size() / 2)
                               .arg(whole.size())
                               .toUtf8()
                               .constData());
    const QString header = fx.annLog.path(QStringLiteral("header.stridewell-bundle"));
    test::writeFile(header, whole.left(60));
    fx.expectRefused(header, "not a Stridewell athlete bundle");
}

TEST(BundleRejection, DamageFoundHalfwayThroughTheMergeRollsItAllBack)
{
    Fixture fx;
    // The last run's samples are garbage: the first two runs are already added when the
    // merge finds out, and the transaction takes them back.
    test::rawSql(fx.bundle, {QStringLiteral("UPDATE run_samples SET data = x'00010203' "
                                            "WHERE run_id = (SELECT max(id) FROM run)")});
    test::reseal(fx.bundle);
    fx.expectRefused(fx.bundle, "damaged bundle");
}

TEST(BundleRejection, AChangedValueFailsTheChecksum)
{
    Fixture fx;
    // A value changed inside a row leaves every page well-formed: SQLite's own checks pass.
    test::rawSql(fx.bundle, {QStringLiteral("UPDATE run SET distance_m = 10334.5 WHERE id = 1")});
    fx.expectRefused(fx.bundle, "damaged bundle, nothing was imported: its content does not match "
                                "its checksum");
    test::rawSql(fx.bundle, {QStringLiteral("DELETE FROM setting WHERE key = 'bundle.sha256'")});
    fx.expectRefused(fx.bundle, "damaged bundle, nothing was imported: no checksum");
}

TEST(BundleRejection, AFileBeyondTheSizeCapIsNotEvenCopied)
{
    Fixture fx;
    const QString huge = fx.annLog.path(QStringLiteral("huge.stridewell-bundle"));
    ASSERT_TRUE(QFile::copy(fx.bundle, huge));
    QFile f(huge);
    ASSERT_TRUE(f.resize(bundle_format::kMaxBytes + 1)); // sparse: no disk to speak of
    fx.expectRefused(huge, "too large for an athlete bundle (1024.0 MB; at most 1024.0 MB)");
}

TEST(BundleRejection, AFlippedPageFailsTheIntegrityCheck)
{
    Fixture fx;
    // The page that holds the runs (found by a note in it): its header and cell pointers
    // overwritten. Damage to a free page would change nothing that is merged.
    QByteArray bytes = test::readFile(fx.bundle);
    const qsizetype note = bytes.indexOf("Windy;");
    ASSERT_GT(note, 4096);
    const qsizetype page = note - note % 4096;
    for (qsizetype i = page; i < page + 64; ++i)
        bytes[i] = char(0xA5);
    const QString broken = fx.annLog.path(QStringLiteral("broken.stridewell-bundle"));
    test::writeFile(broken, bytes);
    fx.expectRefused(broken, "damaged bundle");
}

TEST(BundleRejection, WhatIsNotABundleIsNamedAsSuch)
{
    Fixture fx;
    const QString text = fx.annLog.path(QStringLiteral("notes.stridewell-bundle"));
    test::writeFile(text, QByteArray("date,distance_km\n2024-03-01,5\n").repeated(10));
    fx.expectRefused(text, "not a Stridewell athlete bundle (not an SQLite file)");
    // A whole log is an SQLite file in the same schema, but not a bundle.
    fx.annLog.close();
    fx.expectRefused(fx.annLog.logPath(), "not one Stridewell wrote as a bundle");
    fx.expectRefused(fx.annLog.path(QStringLiteral("missing.stridewell-bundle")), "cannot read");
}

TEST(BundleRejection, ANewerSchemaOrFormatIsRefusedAndTheFileLeftAlone)
{
    Fixture fx;
    test::rawSql(fx.bundle,
                 {QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)});
    const QByteArray newer = test::readFile(fx.bundle);
    fx.expectRefused(fx.bundle, "written by a newer version of Stridewell");
    fx.expectRefused(fx.bundle, "Update Stridewell to import it");
    EXPECT_EQ(test::readFile(fx.bundle), newer);

    test::rawSql(fx.bundle,
                 {QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion),
                  QStringLiteral("UPDATE setting SET value = '2' WHERE key = 'bundle.format'")});
    fx.expectRefused(fx.bundle, "(bundle format 2; this version reads up to 1)");
}

TEST(BundleRejection, ARowTheLogWouldRefuseRefusesTheBundle)
{
    Fixture fx;
    test::rawSql(fx.bundle, {QStringLiteral("UPDATE run SET avg_cadence_spm = 20 WHERE id = 1")});
    test::reseal(fx.bundle);
    fx.expectRefused(fx.bundle, "run of 2024-03-04 06:30: cadence");
}

TEST(BundleRejection, ARunDatedOutsideTheRangeRefusesTheBundle)
{
    Fixture fx;
    // 9999-01-01 06:30 UTC: a date the log would refuse from the command line or a file.
    test::rawSql(fx.bundle, {QStringLiteral("UPDATE run SET start_utc = 253370788200, "
                                            "local_date = '9999-01-01' WHERE id = 1")});
    test::reseal(fx.bundle);
    fx.expectRefused(fx.bundle, "date: 9999-01-01 is more than a day after today");
}

TEST(BundleRejection, AnOlderBundleIsUpgradedInACopyNeverInPlace)
{
    Fixture fx;
    // The committed version-1 log, made a bundle the way a version-1 Stridewell would have.
    const QString old = fx.annLog.path(QStringLiteral("v1.stridewell-bundle"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STRIDEWELL_TEST_DATA "/logs/v1.sqlite"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    test::rawSql(old,
                 {QStringLiteral("PRAGMA application_id = %1").arg(bundle_format::kApplicationId),
                  QStringLiteral("INSERT INTO setting (key, value) VALUES "
                                 "('bundle.format', '1')")});
    test::reseal(old);
    const QByteArray bytes = test::readFile(old);
    ASSERT_EQ(bytes[63], char(1)) << "user_version 1";

    auto result = BundleService(fx.coach.db()).importBundle(old);
    ASSERT_TRUE(result) << result.message().toStdString();
    EXPECT_EQ(result->bundleSchema, 1);
    EXPECT_EQ(result->athlete.name, QStringLiteral("Fixture Runner"));
    EXPECT_EQ(result->added, (BundleCounts{2, 1, 0, 0, 1}));
    EXPECT_EQ(test::readFile(old), bytes) << "the bundle itself is never changed";
    const QStringList beside =
        QDir(fx.annLog.path(QString())).entryList({QStringLiteral("v1.stridewell-bundle*")});
    EXPECT_EQ(beside, QStringList{QStringLiteral("v1.stridewell-bundle")})
        << "no backup, journal or WAL next to it";
    auto symptoms = SymptomRepository(fx.coach.db()).list(result->athlete.id);
    ASSERT_EQ(symptoms->size(), 1);
    EXPECT_FALSE(symptoms->front().assessmentAcknowledged) << "the column version 2 added";
    auto runs = RunRepository(fx.coach.db()).list(result->athlete.id);
    ASSERT_EQ(runs->size(), 2);
    EXPECT_EQ(runs->at(1).shoeName, QStringLiteral("Old pair"));
}

TEST(BundleExport, AFailedOrCancelledExportLeavesTheOldFileAndNoLeftovers)
{
    TempLog log;
    AnnRecord ann;
    ann.addTo(log.db());
    const QString path = log.path(QStringLiteral("ann.stridewell-bundle"));
    test::writeFile(path, "last week's bundle");
    int calls = 0;
    auto cancelled =
        BundleService(log.db()).exportAthlete(ann.athlete, path, [&](int done, int total) {
            EXPECT_EQ(total, 3);
            ++calls;
            return done < 2; // cancel before the third run
        });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(calls, 3);
    EXPECT_TRUE(cancelled.message().contains(QStringLiteral("cancelled")));
    EXPECT_EQ(test::readFile(path), QByteArray("last week's bundle"));
    const QStringList files =
        QDir(log.path(QString())).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_EQ(files.size(), 4) << files.join(QLatin1Char(' ')).toStdString(); // log, -wal, -shm

    auto folder = BundleService(log.db()).exportAthlete(ann.athlete, log.path(QString()));
    ASSERT_FALSE(folder);
    EXPECT_TRUE(folder.message().contains(QStringLiteral("is a folder")));
    auto nowhere = BundleService(log.db()).exportAthlete(
        ann.athlete, log.path(QStringLiteral("no/such/dir/x.stridewell-bundle")));
    ASSERT_FALSE(nowhere);
    EXPECT_TRUE(nowhere.message().contains(QStringLiteral("does not exist")));

    // The successful export replaces the old file whole.
    ASSERT_TRUE(BundleService(log.db()).exportAthlete(ann.athlete, path));
    EXPECT_TRUE(test::readFile(path).startsWith("SQLite format 3"));
    auto reopened = BundleFile::open(path);
    ASSERT_TRUE(reopened) << reopened.message().toStdString();
    EXPECT_EQ((*reopened)->record().counts(), (BundleCounts{3, 2, 2, 2, 2}));
}

TEST(BundleRejection, ACancelledMergeWritesNothing)
{
    Fixture fx;
    auto result = BundleService(fx.coach.db()).importBundle(fx.bundle, {}, [](int done, int) {
        return done < 2;
    });
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.message().contains(QStringLiteral("cancelled")));
    EXPECT_EQ(test::rowCounts(fx.coach.db()), fx.before);
}
