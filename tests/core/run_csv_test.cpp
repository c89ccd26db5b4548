#include "import/csv_table.h"
#include "import/import_service.h"
#include "import/run_csv.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <csignal>
#include <sys/resource.h>

using namespace stridewell;
using namespace stridewell::core;
using stridewell::test::TempLog;

namespace {

QByteArray fixture(const char* name)
{
    return test::readFile(QStringLiteral(STRIDEWELL_TEST_DATA "/csv/") + QLatin1String(name));
}

Result<ParsedFile> readText(const char* text)
{
    return run_csv::read(QByteArray(text), QStringLiteral("runs.csv"));
}

void expectRejected(const char* text, const char* expected)
{
    auto parsed = readText(text);
    ASSERT_FALSE(parsed) << "accepted: " << text;
    EXPECT_TRUE(parsed.message().contains(QLatin1String(expected)))
        << "message: " << parsed.message().toStdString() << "\nexpected to contain: " << expected;
    EXPECT_TRUE(parsed.message().startsWith(QStringLiteral("runs.csv: ")))
        << parsed.message().toStdString();
}

} // namespace

TEST(RunCsv, ReadsKilometresAllDurationFormsAndOptionalColumns)
{
    auto parsed = run_csv::read(fixture("runs_km.csv"), QStringLiteral("runs_km.csv"));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    ASSERT_EQ(parsed->activities.size(), 3u);
    const ParsedActivity& a = parsed->activities[0];
    EXPECT_DOUBLE_EQ(a.distance.inMetres(), 10500);
    EXPECT_DOUBLE_EQ(a.elapsed.value_or(Duration()).inSeconds(), 55 * 60 + 30);
    EXPECT_EQ(a.avgCadenceSpm, 172);
    EXPECT_EQ(a.avgHrBpm, 148);
    EXPECT_EQ(a.rpe, 5);
    EXPECT_EQ(a.type, QStringLiteral("easy"));
    EXPECT_EQ(a.shoeName, QStringLiteral("Pegasus 39"));
    EXPECT_EQ(a.notes, QStringLiteral("Easy, felt good"));
    EXPECT_EQ(a.start.date(), QDate(2024, 3, 4));
    EXPECT_EQ(a.start.timeSpec(), Qt::LocalTime);

    const ParsedActivity& b = parsed->activities[1];
    EXPECT_DOUBLE_EQ(b.elapsed.value_or(Duration()).inSeconds(), 42 * 60 + 10) << "MM:SS";
    EXPECT_EQ(b.start.offsetFromUtc(), 3600);
    EXPECT_EQ(b.start.toUTC(), QDateTime(QDate(2024, 3, 6), QTime(17, 15), Qt::UTC));
    EXPECT_FALSE(b.avgCadenceSpm.has_value()) << "an empty cell is not recorded";
    EXPECT_FALSE(b.rpe.has_value());

    const ParsedActivity& c = parsed->activities[2];
    EXPECT_DOUBLE_EQ(c.elapsed.value_or(Duration()).inSeconds(), 6330) << "plain seconds";
    EXPECT_EQ(c.notes, QStringLiteral("Half \"marathon\" PB"));
}

TEST(RunCsv, ReadsMilesSemicolonsBomCrlfAndMetres)
{
    auto miles = run_csv::read(fixture("runs_mi_semicolon.csv"), QStringLiteral("mi.csv"));
    ASSERT_TRUE(miles) << miles.message().toStdString();
    ASSERT_EQ(miles->activities.size(), 2u);
    EXPECT_NEAR(miles->activities[0].distance.inMetres(), 6.2 * 1609.344, 1e-6);
    EXPECT_EQ(miles->activities[0].notes, QStringLiteral("semi;colon"));
    auto metres = run_csv::read(fixture("runs_m.csv"), QStringLiteral("m.csv"));
    ASSERT_TRUE(metres) << metres.message().toStdString();
    EXPECT_DOUBLE_EQ(metres->activities[0].distance.inKm(), 8.0);
    EXPECT_DOUBLE_EQ(metres->activities[0].elapsed.value_or(Duration()).inMinutes(), 45.0);
}

TEST(RunCsv, RejectsTheWholeFileNamingLineAndReason)
{
    expectRejected("date,distance_km,duration\n2024-03-01,5,0:30:00\n2024-13-01,5,0:30:00\n",
                   "line 3: bad date");
    expectRejected("date,distance_km,duration\n2024-03-01,-5,0:30:00\n",
                   "line 2: distance: must not be negative");
    expectRejected("date,distance_km,duration\n2024-03-01,900,80:00:00\n",
                   "line 2: distance: 900.0 km is more");
    expectRejected("date,distance_km,duration\n2024-03-01,5,0:00:00\n",
                   "line 2: duration: must be more than 0");
    expectRejected("date,distance_km,duration,avg_cadence_spm\n2024-03-01,5,0:30:00,99\n",
                   "line 2: cadence");
    expectRejected("date,distance_km,duration,avg_cadence_spm\n2024-03-01,5,0:30:00,261\n",
                   "outside 100-260");
    expectRejected("date,distance_km,duration,rpe\n2024-03-01,5,0:30:00,11\n",
                   "line 2: RPE: 11 is outside 0-10");
    expectRejected("date,distance_furlongs,duration\n2024-03-01,5,0:30:00\n",
                   "unknown distance unit");
    expectRejected("date,distance_km\n2024-03-01,5\n", "missing column duration");
    expectRejected("date,distance_km,duration\n2024-03-01,ten,0:30:00\n", "bad distance \"ten\"");
    expectRejected("date,distance_km,duration\n2024-03-01,5,0:75:00\n", "bad duration");
    expectRejected("date,distance_km,duration\n2024-03-01,42,0:30:00\n", "faster than anyone");
    expectRejected("date,distance_km,duration,notes\n2024-03-01,5,0:30:00,\"never closed\n",
                   "never closed");
    expectRejected("date,distance_km,duration\n", "no runs below the header");
    expectRejected("date,distance_km,duration\n2024-03-01,5,0:30:00\n1985-06-01,5,0:30:00\n",
                   "line 3: date: 1985-06-01 is before 1990-01-01");
    expectRejected("date,distance_km,duration\n9999-01-01,5,0:30:00\n",
                   "line 2: date: 9999-01-01 is more than a day after today");
}

TEST(RunCsv, AFileOfMoreThanAHundredThousandRowsIsRefusedBeforeItIsAllRead)
{
    QByteArray csv = "date,distance_km,duration\n";
    for (int i = 0; i < 100000; ++i)
        csv += "2024-03-01,5,0:30:00\n";
    auto parsed = run_csv::read(csv, QStringLiteral("runs.csv"));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->activities.size(), 100000u);
    // One row more, and a broken quote further on that a full parse would have met first: the
    // file is refused at the row too many, without reading on.
    csv += "2024-03-01,5,0:30:00\n2024-03-01,5,0:30:00,\"never closed\n";
    parsed = run_csv::read(csv, QStringLiteral("runs.csv"));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.message(), QStringLiteral("runs.csv: line 100002: more than the 100000 rows "
                                               "below the header one file may hold; nothing was "
                                               "imported"));
}

TEST(RunCsv, ReadsStravaActivitiesSkippingNonRuns)
{
    auto parsed = run_csv::read(fixture("strava_activities.csv"), QStringLiteral("activities.csv"));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    ASSERT_EQ(parsed->activities.size(), 2u);
    const ParsedActivity& run = parsed->activities[0];
    EXPECT_EQ(run.start, QDateTime(QDate(2021, 1, 7), QTime(7, 31, 22), Qt::UTC));
    EXPECT_DOUBLE_EQ(run.distance.inMetres(), 10021.5) << "the second Distance column is in metres";
    EXPECT_DOUBLE_EQ(run.elapsed.value_or(Duration()).inSeconds(), 3120);
    EXPECT_DOUBLE_EQ(run.timer->inSeconds(), 3005);
    EXPECT_EQ(run.avgHrBpm, 151.2);
    EXPECT_EQ(run.avgCadenceSpm, 169.0) << "strides doubled to steps";
    EXPECT_TRUE(run.notes.contains(QStringLiteral("Cadence doubled")));
    EXPECT_EQ(run.rpe, 6);
    EXPECT_EQ(run.shoeName, QStringLiteral("Pegasus 37"));
    EXPECT_TRUE(run.notes.startsWith(QStringLiteral("Morning Run\nCold, windy")));
    EXPECT_EQ(parsed->activities[1].sport, Sport::TrailRunning);
    ASSERT_EQ(parsed->notes.size(), 1);
    EXPECT_TRUE(parsed->notes.front().contains(QStringLiteral("ride")));
}

TEST(RunCsv, AnUnknownDurationIsAnEmptyCellOutAndStillRequiredIn)
{
    core::Run run;
    run.startUtc = QDateTime(QDate(2024, 5, 12), QTime(10, 0), Qt::UTC);
    run.utcOffsetS = 7200;
    run.distance = Distance::metres(1796.383); // a GPS track without times
    const QString text = QString::fromUtf8(run_csv::write({run}));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1], QStringLiteral("2024-05-12T12:00:00+02:00,1.796,,,,,,,,"));
    // A row typed by hand must say how long the run took.
    auto parsed = run_csv::read(text.toUtf8(), QStringLiteral("x.csv"));
    ASSERT_FALSE(parsed);
    EXPECT_TRUE(parsed.message().contains(QLatin1String("line 2: missing duration")))
        << parsed.message().toStdString();
}

TEST(RunCsv, WritesDotDecimalsInEveryLocaleAndNeutralisesFormulas)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    core::Run run;
    run.startUtc = QDateTime(QDate(2024, 3, 4), QTime(6, 30), Qt::UTC);
    run.utcOffsetS = 3600;
    run.distance = Distance::km(10.5);
    run.elapsed = Duration::seconds(3330);
    run.avgCadenceSpm = 171.5;
    run.notes = QStringLiteral("=HYPERLINK(\"http://x\")");
    run.type = QStringLiteral("+easy");
    run.surface = QStringLiteral("@road");
    run.shoeName = QStringLiteral("-5 pair");
    const QString text = QString::fromUtf8(run_csv::write({run}));
    QLocale::setDefault(previous);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(
        lines[1],
        QStringLiteral("2024-03-04T07:30:00+01:00,10.500,0:55:30,171.5,,,'+easy,'@road,'-5 pair,"
                       "\"'=HYPERLINK(\"\"http://x\"\")\""));

    // Read back: the guard quote comes off again.
    auto parsed = run_csv::read(text.toUtf8(), QStringLiteral("x.csv"));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->activities[0].notes, run.notes);
    EXPECT_EQ(parsed->activities[0].type, run.type);
    EXPECT_EQ(parsed->activities[0].start.toUTC(), run.startUtc);
    EXPECT_EQ(csvCell(QString(QChar(0)) + QStringLiteral("x")).front(), QLatin1Char('\''));
    EXPECT_EQ(csvCell(QStringLiteral("\tx")).front(), QLatin1Char('\''));
}

TEST(RunCsv, AFailedSaveLeavesTheOldFileIntact)
{
    TempLog scratch;
    const QString path = scratch.path(QStringLiteral("runs.csv"));
    test::writeFile(path, "old content\n");
    QList<core::Run> runs;
    for (int i = 0; i < 2000; ++i) {
        core::Run run;
        run.startUtc = QDateTime(QDate(2020, 1, 1), QTime(6, 30), Qt::UTC).addDays(i);
        run.distance = Distance::km(5);
        run.elapsed = Duration::minutes(30);
        runs << run;
    }
    // A file-size limit makes the write fail part-way, as a full disk would (works as root too).
    struct rlimit previous
    {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    struct rlimit tiny = previous;
    tiny.rlim_cur = 4096;
    auto oldHandler = ::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const Status saved = run_csv::save(runs, path);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    ::signal(SIGXFSZ, oldHandler);
    EXPECT_FALSE(saved);
    EXPECT_TRUE(saved.ok() || saved.message().contains(path));
    EXPECT_EQ(test::readFile(path), QByteArray("old content\n"));
    EXPECT_EQ(QDir(scratch.path(QString()))
                  .entryList(QDir::Files)
                  .filter(QStringLiteral("runs.csv"))
                  .size(),
              1)
        << "no temporary file left behind";
}

TEST(ImportService, StoresAWholeFileOrNothingAndSpotsDuplicates)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    ImportService service(log.db());
    ImportOptions options;
    options.athleteId = athlete->id;

    const QString bad = log.path(QStringLiteral("bad.csv"));
    test::writeFile(bad, "date,distance_km,duration\n2024-03-01,5,0:30:00\n2024-03-02,5,nope\n");
    FileOutcome rejected = service.importFile(bad, options);
    EXPECT_EQ(rejected.status, FileOutcome::Status::Rejected);
    EXPECT_TRUE(rejected.message.contains(QStringLiteral("line 3")));
    EXPECT_EQ(RunRepository(log.db()).count(athlete->id).value(), 0)
        << "nothing of a rejected file is stored";

    const QString good = QStringLiteral(STRIDEWELL_TEST_DATA "/csv/runs_km.csv");
    FileOutcome first = service.importFile(good, options);
    EXPECT_EQ(first.status, FileOutcome::Status::Imported);
    EXPECT_EQ(first.imported, 3);
    EXPECT_EQ(RunRepository(log.db()).count(athlete->id).value(), 3);
    auto shoes = ShoeRepository(log.db()).list(athlete->id);
    ASSERT_EQ(shoes->size(), 1) << "a new shoe name is added once";
    EXPECT_EQ(shoes->front().name, QStringLiteral("Pegasus 39"));

    FileOutcome again = service.importFile(good, options);
    EXPECT_EQ(again.status, FileOutcome::Status::Duplicate);
    EXPECT_EQ(again.duplicates, 3);
    EXPECT_EQ(RunRepository(log.db()).count(athlete->id).value(), 3);

    // The same run exported and imported again is recognised by date, distance and duration.
    const QString exported = log.path(QStringLiteral("export.csv"));
    ASSERT_TRUE(run_csv::save(RunRepository(log.db()).list(athlete->id).value(), exported));
    EXPECT_EQ(service.importFile(exported, options).status, FileOutcome::Status::Duplicate);
}

TEST(ImportService, ACsvRowIsADuplicateOnlyWhenDateDistanceAndDurationMatch)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    ImportService service(log.db());
    ImportOptions options;
    options.athleteId = athlete->id;
    auto import = [&](const char* name, const QByteArray& csv) {
        const QString path = log.path(QString::fromLatin1(name));
        test::writeFile(path, csv);
        return service.importFile(path, options);
    };
    // Two 5 km runs on one day, morning and evening, given by date only: both start at local
    // noon, so "a start within 60 s and a distance within 2%" took the second for the first.
    FileOutcome two = import("two.csv", "date,distance_km,duration\n"
                                        "2024-03-04,5.0,0:25:00\n"
                                        "2024-03-04,5.0,0:31:00\n");
    EXPECT_EQ(two.status, FileOutcome::Status::Imported);
    EXPECT_EQ(two.imported, 2);
    EXPECT_EQ(two.duplicates, 0);
    EXPECT_EQ(RunRepository(log.db()).count(athlete->id).value(), 2);

    // A row is a duplicate when date, distance and duration all match a stored run, as a CSV
    // rounds them (10 m, 1 s); a change in any one of them makes it another run.
    FileOutcome next = import("next.csv", "date,distance_km,duration\n"
                                          "2024-03-04,5.004,0:25:00\n" // same run
                                          "2024-03-04,5.0,0:31:01\n"   // same run, 1 s
                                          "2024-03-05,5.0,0:25:00\n"   // another day
                                          "2024-03-04,5.2,0:31:00\n"   // another distance
                                          "2024-03-04,5.0,0:28:00\n"); // another duration
    EXPECT_EQ(next.duplicates, 2);
    EXPECT_EQ(next.imported, 3);
    EXPECT_EQ(RunRepository(log.db()).count(athlete->id).value(), 5);

    // A run logged by hand is matched the same way.
    core::Run typed;
    typed.athleteId = athlete->id;
    typed.startUtc = QDateTime(QDate(2024, 3, 9), QTime(17, 45), Qt::UTC);
    typed.utcOffsetS = 3600;
    typed.distance = Distance::km(12);
    typed.elapsed = Duration::minutes(62);
    typed.source = QStringLiteral("manual");
    ASSERT_TRUE(RunRepository(log.db()).add(typed));
    FileOutcome known = import("known.csv", "date,distance_km,duration\n2024-03-09,12,1:02:00\n");
    EXPECT_EQ(known.status, FileOutcome::Status::Duplicate);
}

TEST(ImportService, ExpandsFoldersRecursivelyInNameOrder)
{
    TempLog scratch;
    const QString root = scratch.path(QStringLiteral("exports"));
    QDir().mkpath(root + QStringLiteral("/b/deeper"));
    test::writeFile(root + QStringLiteral("/b/deeper/z.csv"), "x");
    test::writeFile(root + QStringLiteral("/a.csv"), "x");
    test::writeFile(root + QStringLiteral("/readme.txt"), "x");
    const QStringList files = ImportService::expandPaths({root});
    ASSERT_EQ(files.size(), 2);
    EXPECT_TRUE(files[0].endsWith(QStringLiteral("/a.csv")));
    EXPECT_TRUE(files[1].endsWith(QStringLiteral("/b/deeper/z.csv")));
}
