// End-to-end through the built binary: the command-line contract of design.md section 3.
#include "cli/cli_fixture.h"
#include "support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using stridewell::test::ProcessResult;
using stridewell::test::runStridewell;

using Cli = stridewell::test::CliFixture;

TEST_F(Cli, HelpVersionAndUnknownCommands)
{
    ProcessResult help = runStridewell({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command :
         {"athlete add", "log run", "log symptom", "log calf-test", "log strength", "shoe add",
          "import", "runs", "export", "demo", "check", "backup"})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
    ProcessResult runHelp =
        runStridewell({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--help")});
    EXPECT_EQ(runHelp.exitCode, 0);
    EXPECT_TRUE(runHelp.out.contains(QStringLiteral("--duration H:MM:SS")));
    // The first word of several commands: help lists them, alone it is a usage error.
    ProcessResult logHelp = runStridewell({QStringLiteral("log"), QStringLiteral("--help")});
    EXPECT_EQ(logHelp.exitCode, 0);
    EXPECT_TRUE(logHelp.out.startsWith(QStringLiteral("The log commands:\n  log run --athlete A")))
        << logHelp.out.toStdString();
    for (const char* command :
         {"  log symptom --athlete A", "  log calf-test --athlete A", "  log strength --athlete A"})
        EXPECT_TRUE(logHelp.out.contains(QLatin1String(command))) << command;
    EXPECT_FALSE(logHelp.out.contains(QStringLiteral("athlete add")));
    expectUsageError({QStringLiteral("log")},
                     "log: say which one (log run, log symptom, log calf-test,");
    expectUsageError({QStringLiteral("log"), QStringLiteral("swim")},
                     "unknown command \"log swim\" (log run, log symptom,");
    ProcessResult version = runStridewell({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("stridewell ")));
    expectUsageError({QStringLiteral("fly")}, "unknown command \"fly\"");
    expectUsageError({QStringLiteral("runs"), QStringLiteral("--bogus")}, "Unknown option 'bogus'");
    expectUsageError({QStringLiteral("--units"), QStringLiteral("furlong"), QStringLiteral("runs")},
                     "--units");
    EXPECT_FALSE(QFileInfo::exists(db)) << "a usage error writes nothing";
}

TEST_F(Cli, AthletesAddAndListAsJson)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann Lee")});
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Bob")});
    const QJsonArray athletes =
        jsonArray({QStringLiteral("athlete"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(athletes.size(), 2);
    EXPECT_EQ(athletes[0].toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Ann Lee"));
    EXPECT_TRUE(athletes[0].toObject().value(QStringLiteral("id")).isDouble());
    EXPECT_EQ(athletes[0].toObject().keys(),
              (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    ProcessResult dup =
        sw({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("ann lee")});
    EXPECT_EQ(dup.exitCode, 1);
    EXPECT_TRUE(dup.err.startsWith(
        QStringLiteral("stridewell: error: athlete \"ann lee\": already in this log")));

    // With two athletes, leaving out --athlete fails and names them.
    ProcessResult ambiguous = sw({QStringLiteral("runs")});
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("Ann Lee, Bob")))
        << ambiguous.err.toStdString();
    ProcessResult unknown =
        sw({QStringLiteral("runs"), QStringLiteral("--athlete"), QStringLiteral("Carla")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no athlete named \"Carla\"")));
}

TEST_F(Cli, LogRunThenListItInTheContractShape)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")});
    ok({QStringLiteral("log"),        QStringLiteral("run"),
        QStringLiteral("--athlete"),  QStringLiteral("Ann"),
        QStringLiteral("--date"),     QStringLiteral("2024-03-04"),
        QStringLiteral("--time"),     QStringLiteral("07:15"),
        QStringLiteral("--distance"), QStringLiteral("10.5"),
        QStringLiteral("--duration"), QStringLiteral("0:55:30"),
        QStringLiteral("--cadence"),  QStringLiteral("172"),
        QStringLiteral("--hr"),       QStringLiteral("148"),
        QStringLiteral("--rpe"),      QStringLiteral("5"),
        QStringLiteral("--type"),     QStringLiteral("easy"),
        QStringLiteral("--surface"),  QStringLiteral("road"),
        QStringLiteral("--shoe"),     QStringLiteral("Pegasus 39"),
        QStringLiteral("--notes"),    QStringLiteral("X' OR '1'='1 100%")});
    ok({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--date"),
        QStringLiteral("2024-03-02"), QStringLiteral("--distance"), QStringLiteral("5"),
        QStringLiteral("--duration"), QStringLiteral("30:00")});

    const QJsonArray runs = jsonArray({QStringLiteral("runs"), QStringLiteral("--athlete"),
                                       QStringLiteral("Ann"), QStringLiteral("--json")});
    ASSERT_EQ(runs.size(), 2);
    const QJsonObject early = runs[0].toObject();
    EXPECT_EQ(early.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-02"))
        << "oldest first";
    EXPECT_TRUE(early.value(QStringLiteral("rpe")).isNull());
    EXPECT_TRUE(early.value(QStringLiteral("avg_cadence_spm")).isNull());
    EXPECT_TRUE(early.value(QStringLiteral("shoe")).isNull());
    const QJsonObject run = runs[1].toObject();
    const QStringList keys = {
        QStringLiteral("avg_cadence_spm"), QStringLiteral("avg_hr_bpm"), QStringLiteral("date"),
        QStringLiteral("distance_m"),      QStringLiteral("elapsed_s"),  QStringLiteral("id"),
        QStringLiteral("notes"),           QStringLiteral("rpe"),        QStringLiteral("shoe"),
        QStringLiteral("source"),          QStringLiteral("start"),      QStringLiteral("surface"),
        QStringLiteral("timer_s"),         QStringLiteral("type")};
    EXPECT_EQ(run.keys(), keys);
    EXPECT_EQ(run.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-04"));
    EXPECT_EQ(run.value(QStringLiteral("start")).toString(),
              QStringLiteral("2024-03-04T07:15:00+01:00"));
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("distance_m")).toDouble(), 10500);
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("elapsed_s")).toDouble(), 3330);
    EXPECT_TRUE(run.value(QStringLiteral("timer_s")).isNull());
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("avg_cadence_spm")).toDouble(), 172);
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("avg_hr_bpm")).toDouble(), 148);
    EXPECT_EQ(run.value(QStringLiteral("rpe")).toInt(), 5);
    EXPECT_EQ(run.value(QStringLiteral("shoe")).toString(), QStringLiteral("Pegasus 39"));
    EXPECT_EQ(run.value(QStringLiteral("notes")).toString(), QStringLiteral("X' OR '1'='1 100%"));
    EXPECT_EQ(run.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));

    // Date filters and miles in the readable table.
    EXPECT_EQ(jsonArray({QStringLiteral("runs"), QStringLiteral("--from"),
                         QStringLiteral("2024-03-03"), QStringLiteral("--json")})
                  .size(),
              1);
    ProcessResult miles =
        ok({QStringLiteral("--units"), QStringLiteral("mi"), QStringLiteral("runs")});
    EXPECT_TRUE(miles.out.contains(QStringLiteral("6.52"))) << miles.out.toStdString(); // 10.5 km
    EXPECT_TRUE(miles.out.contains(QStringLiteral("9.63 mi")))
        << miles.out.toStdString(); // 15.5 km in all
}

TEST_F(Cli, BadArgumentsAreUsageErrorsAndWriteNothing)
{
    const QStringList base = {QStringLiteral("log"),        QStringLiteral("run"),
                              QStringLiteral("--date"),     QStringLiteral("2024-03-04"),
                              QStringLiteral("--distance"), QStringLiteral("10"),
                              QStringLiteral("--duration"), QStringLiteral("0:50:00")};
    auto with = [&](const QStringList& replace) {
        QStringList args = base;
        for (int i = 0; i + 1 < replace.size(); i += 2) {
            const int at = int(args.indexOf(replace[i]));
            if (at >= 0)
                args[at + 1] = replace[i + 1];
            else
                args << replace[i] << replace[i + 1];
        }
        return args;
    };
    expectUsageError(with({QStringLiteral("--date"), QStringLiteral("2024-13-01")}),
                     "--date: \"2024-13-01\" is not a date");
    // Dates from 1990 to tomorrow: not year 1, 2117 or 9999 (design.md section 7).
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const char* date : {"0001-01-01", "1989-12-31", "2117-01-01", "9999-12-31"}) {
        const QByteArray expected =
            QDate::fromString(QLatin1String(date), Qt::ISODate).year() < 1990
                ? QByteArray("--date: ") + date +
                      " is before 1990-01-01, the earliest day a run can "
                      "have"
                : QByteArray("--date: ") + date + " is more than a day after today (" +
                      today.toLatin1() + ")";
        expectUsageError(with({QStringLiteral("--date"), QLatin1String(date)}), expected.data());
    }
    expectUsageError(
        with({QStringLiteral("--date"), QDate::currentDate().addDays(2).toString(Qt::ISODate)}),
        "is more than a day after today");
    expectUsageError(with({QStringLiteral("--distance"), QStringLiteral("ten")}),
                     "--distance: \"ten\" is not a number");
    expectUsageError(with({QStringLiteral("--distance"), QStringLiteral("-3")}),
                     "--distance: must not be negative");
    expectUsageError(with({QStringLiteral("--distance"), QStringLiteral("0")}),
                     "--distance: must be more than 0");
    expectUsageError(with({QStringLiteral("--duration"), QStringLiteral("0:00:00")}),
                     "duration: must be more than 0");
    expectUsageError(with({QStringLiteral("--duration"), QStringLiteral("fast")}), "--duration");
    expectUsageError(with({QStringLiteral("--rpe"), QStringLiteral("11")}),
                     "--rpe: 11 is out of range (0 to 10)");
    expectUsageError(with({QStringLiteral("--cadence"), QStringLiteral("50")}),
                     "--cadence: 50 is out of range (100 to 260)");
    expectUsageError(with({QStringLiteral("--time"), QStringLiteral("25:00")}), "--time");
    expectUsageError({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--distance"),
                      QStringLiteral("5")},
                     "--date: required");
    expectUsageError({QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"),
                      QStringLiteral("2024-03-04"), QStringLiteral("--location"),
                      QStringLiteral("knee"), QStringLiteral("--side"), QStringLiteral("left"),
                      QStringLiteral("--pain"), QStringLiteral("3")},
                     "--location: \"knee\" is not one of calf_medial_lower");
    expectUsageError({QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"),
                      QStringLiteral("2024-03-04"), QStringLiteral("--location"),
                      QStringLiteral("achilles"), QStringLiteral("--side"), QStringLiteral("left"),
                      QStringLiteral("--pain"), QStringLiteral("12")},
                     "--pain: 12 is out of range (0 to 10)");
    expectUsageError({QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"),
                      QStringLiteral("2024-03-04"), QStringLiteral("--location"),
                      QStringLiteral("achilles"), QStringLiteral("--side"), QStringLiteral("left"),
                      QStringLiteral("--pain"), QStringLiteral("2"), QStringLiteral("--red-flag"),
                      QStringLiteral("itchy")},
                     "--red-flag: \"itchy\" is not one of");
    expectUsageError({QStringLiteral("log"), QStringLiteral("strength"), QStringLiteral("--date"),
                      QStringLiteral("2024-03-04"), QStringLiteral("--circuit"),
                      QStringLiteral("yoga")},
                     "--circuit: \"yoga\" is not one of");
    expectUsageError({QStringLiteral("log"), QStringLiteral("calf-test"), QStringLiteral("--date"),
                      QStringLiteral("2024-03-04"), QStringLiteral("--left"), QStringLiteral("20")},
                     "--right: required");
    expectUsageError({QStringLiteral("runs"), QStringLiteral("--from"),
                      QStringLiteral("2024-05-01"), QStringLiteral("--to"),
                      QStringLiteral("2024-04-01")},
                     "--from: 2024-05-01 is after --to 2024-04-01");
    expectUsageError({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xls"),
                      QStringLiteral("-o"), dir.filePath(QStringLiteral("x"))},
                     "--format: \"xls\"");
    expectUsageError({QStringLiteral("import")}, "give at least one file");
    EXPECT_FALSE(QFileInfo::exists(db)) << "no usage error created the log";
}

TEST_F(Cli, SymptomsCalfTestsStrengthAndShoes)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")});
    ProcessResult symptom = ok(
        {QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"),
         QStringLiteral("2024-03-05"), QStringLiteral("--location"), QStringLiteral("calf_belly"),
         QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--pain"),
         QStringLiteral("6"), QStringLiteral("--red-flag"), QStringLiteral("swelling"),
         QStringLiteral("--red-flag"), QStringLiteral("shortness_of_breath")});
    EXPECT_TRUE(symptom.out.startsWith(QStringLiteral("RED FLAG - Call emergency services now")))
        << symptom.out.toStdString();
    ProcessResult plain =
        ok({QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"),
            QStringLiteral("2024-03-06"), QStringLiteral("--location"),
            QStringLiteral("calf_medial_lower"), QStringLiteral("--side"), QStringLiteral("right"),
            QStringLiteral("--pain"), QStringLiteral("3"), QStringLiteral("--type"),
            QStringLiteral("tightness"), QStringLiteral("--timing"), QStringLiteral("next_morning"),
            QStringLiteral("--stretch"), QStringLiteral("bent")});
    EXPECT_TRUE(plain.out.startsWith(
        QStringLiteral("logged symptom 2024-03-06: calf_medial_lower, right, pain 3/10")));
    ProcessResult test =
        ok({QStringLiteral("log"), QStringLiteral("calf-test"), QStringLiteral("--date"),
            QStringLiteral("2024-03-07"), QStringLiteral("--left"), QStringLiteral("18"),
            QStringLiteral("--right"), QStringLiteral("25")});
    EXPECT_TRUE(test.out.contains(QStringLiteral("the left side is 28% weaker")))
        << test.out.toStdString();
    ok({QStringLiteral("log"), QStringLiteral("strength"), QStringLiteral("--date"),
        QStringLiteral("2024-03-08"), QStringLiteral("--circuit"), QStringLiteral("soleus"),
        QStringLiteral("--pain"), QStringLiteral("2")});
    ProcessResult shoe =
        ok({QStringLiteral("shoe"), QStringLiteral("add"), QStringLiteral("Novablast 4"),
            QStringLiteral("--limit-km"), QStringLiteral("650"), QStringLiteral("--start-km"),
            QStringLiteral("120")});
    EXPECT_TRUE(shoe.out.contains(QStringLiteral("limit 650 km, already on it 120 km")));
    ProcessResult again =
        sw({QStringLiteral("shoe"), QStringLiteral("add"), QStringLiteral("novablast 4")});
    EXPECT_EQ(again.exitCode, 1);
}

TEST_F(Cli, ImportsCsvFilesAndRejectsBadOnesWhole)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")});
    const QString good = QStringLiteral(STRIDEWELL_TEST_DATA "/csv/runs_km.csv");
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    stridewell::test::writeFile(bad, "date,distance_km,duration\n2024-05-01,5,0:30:00\n2024-05-02,"
                                     "5,0:30:00,\n2024-05-03,abc,0:30:00\n");
    ProcessResult r = sw({QStringLiteral("import"), good, bad});
    EXPECT_EQ(r.exitCode, 1) << "a rejected file makes the command fail";
    EXPECT_TRUE(r.out.contains(QStringLiteral("imported  ") + good + QStringLiteral(" (3 runs)")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("rejected  ") + bad)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("2 files: 1 imported (3 runs), 0 duplicate, 0 skipped, 1 rejected")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("stridewell: error: ") + bad +
                               QStringLiteral(": line 4: bad distance")))
        << r.err.toStdString();
    EXPECT_EQ(jsonArray({QStringLiteral("runs"), QStringLiteral("--json")}).size(), 3)
        << "nothing of bad.csv";

    ProcessResult again = ok({QStringLiteral("import"), good});
    EXPECT_TRUE(again.out.contains(QStringLiteral("duplicate ") + good));

    // Strava's activities.csv: runs kept, the ride skipped with a note.
    ProcessResult strava = ok({QStringLiteral("import"),
                               QStringLiteral(STRIDEWELL_TEST_DATA "/csv/strava_activities.csv")});
    EXPECT_TRUE(strava.out.contains(QStringLiteral("(2 runs)"))) << strava.out.toStdString();
    EXPECT_TRUE(strava.out.contains(QStringLiteral("note: line 3: skipped a ride")))
        << strava.out.toStdString();
}

TEST_F(Cli, ExportsCsvThatImportsBack)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")});
    ok({QStringLiteral("import"), QStringLiteral(STRIDEWELL_TEST_DATA "/csv/runs_km.csv")});
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    ok({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("-o"), out});
    const QString text = QString::fromUtf8(stridewell::test::readFile(out));
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "date,distance_km,duration,avg_cadence_spm,avg_hr_bpm,rpe,type,surface,shoe,notes\n")));
    EXPECT_TRUE(text.contains(
        QStringLiteral(",10.500,0:55:30,172.0,148,5,easy,road,Pegasus 39,\"Easy, felt good\"")))
        << text.toStdString();

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    ProcessResult add = runStridewell({QStringLiteral("--db"), other, QStringLiteral("athlete"),
                                       QStringLiteral("add"), QStringLiteral("Copy")});
    ASSERT_EQ(add.exitCode, 0);
    ProcessResult back =
        runStridewell({QStringLiteral("--db"), other, QStringLiteral("import"), out});
    EXPECT_EQ(back.exitCode, 0) << back.err.toStdString();
    ProcessResult list = runStridewell(
        {QStringLiteral("--db"), other, QStringLiteral("runs"), QStringLiteral("--json")});
    const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs[2].toObject().value(QStringLiteral("notes")).toString(),
              QStringLiteral("Half \"marathon\" PB"));
}

TEST_F(Cli, DemoCheckAndBackup)
{
    ProcessResult demo =
        ok({QStringLiteral("demo"), QStringLiteral("--end"), QStringLiteral("2024-06-30")});
    EXPECT_TRUE(demo.out.contains(QStringLiteral("added demo athlete \"Alex (demo)\": 20 weeks")))
        << demo.out.toStdString();
    const QJsonArray runs = jsonArray({QStringLiteral("runs"), QStringLiteral("--json")});
    EXPECT_GT(runs.size(), 60);
    ProcessResult check = ok({QStringLiteral("check")});
    EXPECT_TRUE(check.out.startsWith(QStringLiteral("ok: "))) << check.out.toStdString();
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    ok({QStringLiteral("backup"), QStringLiteral("-o"), copy});
    EXPECT_TRUE(QFileInfo(copy).size() > 0);
    expectUsageError({QStringLiteral("backup"), QStringLiteral("-o"), copy}, "already exists");
    ProcessResult fromCopy = runStridewell(
        {QStringLiteral("--db"), copy, QStringLiteral("runs"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(fromCopy.out.toUtf8()).array().size(), runs.size());
}

TEST_F(Cli, ReadCommandsDoNotCreateALogAndTheEnvironmentPicksTheFile)
{
    ProcessResult r = sw({QStringLiteral("runs")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no log here yet")));
    EXPECT_FALSE(QFileInfo::exists(db));

    QProcessEnvironment env;
    env.insert(QStringLiteral("STRIDEWELL_DB"), dir.filePath(QStringLiteral("env.sqlite")));
    ASSERT_EQ(runStridewell(
                  {QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Env")}, env)
                  .exitCode,
              0);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("env.sqlite"))));
    QProcessEnvironment xdg;
    xdg.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
    ASSERT_EQ(runStridewell(
                  {QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Xdg")}, xdg)
                  .exitCode,
              0);
    const QString xdgLog = dir.filePath(QStringLiteral("xdg/stridewell/stridewell.sqlite"));
    EXPECT_TRUE(QFileInfo::exists(xdgLog));
    EXPECT_EQ(QFileInfo(xdgLog).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              0);
}

TEST_F(Cli, RefusesALogFromTheFuture)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE x (y)"));
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 7"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = stridewell::test::readFile(db);
    ProcessResult r = sw({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version of Stridewell")))
        << r.err.toStdString();
    EXPECT_EQ(stridewell::test::readFile(db), before);
}
