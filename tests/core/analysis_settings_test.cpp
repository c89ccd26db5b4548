// The analysis settings: the specified defaults, their text form and their place in the log.
#include "analysis/analysis_settings.h"
#include "storage/analysis_settings_store.h"
#include "storage/change_notifier.h"
#include "support/test_support.h"

using namespace stridewell::core;
using stridewell::test::TempLog;

TEST(AnalysisSettings, DefaultsAsSpecifiedAndStoredAsTextKeys)
{
    const AnalysisSettings d;
    EXPECT_EQ(d.weekStart, WeekStart::Monday);
    EXPECT_DOUBLE_EQ(d.weeklyIncreaseCaution, 0.10);
    EXPECT_DOUBLE_EQ(d.weeklyIncreaseHigh, 0.30);
    EXPECT_DOUBLE_EQ(d.weeklyIncreaseMinPreviousKm, 5.0);
    EXPECT_DOUBLE_EQ(d.sessionSpikeCaution, 0.10);
    EXPECT_DOUBLE_EQ(d.sessionSpikeHigh, 1.00);
    EXPECT_EQ(d.sessionSpikeWindowDays, 30);
    EXPECT_DOUBLE_EQ(d.acwrCaution, 1.3);
    EXPECT_DOUBLE_EQ(d.acwrHigh, 1.5);
    EXPECT_DOUBLE_EQ(d.monotonyHigh, 2.0);
    EXPECT_DOUBLE_EQ(d.cadenceLowSpm, 165.0);
    EXPECT_EQ(d.cadenceMinRuns, 3);
    EXPECT_EQ(d.symptomEpisodeGapDays, 7) << "design.md section 4, revision 2";
    EXPECT_EQ(d.symptomPersistentDays, 10);
    EXPECT_DOUBLE_EQ(d.calfAsymmetry, 0.10);
    EXPECT_TRUE(d.toMap().isEmpty());

    QStringList problems;
    const AnalysisSettings s = AnalysisSettings::fromMap(
        {{QStringLiteral("analysis.week_start"), QStringLiteral("sunday")},
         {QStringLiteral("analysis.acwr_high"), QStringLiteral("1.6")},
         {QStringLiteral("analysis.cadence_min_runs"), QStringLiteral("2.5")},
         {QStringLiteral("analysis.monotony_high"), QStringLiteral("lots")},
         {QStringLiteral("analysis.calf_asymmetry"), QStringLiteral("3")},
         {QStringLiteral("ui.theme"), QStringLiteral("dark")}},
        &problems);
    EXPECT_EQ(s.weekStart, WeekStart::Sunday);
    EXPECT_DOUBLE_EQ(s.acwrHigh, 1.6);
    EXPECT_EQ(s.cadenceMinRuns, 3);          // not a whole number: default kept
    EXPECT_DOUBLE_EQ(s.monotonyHigh, 2.0);   // not a number
    EXPECT_DOUBLE_EQ(s.calfAsymmetry, 0.10); // out of range
    EXPECT_EQ(problems.size(), 3);
    const QMap<QString, QString> map = s.toMap();
    EXPECT_EQ(map.size(), 2);
    EXPECT_EQ(map.value(QStringLiteral("analysis.acwr_high")), QStringLiteral("1.6"));
    EXPECT_TRUE(AnalysisSettings::fromMap(map) == s);
}

TEST(AnalysisSettingsStore, TheLogKeepsItsThresholds)
{
    TempLog log;
    auto loaded = loadAnalysisSettings(log.db());
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(*loaded == AnalysisSettings());

    int changed = 0;
    QObject::connect(&log.db().notifier(), &ChangeNotifier::settingsChanged,
                     [&changed] { ++changed; });
    AnalysisSettings custom;
    custom.weekStart = WeekStart::Sunday;
    custom.acwrCaution = 1.25;
    ASSERT_TRUE(saveAnalysisSettings(log.db(), custom).ok());
    EXPECT_EQ(changed, 1); // one transaction, one notification
    log.reopen();
    loaded = loadAnalysisSettings(log.db());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->weekStart, WeekStart::Sunday);
    EXPECT_DOUBLE_EQ(loaded->acwrCaution, 1.25);

    // Back to the defaults: the keys go away.
    ASSERT_TRUE(saveAnalysisSettings(log.db(), AnalysisSettings()).ok());
    loaded = loadAnalysisSettings(log.db());
    EXPECT_TRUE(*loaded == AnalysisSettings());
}
