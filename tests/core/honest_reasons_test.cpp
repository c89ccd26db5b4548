// Honest reasons (issue 15): UTF-16 XML is read rather than called "not XML", a track whose
// times all run backwards says so rather than "distance must be more than 0", and NUL bytes in
// CSV text cells are dropped rather than stored and exported.
#include "import/csv_table.h"
#include "import/file_formats.h"
#include "import/import_service.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/activity_fixtures.h"
#include "support/test_support.h"

#include <QStringEncoder>

using namespace stridewell;
using namespace stridewell::core;

namespace {

const QDateTime kStart(QDate(2024, 6, 3), QTime(5, 45), Qt::UTC);

QByteArray utf16(const QByteArray& utf8, QStringEncoder::Encoding order, bool bom)
{
    QStringEncoder encode(order,
                          bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    QByteArray text = utf8;
    text.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    return encode(QString::fromUtf8(text));
}

QByteArray tcxRun()
{
    QByteArray points;
    for (int i = 0; i < 120; ++i)
        points += "<Trackpoint><Time>" + kStart.addSecs(i).toString(Qt::ISODate).toLatin1() +
                  "</Time><DistanceMeters>" + QByteArray::number(3 * i) +
                  "</DistanceMeters></Trackpoint>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
           "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>"
           "<Activity Sport=\"Running\"><Id>" +
           kStart.toString(Qt::ISODate).toLatin1() + "</Id><Lap StartTime=\"" +
           kStart.toString(Qt::ISODate).toLatin1() +
           "\"><TotalTimeSeconds>119</TotalTimeSeconds><DistanceMeters>357</DistanceMeters>"
           "<Track>" +
           points + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n";
}

} // namespace

TEST(HonestReasons, Utf16GpxAndTcxAreReadAsTheirUtf8Selves)
{
    const QByteArray gpx = test::gpxActivity(kStart, 600);
    auto plain = readActivityFile(gpx, QStringLiteral("run.gpx"), {});
    ASSERT_TRUE(plain) << plain.message().toStdString();
    for (const auto order : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE})
        for (const bool bom : {true, false}) {
            auto wide = readActivityFile(utf16(gpx, order, bom), QStringLiteral("run.gpx"), {});
            ASSERT_TRUE(wide) << wide.message().toStdString();
            ASSERT_EQ(wide->activities.size(), 1u);
            EXPECT_DOUBLE_EQ(wide->activities[0].distance.inMetres(),
                             plain->activities[0].distance.inMetres());
            EXPECT_EQ(wide->activities[0].samples.size(), 600u);
            EXPECT_EQ(wide->activities[0].start, kStart);
        }
    auto tcx = readActivityFile(utf16(tcxRun(), QStringEncoder::Utf16LE, true),
                                QStringLiteral("run.tcx"), {});
    ASSERT_TRUE(tcx) << tcx.message().toStdString();
    ASSERT_EQ(tcx->activities.size(), 1u);
    EXPECT_DOUBLE_EQ(tcx->activities[0].distance.inMetres(), 357);

    // Converted first, so a DTD in UTF-16 is refused as one in UTF-8 is.
    const QByteArray dtd = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE gpx [<!ENTITY a "
                           "\"b\">]><gpx/>";
    auto refused =
        readActivityFile(utf16(dtd, QStringEncoder::Utf16LE, true), QStringLiteral("run.gpx"), {});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(QLatin1String("DTD")))
        << refused.message().toStdString();
}

TEST(HonestReasons, AGpxWhoseTimesAllRunBackwardsSaysSo)
{
    QByteArray gpx = "<gpx version=\"1.1\"><trk><trkseg>";
    for (int i = 0; i < 50; ++i)
        gpx += "<trkpt lat=\"" + QByteArray::number(46.0 + 3.0 * i / 111195.0, 'f', 8) +
               "\" lon=\"7\"><time>" + kStart.addSecs(-i).toString(Qt::ISODate).toLatin1() +
               "</time></trkpt>";
    gpx += "</trkseg></trk></gpx>";
    auto parsed = readActivityFile(gpx, QStringLiteral("reversed.gpx"), {});
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.message(),
              QStringLiteral("reversed.gpx: the times run backwards: all 49 points after the "
                             "first are earlier than it, so neither the run's distance nor its "
                             "duration can be measured"));

    // A clock far ahead on the first point leaves as little behind it: said so too.
    QByteArray ahead = test::gpxActivity(kStart, 20);
    ahead.replace(
        "<trkseg>\n",
        "<trkseg>\n<trkpt lat=\"46\" lon=\"7\"><time>2030-01-01T00:00:00Z</time></trkpt>");
    auto aheadParsed = readActivityFile(ahead, QStringLiteral("ahead.gpx"), {});
    ASSERT_FALSE(aheadParsed);
    EXPECT_TRUE(aheadParsed.message().startsWith(
        QStringLiteral("ahead.gpx: the times run backwards: all 20 points after the first")))
        << aheadParsed.message().toStdString();

    test::TempLog log;
    ImportOptions options;
    options.athleteId = AthleteRepository(log.db()).add(QStringLiteral("Robin"))->id;
    const FileOutcome outcome =
        ImportService(log.db()).importData(QStringLiteral("reversed.gpx"), gpx, options);
    EXPECT_EQ(outcome.status, FileOutcome::Status::Rejected);
    EXPECT_TRUE(outcome.message.startsWith(QLatin1String("the times run backwards")))
        << outcome.message.toStdString();
    EXPECT_FALSE(outcome.message.contains(QLatin1String("distance: must be")));
}

TEST(HonestReasons, NulBytesInCsvTextCellsAreDropped)
{
    QByteArray csv("date,distance_km,duration,notes,shoe\n"
                   "2024-06-03,8,0:45:00,\"hills~ and~ wind\",Pega~sus\n");
    csv.replace('~', '\0');
    ASSERT_EQ(csv.count('\0'), 3);
    auto rows = parseCsv(csv, QStringLiteral("runs.csv"));
    ASSERT_TRUE(rows) << rows.message().toStdString();
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[1].cells[3], QStringLiteral("hills and wind"));
    EXPECT_EQ((*rows)[1].cells[4], QStringLiteral("Pegasus"));

    test::TempLog log;
    ImportOptions options;
    options.athleteId = AthleteRepository(log.db()).add(QStringLiteral("Robin"))->id;
    const FileOutcome outcome =
        ImportService(log.db()).importData(QStringLiteral("runs.csv"), csv, options);
    ASSERT_EQ(outcome.status, FileOutcome::Status::Imported) << outcome.message.toStdString();
    auto runs = RunRepository(log.db()).list(options.athleteId);
    ASSERT_TRUE(runs);
    ASSERT_EQ(runs->size(), 1);
    EXPECT_EQ(runs->front().notes, QStringLiteral("hills and wind"));
    EXPECT_EQ(runs->front().shoeName, QStringLiteral("Pegasus"));
}
