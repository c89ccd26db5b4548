#include "model/run.h"
#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/run_repository.h"
#include "storage/sample_codec.h"
#include "storage/sql_connection.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"
#include "support/raw_sql.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sys/stat.h>

using namespace stridewell;
using namespace stridewell::core;
using stridewell::test::rawSql;
using stridewell::test::TempLog;

namespace {

int pragma(Database& db, const char* name)
{
    QSqlQuery q(sqlConnection(db));
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    q.next();
    return q.value(0).toInt();
}

QString pragmaText(Database& db, const char* name)
{
    QSqlQuery q(sqlConnection(db));
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    q.next();
    return q.value(0).toString();
}

Run sampleRun(qint64 athleteId, const QDateTime& start, double km)
{
    core::Run run;
    run.athleteId = athleteId;
    run.startUtc = start;
    run.utcOffsetS = 3600;
    run.distance = Distance::km(km);
    run.elapsed = Duration::minutes(km * 6);
    run.source = QStringLiteral("manual");
    return run;
}

} // namespace

TEST(Database, NewFileGetsSchemaWalForeignKeysAndOwnerOnlyPermissions)
{
    TempLog log;
    EXPECT_EQ(pragma(log.db(), "user_version"), Database::kSchemaVersion);
    EXPECT_EQ(pragmaText(log.db(), "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(log.db(), "foreign_keys"), 1);
    EXPECT_GE(pragma(log.db(), "busy_timeout"), 1000);
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(log.logPath()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_TRUE(log.db().migrationBackupPath().isEmpty()) << "a new empty file needs no backup";
}

TEST(Database, OpensTheCommittedVersion1LogWithItsData)
{
    TempLog scratch;
    const QString copy = scratch.path(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STRIDEWELL_TEST_DATA "/logs/v1.sqlite"), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = Database::open(copy);
    ASSERT_TRUE(db) << db.message().toStdString();
    EXPECT_EQ(pragma(**db, "user_version"), Database::kSchemaVersion);
    auto athletes = AthleteRepository(**db).list();
    ASSERT_TRUE(athletes);
    ASSERT_EQ(athletes->size(), 1);
    EXPECT_EQ(athletes->front().name, QStringLiteral("Fixture Runner"));
    auto runs = RunRepository(**db).list(athletes->front().id);
    ASSERT_TRUE(runs);
    ASSERT_EQ(runs->size(), 2);
    EXPECT_DOUBLE_EQ(runs->at(0).distance.inMetres(), 10000.0);
    EXPECT_EQ(runs->at(1).shoeName, QStringLiteral("Old pair"));
}

TEST(Database, RefusesALogFromANewerVersionAndLeavesItUntouched)
{
    TempLog scratch;
    const QString path = scratch.path(QStringLiteral("future.sqlite"));
    rawSql(path, {QStringLiteral("CREATE TABLE future_thing (x)"),
                  QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = test::readFile(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.message().contains(QStringLiteral("newer version")))
        << db.message().toStdString();
    EXPECT_TRUE(db.message().contains(path));
    EXPECT_EQ(test::readFile(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(Database, BacksUpBeforeMigratingAndRollsBackAFailedMigration)
{
    TempLog scratch;
    const QString path = scratch.path(QStringLiteral("foreign.sqlite"));
    // Version 0 with content: the v1 step's CREATE TABLE athlete collides and fails.
    rawSql(path, {QStringLiteral("CREATE TABLE athlete (x)"),
                  QStringLiteral("INSERT INTO athlete VALUES (42)")});
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.message().contains(QStringLiteral("upgrade to schema 1")))
        << db.message().toStdString();
    const QStringList backups =
        QDir(scratch.path(QString())).entryList({QStringLiteral("foreign.sqlite.v0-*.bak")});
    ASSERT_EQ(backups.size(), 1);
    // The failed step left nothing behind: still version 0, the old table and row intact.
    QSqlDatabase raw =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    raw.setDatabaseName(path);
    ASSERT_TRUE(raw.open());
    {
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA user_version"));
        q.next();
        EXPECT_EQ(q.value(0).toInt(), 0);
        q.exec(QStringLiteral("SELECT x FROM athlete"));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 42);
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'run'"));
        q.next();
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST(Database, RejectsAFileThatIsNotALog)
{
    TempLog scratch;
    const QString path = scratch.path(QStringLiteral("notes.txt"));
    test::writeFile(path, "hello, this is not a database at all");
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.message().contains(QStringLiteral("not a Stridewell log")));
    EXPECT_EQ(test::readFile(path), QByteArray("hello, this is not a database at all"));
}

TEST(Database, DefaultPathHonoursTheEnvironment)
{
    qputenv("STRIDEWELL_DB", "/tmp/somewhere/log.sqlite");
    EXPECT_EQ(Database::defaultPath(), QStringLiteral("/tmp/somewhere/log.sqlite"));
    qunsetenv("STRIDEWELL_DB");
    qputenv("XDG_DATA_HOME", "/tmp/xdg-data-test");
    EXPECT_EQ(Database::defaultPath(),
              QStringLiteral("/tmp/xdg-data-test/stridewell/stridewell.sqlite"));
    qunsetenv("XDG_DATA_HOME");
}

TEST(Database, BackupIsAConsistentOwnerOnlyCopy)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    ASSERT_TRUE(athlete);
    const QString copy = log.path(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(log.db().backupTo(copy));
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(copy).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto reopened = Database::open(copy);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(AthleteRepository(**reopened).list()->size(), 1);
    EXPECT_FALSE(log.db().backupTo(copy)) << "never overwrites";
    auto problems = (*reopened)->check();
    ASSERT_TRUE(problems);
    EXPECT_TRUE(problems->isEmpty());
}

TEST(Storage, BoundParametersRoundTripHostileText)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("O'Brien"));
    ASSERT_TRUE(athlete);
    core::Run run = sampleRun(athlete->id, QDateTime(QDate(2024, 3, 1), QTime(6, 0), Qt::UTC), 10);
    run.notes = QStringLiteral("X' OR '1'='1");
    run.type = QStringLiteral("100%");
    run.surface = QStringLiteral("_%\\");
    auto id = RunRepository(log.db()).add(run);
    ASSERT_TRUE(id);
    log.reopen();
    auto back = RunRepository(log.db()).find(*id);
    ASSERT_TRUE(back && back->has_value());
    EXPECT_EQ((*back)->notes, QStringLiteral("X' OR '1'='1"));
    EXPECT_EQ((*back)->type, QStringLiteral("100%"));
    EXPECT_EQ((*back)->surface, QStringLiteral("_%\\"));
    EXPECT_EQ(AthleteRepository(log.db()).list()->front().name, QStringLiteral("O'Brien"));
    EXPECT_EQ(RunRepository(log.db()).count(athlete->id).value(), 1);
}

TEST(Storage, RunFieldsRoundTripAndLocalDateUsesTheOffset)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    // 23:30 UTC on Sunday 3 March is 00:30 on Monday in UTC+1.
    core::Run run =
        sampleRun(athlete->id, QDateTime(QDate(2024, 3, 3), QTime(23, 30), Qt::UTC), 8.25);
    run.timer = Duration::seconds(2900);
    run.avgCadenceSpm = 171.5;
    run.avgHrBpm = 148;
    run.rpe = 6;
    auto id = RunRepository(log.db()).add(run);
    ASSERT_TRUE(id);
    auto back = RunRepository(log.db()).find(*id).value().value();
    EXPECT_EQ(back.localDate(), QDate(2024, 3, 4));
    EXPECT_EQ(back.startUtc, run.startUtc);
    EXPECT_EQ(back.utcOffsetS, 3600);
    EXPECT_DOUBLE_EQ(back.distance.inKm(), 8.25);
    EXPECT_DOUBLE_EQ(back.loadDuration()->inSeconds(), 2900);
    EXPECT_EQ(back.avgCadenceSpm, 171.5);
    EXPECT_EQ(back.rpe, 6);
    auto monday = RunRepository(log.db()).list(athlete->id, QDate(2024, 3, 4), QDate(2024, 3, 4));
    EXPECT_EQ(monday->size(), 1);
    auto sunday = RunRepository(log.db()).list(athlete->id, QDate(2024, 3, 3), QDate(2024, 3, 3));
    EXPECT_EQ(sunday->size(), 0);
}

TEST(Storage, FindsSimilarRunsWithin60SecondsAnd2Percent)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    const QDateTime start(QDate(2024, 5, 1), QTime(7, 0), Qt::UTC);
    ASSERT_TRUE(RunRepository(log.db()).add(sampleRun(athlete->id, start, 10.0)));
    RunRepository runs(log.db());
    EXPECT_TRUE(runs.findSimilar(athlete->id, start.addSecs(60), Distance::km(10.2))->has_value());
    EXPECT_FALSE(runs.findSimilar(athlete->id, start.addSecs(61), Distance::km(10.0))->has_value());
    EXPECT_FALSE(runs.findSimilar(athlete->id, start, Distance::km(10.25))->has_value());
    auto other = AthleteRepository(log.db()).add(QStringLiteral("Bob"));
    EXPECT_FALSE(runs.findSimilar(other->id, start, Distance::km(10.0))->has_value());
}

TEST(Storage, SamplesAreStoredCompactlyAndRoundTrip)
{
    SampleList samples;
    for (int i = 0; i < 3600; ++i) {
        Sample s;
        s.timeS = i;
        s.distanceM = i * 2.8;
        s.lat = 52.5 + i * 1e-5;
        s.lon = 13.4 - i * 1e-5;
        s.altitudeM = 34 + (i % 50) * 0.2;
        s.hrBpm = 140 + i % 7;
        s.cadenceSpm = i % 100 == 0 ? Sample::kNone : 170;
        samples.push_back(s);
    }
    const QByteArray blob = sample_codec::encode(samples);
    EXPECT_LT(blob.size(), 3600 * 20) << "well under a row per point";
    auto back = sample_codec::decode(blob);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), samples.size());
    EXPECT_NEAR(back->at(1234).lat, samples[1234].lat, 1e-7);
    EXPECT_NEAR(back->at(1234).distanceM, samples[1234].distanceM, 0.01);
    EXPECT_TRUE(std::isnan(back->at(100).cadenceSpm));
    EXPECT_TRUE(std::isnan(back->at(5).speedMps));
    EXPECT_FALSE(sample_codec::decode(blob.left(blob.size() / 2)));
    EXPECT_FALSE(sample_codec::decode(QByteArray("garbage")));

    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    auto id =
        RunRepository(log.db()).add(sampleRun(athlete->id, QDateTime::currentDateTimeUtc(), 10));
    ASSERT_TRUE(RunRepository(log.db()).saveSamples(*id, samples));
    EXPECT_EQ(RunRepository(log.db()).samples(*id)->size(), 3600u);
}

TEST(Storage, NestedTransactionsRollBackTheirPartAndNotifyOnlyAfterCommit)
{
    TempLog log;
    int changes = 0;
    QObject::connect(&log.db().notifier(), &ChangeNotifier::athletesChanged, [&] { ++changes; });
    {
        Transaction outer(log.db());
        ASSERT_TRUE(outer.active());
        ASSERT_TRUE(AthleteRepository(log.db()).add(QStringLiteral("Kept")));
        {
            Transaction inner(log.db());
            ASSERT_TRUE(AthleteRepository(log.db()).add(QStringLiteral("Dropped")));
        } // rolled back
        EXPECT_EQ(changes, 0) << "nothing announced before the commit";
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_GE(changes, 1);
    auto names = AthleteRepository(log.db()).list();
    ASSERT_EQ(names->size(), 1);
    EXPECT_EQ(names->front().name, QStringLiteral("Kept"));

    changes = 0;
    {
        Transaction abandoned(log.db());
        ASSERT_TRUE(AthleteRepository(log.db()).add(QStringLiteral("Never")));
    }
    EXPECT_EQ(changes, 0);
    EXPECT_EQ(AthleteRepository(log.db()).list()->size(), 1);
}

TEST(Storage, AthleteNamesAreUniqueIgnoringCaseAndValidated)
{
    TempLog log;
    AthleteRepository athletes(log.db());
    ASSERT_TRUE(athletes.add(QStringLiteral("  Ann  ")));
    auto dup = athletes.add(QStringLiteral("ANN"));
    ASSERT_FALSE(dup);
    EXPECT_TRUE(dup.message().contains(QStringLiteral("already")));
    EXPECT_FALSE(athletes.add(QStringLiteral("   ")));
    EXPECT_FALSE(athletes.add(QString(81, QLatin1Char('x'))));
    EXPECT_EQ(athletes.findByName(QStringLiteral("ann"))->value().name, QStringLiteral("Ann"));
}

TEST(Storage, SymptomsKeepEveryField)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    Symptom s;
    s.athleteId = athlete->id;
    s.date = QDate(2024, 6, 2);
    s.location = BodyLocation::CalfLateralUpper;
    s.side = Side::Both;
    s.pain = 6;
    s.type = SymptomType::Sharp;
    s.timing = SymptomTiming::AtRest;
    s.stretch = StretchTest::Neither;
    s.redFlags = {RedFlagSign::Swelling, RedFlagSign::Fever};
    s.notes = QStringLiteral("100% sure it's worse");
    auto id = SymptomRepository(log.db()).add(s);
    ASSERT_TRUE(id);
    auto back = SymptomRepository(log.db()).find(*id).value().value();
    EXPECT_EQ(back.location, BodyLocation::CalfLateralUpper);
    EXPECT_EQ(back.side, Side::Both);
    EXPECT_EQ(back.type, SymptomType::Sharp);
    EXPECT_EQ(back.timing, SymptomTiming::AtRest);
    EXPECT_EQ(back.stretch, StretchTest::Neither);
    EXPECT_EQ(back.redFlags, (QList<RedFlagSign>{RedFlagSign::Swelling, RedFlagSign::Fever}));
    EXPECT_EQ(back.notes, s.notes);
    s.pain = 11;
    EXPECT_FALSE(SymptomRepository(log.db()).add(s));
}

TEST(Storage, CalfTestsAndStrengthSessionsAreFoundById)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    CalfTestRepository tests(log.db());
    auto testId = tests.add({0, athlete->id, QDate(2024, 6, 3), 18, 25, QStringLiteral("slow"), 2});
    ASSERT_TRUE(testId);
    const CalfTest test = tests.find(*testId).value().value();
    EXPECT_EQ(test.id, *testId);
    EXPECT_EQ(test.athleteId, athlete->id);
    EXPECT_EQ(test.date, QDate(2024, 6, 3));
    EXPECT_EQ(test.leftReps, 18);
    EXPECT_EQ(test.rightReps, 25);
    EXPECT_EQ(test.notes, QStringLiteral("slow"));
    EXPECT_EQ(test.hopPain, 2) << "the hop test of the return-to-running gates (schema 5)";
    EXPECT_FALSE(tests.find(*testId + 1).value().has_value());

    StrengthRepository sessions(log.db());
    auto sessionId =
        sessions.add({0, athlete->id, QDate(2024, 6, 4), QStringLiteral("soleus"), 2, {}});
    ASSERT_TRUE(sessionId);
    const StrengthSession session = sessions.find(*sessionId).value().value();
    EXPECT_EQ(session.id, *sessionId);
    EXPECT_EQ(session.date, QDate(2024, 6, 4));
    EXPECT_EQ(session.circuitId, QStringLiteral("soleus"));
    EXPECT_EQ(session.pain, 2);
    ASSERT_TRUE(sessions.remove(*sessionId));
    EXPECT_FALSE(sessions.find(*sessionId).value().has_value());
}

TEST(Storage, DeletingAnAthleteRemovesTheirDataOnly)
{
    TempLog log;
    auto ann = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    auto bob = AthleteRepository(log.db()).add(QStringLiteral("Bob"));
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    ASSERT_TRUE(RunRepository(log.db()).add(sampleRun(ann->id, t, 5)));
    ASSERT_TRUE(RunRepository(log.db()).add(sampleRun(bob->id, t, 6)));
    ASSERT_TRUE(AthleteRepository(log.db()).remove(ann->id));
    EXPECT_EQ(RunRepository(log.db()).count(ann->id).value(), 0);
    EXPECT_EQ(RunRepository(log.db()).count(bob->id).value(), 1);
    EXPECT_TRUE(log.db().check()->isEmpty());
}

TEST(Database, Version2AddsTheAssessmentAcknowledgementAfterABackup)
{
    TempLog scratch;
    const QString copy = scratch.path(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STRIDEWELL_TEST_DATA "/logs/v1.sqlite"), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qint64 symptomId = 0;
    QString backupPath;
    {
        auto db = Database::open(copy);
        ASSERT_TRUE(db) << db.message().toStdString();
        EXPECT_EQ(pragma(**db, "user_version"), Database::kSchemaVersion);
        // The copy taken before the upgrade is still a version 1 log.
        ASSERT_FALSE((*db)->migrationBackupPath().isEmpty());
        backupPath = (*db)->migrationBackupPath();
        EXPECT_TRUE(backupPath.contains(QStringLiteral(".v1-")));
        auto athletes = AthleteRepository(**db).list();
        auto symptoms = SymptomRepository(**db).list(athletes->front().id);
        ASSERT_TRUE(symptoms);
        ASSERT_EQ(symptoms->size(), 1);
        EXPECT_EQ(symptoms->front().location, BodyLocation::Achilles) << "the v1 entry survives";
        EXPECT_FALSE(symptoms->front().assessmentAcknowledged);
        symptomId = symptoms->front().id;
        ASSERT_TRUE(
            SymptomRepository(**db).acknowledge(symptomId, SymptomRepository::Notice::Assessment));
        ASSERT_TRUE(SymptomRepository(**db).find(symptomId)->has_value());
        EXPECT_FALSE(SymptomRepository(**db).find(symptomId)->value().acknowledged)
            << "the red-flag acknowledgement is a different one";
    }
    auto reopened = Database::open(copy);
    ASSERT_TRUE(reopened);
    EXPECT_TRUE((*reopened)->migrationBackupPath().isEmpty()) << "nothing left to upgrade";
    const Symptom back = SymptomRepository(**reopened).find(symptomId)->value();
    EXPECT_TRUE(back.assessmentAcknowledged) << "kept in the log";

    // The backup is the log as it was: version 1, without the new column.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
    raw.setDatabaseName(backupPath);
    ASSERT_TRUE(raw.open());
    {
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT assessment_acknowledged FROM symptom")));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bak"));
}

TEST(Database, Version3LetsARunsElapsedTimeBeUnknownKeepingRunsSamplesAndLinks)
{
    TempLog scratch;
    const QString path = scratch.path(QStringLiteral("v2.sqlite"));
    // A version 2 log as that version wrote it: its own steps, then data that points at runs
    // (samples, a shoe, a symptom linked to a run), with ids that are not 1, 2, 3.
    QStringList statements;
    for (const Migration& step : migrations())
        if (step.version <= 2)
            statements << step.statements;
    SampleList track(3);
    for (int i = 0; i < 3; ++i) {
        track[std::size_t(i)].timeS = i * 10.0;
        track[std::size_t(i)].distanceM = i * 30.0;
        track[std::size_t(i)].hrBpm = 140 + i;
    }
    const QString blob = QString::fromLatin1(sample_codec::encode(track).toHex());
    statements << QStringLiteral("INSERT INTO athlete (id, name, created_utc) VALUES (3, 'Ann', 0)")
               << QStringLiteral("INSERT INTO shoe (id, athlete_id, name) VALUES (4, 3, 'Pegasus')")
               << QStringLiteral(
                      "INSERT INTO run (id, athlete_id, start_utc, utc_offset_s, local_date, "
                      "distance_m, elapsed_s, timer_s, rpe, shoe_id, notes, source, "
                      "content_hash) VALUES (5, 3, 1714550400, 7200, '2024-05-01', 10000, 3000, "
                      "2950, 6, 4, 'tempo', 'fit', X'0102')")
               << QStringLiteral(
                      "INSERT INTO run (id, athlete_id, start_utc, utc_offset_s, local_date, "
                      "distance_m, elapsed_s, source) VALUES (9, 3, 1714723200, 7200, "
                      "'2024-05-03', 5000, 1800, 'manual')")
               << QStringLiteral("INSERT INTO run_samples (run_id, point_count, data) VALUES "
                                 "(5, 3, X'%1')")
                      .arg(blob)
               << QStringLiteral("INSERT INTO symptom (id, athlete_id, date, location, side, "
                                 "pain, run_id, assessment_acknowledged) VALUES (7, 3, "
                                 "'2024-05-03', 'achilles', 'left', 3, 9, 1)")
               << QStringLiteral("PRAGMA user_version = 2");
    rawSql(path, statements);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.message().toStdString();
    EXPECT_EQ(pragma(**db, "user_version"), Database::kSchemaVersion);
    EXPECT_EQ(pragma(**db, "foreign_keys"), 1) << "switched back on after the rebuild";
    EXPECT_TRUE((*db)->migrationBackupPath().contains(QStringLiteral(".v2-")));
    EXPECT_TRUE((*db)->check()->isEmpty());

    // Every run with its id, values and shoe; the samples and the symptom's link intact.
    auto stored = RunRepository(**db).list(3);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 2);
    const core::Run& tempo = stored->at(0);
    EXPECT_EQ(tempo.id, 5);
    EXPECT_DOUBLE_EQ(tempo.elapsed->inSeconds(), 3000);
    EXPECT_DOUBLE_EQ(tempo.timer->inSeconds(), 2950);
    EXPECT_EQ(tempo.rpe, 6);
    EXPECT_EQ(tempo.shoeName, QStringLiteral("Pegasus"));
    EXPECT_EQ(tempo.notes, QStringLiteral("tempo"));
    EXPECT_EQ(tempo.contentHash, QByteArray("\x01\x02", 2));
    EXPECT_EQ(stored->at(1).id, 9);
    EXPECT_DOUBLE_EQ(stored->at(1).elapsed->inSeconds(), 1800);
    auto samples = RunRepository(**db).samples(5);
    ASSERT_TRUE(samples) << samples.message().toStdString();
    ASSERT_EQ(samples->size(), 3u);
    EXPECT_DOUBLE_EQ(samples->at(2).distanceM, 60.0);
    EXPECT_DOUBLE_EQ(samples->at(2).hrBpm, 142.0);
    auto symptom = SymptomRepository(**db).find(7);
    ASSERT_TRUE(symptom && symptom->has_value());
    EXPECT_EQ(symptom->value().runId, 9);
    EXPECT_TRUE(symptom->value().assessmentAcknowledged);

    // The rebuilt table keeps its indexes, and the others still point at "run".
    QSqlQuery q(sqlConnection(**db));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'run' "
                                      "AND type = 'index' AND sql IS NOT NULL ORDER BY name")));
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    EXPECT_EQ(indexes,
              (QStringList{QStringLiteral("run_by_athlete_start"), QStringLiteral("run_by_hash")}));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE sql LIKE "
                                      "'%run_v3%'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q.finish();

    // Unknown elapsed time is now storable; a 0 still is not.
    core::Run untimed = sampleRun(3, QDateTime(QDate(2024, 5, 5), QTime(7, 0), Qt::UTC), 4);
    untimed.elapsed.reset();
    auto id = RunRepository(**db).add(untimed);
    ASSERT_TRUE(id) << id.message().toStdString();
    EXPECT_FALSE(RunRepository(**db).find(*id)->value().elapsed);
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE run SET elapsed_s = 0 WHERE id = 5")))
        << "CHECK (elapsed_s IS NULL OR elapsed_s > 0)";

    // The foreign keys still act: removing the runs takes their samples and unlinks the symptom.
    ASSERT_TRUE(RunRepository(**db).remove(5));
    ASSERT_TRUE(RunRepository(**db).remove(9));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM run_samples")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_FALSE(SymptomRepository(**db).find(7)->value().runId);
}

TEST(Storage, AcknowledgementsAreKeptPerNotice)
{
    TempLog log;
    auto athlete = AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    Symptom s;
    s.athleteId = athlete->id;
    s.date = QDate(2024, 6, 2);
    s.pain = 4;
    s.redFlags = {RedFlagSign::Swelling};
    SymptomRepository repo(log.db());
    const qint64 id = repo.add(s).value();
    ASSERT_TRUE(repo.acknowledge(id, SymptomRepository::Notice::RedFlag));
    Symptom back = repo.find(id)->value();
    EXPECT_TRUE(back.acknowledged);
    EXPECT_FALSE(back.assessmentAcknowledged);
    ASSERT_TRUE(repo.acknowledge(id, SymptomRepository::Notice::Assessment));
    ASSERT_TRUE(repo.acknowledge(id, SymptomRepository::Notice::RedFlag, false));
    back = repo.find(id)->value();
    EXPECT_FALSE(back.acknowledged);
    EXPECT_TRUE(back.assessmentAcknowledged);
    EXPECT_FALSE(repo.acknowledge(id + 100, SymptomRepository::Notice::RedFlag));
}
