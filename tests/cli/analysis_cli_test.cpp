// weeks and flags end to end through the built binary (design.md sections 3 and 4).
#include "cli/cli_fixture.h"
#include "storage/database.h"
#include "storage/settings_repository.h"

#include <QJsonArray>
#include <QJsonObject>

using stridewell::test::ProcessResult;
using stridewell::test::runStridewell;

namespace {

class AnalysisCli : public stridewell::test::CliFixture
{
protected:
    void logRun(const char* date, const char* km, const char* duration, const char* rpe = nullptr)
    {
        QStringList args = {QStringLiteral("log"),        QStringLiteral("run"),
                            QStringLiteral("--athlete"),  QStringLiteral("Ann"),
                            QStringLiteral("--date"),     QString::fromLatin1(date),
                            QStringLiteral("--distance"), QString::fromLatin1(km),
                            QStringLiteral("--duration"), QString::fromLatin1(duration)};
        if (rpe)
            args << QStringLiteral("--rpe") << QString::fromLatin1(rpe);
        ok(args);
    }

    // Week of 4 March: Tue 10 km, Sat 10 km (20 km). Week of 11 March: Mon 8, Wed 10, Fri 4.5,
    // Sun 4 (26.5 km).
    void logTwoWeeks()
    {
        ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")});
        logRun("2024-03-05", "10", "1:00:00", "5");
        logRun("2024-03-09", "10", "1:00:00");
        logRun("2024-03-11", "8", "0:48:00");
        logRun("2024-03-13", "10", "1:00:00");
        logRun("2024-03-15", "4.5", "0:27:00");
        logRun("2024-03-17", "4", "0:24:00");
    }

    void setSetting(const char* key, const char* value)
    {
        auto log = stridewell::core::Database::open(db);
        ASSERT_TRUE(log.ok()) << log.message().toStdString();
        ASSERT_TRUE(stridewell::core::SettingsRepository(**log)
                        .set(QString::fromLatin1(key), QString::fromLatin1(value))
                        .ok());
    }

    static QStringList with(QStringList args, const QStringList& more) { return args + more; }
};

const QStringList kFlags = {QStringLiteral("flags"), QStringLiteral("--athlete"),
                            QStringLiteral("Ann")};
const QStringList kWeeks = {QStringLiteral("weeks"), QStringLiteral("--athlete"),
                            QStringLiteral("Ann")};

} // namespace

TEST_F(AnalysisCli, HelpNamesBothCommandsAndTheirOptions)
{
    const ProcessResult help = runStridewell({QStringLiteral("--help")});
    EXPECT_TRUE(
        help.out.contains(QStringLiteral("weeks --athlete A [--from D] [--to D] [--json]")));
    EXPECT_TRUE(help.out.contains(
        QStringLiteral("flags --athlete A [--from D] [--to D] [--as-of D] [--json]")));
    const ProcessResult flagsHelp =
        runStridewell({QStringLiteral("flags"), QStringLiteral("--help")});
    EXPECT_EQ(flagsHelp.exitCode, 0);
    EXPECT_TRUE(flagsHelp.out.contains(QStringLiteral("--as-of YYYY-MM-DD")));
}

TEST_F(AnalysisCli, WeeksJsonInTheContractShape)
{
    logTwoWeeks();
    const QJsonArray weeks = jsonArray(with(kWeeks, {QStringLiteral("--json")}));
    ASSERT_EQ(weeks.size(), 2);
    const QJsonObject first = weeks[0].toObject();
    const QStringList keys = {QStringLiteral("acwr"),        QStringLiteral("change"),
                              QStringLiteral("distance_km"), QStringLiteral("duration_s"),
                              QStringLiteral("monotony"),    QStringLiteral("runs"),
                              QStringLiteral("strain"),      QStringLiteral("week_start")};
    EXPECT_EQ(first.keys(), keys);
    EXPECT_EQ(first.value(QStringLiteral("week_start")).toString(), QStringLiteral("2024-03-04"));
    EXPECT_EQ(first.value(QStringLiteral("runs")).toInt(), 2);
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("distance_km")).toDouble(), 20.0);
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("duration_s")).toDouble(), 7200.0);
    EXPECT_TRUE(first.value(QStringLiteral("change")).isNull()) << "no week before";
    EXPECT_TRUE(first.value(QStringLiteral("acwr")).isNull()) << "fewer than 28 days of history";
    // One run has no RPE, so km: 0, 10, 0, 0, 0, 10, 0: mean 20/7, variance 200/7 - (20/7)^2
    // = 1000/49: monotony 20/sqrt(1000) = 0.63246, strain 20 x that = 12.649.
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("monotony")).toDouble(), 0.6325);
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("strain")).toDouble(), 12.65);

    const QJsonObject second = weeks[1].toObject();
    EXPECT_EQ(second.value(QStringLiteral("runs")).toInt(), 4);
    EXPECT_DOUBLE_EQ(second.value(QStringLiteral("distance_km")).toDouble(), 26.5);
    EXPECT_DOUBLE_EQ(second.value(QStringLiteral("duration_s")).toDouble(), 9540.0);
    EXPECT_DOUBLE_EQ(second.value(QStringLiteral("change")).toDouble(), 0.325); // 26.5/20 - 1
    // 8, 0, 10, 0, 4.5, 0, 4: sum 26.5, squares 200.25; variance (7 x 200.25 - 26.5^2) / 49
    // = 699.5/49: monotony 26.5/sqrt(699.5) = 1.00196, strain 26.552.
    EXPECT_DOUBLE_EQ(second.value(QStringLiteral("monotony")).toDouble(), 1.002);
    EXPECT_DOUBLE_EQ(second.value(QStringLiteral("strain")).toDouble(), 26.55);

    // --from/--to pick the weeks that hold those dates.
    const QJsonArray one =
        jsonArray(with(kWeeks, {QStringLiteral("--from"), QStringLiteral("2024-03-13"),
                                QStringLiteral("--json")}));
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one[0].toObject().value(QStringLiteral("week_start")).toString(),
              QStringLiteral("2024-03-11"));
}

TEST_F(AnalysisCli, WeeksTableHonoursUnits)
{
    logTwoWeeks();
    const ProcessResult km = ok(kWeeks);
    EXPECT_TRUE(km.out.contains(QStringLiteral("2024-03-11     4      26.50")))
        << km.out.toStdString();
    EXPECT_TRUE(km.out.contains(QStringLiteral("+33%"))); // 26.5/20 - 1 = 32.5%
    const ProcessResult mi =
        ok(QStringList{QStringLiteral("--units"), QStringLiteral("mi")} + kWeeks);
    // 20 km = 12.427 mi, 26.5 km = 16.466 mi.
    EXPECT_TRUE(mi.out.contains(QStringLiteral(" mi "))) << mi.out.toStdString();
    EXPECT_TRUE(mi.out.contains(QStringLiteral("12.43")));
    EXPECT_TRUE(mi.out.contains(QStringLiteral("16.47")));
}

TEST_F(AnalysisCli, FlagsJsonSortedAndCutAtTheAsOfDate)
{
    logTwoWeeks();
    // Running total after 20 km: Fri 22.5 (+12.5%: caution), Sun 26.5 (+32.5%: high).
    const QJsonArray all =
        jsonArray(with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-17"),
                                QStringLiteral("--json")}));
    ASSERT_EQ(all.size(), 2);
    const QJsonObject caution = all[0].toObject();
    const QStringList keys = {QStringLiteral("date"),     QStringLiteral("kind"),
                              QStringLiteral("message"),  QStringLiteral("reference"),
                              QStringLiteral("severity"), QStringLiteral("threshold"),
                              QStringLiteral("value")};
    EXPECT_EQ(caution.keys(), keys);
    EXPECT_EQ(caution.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-15"));
    EXPECT_EQ(caution.value(QStringLiteral("kind")).toString(), QStringLiteral("weekly_increase"));
    EXPECT_EQ(caution.value(QStringLiteral("severity")).toString(), QStringLiteral("caution"));
    EXPECT_DOUBLE_EQ(caution.value(QStringLiteral("value")).toDouble(), 0.125);
    EXPECT_DOUBLE_EQ(caution.value(QStringLiteral("threshold")).toDouble(), 0.1);
    EXPECT_TRUE(
        caution.value(QStringLiteral("reference")).toString().contains(QStringLiteral("Nielsen")));
    const QJsonObject high = all[1].toObject();
    EXPECT_EQ(high.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-17"));
    EXPECT_EQ(high.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    EXPECT_DOUBLE_EQ(high.value(QStringLiteral("value")).toDouble(), 0.325);

    // As of Thursday the week stands at 18 km: nothing yet.
    EXPECT_TRUE(jsonArray(with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-14"),
                                        QStringLiteral("--json")}))
                    .isEmpty());
    // --from/--to filter what is shown, not what is computed.
    const QJsonArray sunday = jsonArray(with(
        kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-17"), QStringLiteral("--from"),
                 QStringLiteral("2024-03-16"), QStringLiteral("--json")}));
    ASSERT_EQ(sunday.size(), 1);
    EXPECT_EQ(sunday[0].toObject().value(QStringLiteral("severity")).toString(),
              QStringLiteral("high"));
}

TEST_F(AnalysisCli, FlagsUseTheLogsThresholds)
{
    logTwoWeeks();
    setSetting("analysis.weekly_increase_caution", "0.2");
    const QJsonArray strict =
        jsonArray(with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-17"),
                                QStringLiteral("--json")}));
    ASSERT_EQ(strict.size(), 1) << "+12.5% is not above a 20% caution";
    EXPECT_EQ(strict[0].toObject().value(QStringLiteral("severity")).toString(),
              QStringLiteral("high"));

    setSetting("analysis.weekly_increase_caution", "a lot");
    const ProcessResult r =
        ok(with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-17"),
                         QStringLiteral("--json")}));
    EXPECT_TRUE(r.err.contains(QStringLiteral("analysis.weekly_increase_caution")))
        << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2) << "default 10% again";
}

TEST_F(AnalysisCli, FlagsTableAndMessageSayTheLogsThresholdAsSet)
{
    logTwoWeeks();
    // Fri 22.5 km after 20: +12.5%, above a caution of 11.5%, which reads as set, not as 12%.
    setSetting("analysis.weekly_increase_caution", "0.115");
    const ProcessResult r =
        ok(with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-15")}));
    EXPECT_TRUE(r.out.contains(QStringLiteral("+13%      +11.5%"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("above last week's (more than 11.5%)")))
        << r.out.toStdString();
}

TEST_F(AnalysisCli, FlagsTableSaysWhatAndWhy)
{
    logTwoWeeks();
    const ProcessResult r =
        ok(with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-17")}));
    EXPECT_TRUE(r.out.contains(QStringLiteral("2024-03-15  caution   weekly_increase")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("+13%")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Evidence: Nielsen")));
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("2 flags up to 2024-03-17: 1 high, 1 caution, 0 info")));

    // A shoe's mileage reads in the output unit: 700 km = 434.96 mi.
    ok({QStringLiteral("shoe"), QStringLiteral("add"), QStringLiteral("--athlete"),
        QStringLiteral("Ann"), QStringLiteral("Old pair"), QStringLiteral("--start-km"),
        QStringLiteral("699")});
    ok({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--athlete"),
        QStringLiteral("Ann"), QStringLiteral("--date"), QStringLiteral("2024-03-18"),
        QStringLiteral("--distance"), QStringLiteral("3"), QStringLiteral("--duration"),
        QStringLiteral("0:18:00"), QStringLiteral("--shoe"), QStringLiteral("Old pair")});
    const ProcessResult mi =
        ok(QStringList{QStringLiteral("--units"), QStringLiteral("mi")} +
           with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("2024-03-18")}));
    EXPECT_TRUE(mi.out.contains(QStringLiteral("shoe_mileage"))) << mi.out.toStdString();
    EXPECT_TRUE(mi.out.contains(QStringLiteral("435.0 mi"))) << mi.out.toStdString();
}

TEST_F(AnalysisCli, UsageAndLookupErrors)
{
    logTwoWeeks();
    expectUsageError(with(kFlags, {QStringLiteral("--as-of"), QStringLiteral("17/03/2024")}),
                     "--as-of: \"17/03/2024\" is not a date");
    expectUsageError(with(kWeeks, {QStringLiteral("--from"), QStringLiteral("2024-03-20"),
                                   QStringLiteral("--to"), QStringLiteral("2024-03-01")}),
                     "--from: 2024-03-20 is after --to 2024-03-01");
    expectUsageError(with(kWeeks, {QStringLiteral("--since"), QStringLiteral("2024-03-20")}),
                     "Unknown option 'since'");

    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ben")});
    const ProcessResult ambiguous = sw({QStringLiteral("flags"), QStringLiteral("--json")});
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("Ann, Ben"))) << ambiguous.err.toStdString();
    EXPECT_TRUE(ambiguous.out.isEmpty());

    // An athlete without runs: empty lists, and a sentence for people.
    EXPECT_TRUE(jsonArray({QStringLiteral("weeks"), QStringLiteral("--athlete"),
                           QStringLiteral("Ben"), QStringLiteral("--json")})
                    .isEmpty());
    const ProcessResult none =
        ok({QStringLiteral("flags"), QStringLiteral("--athlete"), QStringLiteral("Ben")});
    EXPECT_TRUE(none.out.startsWith(QStringLiteral("no flags up to "))) << none.out.toStdString();
}

TEST_F(AnalysisCli, TheDemoStoryAsFlags)
{
    ok({QStringLiteral("demo"), QStringLiteral("--end"), QStringLiteral("2024-06-30")});
    const QJsonArray all = jsonArray({QStringLiteral("flags"), QStringLiteral("--as-of"),
                                      QStringLiteral("2024-06-30"), QStringLiteral("--json")});
    QStringList spikeDay;
    QString previous;
    for (const QJsonValue& v : all) {
        const QJsonObject f = v.toObject();
        const QString key = f.value(QStringLiteral("date")).toString() + QLatin1Char(' ') +
                            f.value(QStringLiteral("kind")).toString();
        EXPECT_LE(previous, key) << "sorted by date, then kind";
        previous = key;
        if (f.value(QStringLiteral("date")).toString() == QLatin1String("2024-05-12"))
            spikeDay << f.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                            f.value(QStringLiteral("severity")).toString();
    }
    // The half marathon on top of a big week: all three load rules fire high that day.
    EXPECT_EQ(spikeDay,
              (QStringList{QStringLiteral("acwr_high/high"), QStringLiteral("session_spike/high"),
                           QStringLiteral("weekly_increase/high")}));
}
