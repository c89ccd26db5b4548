// The return to running through the binary alone (domain.md section 8): a 6/10 inner-calf entry,
// the gates, then stage by stage to normal training, with a repeat, a step back and a run the
// day after a run.
#include "cli/cli_fixture.h"

namespace {

class ReturnToRunCli : public stridewell::test::CliFixture
{
protected:
    void SetUp() override
    {
        ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Bea")});
    }

    void run(const QString& line) { ok(line.split(QLatin1Char(' '))); }
    // A run of the programme on `date`, with its pain after and the next morning.
    void session(const QString& date, const QString& next, int after, int morning)
    {
        run(QStringLiteral("log run --date %1 --distance 3 --duration 20:00").arg(date));
        run(QStringLiteral("log symptom --date %1 --location calf_medial_lower --side left "
                           "--pain %2 --timing after")
                .arg(date)
                .arg(after));
        run(QStringLiteral("log symptom --date %1 --location calf_medial_lower --side left "
                           "--pain %2 --timing next_morning")
                .arg(next)
                .arg(morning));
    }
    QJsonObject back(const QString& asOf)
    {
        const auto r =
            ok({QStringLiteral("plan"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()[QStringLiteral("return_to_run")]
            .toObject();
    }
};

} // namespace

TEST_F(ReturnToRunCli, FromASixOutOfTenToNormalTraining)
{
    // A 4/10 tightness after a run is a niggle: no episode.
    run(QStringLiteral("log symptom --date 2024-03-01 --location calf_medial_lower --side left "
                       "--pain 4 --type tightness --timing after"));
    EXPECT_TRUE(
        jsonArray({QStringLiteral("episode"), QStringLiteral("list"), QStringLiteral("--as-of"),
                   QStringLiteral("2024-03-02"), QStringLiteral("--json")})
            .isEmpty());

    // Monday 4 March: 6/10 on the inner calf opens an episode; the gates are not met.
    run(QStringLiteral("log symptom --date 2024-03-04 --location calf_medial_lower --side left "
                       "--pain 6"));
    QJsonObject b = back(QStringLiteral("2024-03-05"));
    EXPECT_EQ(b[QStringLiteral("stage")].toInt(), 0);
    const QJsonArray gates = b[QStringLiteral("gates")].toArray();
    ASSERT_EQ(gates.size(), 4);
    EXPECT_TRUE(gates[0][QStringLiteral("met")].toBool());
    EXPECT_FALSE(gates[1][QStringLiteral("met")].toBool());
    EXPECT_EQ(gates[3][QStringLiteral("reason")].toString(),
              QStringLiteral("no hop test yet: 10 single-leg hops on the sore side, 2/10 or less "
                             "needed"));
    EXPECT_TRUE(b[QStringLiteral("next_session")].isNull());

    // Walking pain-free on the 10th; 26 and 28 raises with hops at 1/10 on the 11th: stage 1.
    run(QStringLiteral("log symptom --date 2024-03-10 --location calf_medial_lower --side left "
                       "--pain 1 --timing next_morning"));
    run(QStringLiteral("log calf-test --date 2024-03-11 --left 26 --right 28 --hop-pain 1"));
    b = back(QStringLiteral("2024-03-11"));
    EXPECT_EQ(b[QStringLiteral("stage")].toInt(), 1);
    EXPECT_EQ(b[QStringLiteral("next_session")][QStringLiteral("date")].toString(),
              QStringLiteral("2024-03-11"));
    EXPECT_EQ(b[QStringLiteral("next_session")][QStringLiteral("text")].toString(),
              QStringLiteral("10 x (1 min easy running, 1 min walking)"));

    // Stage 1: 12th and 14th counted. A run on the 15th, the day after, does not count.
    session(QStringLiteral("2024-03-12"), QStringLiteral("2024-03-13"), 1, 1);
    EXPECT_EQ(back(QStringLiteral("2024-03-14"))[QStringLiteral("counted_at_stage")].toInt(), 1);
    session(QStringLiteral("2024-03-14"), QStringLiteral("2024-03-15"), 1, 1);
    run(QStringLiteral("log run --date 2024-03-15 --distance 3 --duration 20:00"));
    b = back(QStringLiteral("2024-03-16"));
    EXPECT_EQ(b[QStringLiteral("stage")].toInt(), 2);
    EXPECT_EQ(b[QStringLiteral("counted_at_stage")].toInt(), 0);
    EXPECT_EQ(b[QStringLiteral("next_session")][QStringLiteral("date")].toString(),
              QStringLiteral("2024-03-19"))
        << "not the day after the run of the 15th, and at most three runs in seven days";

    // Stage 2: a 4/10 after repeats it; then two counted. Stage 3: a 6/10 steps back to 2.
    session(QStringLiteral("2024-03-19"), QStringLiteral("2024-03-20"), 4, 1);
    EXPECT_EQ(back(QStringLiteral("2024-03-21"))[QStringLiteral("stage")].toInt(), 2);
    session(QStringLiteral("2024-03-21"), QStringLiteral("2024-03-22"), 1, 1);
    session(QStringLiteral("2024-03-26"), QStringLiteral("2024-03-27"), 1, 1);
    EXPECT_EQ(back(QStringLiteral("2024-03-27"))[QStringLiteral("stage")].toInt(), 3);
    session(QStringLiteral("2024-03-28"), QStringLiteral("2024-03-29"), 6, 3);
    EXPECT_EQ(back(QStringLiteral("2024-03-29"))[QStringLiteral("stage")].toInt(), 2);

    // Then two counted sessions a stage, Mondays, Wednesdays and Fridays, to the end of stage 6.
    const QDate monday(2024, 4, 1);
    for (int week = 0; week < 4; ++week)
        for (int weekday : {0, 2, 4}) {
            const QDate d = monday.addDays(7 * week + weekday);
            session(d.toString(Qt::ISODate), d.addDays(1).toString(Qt::ISODate), 1, 1);
        }
    // 12 counted sessions take stages 2..6 (10 of them) and stop there: back to normal.
    const QJsonArray episodes =
        jsonArray({QStringLiteral("episode"), QStringLiteral("list"), QStringLiteral("--as-of"),
                   QStringLiteral("2024-04-27"), QStringLiteral("--json")});
    ASSERT_EQ(episodes.size(), 1);
    EXPECT_EQ(episodes[0][QStringLiteral("start")].toString(), QStringLiteral("2024-03-04"));
    EXPECT_EQ(episodes[0][QStringLiteral("stage")].toInt(), 6);
    EXPECT_EQ(episodes[0][QStringLiteral("worst_pain")].toInt(), 6);
    EXPECT_EQ(episodes[0][QStringLiteral("location")].toString(),
              QStringLiteral("calf_medial_lower"));
    const auto plan = ok({QStringLiteral("plan"), QStringLiteral("--as-of"),
                          QStringLiteral("2024-04-27"), QStringLiteral("--json")});
    const QJsonObject p = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    EXPECT_TRUE(p[QStringLiteral("return_to_run")].isNull()) << "back to normal training";
    // Capped at 1.1 x the programme's longest run (3 km) for four weeks: 3.3 km.
    EXPECT_DOUBLE_EQ(p[QStringLiteral("next_run_max_km")].toDouble(), 3.3);

    // Two quiet weeks later the episode is over; ending one by hand needs one open.
    const QJsonArray later =
        jsonArray({QStringLiteral("episode"), QStringLiteral("list"), QStringLiteral("--as-of"),
                   QStringLiteral("2024-05-20"), QStringLiteral("--json")});
    EXPECT_FALSE(later[0][QStringLiteral("end")].isNull());
    const auto refused = sw({QStringLiteral("episode"), QStringLiteral("end"),
                             QStringLiteral("--date"), QStringLiteral("2024-05-20")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("no calf episode is open on 2024-05-20")));
}

TEST_F(ReturnToRunCli, ThisIsAnInjuryAndEndingByHand)
{
    const auto started =
        ok({QStringLiteral("episode"), QStringLiteral("start"), QStringLiteral("--date"),
            QStringLiteral("2024-03-04"), QStringLiteral("--location"), QStringLiteral("achilles"),
            QStringLiteral("--side"), QStringLiteral("right")});
    EXPECT_TRUE(started.out.startsWith(QStringLiteral("started a calf episode on 2024-03-04")))
        << started.out.toStdString();
    QJsonArray list =
        jsonArray({QStringLiteral("episode"), QStringLiteral("list"), QStringLiteral("--as-of"),
                   QStringLiteral("2024-03-05"), QStringLiteral("--json")});
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][QStringLiteral("side")].toString(), QStringLiteral("right"));
    EXPECT_TRUE(list[0][QStringLiteral("end")].isNull());
    ok({QStringLiteral("episode"), QStringLiteral("end"), QStringLiteral("--date"),
        QStringLiteral("2024-03-08"), QStringLiteral("--notes"), QStringLiteral("physio: fine")});
    list = jsonArray({QStringLiteral("episode"), QStringLiteral("list"), QStringLiteral("--as-of"),
                      QStringLiteral("2024-03-09"), QStringLiteral("--json")});
    EXPECT_EQ(list[0][QStringLiteral("end")].toString(), QStringLiteral("2024-03-08"));
    expectUsageError({QStringLiteral("log"), QStringLiteral("calf-test"), QStringLiteral("--date"),
                      QStringLiteral("2024-03-08"), QStringLiteral("--left"), QStringLiteral("20"),
                      QStringLiteral("--right"), QStringLiteral("20"), QStringLiteral("--hop-pain"),
                      QStringLiteral("11")},
                     "--hop-pain");
}
