// The import service and plan: archives, folders, exports, duplicates, damage, file names.
#include "import/file_access.h"
#include "import/import_plan.h"
#include "import/import_service.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "support/activity_fixtures.h"
#include "support/archive_writer.h"
#include "support/test_support.h"

#include <QDir>
#include <fcntl.h>
#include <unistd.h>

using namespace stridewell;
using namespace stridewell::core;
using test::TempLog;

namespace {

const QDateTime kMonday(QDate(2024, 4, 1), QTime(6, 30), Qt::UTC);

class Import : public ::testing::Test
{
protected:
    TempLog log;
    qint64 athlete = AthleteRepository(log.db()).add(QStringLiteral("Sam"))->id;

    ImportOptions options() const
    {
        ImportOptions o;
        o.athleteId = athlete;
        return o;
    }
    std::vector<FileOutcome> importPaths(const QStringList& paths, ImportOptions o = {})
    {
        if (o.athleteId == 0)
            o.athleteId = athlete;
        ImportService service(log.db());
        std::vector<FileOutcome> outcomes;
        for (const ImportItem& item : ImportPlan::expand(paths))
            outcomes.push_back(service.importItem(item, o));
        return outcomes;
    }
    QList<core::Run> runs() { return *RunRepository(log.db()).list(athlete); }
    QString write(const QString& name, const QByteArray& data) { return log.write(name, data); }
};

std::string describe(const std::vector<FileOutcome>& outcomes)
{
    std::string s;
    for (const FileOutcome& o : outcomes) {
        QStringList skips;
        for (const FileOutcome::Skip& skip : o.skips)
            skips << skip.text;
        s += (toId(o.status) + QLatin1Char(' ') + o.path + QStringLiteral(": ") + o.message +
              QLatin1Char(' ') + o.notes.join(QLatin1Char(';')) + QStringLiteral(" not kept: ") +
              skips.join(QLatin1Char(';')) + QLatin1Char('\n'))
                 .toStdString();
    }
    return s;
}

} // namespace

TEST_F(Import, AFitRunIsStoredWithItsSamplesAndIsADuplicateTheSecondTime)
{
    const QString path = write(QStringLiteral("run.fit"), test::fitActivity(kMonday, 1800));
    auto first = importPaths({path});
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].status, FileOutcome::Status::Imported) << describe(first);
    const QList<core::Run> stored = runs();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].source, QStringLiteral("fit"));
    EXPECT_DOUBLE_EQ(stored[0].distance.inMetres(), 5400);
    EXPECT_DOUBLE_EQ(*stored[0].avgCadenceSpm, 171);
    auto samples = RunRepository(log.db()).samples(stored[0].id);
    ASSERT_TRUE(samples);
    ASSERT_EQ(samples->size(), 1801u);
    EXPECT_NEAR((*samples)[900].distanceM, 2700, 0.01);
    EXPECT_NEAR((*samples)[900].cadenceSpm, 171, 1e-3);

    // The same content again, gzipped: same hash once unpacked.
    const QString gz = write(QStringLiteral("again/run.fit.gz"), test::gzip(test::readFile(path)));
    auto second = importPaths({gz});
    EXPECT_EQ(second.at(0).status, FileOutcome::Status::Duplicate) << describe(second);
    // The same run recorded by another device: start within 60 s, distance within 2%.
    const QString other =
        write(QStringLiteral("phone.gpx"), test::gpxActivity(kMonday.addSecs(20), 1790));
    auto third = importPaths({other});
    EXPECT_EQ(third.at(0).status, FileOutcome::Status::Duplicate) << describe(third);
    EXPECT_EQ(runs().size(), 1);
}

TEST_F(Import, EachFileIsItsOwnTransactionAndDamageIsRejectedWithTheReason)
{
    write(QStringLiteral("in/a.gpx"), test::gpxActivity(kMonday));
    QByteArray fit = test::fitActivity(kMonday.addDays(1));
    write(QStringLiteral("in/b.fit"), fit.left(fit.size() - 100));
    write(QStringLiteral("in/c.tcx"), "<!DOCTYPE x><TrainingCenterDatabase/>");
    write(QStringLiteral("in/d.gpx"), QByteArray());
    write(QStringLiteral("in/notes.txt"), "not an activity");
    auto outcomes = importPaths({log.path(QStringLiteral("in"))});
    ASSERT_EQ(outcomes.size(), 4u) << describe(outcomes); // the .txt is not offered
    EXPECT_EQ(outcomes[0].status, FileOutcome::Status::Imported) << describe(outcomes);
    EXPECT_EQ(outcomes[1].status, FileOutcome::Status::Rejected);
    EXPECT_TRUE(outcomes[1].message.startsWith(QStringLiteral("byte 4: truncated")))
        << outcomes[1].message.toStdString();
    EXPECT_TRUE(outcomes[2].message.contains(QStringLiteral("DTD")));
    EXPECT_EQ(outcomes[3].message, QStringLiteral("empty file (0 bytes)"));
    EXPECT_EQ(runs().size(), 1);

    ImportOptions salvage;
    salvage.salvage = true;
    auto again = importPaths({log.path(QStringLiteral("in/b.fit"))}, salvage);
    EXPECT_EQ(again.at(0).status, FileOutcome::Status::Imported) << describe(again);
    ASSERT_EQ(runs().size(), 2);
    EXPECT_TRUE(runs()[1].notes.contains(QStringLiteral("Salvaged from a damaged file")));
}

TEST_F(Import, ZipsGarminExportsAndNestedArchives)
{
    const QByteArray inner = test::zipBytes(
        log.path(QStringLiteral("scratch.zip")),
        {{"12345_ACTIVITY.fit", test::fitActivity(kMonday)},
         {"12346_ACTIVITY.fit", test::fitActivity(kMonday.addDays(2), 1200, 3.0, 2)}});
    const QString zip = log.path(QStringLiteral("garmin_export.zip"));
    ASSERT_TRUE(test::writeZip(
        zip, {{"DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner},
              {"DI_CONNECT/DI-Connect-Fitness/summary.json", "{}"},
              {"run.gpx.gz", test::gzip(test::gpxActivity(kMonday.addDays(4)))}}));
    auto outcomes = importPaths({zip});
    ASSERT_EQ(outcomes.size(), 3u) << describe(outcomes);
    EXPECT_EQ(outcomes[0].path,
              zip + QStringLiteral("/DI_CONNECT/DI-Connect-Uploaded-Files/"
                                   "UploadedFiles_0-_Part1.zip/12345_ACTIVITY.fit"));
    EXPECT_EQ(outcomes[0].status, FileOutcome::Status::Imported) << describe(outcomes);
    EXPECT_EQ(outcomes[1].status, FileOutcome::Status::Skipped); // a ride
    EXPECT_EQ(outcomes[2].status, FileOutcome::Status::Imported);
    EXPECT_EQ(runs().size(), 2);

    write(QStringLiteral("broken.zip"), "PK\x03\x04 not really");
    auto broken = importPaths({log.path(QStringLiteral("broken.zip"))});
    ASSERT_EQ(broken.size(), 1u);
    EXPECT_EQ(broken[0].status, FileOutcome::Status::Rejected);
    EXPECT_TRUE(broken[0].message.contains(QStringLiteral("not a zip archive")))
        << broken[0].message.toStdString();
}

TEST_F(Import, AStravaExportTakesNamesRpeAndGearFromActivitiesCsv)
{
    const QByteArray csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
        "Elapsed Time,Distance,Activity Gear,Filename,Moving Time,Perceived Exertion\n"
        "101,\"Apr 1, 2024, 6:30:00 AM\",Hill reps,Run,Felt strong,1800,5.40,Pegasus 40,"
        "activities/101.fit.gz,1800,7\n"
        "102,\"Apr 3, 2024, 6:30:00 AM\",Treadmill,Run,,1500,4.50,,,1500,4\n"
        "103,\"Apr 5, 2024, 6:30:00 AM\",Evening ride,Ride,,3600,30.0,,activities/103.gpx.gz,"
        "3600,\n";
    const test::ZipEntries entries = {
        {"export_42/activities.csv", csv},
        {"export_42/activities/101.fit.gz", test::gzip(test::fitActivity(kMonday))},
        {"export_42/activities/103.gpx.gz", test::gzip(test::gpxActivity(kMonday.addDays(4), 600))},
        {"export_42/routes/1.gpx", test::gpxActivity(kMonday.addDays(9))},
        {"export_42/shoes.csv", "Shoe Name,Brand\nPegasus 40,Nike\n"}};
    for (bool zipped : {false, true}) {
        SCOPED_TRACE(zipped ? "zip" : "folder");
        TempLog fresh;
        const qint64 id = AthleteRepository(fresh.db()).add(QStringLiteral("Kim"))->id;
        QString root = fresh.path(QStringLiteral("export.zip"));
        if (zipped) {
            ASSERT_TRUE(test::writeZip(root, entries));
        } else {
            root = fresh.path(QStringLiteral("strava"));
            for (const auto& [name, data] : entries) {
                QDir().mkpath(QFileInfo(root + QLatin1Char('/') + QString::fromUtf8(name)).path());
                test::writeFile(root + QLatin1Char('/') + QString::fromUtf8(name), data);
            }
        }
        ImportOptions o;
        o.athleteId = id;
        ImportService service(fresh.db());
        std::vector<FileOutcome> outcomes;
        for (const ImportItem& item : ImportPlan::expand({root}))
            outcomes.push_back(service.importItem(item, o));
        ASSERT_EQ(outcomes.size(), 3u) << describe(outcomes); // routes/ and shoes.csv left out
        for (const FileOutcome& outcome : outcomes)
            EXPECT_NE(outcome.status, FileOutcome::Status::Rejected) << describe(outcomes);
        const QList<core::Run> stored = *RunRepository(fresh.db()).list(id);
        ASSERT_EQ(stored.size(), 2) << describe(outcomes);
        const core::Run& hills = stored[0];
        EXPECT_EQ(hills.source, QStringLiteral("fit"));
        EXPECT_EQ(hills.rpe, 7);
        EXPECT_EQ(hills.notes, QStringLiteral("Hill reps\nFelt strong"));
        ASSERT_TRUE(hills.shoeId);
        EXPECT_EQ(hills.shoeName, QStringLiteral("Pegasus 40"));
        EXPECT_EQ(stored[1].source, QStringLiteral("csv")); // the row without a file
        EXPECT_EQ(stored[1].rpe, 4);
    }
}

TEST_F(Import, FileNamesThatAreNotUtf8Work)
{
    const QByteArray folder = QFile::encodeName(log.path(QStringLiteral("latin1")));
    ASSERT_EQ(::mkdir(folder.constData(), 0700), 0);
    const QByteArray raw = folder + "/Lauf am See \xE9t\xE9.gpx"; // Latin-1 "été"
    const QByteArray content = test::gpxActivity(kMonday);
    const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT, 0600);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::write(fd, content.constData(), size_t(content.size())), content.size());
    ::close(fd);

    const QString name = file_access::decodeName(raw);
    EXPECT_EQ(file_access::encodeName(name), raw);
    EXPECT_TRUE(
        file_access::printable(name).endsWith(QStringLiteral("Lauf am See \\xe9t\\xe9.gpx")));
    auto outcomes = importPaths({file_access::decodeName(folder)});
    ASSERT_EQ(outcomes.size(), 1u) << describe(outcomes);
    EXPECT_EQ(outcomes[0].status, FileOutcome::Status::Imported) << describe(outcomes);
    EXPECT_EQ(file_access::encodeName(outcomes[0].path), raw);
}

TEST_F(Import, SportsMultisportAndTracksWithoutTimes)
{
    const QString walk =
        write(QStringLiteral("walk.gpx"), test::gpxActivity(kMonday.addDays(1), 600, "walking"));
    auto skipped = importPaths({walk});
    EXPECT_EQ(skipped.at(0).status, FileOutcome::Status::Skipped) << describe(skipped);
    ASSERT_EQ(skipped[0].skips.size(), 1u) << describe(skipped);
    EXPECT_EQ(skipped[0].skips[0].reason, FileOutcome::SkipReason::OtherSport);
    EXPECT_EQ(skipped[0].skips[0].text, QStringLiteral("walking, not a run"));
    ImportOptions all;
    all.keepWalking = true;
    EXPECT_EQ(importPaths({walk}, all).at(0).status, FileOutcome::Status::Imported);

    // Without times the track still comes in: its distance, an unknown duration.
    QByteArray untimed = test::gpxActivity(kMonday.addDays(3), 100);
    untimed.replace("<time>", "<!--").replace("</time>", "-->");
    auto noTimes = importPaths({write(QStringLiteral("untimed.gpx"), untimed)});
    EXPECT_EQ(noTimes.at(0).status, FileOutcome::Status::Imported) << describe(noTimes);
    EXPECT_EQ(noTimes[0].untimed, 1);
}

TEST_F(Import, AnActivityOutsideTheLimitsOfARunIsLeftOutWithItsReason)
{
    // Track 1: 5 km in 30 min. Track 2: a logger left on for 73 hours, more than a run lasts.
    const QByteArray run = "<trk><name>Run</name><trkseg>"
                           "<trkpt lat=\"46.0\" lon=\"7.0\"><time>2024-04-01T06:30:00Z</time>"
                           "</trkpt><trkpt lat=\"46.045\" lon=\"7.0\">"
                           "<time>2024-04-01T07:00:00Z</time></trkpt></trkseg></trk>";
    const QByteArray loggerLeftOn = "<trk><name>Left on</name><trkseg>"
                                    "<trkpt lat=\"46.0\" lon=\"7.0\">"
                                    "<time>2024-04-05T06:00:00Z</time></trkpt>"
                                    "<trkpt lat=\"46.009\" lon=\"7.0\">"
                                    "<time>2024-04-08T07:00:00Z</time></trkpt></trkseg></trk>";
    auto gpx = [](const QByteArray& tracks) {
        return "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">" + tracks +
               "</gpx>";
    };
    // Before, the whole file was refused; now the run comes in and the other is named.
    auto both = importPaths({write(QStringLiteral("both.gpx"), gpx(run + loggerLeftOn))});
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].status, FileOutcome::Status::Imported) << describe(both);
    EXPECT_EQ(both[0].imported, 1);
    EXPECT_EQ(both[0].skipped, 1);
    ASSERT_EQ(both[0].skips.size(), 1u) << describe(both);
    EXPECT_EQ(both[0].skips[0].reason, FileOutcome::SkipReason::Invalid);
    EXPECT_EQ(both[0].skips[0].text, QStringLiteral("track 2: duration: more than 72 hours"));
    EXPECT_EQ(runs().size(), 1);

    // When nothing else comes of the file, the file is refused with that reason.
    auto alone = importPaths({write(QStringLiteral("alone.gpx"), gpx(loggerLeftOn))});
    EXPECT_EQ(alone.at(0).status, FileOutcome::Status::Rejected) << describe(alone);
    EXPECT_EQ(alone[0].message, QStringLiteral("duration: more than 72 hours"));
    EXPECT_EQ(runs().size(), 1);
}

TEST_F(Import, ATrackFasterThanRunningIsLeftOutUnlessAllSportsAreKept)
{
    // An untyped GPX at 6.8 m/s for 1470 s: 10.0 km at 2:27 /km, a bike ride by any measure.
    const QString ride =
        write(QStringLiteral("ride.gpx"), test::gpxActivity(kMonday, 1471, {}, "Morning", 6.8));
    auto outcomes = importPaths({ride});
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].status, FileOutcome::Status::Skipped) << describe(outcomes);
    ASSERT_EQ(outcomes[0].skips.size(), 1u);
    EXPECT_EQ(outcomes[0].skips[0].reason, FileOutcome::SkipReason::FasterThanRunning);
    EXPECT_EQ(outcomes[0].skips[0].text,
              QStringLiteral("faster than running, so taken for cycling: 2:27 /km on average "
                             "over 10.0 km"));
    EXPECT_TRUE(runs().isEmpty());

    // A file that says "running" keeps its word in the reason, and is left out all the same.
    const QString saysRun =
        write(QStringLiteral("says-run.gpx"),
              test::gpxActivity(kMonday.addDays(1), 1471, "running", "Morning", 6.8));
    outcomes = importPaths({saysRun});
    EXPECT_EQ(outcomes.at(0).status, FileOutcome::Status::Skipped) << describe(outcomes);
    EXPECT_TRUE(outcomes[0].skips.at(0).text.startsWith(
        QStringLiteral("faster than running, though the file says running: 2:27 /km")))
        << describe(outcomes);

    // --all-sports (or File > Import Options) keeps it, and the run says why it is there.
    ImportOptions all;
    all.keepWalking = true;
    all.keepFast = true;
    outcomes = importPaths({ride}, all);
    EXPECT_EQ(outcomes.at(0).status, FileOutcome::Status::Imported) << describe(outcomes);
    ASSERT_EQ(runs().size(), 1);
    EXPECT_TRUE(runs()[0].notes.contains(
        QStringLiteral("Kept as asked although it is faster than running: 2:27 /km on average "
                       "over 10.0 km.")))
        << runs()[0].notes.toStdString();
    // Kept or not, it still meets the limits of a run: 1000 km/h is not kept by any option.
    const QString plane = write(QStringLiteral("plane.gpx"),
                                test::gpxActivity(kMonday.addDays(3), 600, {}, "Up", 280.0));
    outcomes = importPaths({plane}, all);
    EXPECT_EQ(outcomes.at(0).status, FileOutcome::Status::Rejected) << describe(outcomes);
    EXPECT_TRUE(outcomes[0].message.contains(QLatin1String("faster than anyone runs")))
        << describe(outcomes);
}

TEST_F(Import, ARunDatedBefore1990OrAfterTomorrowIsRefused)
{
    // A GPX whose clock said 9999 used to be stored, and weeks then ran to 9999.
    const QString future =
        write(QStringLiteral("future.gpx"),
              test::gpxActivity(QDateTime(QDate(9999, 6, 1), QTime(7, 0), Qt::UTC)));
    auto outcomes = importPaths({future});
    EXPECT_EQ(outcomes.at(0).status, FileOutcome::Status::Rejected) << describe(outcomes);
    EXPECT_TRUE(outcomes[0].message.startsWith(
        QStringLiteral("date: 9999-06-01 is more than a day after today")))
        << outcomes[0].message.toStdString();
    const QString old =
        write(QStringLiteral("old.gpx"),
              test::gpxActivity(QDateTime(QDate(1989, 6, 1), QTime(7, 0), Qt::UTC)));
    outcomes = importPaths({old});
    EXPECT_EQ(outcomes.at(0).status, FileOutcome::Status::Rejected) << describe(outcomes);
    EXPECT_EQ(outcomes[0].message,
              QStringLiteral("date: 1989-06-01 is before 1990-01-01, the earliest day a run can "
                             "have"));
    // Tomorrow is still fine: a runner ahead of this computer's time zone.
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const QString ahead =
        write(QStringLiteral("ahead.gpx"),
              test::gpxActivity(QDateTime(tomorrow, QTime(12, 0), Qt::LocalTime)));
    EXPECT_EQ(importPaths({ahead}).at(0).status, FileOutcome::Status::Imported);
    EXPECT_EQ(runs().size(), 1);
}

namespace {

const QString kUntimedGpx =
    QStringLiteral(STRIDEWELL_TEST_DATA "/gpx/2024-05-12_route_without_times.gpx");
// Worked out by hand in the fixture's comment: 2 x 555.975 m north + 684.432 m east.
constexpr double kUntimedMetres = 1796.383;

} // namespace

TEST_F(Import, AGpxTrackWithoutTimesComesInWithUnknownDurationDatedByItsFileName)
{
    auto outcomes = importPaths({kUntimedGpx});
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].status, FileOutcome::Status::Imported) << describe(outcomes);
    EXPECT_EQ(outcomes[0].imported, 1);
    EXPECT_EQ(outcomes[0].untimed, 1);
    EXPECT_TRUE(outcomes[0].notes.contains(
        QStringLiteral("imported with unknown duration (date taken from the file name)")))
        << describe(outcomes);

    const QList<core::Run> stored = runs();
    ASSERT_EQ(stored.size(), 1);
    const core::Run& run = stored[0];
    EXPECT_NEAR(run.distance.inMetres(), kUntimedMetres, 0.01);
    EXPECT_FALSE(run.elapsed) << "unknown, not 0";
    EXPECT_FALSE(run.timer);
    EXPECT_FALSE(run.loadDuration());
    EXPECT_EQ(run.localDate(), QDate(2024, 5, 12));
    EXPECT_EQ(run.localStart().time(), QTime(12, 0)) << "local noon, as a date-only CSV row";
    EXPECT_EQ(run.source, QStringLiteral("gpx"));
    EXPECT_TRUE(run.notes.startsWith(QStringLiteral("Park loop\n"))) << run.notes.toStdString();
    EXPECT_TRUE(run.notes.contains(
        QStringLiteral("Date taken from the file name: the track has no times.")))
        << run.notes.toStdString();
    auto samples = RunRepository(log.db()).samples(run.id);
    ASSERT_TRUE(samples);
    EXPECT_EQ(samples->size(), 4u);

    // The same file again is a duplicate by content; an edited copy by date and distance.
    auto again = importPaths({kUntimedGpx});
    EXPECT_EQ(again.at(0).status, FileOutcome::Status::Duplicate) << describe(again);
    QByteArray edited = test::readFile(kUntimedGpx);
    edited.replace("<name>Park loop</name>", "<name>Park loop, renamed</name>");
    auto copy = importPaths({write(QStringLiteral("20240512-copy.gpx"), edited)});
    EXPECT_EQ(copy.at(0).status, FileOutcome::Status::Duplicate) << describe(copy);
    EXPECT_EQ(runs().size(), 1);
}

TEST_F(Import, AGpxTrackWithOnlyAMetadataTimeTakesThatDate)
{
    auto outcomes =
        importPaths({QStringLiteral(STRIDEWELL_TEST_DATA "/gpx/metadata_time_only.gpx")});
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].status, FileOutcome::Status::Imported) << describe(outcomes);
    EXPECT_EQ(outcomes[0].untimed, 1);
    const QList<core::Run> stored = runs();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].startUtc, QDateTime(QDate(2023, 9, 17), QTime(8, 15), Qt::UTC));
    EXPECT_EQ(stored[0].localDate(), QDate(2023, 9, 17));
    EXPECT_NEAR(stored[0].distance.inMetres(), kUntimedMetres, 0.01);
    EXPECT_FALSE(stored[0].elapsed);
    EXPECT_TRUE(stored[0].notes.contains(QLatin1String("Date taken from the file's metadata time")))
        << stored[0].notes.toStdString();
}

TEST_F(Import, WithoutADateInTheFileOrItsNameTheModificationTimeDatesTheRun)
{
    const QString path = write(QStringLiteral("route.gpx"), test::readFile(kUntimedGpx));
    const QDateTime modified(QDate(2022, 2, 3), QTime(10, 20), Qt::UTC);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    auto outcomes = importPaths({path});
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].status, FileOutcome::Status::Imported) << describe(outcomes);
    EXPECT_TRUE(outcomes[0].notes.contains(QStringLiteral(
        "imported with unknown duration (date taken from the file's modification time)")))
        << describe(outcomes);
    const QList<core::Run> stored = runs();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].startUtc, modified);
    EXPECT_EQ(stored[0].utcOffsetS, 3600) << "this machine's offset then (TZ=Europe/Berlin)";
    EXPECT_TRUE(stored[0].notes.contains(
        QStringLiteral("Date taken from the file's modification time: the track has no times.")))
        << stored[0].notes.toStdString();

    // Content that no file names or dates cannot be dated: rejected, and says why.
    FileOutcome undated = ImportService(log.db()).importData(
        QStringLiteral("mem.gpx"), test::readFile(kUntimedGpx), options());
    EXPECT_EQ(undated.status, FileOutcome::Status::Rejected);
    EXPECT_TRUE(undated.message.contains(QLatin1String("date is unknown")))
        << undated.message.toStdString();
}

TEST(ImportServiceDates, ADateInTheFileNameIsYearMonthDayWithOrWithoutDashes)
{
    using D = std::optional<QDate>;
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("2024-03-01 Morning Run.gpx")),
              D(QDate(2024, 3, 1)));
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("/a/b/20240301_0712.gpx")),
              D(QDate(2024, 3, 1)));
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("export.zip/run_2019-12-31.gpx.gz")),
              D(QDate(2019, 12, 31)));
    // Activity ids, mixed separators, impossible dates and dated folders are not dates.
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("12345678.gpx")), D());
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("3141592653.gpx")), D());
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("2024-0301.gpx")), D());
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("2024-13-40.gpx")), D());
    EXPECT_EQ(ImportService::dateInFileName(QStringLiteral("2024-05-12/route.gpx")), D());
}
