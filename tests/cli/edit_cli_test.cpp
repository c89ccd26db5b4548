// edit and delete end to end through the built binary: what changes, what is refused and
// leaves the log as it was, what goes with a deleted run.
#include "cli/cli_fixture.h"
#include "support/activity_fixtures.h"
#include "support/raw_sql.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using stridewell::test::ProcessResult;

namespace {

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* w : words)
        list << QString::fromUtf8(w);
    return list;
}

class EditCli : public stridewell::test::CliFixture
{
protected:
    // Ann's easy run of 2024-03-04 07:15 (Berlin, +01:00): 10.5 km in 55:30, all fields set.
    QString logRun()
    {
        ok(args({"athlete", "add", "Ann"}));
        ok(args({"log",        "run",  "--date",     "2024-03-04", "--time",    "07:15",
                 "--distance", "10.5", "--duration", "0:55:30",    "--cadence", "172",
                 "--hr",       "148",  "--rpe",      "5",          "--type",    "easy",
                 "--surface",  "road", "--shoe",     "Pegasus 39", "--notes",   "felt good"}));
        return onlyRunId();
    }

    QString onlyRunId()
    {
        const QJsonArray runs = jsonArray(args({"runs", "--json"}));
        EXPECT_EQ(runs.size(), 1);
        return QString::number(runs[0].toObject().value(QStringLiteral("id")).toInteger());
    }

    // The id the last line of a log command ends with ("..., id 3" or "(id 3)").
    static QString loggedId(const ProcessResult& r)
    {
        const QString line = r.out.trimmed().section(QLatin1Char('\n'), -1);
        return line.section(QStringLiteral("id "), -1).remove(QLatin1Char(')'));
    }

    // What `log symptom` answers before its "logged symptom" line.
    static QString answerOf(const ProcessResult& logged)
    {
        return logged.out.left(logged.out.indexOf(QStringLiteral("logged symptom")));
    }

    QVariant scalar(const QString& sql)
    {
        QVariant value;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            raw.setDatabaseName(db);
            EXPECT_TRUE(raw.open());
            QSqlQuery q(raw);
            EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
            value = q.value(0);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

    QJsonArray redFlagsInPlan()
    {
        const ProcessResult plan = ok(args({"plan", "--as-of", "2024-03-08", "--json"}));
        return QJsonDocument::fromJson(plan.out.toUtf8())
            .object()
            .value(QStringLiteral("red_flags"))
            .toArray();
    }

    QStringList flagKinds(const char* asOf)
    {
        QStringList kinds;
        for (const auto& flag : jsonArray({QStringLiteral("flags"), QStringLiteral("--as-of"),
                                           QString::fromLatin1(asOf), QStringLiteral("--json")}))
            kinds << flag.toObject().value(QStringLiteral("kind")).toString();
        return kinds;
    }
};

} // namespace

TEST_F(EditCli, EditRunChangesTheFieldsGivenAndKeepsTheRest)
{
    const QString id = logRun();
    const QJsonObject before = jsonArray(args({"runs", "--json"}))[0].toObject();

    ProcessResult edited = ok({QStringLiteral("edit"), QStringLiteral("run"), id,
                               QStringLiteral("--distance"), QStringLiteral("8")});
    // 3330 s over 8 km: 416.25 s/km, printed as 6:56/km.
    EXPECT_EQ(edited.out,
              QStringLiteral("edited run %1: 2024-03-04 07:15, 8.00 km in 0:55:30 (6:56/km), "
                             "cadence 172 spm, HR 148 bpm, RPE 5, type easy, surface road, shoe "
                             "Pegasus 39, notes \"felt good\"\n")
                  .arg(id));
    EXPECT_TRUE(edited.err.isEmpty()) << edited.err.toStdString();

    QJsonObject expected = before;
    expected[QStringLiteral("distance_m")] = 8000.0;
    EXPECT_EQ(jsonArray(args({"runs", "--json"}))[0].toObject(), expected)
        << "only the distance changed";

    // A new date keeps the local start time, now in summer time (+02:00); then a new time.
    ok({QStringLiteral("edit"), QStringLiteral("run"), id, QStringLiteral("--date"),
        QStringLiteral("2024-07-01")});
    QJsonObject run = jsonArray(args({"runs", "--json"}))[0].toObject();
    EXPECT_EQ(run.value(QStringLiteral("date")).toString(), QStringLiteral("2024-07-01"));
    EXPECT_EQ(run.value(QStringLiteral("start")).toString(),
              QStringLiteral("2024-07-01T07:15:00+02:00"));
    ok({QStringLiteral("edit"), QStringLiteral("run"), id, QStringLiteral("--time"),
        QStringLiteral("18:30"), QStringLiteral("--rpe"), QStringLiteral("7"),
        QStringLiteral("--duration"), QStringLiteral("48:00"), QStringLiteral("--shoe"),
        QStringLiteral("Novablast 4"), QStringLiteral("--notes"), QString()});
    run = jsonArray(args({"runs", "--json"}))[0].toObject();
    EXPECT_EQ(run.value(QStringLiteral("start")).toString(),
              QStringLiteral("2024-07-01T18:30:00+02:00"));
    EXPECT_EQ(run.value(QStringLiteral("rpe")).toInt(), 7);
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("elapsed_s")).toDouble(), 2880);
    EXPECT_EQ(run.value(QStringLiteral("shoe")).toString(), QStringLiteral("Novablast 4"));
    EXPECT_TRUE(run.value(QStringLiteral("notes")).isNull()) << "--notes \"\" empties them";
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("distance_m")).toDouble(), 8000);
    EXPECT_EQ(run.value(QStringLiteral("type")).toString(), QStringLiteral("easy"));

    ProcessResult shoeOff = ok(
        {QStringLiteral("edit"), QStringLiteral("run"), id, QStringLiteral("--shoe"), QString()});
    EXPECT_FALSE(shoeOff.out.contains(QStringLiteral("shoe"))) << shoeOff.out.toStdString();
    EXPECT_TRUE(
        jsonArray(args({"runs", "--json"}))[0].toObject().value(QStringLiteral("shoe")).isNull());
}

TEST_F(EditCli, ABadEditIsRefusedAsLogRunRefusesItAndLeavesTheRunAlone)
{
    const QString id = logRun();
    const QJsonArray before = jsonArray(args({"runs", "--json"}));
    auto edit = [&](QStringList options) {
        options.prepend(id);
        options.prepend(QStringLiteral("run"));
        options.prepend(QStringLiteral("edit"));
        return options;
    };
    expectUsageError(edit({QStringLiteral("--distance"), QStringLiteral("-3")}),
                     "--distance: must not be negative");
    expectUsageError(edit({QStringLiteral("--distance"), QStringLiteral("ten")}),
                     "--distance: \"ten\" is not a number");
    // The new distance with the kept duration: 200 km in 55.5 min.
    expectUsageError(edit({QStringLiteral("--distance"), QStringLiteral("200")}),
                     "--pace: 200.00 km in 55.5 min is faster than anyone runs");
    expectUsageError(edit({QStringLiteral("--rpe"), QStringLiteral("11")}),
                     "--rpe: 11 is out of range (0 to 10)");
    expectUsageError(edit({QStringLiteral("--cadence"), QStringLiteral("50")}),
                     "--cadence: 50 is out of range (100 to 260)");
    expectUsageError(edit({QStringLiteral("--date"), QStringLiteral("2024-13-01")}),
                     "--date: \"2024-13-01\" is not a date");
    expectUsageError(edit({QStringLiteral("--time"), QStringLiteral("25:00")}), "--time");
    expectUsageError(edit({QStringLiteral("--date"), QStringLiteral("9999-01-01")}),
                     "--date: 9999-01-01 is more than a day after today");
    expectUsageError(edit({QStringLiteral("--duration"), QStringLiteral("0:00:00")}),
                     "--duration: must be more than 0");
    expectUsageError(edit({QStringLiteral("--type"), QString(41, QLatin1Char('x'))}),
                     "--type: at most 40 characters");
    expectUsageError(edit({QStringLiteral("--athlete"), QStringLiteral("Ann")}),
                     "Unknown option 'athlete'");
    expectUsageError(edit({}), "edit run: nothing to change");
    expectUsageError(args({"edit", "run", "twelve", "--distance", "5"}),
                     "edit run: \"twelve\" is not an entry id");
    expectUsageError(args({"edit", "run", "--distance", "5"}), "edit run: the ID of the entry");
    EXPECT_EQ(jsonArray(args({"runs", "--json"})), before) << "nothing was written";

    // A run the log does not hold: the command failed (1), naming the id.
    ProcessResult unknown = sw(args({"edit", "run", "99", "--distance", "5"}));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, QStringLiteral("stridewell: error: run 99: not in this log\n"));
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_EQ(jsonArray(args({"runs", "--json"})), before);
}

TEST_F(EditCli, EditSymptomReplacesTheRedFlagsAndAnswersAsLogSymptomDoes)
{
    ok(args({"athlete", "add", "Ann"}));
    const QString id = loggedId(
        ok(args({"log", "symptom", "--date", "2024-03-07", "--location", "calf_medial_lower",
                 "--side", "left", "--pain", "3", "--type", "tightness", "--stretch", "bent"})));
    EXPECT_FALSE(flagKinds("2024-03-31").contains(QStringLiteral("red_flag")));

    ProcessResult swollen = ok({QStringLiteral("edit"), QStringLiteral("symptom"), id,
                                QStringLiteral("--red-flag"), QStringLiteral("swelling"),
                                QStringLiteral("--red-flag"), QStringLiteral("warmth_redness")});
    const QString entry =
        QStringLiteral("edited symptom %1: 2024-03-07, calf_medial_lower, left, pain 3/10, "
                       "tightness, stretch bent, red flags (swelling, warmth_redness)\n")
            .arg(id);
    ASSERT_TRUE(swollen.out.startsWith(entry)) << swollen.out.toStdString();
    // Swelling and warmth without a pop or snap: a clot to rule out (domain.md section 4).
    const QString answer = swollen.out.mid(entry.size());
    EXPECT_TRUE(answer.startsWith(QStringLiteral("RED FLAG - See a doctor today\n  A swollen, "
                                                 "warm or red calf")))
        << answer.toStdString();
    // The same words log symptom gives an entry with those signs.
    EXPECT_EQ(answer, answerOf(ok(args({"log", "symptom", "--date", "2024-03-08", "--location",
                                        "achilles", "--side", "right", "--pain", "1", "--red-flag",
                                        "warmth_redness", "--red-flag", "swelling"}))));
    EXPECT_TRUE(flagKinds("2024-03-31").contains(QStringLiteral("red_flag")));

    // Given again, the signs replace the set: bruising alone is a possible tear.
    ProcessResult bruised =
        ok({QStringLiteral("edit"), QStringLiteral("symptom"), id, QStringLiteral("--red-flag"),
            QStringLiteral("bruising"), QStringLiteral("--pain"), QStringLiteral("5")});
    EXPECT_TRUE(bruised.out.contains(QStringLiteral("pain 5/10, tightness, stretch bent, red "
                                                    "flags (bruising)\nRED FLAG - See a "
                                                    "clinician promptly\n  A pop or snap, marked "
                                                    "bruising")))
        << bruised.out.toStdString();

    // none clears them: the entry alone, no answer.
    ProcessResult cleared = ok({QStringLiteral("edit"), QStringLiteral("symptom"), id,
                                QStringLiteral("--red-flag"), QStringLiteral("none")});
    EXPECT_EQ(cleared.out,
              QStringLiteral("edited symptom %1: 2024-03-07, calf_medial_lower, left, pain 5/10, "
                             "tightness, stretch bent\n")
                  .arg(id));
    const QJsonArray flags = jsonArray(args({"flags", "--as-of", "2024-03-31", "--json"}));
    int redFlags = 0;
    for (const auto& flag : flags)
        if (flag.toObject().value(QStringLiteral("kind")).toString() ==
            QStringLiteral("red_flag")) {
            ++redFlags;
            EXPECT_EQ(flag.toObject().value(QStringLiteral("date")).toString(),
                      QStringLiteral("2024-03-08"))
                << "only the other entry's";
        }
    EXPECT_EQ(redFlags, 1);

    const QString before = scalar(QStringLiteral("SELECT red_flags || '|' || pain FROM symptom "
                                                 "WHERE id = %1")
                                      .arg(id))
                               .toString();
    expectUsageError({QStringLiteral("edit"), QStringLiteral("symptom"), id,
                      QStringLiteral("--red-flag"), QStringLiteral("none"),
                      QStringLiteral("--red-flag"), QStringLiteral("swelling")},
                     "--red-flag: none cannot be given with a sign");
    expectUsageError({QStringLiteral("edit"), QStringLiteral("symptom"), id,
                      QStringLiteral("--red-flag"), QStringLiteral("itchy")},
                     "--red-flag: \"itchy\" is not one of");
    expectUsageError({QStringLiteral("edit"), QStringLiteral("symptom"), id,
                      QStringLiteral("--pain"), QStringLiteral("12")},
                     "--pain: 12 is out of range (0 to 10)");
    expectUsageError({QStringLiteral("edit"), QStringLiteral("symptom"), id,
                      QStringLiteral("--side"), QStringLiteral("middle")},
                     "--side: \"middle\" is not one of left, right, both");
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT red_flags || '|' || pain FROM symptom WHERE id = %1").arg(id))
            .toString(),
        before);
    EXPECT_EQ(before, QStringLiteral("|5"));

    // log symptom takes none too: an entry without signs.
    EXPECT_TRUE(ok(args({"log", "symptom", "--date", "2024-03-09", "--location", "achilles",
                         "--side", "left", "--pain", "1", "--red-flag", "none"}))
                    .out.startsWith(QStringLiteral("logged symptom 2024-03-09: achilles")));

    ProcessResult unknown = sw(args({"edit", "symptom", "99", "--pain", "2"}));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, QStringLiteral("stridewell: error: symptom 99: not in this log\n"));
}

TEST_F(EditCli, HelpNamesTheEditCommands)
{
    ProcessResult help = ok(args({"--help"}));
    EXPECT_TRUE(help.out.contains(QStringLiteral("edit run ID [--date D]")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("edit symptom ID [--date D]")));
    ProcessResult group = ok(args({"edit", "--help"}));
    EXPECT_TRUE(group.out.startsWith(QStringLiteral("The edit commands:\n  edit run ID")))
        << group.out.toStdString();
    EXPECT_TRUE(group.out.contains(QStringLiteral("  edit symptom ID")));
    ProcessResult run = ok(args({"edit", "run", "--help"}));
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: stridewell edit run ID [--date D]")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("--distance KM")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("--athlete")));
    ProcessResult symptom = ok(args({"edit", "symptom", "--help"}));
    EXPECT_TRUE(symptom.out.contains(QStringLiteral("--red-flag SIGN|none")));
    expectUsageError(args({"edit"}), "edit: say which one (edit run, edit symptom)");
}

TEST_F(EditCli, DeleteRemovesEachKindOfEntryAndSaysWhat)
{
    ok(args({"athlete", "add", "Ann"}));
    const QString run = loggedId(
        ok(args({"log", "run", "--date", "2024-03-04", "--distance", "8", "--duration", "45:00"})));
    const QString symptom =
        loggedId(ok(args({"log", "symptom", "--date", "2024-03-05", "--location", "calf_belly",
                          "--side", "left", "--pain", "6", "--red-flag", "swelling"})));
    const QString test = loggedId(
        ok(args({"log", "calf-test", "--date", "2024-03-06", "--left", "18", "--right", "25"})));
    const QString session = loggedId(ok(
        args({"log", "strength", "--date", "2024-03-07", "--circuit", "soleus", "--pain", "2"})));
    EXPECT_EQ(flagKinds("2024-03-31"),
              (QStringList{QStringLiteral("red_flag"), QStringLiteral("calf_asymmetry")}));
    const QString bundle = dir.filePath(QStringLiteral("ann.stridewell-bundle"));
    EXPECT_TRUE(ok({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bundle"),
                    QStringLiteral("-o"), bundle})
                    .out.endsWith(QStringLiteral(": 1 run, 1 symptom entry, 1 calf-raise test, "
                                                 "1 strength session, 0 shoes\n")));

    EXPECT_EQ(redFlagsInPlan().size(), 1);

    EXPECT_EQ(ok({QStringLiteral("delete"), QStringLiteral("run"), run}).out,
              QStringLiteral("deleted run %1: 2024-03-04, 8.00 km\n").arg(run));
    EXPECT_TRUE(jsonArray(args({"runs", "--json"})).isEmpty());

    EXPECT_EQ(ok({QStringLiteral("delete"), QStringLiteral("symptom"), symptom}).out,
              QStringLiteral("deleted symptom %1: 2024-03-05, calf_belly, left, pain 6/10\n")
                  .arg(symptom));
    EXPECT_EQ(flagKinds("2024-03-31"), QStringList{QStringLiteral("calf_asymmetry")});
    EXPECT_TRUE(redFlagsInPlan().isEmpty());

    // 18 of 25: 28% weaker on the left.
    EXPECT_EQ(
        ok({QStringLiteral("delete"), QStringLiteral("calf-test"), test}).out,
        QStringLiteral("deleted calf-raise test %1: 2024-03-06, left 18, right 25\n").arg(test));
    EXPECT_TRUE(flagKinds("2024-03-31").isEmpty());

    EXPECT_EQ(ok({QStringLiteral("delete"), QStringLiteral("strength"), session}).out,
              QStringLiteral("deleted strength session %1: 2024-03-07, soleus, pain 2/10\n")
                  .arg(session));
    EXPECT_TRUE(ok({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bundle"),
                    QStringLiteral("-o"), bundle})
                    .out.endsWith(QStringLiteral(": 0 runs, 0 symptom entries, 0 calf-raise "
                                                 "tests, 0 strength sessions, 0 shoes\n")));

    // Gone means gone: a second delete names the id it cannot find.
    for (const auto& [kind, id, noun] :
         {std::tuple{"run", run, "run"}, std::tuple{"symptom", symptom, "symptom"},
          std::tuple{"calf-test", test, "calf-raise test"},
          std::tuple{"strength", session, "strength session"}}) {
        ProcessResult again = sw({QStringLiteral("delete"), QString::fromLatin1(kind), id});
        EXPECT_EQ(again.exitCode, 1) << kind;
        EXPECT_EQ(again.err, QStringLiteral("stridewell: error: %1 %2: not in this log\n")
                                 .arg(QLatin1String(noun), id));
        EXPECT_TRUE(again.out.isEmpty());
    }
}

TEST_F(EditCli, DeleteNeedsOneNumericId)
{
    ok(args({"athlete", "add", "Ann"}));
    ok(args({"log", "run", "--date", "2024-03-04", "--distance", "8", "--duration", "45:00"}));
    const QJsonArray before = jsonArray(args({"runs", "--json"}));
    expectUsageError(args({"delete", "run", "abc"}), "delete run: \"abc\" is not an entry id");
    expectUsageError(args({"delete", "run", "1.5"}), "delete run: \"1.5\" is not an entry id");
    expectUsageError(args({"delete", "run", "0"}), "delete run: \"0\" is not an entry id");
    expectUsageError(args({"delete", "calf-test"}), "delete calf-test: the ID of the entry");
    expectUsageError(args({"delete", "run", "1", "2"}), "delete run: unexpected argument \"2\"");
    expectUsageError(args({"delete", "shoe", "1"}),
                     "unknown command \"delete shoe\" (delete run, delete symptom, delete "
                     "calf-test, delete strength)");
    expectUsageError(args({"delete"}), "delete: say which one (delete run,");
    ProcessResult unknown = sw(args({"delete", "run", "424242"}));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, QStringLiteral("stridewell: error: run 424242: not in this log\n"));
    EXPECT_EQ(jsonArray(args({"runs", "--json"})), before) << "nothing was deleted";

    ProcessResult help = ok(args({"delete", "--help"}));
    for (const char* command :
         {"delete run ID", "delete symptom ID", "delete calf-test ID", "delete strength ID"})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
    EXPECT_TRUE(ok(args({"--help"})).out.contains(QStringLiteral("delete calf-test ID")));
}

TEST_F(EditCli, DeletingARunTakesItsTrackAndUnlinksTheSymptomsThatFollowedIt)
{
    ok(args({"athlete", "add", "Ann"}));
    // 40 minutes at 3.0 m/s from 06:00 UTC (07:00 in Berlin): 7.2 km, a point a second.
    const QString fit = dir.filePath(QStringLiteral("watch.fit"));
    stridewell::test::writeFile(fit, stridewell::test::fitActivity(
                                         QDateTime(QDate(2024, 3, 9), QTime(6, 0), Qt::UTC), 2400));
    ok({QStringLiteral("import"), fit});
    const QString run = onlyRunId();
    const QString symptom =
        loggedId(ok(args({"log", "symptom", "--date", "2024-03-09", "--location", "achilles",
                          "--side", "right", "--pain", "2"})));
    // Link the entry to the run, as the window's symptom dialog does.
    stridewell::test::rawSql(
        db, {QStringLiteral("UPDATE symptom SET run_id = %1 WHERE id = %2").arg(run, symptom)});
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM run_samples WHERE run_id = %1").arg(run))
                  .toInt(),
              1);

    EXPECT_EQ(ok({QStringLiteral("delete"), QStringLiteral("run"), run}).out,
              QStringLiteral("deleted run %1: 2024-03-09, 7.20 km, with its track (2401 points); "
                             "symptom %2 is kept, no longer linked to a run\n")
                  .arg(run, symptom));
    EXPECT_TRUE(jsonArray(args({"runs", "--json"})).isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM run_samples")).toInt(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM symptom WHERE id = %1 AND run_id IS "
                                    "NULL")
                         .arg(symptom))
                  .toInt(),
              1);
    ok(args({"check"}));
}
