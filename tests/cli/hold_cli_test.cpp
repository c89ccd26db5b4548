// Safety through the binary: the triage of domain.md section 4 (revised), the hold and its
// clearance, ran_during_hold, and the same urgency words in log symptom, plan, flags and the PDF.
#include "cli/cli_fixture.h"
#include "support/poppler.h"

namespace {

class HoldCli : public stridewell::test::CliFixture
{
protected:
    void SetUp() override
    {
        // The demo's 20 weeks end on Sunday 30 June 2024: a baseline to hold back.
        ok({QStringLiteral("demo"), QStringLiteral("--end"), QStringLiteral("2024-06-30")});
    }
    stridewell::test::ProcessResult run(const QString& line)
    {
        return ok(line.split(QLatin1Char(' ')));
    }
    QJsonObject plan(const QString& asOf)
    {
        const stridewell::test::ProcessResult r =
            run(QStringLiteral("plan --as-of %1 --json").arg(asOf));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonArray flags(const QString& kind)
    {
        QJsonArray kept;
        for (const QJsonValue& v :
             jsonArray({QStringLiteral("flags"), QStringLiteral("--as-of"),
                        QStringLiteral("2024-07-10"), QStringLiteral("--json")}))
            if (v[QStringLiteral("kind")].toString() == kind)
                kept.append(v);
        return kept;
    }
};

} // namespace

TEST_F(HoldCli, FeverWithCalfPainIsAnEmergencyEverywhere)
{
    const auto logged = run(QStringLiteral("log symptom --date 2024-07-01 --location calf_belly "
                                           "--side left --pain 3 --red-flag fever"));
    EXPECT_TRUE(logged.out.startsWith(QStringLiteral("RED FLAG - Call emergency services now\n")))
        << logged.out.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("Training is on hold")));

    const QJsonObject p = plan(QStringLiteral("2024-07-02"));
    const QJsonObject red = p[QStringLiteral("red_flags")].toArray()[0].toObject();
    EXPECT_EQ(red[QStringLiteral("urgency")].toString(), QStringLiteral("emergency"));
    EXPECT_EQ(red[QStringLiteral("headline")].toString(),
              QStringLiteral("Call emergency services now"));
    EXPECT_FALSE(red[QStringLiteral("advice")].toString().isEmpty());
    const QJsonObject hold = p[QStringLiteral("hold")].toObject();
    EXPECT_EQ(hold[QStringLiteral("since")].toString(), QStringLiteral("2024-07-01"));
    EXPECT_EQ(hold[QStringLiteral("urgency")].toString(), QStringLiteral("emergency"));
    EXPECT_EQ(hold[QStringLiteral("symptom_id")].toInteger(),
              red[QStringLiteral("symptom_id")].toInteger());
    EXPECT_FALSE(hold[QStringLiteral("cleared")].toBool());
    EXPECT_TRUE(p[QStringLiteral("next_run_max_km")].isNull());
    EXPECT_TRUE(p[QStringLiteral("schedule")].toArray().isEmpty());
    EXPECT_TRUE(p[QStringLiteral("circuits")].toArray().isEmpty());
    const QJsonArray advice = p[QStringLiteral("advice")].toArray();
    ASSERT_EQ(advice.size(), 1) << "nothing but the advice to be seen";
    EXPECT_TRUE(advice[0][QStringLiteral("text")].toString().startsWith(
        QStringLiteral("Call emergency services now.")));

    const QJsonArray red_flags = flags(QStringLiteral("red_flag"));
    ASSERT_EQ(red_flags.size(), 1);
    const QString message = red_flags[0][QStringLiteral("message")].toString();
    EXPECT_EQ(message, QStringLiteral("Call emergency services now. ") +
                           red[QStringLiteral("advice")].toString());
    EXPECT_FALSE(message.contains(QStringLiteral("promptly")));

    // The clinician PDF says the same words, and nowhere "promptly" for this entry.
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    ok({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2024-06-01"),
        QStringLiteral("--to"), QStringLiteral("2024-07-02"), QStringLiteral("-o"), pdf});
    const QString text = stridewell::test::pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Call emergency services now"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("see a clinician promptly"), Qt::CaseInsensitive));
}

TEST_F(HoldCli, SeverePainAtRestWithNoBoxTickedIsAnEmergency)
{
    const auto logged =
        run(QStringLiteral("log symptom --date 2024-07-01 --location "
                           "calf_medial_lower --side right --pain 8 --timing at_rest"));
    EXPECT_TRUE(logged.out.startsWith(QStringLiteral("RED FLAG - Call emergency services now")));
    const QJsonObject p = plan(QStringLiteral("2024-07-01"));
    EXPECT_EQ(p[QStringLiteral("red_flags")].toArray()[0][QStringLiteral("urgency")].toString(),
              QStringLiteral("emergency"));
    EXPECT_EQ(p[QStringLiteral("red_flags")].toArray()[0][QStringLiteral("signs")].toArray()[0],
              QStringLiteral("pain_at_rest"))
        << "the timing counts as the sign";
    EXPECT_TRUE(p[QStringLiteral("circuits")].toArray().isEmpty()) << "no calf raises";
    EXPECT_TRUE(p[QStringLiteral("next_run_max_km")].isNull());
}

TEST_F(HoldCli, RunsDuringAHoldAreFlaggedUntilTheClearance)
{
    run(QStringLiteral("log symptom --date 2024-07-01 --location calf_belly --side left --pain 5 "
                       "--type sharp --red-flag bruising"));
    QJsonObject p = plan(QStringLiteral("2024-07-03"));
    // Bruising with sharp pain: a possible tear; first days' care and nothing else.
    const QJsonArray circuits = p[QStringLiteral("circuits")].toArray();
    ASSERT_EQ(circuits.size(), 1);
    EXPECT_EQ(circuits[0][QStringLiteral("id")].toString(), QStringLiteral("first_days"));
    for (const QJsonValue& e : circuits[0][QStringLiteral("exercises")].toArray()) {
        const QString id = e[QStringLiteral("id")].toString();
        EXPECT_FALSE(id.contains(QStringLiteral("stretch")) ||
                     id.contains(QStringLiteral("raise")) ||
                     id.contains(QStringLiteral("heel_drop")))
            << id.toStdString();
    }
    EXPECT_TRUE(p[QStringLiteral("schedule")].toArray().isEmpty());

    run(QStringLiteral("log run --date 2024-07-03 --distance 6 --duration 36:00"));
    run(QStringLiteral("log run --date 2024-07-06 --distance 8 --duration 48:00"));
    QJsonArray during = flags(QStringLiteral("ran_during_hold"));
    ASSERT_EQ(during.size(), 2);
    EXPECT_EQ(during[0][QStringLiteral("date")].toString(), QStringLiteral("2024-07-03"));
    EXPECT_EQ(during[0][QStringLiteral("severity")].toString(), QStringLiteral("high"));
    EXPECT_TRUE(during[0][QStringLiteral("message")].toString().contains(
        QStringLiteral("see a clinician promptly")));

    // Twenty days on, the plan asks for the clearance.
    p = plan(QStringLiteral("2024-07-21"));
    EXPECT_TRUE(
        p[QStringLiteral("advice")].toArray()[0][QStringLiteral("text")].toString().startsWith(
            QStringLiteral("Still on hold after 20 days")));

    const auto cleared = run(QStringLiteral("log clearance --date 2024-07-05 --notes physio"));
    EXPECT_TRUE(cleared.out.contains(QStringLiteral("ends the hold since 2024-07-01")))
        << cleared.out.toStdString();
    during = flags(QStringLiteral("ran_during_hold"));
    ASSERT_EQ(during.size(), 1) << "the run of 6 July came after the clearance";
    EXPECT_EQ(during[0][QStringLiteral("date")].toString(), QStringLiteral("2024-07-03"));
    p = plan(QStringLiteral("2024-07-07"));
    EXPECT_TRUE(p[QStringLiteral("hold")].isNull());
    EXPECT_TRUE(p[QStringLiteral("red_flags")].toArray().isEmpty()) << "cleared";
    // After a possible tear, the clearance opens the return to running, not full training.
    EXPECT_TRUE(p[QStringLiteral("next_run_max_km")].isNull());
    const QJsonObject back = p[QStringLiteral("return_to_run")].toObject();
    EXPECT_EQ(back[QStringLiteral("stage")].toInt(), 0);
    EXPECT_TRUE(back[QStringLiteral("gates")].toArray()[0][QStringLiteral("met")].toBool());
}

TEST_F(HoldCli, EditingOrDeletingTheEntryEndsTheHold)
{
    const auto logged = run(QStringLiteral("log symptom --date 2024-07-01 --location calf_belly "
                                           "--side left --pain 4 --red-flag swelling"));
    const QString id = logged.out.section(QStringLiteral("id "), -1).trimmed();
    ASSERT_FALSE(plan(QStringLiteral("2024-07-02"))[QStringLiteral("hold")].isNull());
    run(QStringLiteral("edit symptom %1 --red-flag none").arg(id));
    EXPECT_TRUE(plan(QStringLiteral("2024-07-02"))[QStringLiteral("hold")].isNull());
    run(QStringLiteral("edit symptom %1 --red-flag pop_or_snap").arg(id));
    EXPECT_EQ(plan(QStringLiteral("2024-07-02"))[QStringLiteral("hold")][QStringLiteral("urgency")]
                  .toString(),
              QStringLiteral("see_clinician_promptly"));
    run(QStringLiteral("delete symptom %1").arg(id));
    EXPECT_TRUE(plan(QStringLiteral("2024-07-02"))[QStringLiteral("hold")].isNull());
}

TEST_F(HoldCli, ClearanceUsageErrors)
{
    expectUsageError({QStringLiteral("log"), QStringLiteral("clearance")}, "--date");
    expectUsageError({QStringLiteral("log"), QStringLiteral("clearance"), QStringLiteral("--date"),
                      QStringLiteral("2024-13-01")},
                     "--date");
    const auto none = run(QStringLiteral("log clearance --date 2024-07-01"));
    EXPECT_TRUE(none.out.contains(QStringLiteral("there was no hold on that day")));
}
