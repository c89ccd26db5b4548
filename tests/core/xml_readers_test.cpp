// GPX and TCX readers against hand-written files: each case is the smallest file that shows it.
#include "import/activity_summary.h"
#include "import/gpx_reader.h"
#include "import/tcx_reader.h"
#include "import/xml/xml_document.h"

#include <gtest/gtest.h>

using namespace stridewell::core;

namespace {

Result<ParsedFile> readGpx(const QByteArray& text)
{
    return gpx::read(text, QStringLiteral("track.gpx"), {});
}

Result<ParsedFile> readTcx(const QByteArray& text)
{
    return tcx::read(text, QStringLiteral("run.tcx"), {});
}

// n points one second apart heading north at 3 m/s, with the given per-point extra XML.
QByteArray gpxTrack(int n, const QByteArray& extensions, const QByteArray& head = {},
                    const QByteArray& namespaces =
                        R"(xmlns="http://www.topografix.com/GPX/1/1" )"
                        R"(xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1")")
{
    QByteArray out = head + "<gpx version=\"1.1\" creator=\"test\" " + namespaces +
                     "><trk><name>Morning Run</name><trkseg>\n";
    for (int i = 0; i < n; ++i) {
        const double lat = 52.5 + 3.0 * i / 111195.0;
        out += "<trkpt lat=\"" + QByteArray::number(lat, 'f', 8) + "\" lon=\"13.4\"><ele>" +
               QByteArray::number(40 + (i % 20 < 10 ? i % 20 : 20 - i % 20)) + "</ele><time>" +
               QDateTime(QDate(2024, 5, 1), QTime(6, 0), Qt::UTC)
                   .addSecs(i)
                   .toString(Qt::ISODate)
                   .toLatin1() +
               "</time>" + extensions + "</trkpt>\n";
    }
    return out + "</trkseg></trk></gpx>\n";
}

void expectError(const Result<ParsedFile>& parsed, const char* name, const char* part)
{
    ASSERT_FALSE(parsed) << "accepted";
    EXPECT_TRUE(parsed.message().startsWith(QLatin1String(name) + QStringLiteral(": ")))
        << parsed.message().toStdString();
    EXPECT_TRUE(parsed.message().contains(QLatin1String(part)))
        << parsed.message().toStdString() << "\nwanted: " << part;
}

} // namespace

TEST(Iso8601, FixedFormatReader)
{
    auto t = xml::parseInstant("2024-05-01T06:00:00Z");
    ASSERT_TRUE(t);
    EXPECT_DOUBLE_EQ(t->epochS, 1714543200);
    EXPECT_EQ(t->offsetS, 0);
    t = xml::parseInstant(" 2020-12-27T15:43:49.250+01:00 ");
    ASSERT_TRUE(t);
    EXPECT_DOUBLE_EQ(t->epochS, 1609080229.25);
    EXPECT_EQ(t->offsetS, 3600);
    t = xml::parseInstant("1999-12-31T23:59:59-0530");
    ASSERT_TRUE(t);
    EXPECT_DOUBLE_EQ(t->epochS, 946684799 + 5.5 * 3600);
    EXPECT_FALSE(xml::parseInstant("2024-05-01T06:00:00")->offsetS);
    for (const char* bad : {"", "2024-05-01", "2024-13-01T00:00:00Z", "2024-05-01T06:00:00Q",
                            "2024-05-01T06:00:00+", "yesterday", "2024-05-01T06:00:00.Z"})
        EXPECT_FALSE(xml::parseInstant(bad)) << bad;
}

TEST(GpxReader, TrackPointExtensionV1AndV2AndPlainExtensions)
{
    const QByteArray v1 = "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr>"
                          "<gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>";
    const QByteArray v2 = "<extensions><ns3:TrackPointExtension><ns3:hr>150</ns3:hr><ns3:cad>86"
                          "</ns3:cad><ns3:speed>3.0</ns3:speed></ns3:TrackPointExtension>"
                          "</extensions>";
    const QByteArray plain = "<extensions><heartrate>150</heartrate><cadence>172</cadence>"
                             "</extensions>";
    for (const QByteArray& ext : {v1, v2, plain}) {
        auto parsed = readGpx(gpxTrack(601, ext, {},
                                       R"(xmlns="http://www.topografix.com/GPX/1/1" )"
                                       R"(xmlns:gpxtpx="a" xmlns:ns3="b")"));
        ASSERT_TRUE(parsed) << parsed.message().toStdString();
        ASSERT_EQ(parsed->activities.size(), 1u);
        const ParsedActivity& a = parsed->activities[0];
        EXPECT_EQ(a.sport, Sport::Running); // GPX without a type is a run
        EXPECT_EQ(a.start, QDateTime(QDate(2024, 5, 1), QTime(6, 0), Qt::UTC));
        EXPECT_NEAR(a.distance.inMetres(), 1800, 1.0); // great-circle
        EXPECT_DOUBLE_EQ(a.elapsed.value_or(Duration()).inSeconds(), 600);
        EXPECT_FALSE(a.timer);
        EXPECT_EQ(a.samples.size(), 601u);
        EXPECT_DOUBLE_EQ(*a.avgHrBpm, 150);
        EXPECT_DOUBLE_EQ(*a.avgCadenceSpm, 172); // 86 strides doubled, 172 kept
        EXPECT_EQ(a.notes.contains(QLatin1String("Cadence doubled")), ext != plain);
        EXPECT_TRUE(a.notes.startsWith(QLatin1String("Morning Run")));
        // elevation: 30 climbs of 10 m in 1 m steps (above the 3 m noise threshold)
        EXPECT_DOUBLE_EQ(*a.elevationGainM, 300);
        EXPECT_NEAR(a.samples[300].distanceM, 900, 0.5);
    }
}

TEST(ActivitySummary, ElevationNoiseBelowTheThresholdIsNotClimb)
{
    SampleList samples(1000);
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i].altitudeM = 100 + (i % 2 ? 2.0 : 0.0) + (i >= 500 ? 20.0 : 0.0);
    EXPECT_DOUBLE_EQ(*activity::elevationGainM(samples), 20 + 2);
    EXPECT_NEAR(activity::greatCircleM(0, 0, 0, 1), 111195.08, 0.01);
}

TEST(GpxReader, Gpx10BomWhitespaceAndExtraNamespaces)
{
    const QByteArray file =
        "\xEF\xBB\xBF  \r\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        gpxTrack(11,
                 "<extensions><foo:bar xmlns:foo=\"urn:x\"><foo:baz>1</foo:baz></foo:bar>"
                 "</extensions>",
                 {}, R"(xmlns="http://www.topografix.com/GPX/1/0" xmlns:x="urn:unknown")");
    auto parsed = readGpx(file);
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->activities.at(0).samples.size(), 11u);
    EXPECT_TRUE(parsed->notes.isEmpty()) << parsed->notes.join(QLatin1Char('|')).toStdString();
}

TEST(GpxReader, BrokenPointsInsideAGoodFileAreDroppedAndCounted)
{
    QByteArray file = gpxTrack(20, {});
    file.replace("<trkseg>\n", "<trkseg>\n<trkpt lat=\"NaN\" lon=\"13\"/>"
                               "<trkpt lat=\"95\" lon=\"13\"/><trkpt lat=\"undefined\" lon=\"x\"/>"
                               "<trkpt lat=\"52.5\" lon=\"13.4\"><ele>bad data</ele></trkpt>");
    // A point back in time after the others is dropped: the reader keeps file order. (A
    // first point far ahead, leaving nothing after it, rejects the file: honest_reasons_test.)
    file.replace("</trkseg>",
                 "<trkpt lat=\"52.5\" lon=\"13.4\"><time>2000-01-01T00:00:00Z</time></trkpt>"
                 "</trkseg><trkseg></trkseg>");
    auto parsed = readGpx(file);
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const QString notes = parsed->notes.join(QLatin1Char('|'));
    EXPECT_TRUE(notes.contains(QLatin1String("dropped 3 points without a usable position")))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(QLatin1String("dropped 1 points whose time went backwards")))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(QLatin1String("ignored 1 values that are not numbers")));
    EXPECT_TRUE(notes.contains(QLatin1String("skipped 1 empty track segments")));
}

TEST(GpxReader, WithoutTimesTheTrackIsReadButHasNoDuration)
{
    QByteArray file = gpxTrack(50, {});
    file.replace("<time>", "<!--").replace("</time>", "-->");
    file.replace("<trk>", "<metadata><time>2010-08-06T10:36:35Z</time></metadata><trk>");
    auto parsed = readGpx(file);
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const ParsedActivity& a = parsed->activities.at(0);
    EXPECT_EQ(a.start, QDateTime(QDate(2010, 8, 6), QTime(10, 36, 35), Qt::UTC));
    EXPECT_FALSE(a.elapsed) << "unknown, not 0";
    EXPECT_FALSE(a.timer);
    EXPECT_NEAR(a.distance.inMetres(), 147, 1);
    EXPECT_TRUE(a.notes.contains(QLatin1String("Date taken from the file's metadata time")))
        << a.notes.toStdString();
    EXPECT_TRUE(parsed->notes.join(QLatin1Char('|')).contains(QLatin1String("no times")));
}

TEST(GpxReader, SportFromTheTrackType)
{
    for (auto [type, sport] : {std::pair{"running", Sport::Running},
                               {"9", Sport::Running},
                               {"trail_running", Sport::TrailRunning},
                               {"Walk", Sport::Walking},
                               {"hiking", Sport::Hiking},
                               {"cycling", Sport::Cycling},
                               {"1", Sport::Cycling},
                               {"kayaking", Sport::Other}}) {
        QByteArray file = gpxTrack(5, {});
        file.replace("<trk>", "<trk><type>" + QByteArray(type) + "</type>");
        EXPECT_EQ(readGpx(file)->activities.at(0).sport, sport) << type;
    }
}

TEST(XmlReaders, AFileOfMoreThanAThousandActivitiesIsRefusedWhole)
{
    auto gpx = [](int tracks) {
        QByteArray out = "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">";
        for (int i = 0; i < tracks; ++i)
            out += "<trk><trkseg><trkpt lat=\"46.0\" lon=\"7.0\"><time>2024-04-01T06:30:00Z"
                   "</time></trkpt><trkpt lat=\"46.01\" lon=\"7.0\"><time>2024-04-01T06:36:00Z"
                   "</time></trkpt></trkseg></trk>";
        return out + "</gpx>";
    };
    auto parsed = readGpx(gpx(1000));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->activities.size(), 1000u);
    expectError(readGpx(gpx(1001)), "track.gpx",
                "1001 tracks, more than the 1000 one file may hold; nothing was imported");

    QByteArray tcx = "<TrainingCenterDatabase><Activities>";
    for (int i = 0; i < 1001; ++i)
        tcx += "<Activity Sport=\"Running\"><Id>2024-04-01T06:30:00Z</Id><Lap "
               "StartTime=\"2024-04-01T06:30:00Z\"><TotalTimeSeconds>600</TotalTimeSeconds>"
               "<DistanceMeters>2000</DistanceMeters></Lap></Activity>";
    tcx += "</Activities></TrainingCenterDatabase>";
    expectError(readTcx(tcx), "run.tcx",
                "1001 activities, more than the 1000 one file may hold; nothing was imported");
}

TEST(XmlDocument, HostileOrBrokenXmlIsRejectedWholeWithTheOffset)
{
    const QByteArray laughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<gpx><trk><name>&lol2;</name></trk></gpx>)";
    expectError(readGpx(laughs), "track.gpx", "byte 22: refused: the file declares a DTD");
    const QByteArray external = R"(<?xml version="1.0"?><!DOCTYPE gpx SYSTEM "file:///etc/passwd">
<gpx/>)";
    expectError(readGpx(external), "track.gpx", "DTD");
    // Qt 6.4 takes a second DOCTYPE after the root; here any DOCTYPE anywhere is refused.
    expectError(readGpx("<gpx><trk/></gpx><!DOCTYPE x>"), "track.gpx", "DTD");
    expectError(readTcx("<TrainingCenterDatabase><!ENTITY x \"y\"></TrainingCenterDatabase>"),
                "run.tcx", "entity");
    expectError(readGpx("PK\x03\x04 this is a zip"), "track.gpx", "not XML");
    expectError(readGpx("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trkseg></trk></gpx>"),
                "track.gpx", "not well-formed XML");
    expectError(readGpx("   \n "), "track.gpx", "no XML");
    expectError(readGpx("<kml/>"), "track.gpx", "not a GPX file");
    expectError(readGpx("<gpx><wpt lat=\"1\" lon=\"2\"/></gpx>"), "track.gpx", "no track");
    expectError(readGpx("<gpx><trk><trkseg/></trk></gpx>"), "track.gpx", "no usable track points");
    expectError(readTcx(gpxTrack(3, {})), "run.tcx", "not a TCX file");
}

namespace {

QByteArray tcxFile(const QByteArray& sport, const QByteArray& laps)
{
    return "\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
           "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" "
           "xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\"><Activities>"
           "<Activity Sport=\"" +
           sport + "\"><Id>2021-06-01T07:00:00.000+02:00</Id>" + laps +
           "</Activity></Activities></TrainingCenterDatabase>";
}

QByteArray trackpoints(int from, int n, bool runCadence = true)
{
    QByteArray out = "<Track>";
    for (int i = from; i < from + n; ++i)
        out += "<Trackpoint><Time>" +
               QDateTime(QDate(2021, 6, 1), QTime(5, 0), Qt::UTC)
                   .addSecs(i)
                   .toString(Qt::ISODate)
                   .toLatin1() +
               "</Time><Position><LatitudeDegrees>" +
               QByteArray::number(48.1 + 3.0 * i / 111195.0, 'f', 8) +
               "</LatitudeDegrees><LongitudeDegrees>11.5</LongitudeDegrees></Position>"
               "<AltitudeMeters>520</AltitudeMeters><DistanceMeters>" +
               QByteArray::number(3.0 * i) + "</DistanceMeters><HeartRateBpm><Value>" +
               QByteArray::number(140 + i % 10) + "</Value></HeartRateBpm>" +
               (runCadence ? "<Extensions><ns3:TPX><ns3:Speed>3.0</ns3:Speed><ns3:RunCadence>"
                             "87</ns3:RunCadence></ns3:TPX></Extensions>"
                           : "") +
               "</Trackpoint>";
    return out + "</Track>";
}

} // namespace

TEST(TcxReader, LapsTracksAndExtensions)
{
    const QByteArray laps =
        "<Lap StartTime=\"2021-06-01T05:00:00Z\"><TotalTimeSeconds>300</TotalTimeSeconds>"
        "<DistanceMeters>900</DistanceMeters><Calories>70</Calories>" +
        trackpoints(0, 301) +
        "</Lap><Lap StartTime=\"2021-06-01T05:05:10Z\"><TotalTimeSeconds>290</TotalTimeSeconds>"
        "<DistanceMeters>870</DistanceMeters>" +
        trackpoints(310, 291) + "</Lap>";
    auto parsed = readTcx(tcxFile("Running", laps));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    ASSERT_EQ(parsed->activities.size(), 1u);
    const ParsedActivity& a = parsed->activities[0];
    EXPECT_EQ(a.sport, Sport::Running);
    EXPECT_EQ(a.start.toUTC(), QDateTime(QDate(2021, 6, 1), QTime(5, 0), Qt::UTC));
    EXPECT_EQ(a.start.offsetFromUtc(), 7200);
    EXPECT_DOUBLE_EQ(a.distance.inMetres(), 1770);
    EXPECT_DOUBLE_EQ(a.timer->inSeconds(), 590);
    EXPECT_DOUBLE_EQ(a.elapsed.value_or(Duration()).inSeconds(), 600);
    EXPECT_EQ(a.laps, 2);
    EXPECT_EQ(a.samples.size(), 592u);
    EXPECT_DOUBLE_EQ(*a.avgCadenceSpm, 174); // RunCadence counts strides
    EXPECT_NEAR(*a.avgHrBpm, 144.5, 0.1);
    EXPECT_DOUBLE_EQ(a.samples[400].speedMps, 3.0);
    EXPECT_DOUBLE_EQ(a.samples[400].distanceM, 3.0 * (400 + 9));
}

TEST(TcxReader, LaplessTracksCoursesMultisportAndBrokenPoints)
{
    auto lapless = readTcx(tcxFile("Running", trackpoints(0, 61, false)));
    ASSERT_TRUE(lapless) << lapless.message().toStdString();
    EXPECT_EQ(lapless->activities.at(0).laps, 0);
    EXPECT_DOUBLE_EQ(lapless->activities.at(0).distance.inMetres(), 180);
    EXPECT_DOUBLE_EQ(lapless->activities.at(0).elapsed.value_or(Duration()).inSeconds(), 60);

    auto course = readTcx("<TrainingCenterDatabase><Courses><Course><Track/></Course></Courses>"
                          "</TrainingCenterDatabase>");
    ASSERT_TRUE(course);
    EXPECT_TRUE(course->activities.empty());
    EXPECT_TRUE(course->notes.join(QString()).contains(QLatin1String("a course")));

    QByteArray broken = tcxFile("Biking", "<Lap StartTime=\"2021-06-01T05:00:00Z\">" +
                                              trackpoints(0, 10) + "</Lap>");
    broken.replace("<LatitudeDegrees>48.10000000</LatitudeDegrees>",
                   "<LatitudeDegrees>0</LatitudeDegrees>");
    broken.replace("<LongitudeDegrees>11.5</LongitudeDegrees></Position><AltitudeMeters>520"
                   "</AltitudeMeters><DistanceMeters>0</DistanceMeters>",
                   "<LongitudeDegrees>0</LongitudeDegrees></Position><AltitudeMeters>520"
                   "</AltitudeMeters><DistanceMeters>0</DistanceMeters>");
    auto bike = readTcx(broken);
    ASSERT_TRUE(bike) << bike.message().toStdString();
    EXPECT_EQ(bike->activities.at(0).sport, Sport::Cycling);
    EXPECT_FALSE(bike->activities.at(0).avgCadenceSpm);
    EXPECT_TRUE(bike->notes.join(QString()).contains(QLatin1String("ignored 1 positions")))
        << bike->notes.join(QLatin1Char('|')).toStdString();

    const QByteArray multi =
        "<TrainingCenterDatabase><Activities><MultiSportSession><FirstSport><Activity "
        "Sport=\"Biking\"><Id>2021-06-01T05:00:00Z</Id>" +
        trackpoints(0, 30) +
        "</Activity></FirstSport><NextSport><Activity Sport=\"Running\">"
        "<Id>2021-06-01T05:01:00Z</Id>" +
        trackpoints(60, 30) +
        "</Activity></NextSport></MultiSportSession></Activities></TrainingCenterDatabase>";
    auto legs = readTcx(multi);
    ASSERT_TRUE(legs) << legs.message().toStdString();
    ASSERT_EQ(legs->activities.size(), 2u);
    EXPECT_EQ(legs->activities[1].sport, Sport::Running);
    EXPECT_EQ(legs->activities[1].origin, QStringLiteral("activity 2"));
}
