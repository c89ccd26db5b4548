// export --format bundle and import-bundle, end to end through the built binary.
#include "cli/cli_fixture.h"
#include "support/activity_fixtures.h"
#include "support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sys/stat.h>

using stridewell::test::ProcessResult;

namespace {

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* w : words)
        list << QString::fromUtf8(w);
    return list;
}

// The runs of `--json` without their ids (which are each log's own).
QJsonArray withoutIds(QJsonArray runs)
{
    for (auto&& value : runs) {
        QJsonObject run = value.toObject();
        run.remove(QStringLiteral("id"));
        value = run;
    }
    return runs;
}

class BundleCli : public stridewell::test::CliFixture
{
protected:
    QString coachDb = dir.filePath(QStringLiteral("coach.sqlite"));
    QString bundle = dir.filePath(QStringLiteral("ann.stridewell-bundle"));

    ProcessResult coach(QStringList a)
    {
        a.prepend(coachDb);
        a.prepend(QStringLiteral("--db"));
        return stridewell::test::runStridewell(a);
    }

    // Ann's own log: two runs by hand (one with a shoe), a watch file, a symptom with red
    // flags, a calf-raise test and a strength session; then her bundle.
    void annExports()
    {
        ok(args({"athlete", "add", "Ann"}));
        ok(args({"shoe", "add", "--athlete", "Ann", "Pegasus 40", "--limit-km", "650"}));
        ok(args({"log",        "run",  "--date",     "2024-03-04", "--time",    "07:15",
                 "--distance", "10.5", "--duration", "0:55:30",    "--cadence", "172",
                 "--hr",       "148",  "--rpe",      "5",          "--type",    "easy",
                 "--surface",  "road", "--shoe",     "Pegasus 40", "--notes",   "felt good"}));
        ok(args({"log", "run", "--date", "2024-03-06", "--distance", "6", "--duration", "36:00"}));
        const QString fit = dir.filePath(QStringLiteral("watch.fit"));
        stridewell::test::writeFile(
            fit, stridewell::test::fitActivity(QDateTime(QDate(2024, 3, 9), QTime(6, 0), Qt::UTC),
                                               2400));
        ok({QStringLiteral("import"), fit});
        ok(args({"log",        "symptom",        "--date",
                 "2024-03-07", "--location",     "calf_medial_lower",
                 "--side",     "left",           "--pain",
                 "4",          "--type",         "tightness",
                 "--timing",   "next_morning",   "--stretch",
                 "bent",       "--red-flag",     "swelling",
                 "--red-flag", "warmth_redness", "--notes",
                 "inner calf"}));
        ok(args({"log", "calf-test", "--date", "2024-03-08", "--left", "18", "--right", "24"}));
        ok(args({"log", "strength", "--date", "2024-03-08", "--circuit", "soleus", "--pain", "1"}));
        ProcessResult exported = ok({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("bundle"), QStringLiteral("-o"), bundle});
        EXPECT_EQ(exported.out,
                  QStringLiteral("wrote the bundle of Ann to %1: 3 runs, 1 symptom entry, 1 "
                                 "calf-raise test, 1 strength session, 1 shoe\n")
                      .arg(bundle));
    }

    int coachRows(const char* table)
    {
        int n = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(coachDb);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(
                q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            q.next();
            n = q.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }
};

} // namespace

TEST_F(BundleCli, AnExportedBundleMergesIntoACoachLogAndASecondMergeAddsNothing)
{
    annExports();
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(bundle).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    ProcessResult first = coach({QStringLiteral("import-bundle"), bundle});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out,
              QStringLiteral("merged %1 into \"Ann\" (new athlete): added 3 runs, 1 symptom entry, "
                             "1 calf-raise test, 1 strength session, 1 shoe; skipped 0 runs, 0 "
                             "symptom entries, 0 calf-raise tests, 0 strength sessions, 0 shoes "
                             "already in the log\n")
                  .arg(bundle));
    EXPECT_TRUE(first.err.isEmpty()) << first.err.toStdString();

    // What `runs --json` says is the same in both logs, field for field.
    const QJsonArray mine = jsonArray(args({"runs", "--json"}));
    ProcessResult theirs = coach(args({"runs", "--athlete", "ann", "--json"}));
    ASSERT_EQ(theirs.exitCode, 0);
    EXPECT_EQ(withoutIds(QJsonDocument::fromJson(theirs.out.toUtf8()).array()), withoutIds(mine));
    ASSERT_EQ(mine.size(), 3);
    EXPECT_EQ(mine[2].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("fit"));
    EXPECT_EQ(coachRows("run_samples"), 1) << "the watch file's track came along";
    ProcessResult flags = coach(args({"flags", "--as-of", "2024-03-31", "--json"}));
    EXPECT_TRUE(flags.out.contains(QStringLiteral("\"red_flag\""))) << flags.out.toStdString();
    EXPECT_TRUE(flags.out.contains(QStringLiteral("\"calf_asymmetry\"")));

    ProcessResult again = coach({QStringLiteral("import-bundle"), bundle});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out,
              QStringLiteral("merged %1 into \"Ann\": added 0 runs, 0 symptom entries, 0 "
                             "calf-raise tests, 0 strength sessions, 0 shoes; skipped 3 runs, 1 "
                             "symptom entry, 1 calf-raise test, 1 strength session, 1 shoe "
                             "already in the log\n")
                  .arg(bundle));
    EXPECT_EQ(coachRows("run"), 3);
    EXPECT_EQ(coachRows("symptom"), 1);
}

TEST_F(BundleCli, TheAthleteOptionNamesTheTargetAndTwoAthletesShareTheLog)
{
    annExports();
    ASSERT_EQ(coach(args({"athlete", "add", "Bob"})).exitCode, 0);
    ASSERT_EQ(coach(args({"log", "run", "--athlete", "Bob", "--date", "2024-03-04", "--time",
                          "07:15", "--distance", "10.5", "--duration", "0:55:30"}))
                  .exitCode,
              0);
    ProcessResult renamed = coach({QStringLiteral("import-bundle"), bundle,
                                   QStringLiteral("--athlete"), QStringLiteral("Ann (club)")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    EXPECT_TRUE(renamed.out.startsWith(
        QStringLiteral("merged %1 into \"Ann (club)\" (new athlete, \"Ann\" in the bundle): "
                       "added 3 runs,")
            .arg(bundle)))
        << renamed.out.toStdString();
    ProcessResult list = coach(args({"athlete", "list", "--json"}));
    const QJsonArray athletes = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(athletes.size(), 2);
    EXPECT_EQ(athletes[0].toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Ann (club)"));
    ProcessResult bobRuns = coach(args({"runs", "--athlete", "Bob", "--json"}));
    EXPECT_EQ(QJsonDocument::fromJson(bobRuns.out.toUtf8()).array().size(), 1)
        << "Bob's run at the same time as Ann's is his";
    ProcessResult picked = coach({QStringLiteral("import-bundle"), bundle,
                                  QStringLiteral("--athlete"), QStringLiteral("ANN (CLUB)")});
    ASSERT_EQ(picked.exitCode, 0);
    EXPECT_TRUE(picked.out.contains(QStringLiteral("into \"Ann (club)\" (\"Ann\" in the bundle): "
                                                   "added 0 runs")))
        << picked.out.toStdString();
}

TEST_F(BundleCli, BadBundlesFailNamingTheFileAndWriteNothing)
{
    annExports();
    // Into a log that does not exist yet: a bad bundle does not even create it.
    const QString text = dir.filePath(QStringLiteral("notes.stridewell-bundle"));
    stridewell::test::writeFile(text, "just some text, not a bundle at all....");
    ProcessResult notBundle = coach({QStringLiteral("import-bundle"), text});
    EXPECT_EQ(notBundle.exitCode, 1);
    EXPECT_EQ(notBundle.err,
              QStringLiteral("stridewell: error: %1: not a Stridewell athlete bundle (not an "
                             "SQLite file)\n")
                  .arg(text));
    EXPECT_TRUE(notBundle.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(coachDb));

    ASSERT_EQ(coach(args({"athlete", "add", "Bob"})).exitCode, 0);
    const QByteArray whole = stridewell::test::readFile(bundle);
    const QString half = dir.filePath(QStringLiteral("half.stridewell-bundle"));
    stridewell::test::writeFile(half, whole.left(whole.size() / 2));
    ProcessResult truncated = coach({QStringLiteral("import-bundle"), half});
    EXPECT_EQ(truncated.exitCode, 1);
    EXPECT_TRUE(truncated.err.startsWith(
        QStringLiteral("stridewell: error: %1: damaged bundle, nothing was imported: ").arg(half)))
        << truncated.err.toStdString();

    // One letter of a note changed: every page is still well-formed, the checksum is not.
    QByteArray corrupted = whole;
    const qsizetype note = corrupted.indexOf("felt good");
    ASSERT_GT(note, 0);
    corrupted[note + 5] = 'G';
    const QString changed = dir.filePath(QStringLiteral("changed.stridewell-bundle"));
    stridewell::test::writeFile(changed, corrupted);
    ProcessResult mismatch = coach({QStringLiteral("import-bundle"), changed});
    EXPECT_EQ(mismatch.exitCode, 1);
    EXPECT_EQ(mismatch.err,
              QStringLiteral("stridewell: error: %1: damaged bundle, nothing was imported: its "
                             "content does not match its checksum (changed or corrupted since it "
                             "was written)\n")
                  .arg(changed));
    EXPECT_TRUE(mismatch.out.isEmpty());

    QByteArray future = whole;
    future[63] = char(future[63] + 1); // user_version, big-endian: one schema ahead
    const QString newer = dir.filePath(QStringLiteral("newer.stridewell-bundle"));
    stridewell::test::writeFile(newer, future);
    ProcessResult refused = coach({QStringLiteral("import-bundle"), newer});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(
        QStringLiteral("%1: this bundle was written by a newer version of Stridewell").arg(newer)))
        << refused.err.toStdString();
    for (const char* table : {"athlete", "run", "symptom", "shoe", "calf_test", "strength_session"})
        EXPECT_EQ(coachRows(table), QLatin1String(table) == QLatin1String("athlete") ? 1 : 0)
            << table;
}

TEST_F(BundleCli, UsageErrors)
{
    ok(args({"athlete", "add", "Ann"}));
    expectUsageError({QStringLiteral("import-bundle")}, "import-bundle: give one bundle FILE");
    expectUsageError({QStringLiteral("import-bundle"), dir.filePath(QStringLiteral("nope"))},
                     "nope: no such file");
    expectUsageError({QStringLiteral("import-bundle"), dir.path()}, "a folder");
    expectUsageError(
        {QStringLiteral("import-bundle"), db, QStringLiteral("--athlete"), QStringLiteral(" ")},
        "--athlete name: must not be empty");
    expectUsageError(args({"export", "--format", "xml", "-o", "x"}),
                     "--format: \"xml\" is not a format this version exports (csv, bundle)");
    expectUsageError(args({"export", "-o", "x"}), "--format: required (csv or bundle)");
    expectUsageError({QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("bundle"), QStringLiteral("--from"),
                      QStringLiteral("2024-01-01"), QStringLiteral("-o"), bundle},
                     "--from/--to: a bundle holds the athlete's whole record");
    EXPECT_FALSE(QFileInfo::exists(bundle));

    ProcessResult help = stridewell::test::runStridewell(args({"--help"}));
    EXPECT_TRUE(help.out.contains(QStringLiteral("import-bundle FILE [--athlete NAME]")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("--format csv|bundle")));
    ProcessResult exportHelp = stridewell::test::runStridewell(args({"export", "--help"}));
    EXPECT_TRUE(exportHelp.out.contains(QStringLiteral("--from/--to are refused")))
        << exportHelp.out.toStdString();
}
