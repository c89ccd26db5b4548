// `plan` end to end through the built binary: the JSON contract, the readable plan, errors.
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using stridewell::test::ProcessResult;
using stridewell::test::runStridewell;

namespace {

QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

class PlanCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("log.sqlite"));

    ProcessResult sw(const char* line, QStringList extra = {})
    {
        QStringList args = {QStringLiteral("--db"), db};
        args << words(line) << extra;
        return runStridewell(args);
    }
    ProcessResult ok(const char* line, QStringList extra = {})
    {
        ProcessResult r = sw(line, extra);
        EXPECT_EQ(r.exitCode, 0) << line << "\nstderr: " << r.err.toStdString();
        return r;
    }
    QJsonObject json(const char* line)
    {
        ProcessResult r = ok(line);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        return doc.object();
    }
    void usageError(const char* line, const char* expected)
    {
        ProcessResult r = sw(line);
        EXPECT_EQ(r.exitCode, 2) << line << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("stridewell: error: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(expected))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
};

} // namespace

TEST_F(PlanCli, TheDemoPlanAsJson)
{
    ok("demo --end 2024-06-30");
    const QJsonObject plan = json("plan --as-of 2024-06-30 --json");
    EXPECT_EQ(plan[QStringLiteral("as_of")].toString(), QStringLiteral("2024-06-30"));
    EXPECT_EQ(plan[QStringLiteral("pattern")].toString(), QStringLiteral("soleus"));
    EXPECT_TRUE(plan[QStringLiteral("red_flags")].toArray().isEmpty());
    EXPECT_TRUE(plan[QStringLiteral("next_run_max_km")].isDouble());
    const QJsonArray circuits = plan[QStringLiteral("circuits")].toArray();
    ASSERT_GE(circuits.size(), 2);
    const QJsonObject soleus = circuits[0].toObject();
    EXPECT_EQ(soleus[QStringLiteral("id")].toString(), QStringLiteral("soleus"));
    EXPECT_EQ(soleus[QStringLiteral("name")].toString(), QStringLiteral("Soleus circuit"));
    EXPECT_TRUE(soleus[QStringLiteral("reason")].toString().startsWith(
        QStringLiteral("because: inner-calf pain (left)")))
        << soleus[QStringLiteral("reason")].toString().toStdString();
    EXPECT_EQ(soleus[QStringLiteral("sessions_per_week")].toInt(), 2);
    EXPECT_EQ(soleus[QStringLiteral("exercises")].toArray().size(), 5) << "with the hip work";
    const QJsonArray schedule = plan[QStringLiteral("schedule")].toArray();
    ASSERT_EQ(schedule.size(), 3);
    EXPECT_EQ(schedule[0].toObject()[QStringLiteral("date")].toString(),
              QStringLiteral("2024-07-02"))
        << "the demo runs on Mondays, Wednesdays and Fridays since its return to running";
    EXPECT_EQ(schedule[0].toObject()[QStringLiteral("circuit")].toString(),
              QStringLiteral("soleus"));

    // A week after the half marathon the calf episode steers the runs: the return to running,
    // not the 30-day rule.
    const QJsonObject spike = json("plan --as-of 2024-05-20 --json");
    QStringList advice;
    for (const QJsonValue& a : spike[QStringLiteral("advice")].toArray())
        advice << a.toObject()[QStringLiteral("id")].toString();
    EXPECT_EQ(advice.first(), QStringLiteral("return_to_run")) << advice.join(u',').toStdString();
    EXPECT_FALSE(advice.contains(QStringLiteral("next_run_limit")));
    EXPECT_TRUE(advice.contains(QStringLiteral("weaker_side")));
    EXPECT_TRUE(spike[QStringLiteral("next_run_max_km")].isNull());
    EXPECT_EQ(spike[QStringLiteral("return_to_run")][QStringLiteral("stage")].toInt(), 0);
}

TEST_F(PlanCli, ReadablePlanPutsRedFlagsFirstAndHonoursUnits)
{
    ok("demo --end 2024-06-30");
    ProcessResult text = ok("plan --as-of 2024-05-22 --units mi");
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Plan for Alex (demo) as of 2024-05-22\n")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Pattern: soleus - inner-calf pain")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Soleus circuit - 2 times a week")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Next run: stage 1 of 6 of the return to running, "
                                                 "on 2024-05-22 or later: 10 x (1 min easy "
                                                 "running, 1 min walking)")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral(
        "[x] calf_capacity: left 25 raises, right 27 on 2024-05-22: 25 and within 10% needed")));
    // Back to normal training: 1.1 x the longest run of the last 30 days (6.5 km) in miles.
    text = ok("plan --as-of 2024-06-30 --units mi");
    EXPECT_TRUE(text.out.contains(QStringLiteral("Next run: at most 4.4 mi")))
        << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("RED FLAGS")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("not a diagnosis")));

    ok("log symptom --date 2024-05-21 --location calf_belly --side left --pain 4 "
       "--red-flag shortness_of_breath");
    text = ok("plan --as-of 2024-05-22");
    const int flags = int(text.out.indexOf(QStringLiteral("RED FLAGS")));
    ASSERT_GT(flags, 0);
    EXPECT_LT(flags, text.out.indexOf(QStringLiteral("Pattern:"))) << "red flags come first";
    EXPECT_TRUE(text.out.contains(QStringLiteral("Call emergency services now")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Training is on hold")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Next run: on hold since 2024-05-21")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("at most"))) << "no safe next run on hold";
    const QJsonObject plan = json("plan --as-of 2024-05-22 --json");
    const QJsonObject flag = plan[QStringLiteral("red_flags")].toArray()[0].toObject();
    EXPECT_EQ(flag[QStringLiteral("urgency")].toString(), QStringLiteral("emergency"));
    EXPECT_EQ(flag[QStringLiteral("date")].toString(), QStringLiteral("2024-05-21"));
    EXPECT_EQ(flag[QStringLiteral("signs")].toArray()[0].toString(),
              QStringLiteral("shortness_of_breath"));
    EXPECT_FALSE(flag[QStringLiteral("acknowledged")].toBool());
    EXPECT_TRUE(plan[QStringLiteral("circuits")].toArray().isEmpty());
    EXPECT_EQ(
        plan[QStringLiteral("advice")].toArray()[0].toObject()[QStringLiteral("id")].toString(),
        QStringLiteral("hold_training"));
}

TEST_F(PlanCli, UsageErrorsAndFailures)
{
    ProcessResult help = runStridewell({QStringLiteral("plan"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: stridewell plan --athlete A [--as-of D] "
                                                 "[--json]")));
    EXPECT_TRUE(runStridewell({QStringLiteral("--help")}).out.contains(QStringLiteral("  plan ")));

    ProcessResult missing = sw("plan");
    EXPECT_EQ(missing.exitCode, 1) << "no log yet";
    EXPECT_TRUE(missing.err.startsWith(QStringLiteral("stridewell: error: ")));

    ok("athlete add Ann");
    usageError("plan --as-of 2024-13-01", "--as-of: \"2024-13-01\" is not a date");
    usageError("plan --bogus", "Unknown option 'bogus'");
    usageError("plan tomorrow", "unexpected argument \"tomorrow\"");
    ProcessResult unknown = sw("plan --athlete Zed");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no athlete named \"Zed\"")));

    // An athlete with nothing logged gets the general plan and no next-run figure.
    const QJsonObject empty = json("plan --as-of 2024-06-30 --json");
    EXPECT_EQ(empty[QStringLiteral("pattern")].toString(), QStringLiteral("none"));
    EXPECT_TRUE(empty[QStringLiteral("next_run_max_km")].isNull());
    EXPECT_EQ(
        empty[QStringLiteral("circuits")].toArray()[0].toObject()[QStringLiteral("id")].toString(),
        QStringLiteral("calf_strength"));
}
