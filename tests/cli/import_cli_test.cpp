// import and inspect through the built binary: the lines, the JSON shape, the exit codes.
#include "cli/cli_fixture.h"
#include "support/activity_fixtures.h"
#include "support/archive_writer.h"
#include "support/test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using stridewell::test::ProcessResult;

namespace {

const QDateTime kStart(QDate(2024, 6, 3), QTime(5, 45), Qt::UTC);

class ImportCli : public stridewell::test::CliFixture
{
protected:
    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = dir.filePath(name);
        stridewell::test::writeFile(path, data);
        return path;
    }
};

} // namespace

TEST_F(ImportCli, InspectPrintsTheDesignedJsonShape)
{
    // A bike leg and a run in one chained file: both listed, the ride marked skipped.
    const QString path = write(QStringLiteral("tri.fit"),
                               stridewell::test::fitActivity(kStart, 900, 8.0, 2) +
                                   stridewell::test::fitActivity(kStart.addSecs(1000), 1200));
    ProcessResult r = sw({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(doc.keys(), (QStringList{QStringLiteral("activities"), QStringLiteral("format")}));
    EXPECT_EQ(doc[QLatin1String("format")].toString(), QStringLiteral("fit"));
    const QJsonArray activities = doc[QLatin1String("activities")].toArray();
    ASSERT_EQ(activities.size(), 2);
    const QStringList keys = {QStringLiteral("avg_cadence_spm"),
                              QStringLiteral("avg_hr_bpm"),
                              QStringLiteral("distance_m"),
                              QStringLiteral("elapsed_s"),
                              QStringLiteral("elevation_gain_m"),
                              QStringLiteral("laps"),
                              QStringLiteral("points"),
                              QStringLiteral("skipped"),
                              QStringLiteral("sport"),
                              QStringLiteral("start"),
                              QStringLiteral("timer_s")};
    const QJsonObject ride = activities[0].toObject();
    EXPECT_EQ(ride.keys(), keys);
    EXPECT_EQ(ride[QLatin1String("sport")].toString(), QStringLiteral("cycling"));
    EXPECT_TRUE(ride[QLatin1String("skipped")].toBool());
    EXPECT_TRUE(ride[QLatin1String("avg_cadence_spm")].isNull());
    const QJsonObject run = activities[1].toObject();
    EXPECT_EQ(run.keys(), keys);
    EXPECT_EQ(run[QLatin1String("sport")].toString(), QStringLiteral("running"));
    EXPECT_EQ(run[QLatin1String("start")].toString(), QStringLiteral("2024-06-03T06:01:40Z"));
    EXPECT_DOUBLE_EQ(run[QLatin1String("distance_m")].toDouble(), 3600);
    EXPECT_DOUBLE_EQ(run[QLatin1String("elapsed_s")].toDouble(), 1200);
    EXPECT_DOUBLE_EQ(run[QLatin1String("timer_s")].toDouble(), 1200);
    EXPECT_EQ(run[QLatin1String("points")].toInt(), 1201);
    EXPECT_DOUBLE_EQ(run[QLatin1String("avg_cadence_spm")].toDouble(), 171);
    EXPECT_DOUBLE_EQ(run[QLatin1String("avg_hr_bpm")].toDouble(), 150);
    EXPECT_EQ(run[QLatin1String("laps")].toInt(), 1);
    EXPECT_FALSE(run[QLatin1String("skipped")].toBool());
    EXPECT_FALSE(QFileInfo::exists(db)); // inspect stores nothing, not even a log

    const QString gpx =
        write(QStringLiteral("walk.gpx.gz"),
              stridewell::test::gzip(stridewell::test::gpxActivity(kStart, 300, "walking")));
    r = sw(
        {QStringLiteral("inspect"), gpx, QStringLiteral("--json"), QStringLiteral("--all-sports")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject walk = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(walk[QLatin1String("format")].toString(), QStringLiteral("gpx"));
    const QJsonObject w = walk[QLatin1String("activities")].toArray()[0].toObject();
    EXPECT_EQ(w[QLatin1String("sport")].toString(), QStringLiteral("walking"));
    EXPECT_FALSE(w[QLatin1String("skipped")].toBool());
    EXPECT_TRUE(w[QLatin1String("timer_s")].isNull());
}

TEST_F(ImportCli, InspectOfADamagedFileFailsNamingFileOffsetAndReason)
{
    const QByteArray fit = stridewell::test::fitActivity(kStart, 600);
    const QString path = write(QStringLiteral("died.fit"), fit.left(fit.size() / 2));
    ProcessResult r = sw({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("stridewell: error: ") + path +
                                 QStringLiteral(": byte 4: truncated")))
        << r.err.toStdString();
    r = sw(
        {QStringLiteral("inspect"), path, QStringLiteral("--json"), QStringLiteral("--salvage")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("salvaged: byte 4"))) << r.err.toStdString();
    EXPECT_EQ(sw({QStringLiteral("inspect")}).exitCode, 2);
    EXPECT_EQ(sw({QStringLiteral("inspect"), dir.path()}).exitCode, 2);
}

TEST_F(ImportCli, ImportPrintsALinePerFileAndASummaryAndFailsOnRejection)
{
    write(QStringLiteral("in/1.fit"), stridewell::test::fitActivity(kStart, 1800));
    write(QStringLiteral("in/2.gpx"), stridewell::test::gpxActivity(kStart.addDays(2), 1200));
    const QByteArray fit = stridewell::test::fitActivity(kStart.addDays(4), 1800);
    write(QStringLiteral("in/3.fit"), fit.left(fit.size() - 10));
    write(QStringLiteral("in/4.tcx"),
          "<TrainingCenterDatabase><Courses/></TrainingCenterDatabase>");
    ProcessResult r = sw({QStringLiteral("import"), dir.filePath(QStringLiteral("in"))});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 5) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("imported  ") +
                                    dir.filePath(QStringLiteral("in/1.fit")) +
                                    QStringLiteral(" (1 run)")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("imported  "))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("rejected  ") +
                                    dir.filePath(QStringLiteral("in/3.fit")) +
                                    QStringLiteral(": byte ")))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[2].contains(QLatin1String("truncated"))) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("skipped   "))) << lines[3].toStdString();
    EXPECT_EQ(lines.last(), QStringLiteral("4 files: 2 imported (2 runs), 0 duplicate, 1 skipped, "
                                           "1 rejected"));
    EXPECT_TRUE(r.err.contains(QLatin1String("stridewell: error: ") +
                               dir.filePath(QStringLiteral("in/3.fit")) + QLatin1String(": byte ")))
        << r.err.toStdString();

    // Again with --salvage: the two good ones are duplicates now, the damaged one comes in.
    r = sw({QStringLiteral("import"), QStringLiteral("--salvage"),
            dir.filePath(QStringLiteral("in"))});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.trimmed().endsWith(
        QStringLiteral("4 files: 1 imported (1 run), 2 duplicate, 1 skipped, 0 rejected")))
        << r.out.toStdString();
    r = sw({QStringLiteral("runs"), QStringLiteral("--json")});
    const QJsonArray runs = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs[0].toObject()[QLatin1String("source")].toString(), QStringLiteral("fit"));
    EXPECT_DOUBLE_EQ(runs[0].toObject()[QLatin1String("avg_cadence_spm")].toDouble(), 171);
    EXPECT_TRUE(
        runs[2].toObject()[QLatin1String("notes")].toString().contains(QLatin1String("Salvaged")));
}

TEST_F(ImportCli, EachFileLineSaysWhatWasLeftOutAndTheSummaryCountsItByReason)
{
    const QByteArray twoTracks =
        "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
        "<trkpt lat=\"46.0\" lon=\"7.0\"><time>2024-04-01T06:30:00Z</time></trkpt>"
        "<trkpt lat=\"46.045\" lon=\"7.0\"><time>2024-04-01T07:00:00Z</time></trkpt>"
        "</trkseg></trk><trk><trkseg>"
        "<trkpt lat=\"46.0\" lon=\"7.0\"><time>2024-04-05T06:00:00Z</time></trkpt>"
        "<trkpt lat=\"46.009\" lon=\"7.0\"><time>2024-04-08T07:00:00Z</time></trkpt>"
        "</trkseg></trk></gpx>";
    write(QStringLiteral("in/both.gpx"), twoTracks);
    write(QStringLiteral("in/course.tcx"),
          "<TrainingCenterDatabase><Courses/></TrainingCenterDatabase>");
    write(QStringLiteral("in/walk.gpx"), stridewell::test::gpxActivity(kStart, 300, "walking"));
    ProcessResult r = sw({QStringLiteral("import"), dir.filePath(QStringLiteral("in"))});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QString in = dir.filePath(QStringLiteral("in/"));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(
        lines,
        (QStringList{
            QStringLiteral("imported  ") + in + QStringLiteral("both.gpx (1 run, 1 not kept)"),
            QStringLiteral("          not kept: track 2: duration: more than 72 hours"),
            QStringLiteral("skipped   ") + in +
                QStringLiteral("course.tcx: a course (a planned route), not an activity"),
            QStringLiteral("skipped   ") + in + QStringLiteral("walk.gpx: walking, not a run"),
            QStringLiteral("not kept: 1 activity of another sport, 1 activity outside the "
                           "limits of a run, 1 file without activities"),
            QStringLiteral("3 files: 1 imported (1 run), 0 duplicate, 2 skipped, 0 "
                           "rejected")}))
        << r.out.toStdString();
}

TEST_F(ImportCli, ATrackFasterThanRunningIsCyclingSkippedUnlessAllSports)
{
    // 10.0 km at 2:27 /km in a GPX that does not say its sport: inspect calls it cycling and
    // skipped; a FIT file that says running keeps its sport and is skipped too.
    const QString gpx = write(QStringLiteral("ride.gpx"),
                              stridewell::test::gpxActivity(kStart, 1471, {}, "Ride", 6.8));
    const QString fit = write(QStringLiteral("fast.fit"),
                              stridewell::test::fitActivity(kStart.addDays(1), 1500, 7.0, 1));
    auto activityOf = [&](const QString& path, const QStringList& extra) {
        ProcessResult r =
            sw(QStringList{QStringLiteral("inspect"), path, QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()[QLatin1String("activities")]
            .toArray()
            .at(0)
            .toObject();
    };
    QJsonObject a = activityOf(gpx, {});
    EXPECT_EQ(a[QLatin1String("sport")].toString(), QStringLiteral("cycling"));
    EXPECT_TRUE(a[QLatin1String("skipped")].toBool());
    a = activityOf(fit, {});
    EXPECT_EQ(a[QLatin1String("sport")].toString(), QStringLiteral("running"));
    EXPECT_TRUE(a[QLatin1String("skipped")].toBool());
    a = activityOf(gpx, {QStringLiteral("--all-sports")});
    EXPECT_FALSE(a[QLatin1String("skipped")].toBool());

    ProcessResult r = sw({QStringLiteral("import"), gpx, fit});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("skipped   ") + gpx +
                               QStringLiteral(": faster than running, so taken for cycling: "
                                              "2:27 /km on average over 10.0 km\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("skipped   ") + fit +
                               QStringLiteral(": faster than running, though the file says "
                                              "running: 2:23 /km on average over 10.5 km\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("not kept: 2 tracks faster than running (--all-sports keeps them)\n")))
        << r.out.toStdString();
    EXPECT_TRUE(jsonArray({QStringLiteral("runs"), QStringLiteral("--json")}).isEmpty());

    r = sw({QStringLiteral("import"), QStringLiteral("--all-sports"), gpx, fit});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(jsonArray({QStringLiteral("runs"), QStringLiteral("--json")}).size(), 2);
}

TEST_F(ImportCli, AFileOfMoreThanAThousandActivitiesIsRejectedWhole)
{
    // 1001 short runs chained into one FIT file: a file that would flood the log.
    QByteArray chain;
    for (int i = 0; i < 1001; ++i)
        chain += stridewell::test::fitActivity(kStart.addSecs(600 * i), 60);
    const QString path = write(QStringLiteral("flood.fit"), chain);
    ProcessResult r = sw({QStringLiteral("import"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("rejected  ") + path +
                                 QStringLiteral(": 1001 activities, more than the 1000 one file "
                                                "may hold; nothing was imported\n")))
        << r.out.toStdString();
    EXPECT_TRUE(jsonArray({QStringLiteral("runs"), QStringLiteral("--json")}).isEmpty());
}

TEST_F(ImportCli, AGpxTrackWithoutTimesImportsWithUnknownDuration)
{
    const QString fixture =
        QStringLiteral(STRIDEWELL_TEST_DATA "/gpx/2024-05-12_route_without_times.gpx");
    ProcessResult inspect = sw({QStringLiteral("inspect"), fixture, QStringLiteral("--json")});
    ASSERT_EQ(inspect.exitCode, 0) << inspect.err.toStdString();
    const QJsonObject activity = QJsonDocument::fromJson(inspect.out.toUtf8())
                                     .object()[QLatin1String("activities")]
                                     .toArray()
                                     .at(0)
                                     .toObject();
    EXPECT_TRUE(activity[QLatin1String("elapsed_s")].isNull()) << inspect.out.toStdString();
    EXPECT_TRUE(activity[QLatin1String("timer_s")].isNull());
    EXPECT_TRUE(activity[QLatin1String("start")].isNull()) << "the reader alone does not know it";
    EXPECT_NEAR(activity[QLatin1String("distance_m")].toDouble(), 1796.38, 0.01);

    ProcessResult r = sw({QStringLiteral("import"), fixture});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("imported  ") + fixture +
                                 QStringLiteral(" (1 run, unknown duration)")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("date taken from the file name")))
        << r.out.toStdString();

    r = sw({QStringLiteral("runs"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray runs = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(runs.size(), 1) << r.out.toStdString();
    const QJsonObject run = runs[0].toObject();
    EXPECT_TRUE(run.contains(QLatin1String("elapsed_s")));
    EXPECT_TRUE(run[QLatin1String("elapsed_s")].isNull()) << r.out.toStdString();
    EXPECT_TRUE(run[QLatin1String("timer_s")].isNull());
    EXPECT_EQ(run[QLatin1String("date")].toString(), QStringLiteral("2024-05-12"));
    EXPECT_NEAR(run[QLatin1String("distance_m")].toDouble(), 1796.38, 0.01);

    // The text table shows "-" for its duration and pace.
    r = sw({QStringLiteral("runs")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("1\\.80 +- +- "))))
        << r.out.toStdString();

    // Weeks and flags still count its distance; its time counts as 0. Two short runs on the
    // Monday give session_spike the 3 runs it compares with (design.md section 4, rev. 2).
    for (const char* time : {"07:00", "19:00"}) {
        r = sw({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--date"),
                QStringLiteral("2024-05-13"), QStringLiteral("--time"), QLatin1String(time),
                QStringLiteral("--distance"), QStringLiteral("1"), QStringLiteral("--duration"),
                QStringLiteral("0:06:00")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    r = sw({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--date"),
            QStringLiteral("2024-05-14"), QStringLiteral("--distance"), QStringLiteral("5"),
            QStringLiteral("--duration"), QStringLiteral("0:30:00")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = sw({QStringLiteral("weeks"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray weeks = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(weeks.size(), 2) << r.out.toStdString(); // Sunday 12 May, then 13-14 May
    EXPECT_NEAR(weeks[0].toObject()[QLatin1String("distance_km")].toDouble(), 1.80, 0.01);
    EXPECT_DOUBLE_EQ(weeks[0].toObject()[QLatin1String("duration_s")].toDouble(), 0);
    EXPECT_DOUBLE_EQ(weeks[1].toObject()[QLatin1String("duration_s")].toDouble(), 2520);
    r = sw({QStringLiteral("flags"), QStringLiteral("--as-of"), QStringLiteral("2024-05-20"),
            QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // 5 km after a longest run of 1.8 km (and two of 1 km) in the 30 days before: a session
    // spike (> 100%).
    const QJsonArray flags = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_FALSE(flags.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(flags[0].toObject()[QLatin1String("kind")].toString(),
              QStringLiteral("session_spike"));
    EXPECT_EQ(flags[0].toObject()[QLatin1String("severity")].toString(), QStringLiteral("high"));

    // Hand-logged runs still need a duration.
    r = sw({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--date"),
            QStringLiteral("2024-05-15"), QStringLiteral("--distance"), QStringLiteral("5")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("--duration: required"))) << r.err.toStdString();
}

TEST_F(ImportCli, CommittedSamplesThroughTheBinary)
{
    const QDir samples(QStringLiteral(STRIDEWELL_TEST_DATA "/samples"));
    QStringList args{QStringLiteral("import")};
    for (const QString& name : samples.entryList({QStringLiteral("*.fit")}, QDir::Files))
        args << samples.filePath(name);
    ASSERT_EQ(args.size(), 15) << "the 14 fitparse__ samples";
    const ProcessResult r = sw(args);
    EXPECT_EQ(r.exitCode, 1); // the malformed samples are rejected, each with its reason
    EXPECT_TRUE(r.out.contains(QLatin1String("rejected  ") + samples.path() +
                               QLatin1String("/fitparse__activity-filecrc.fit: byte 769: file CRC "
                                             "mismatch")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("imported  ") + samples.path() +
                               QLatin1String("/fitparse__activity-small-fenix2-run.fit (1 run)")))
        << r.out.toStdString();
}

TEST_F(ImportCli, SharedSamplesThroughTheBinary)
{
    const QString samples = QStringLiteral(STRIDEWELL_SAMPLES);
    if (!QDir(samples).exists())
        GTEST_SKIP() << stridewell::test::kNeedsSharedSamples;
    ProcessResult r =
        sw({QStringLiteral("inspect"), samples + QStringLiteral("/gc__MultiSport-2019-11-24.fit"),
            QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray legs =
        QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("activities")].toArray();
    ASSERT_EQ(legs.size(), 5);
    int kept = 0;
    for (const QJsonValue& leg : legs)
        kept += leg.toObject()[QLatin1String("skipped")].toBool() ? 0 : 1;
    EXPECT_EQ(kept, 1);
    EXPECT_EQ(legs[4].toObject()[QLatin1String("sport")].toString(), QStringLiteral("running"));

    r = sw({QStringLiteral("import"), samples});
    EXPECT_EQ(r.exitCode, 1); // the malformed samples are rejected, each with its reason
    EXPECT_TRUE(r.out.contains(QLatin1String("imported  ") + samples +
                               QLatin1String("/gc__MultiSport-2019-11-24.fit (1 run, 4 not kept)")))
        << r.out.toStdString();
}
