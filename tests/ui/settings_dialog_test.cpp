#include "dialogs/settings_dialog.h"
#include "main_window.h"
#include "storage/analysis_settings_store.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTabWidget>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

TEST(SettingsDialogTest, ShowsOnlyDisplaySettingsWithoutALog)
{
    SettingsDialog dialog(Preferences{}, nullptr);
    EXPECT_EQ(dialog.findChild<QTabWidget*>()->count(), 1);
    EXPECT_TRUE(dialog.isValid());
}

TEST(SettingsDialogTest, EditsTheLogsThresholdsAndRefusesCautionAboveHigh)
{
    core::AnalysisSettings stored;
    stored.acwrHigh = 1.6;
    SettingsDialog dialog(Preferences{}, &stored);
    EXPECT_EQ(dialog.findChild<QTabWidget*>()->count(), 2);
    EXPECT_DOUBLE_EQ(dialog.weeklyCautionEdit()->value(), 10) << "shown in percent";
    EXPECT_DOUBLE_EQ(dialog.weeklyHighEdit()->value(), 30);

    dialog.weeklyCautionEdit()->setValue(35);
    EXPECT_FALSE(dialog.isValid());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("caution level must be below")));
    dialog.weeklyCautionEdit()->setValue(15);
    dialog.weekStartEdit()->setCurrentIndex(1);
    ASSERT_TRUE(dialog.isValid());

    const core::AnalysisSettings edited = dialog.analysisSettings();
    EXPECT_DOUBLE_EQ(edited.weeklyIncreaseCaution, 0.15);
    EXPECT_DOUBLE_EQ(edited.weeklyIncreaseHigh, 0.30);
    EXPECT_DOUBLE_EQ(edited.acwrHigh, 1.6) << "what was stored stays";
    EXPECT_EQ(edited.weekStart, core::WeekStart::Sunday);
    dialog.show();
    dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
    test::screenshot(&dialog, QStringLiteral("settings_flags"));

    dialog.setAnalysisSettings(core::AnalysisSettings{}); // Restore Defaults
    EXPECT_TRUE(dialog.analysisSettings() == core::AnalysisSettings{});
}

TEST(SettingsDialogTest, TheWindowStoresTheLogsThresholdsUndoably)
{
    test::TempLog scratch;
    Preferences prefs;
    prefs.defaultLogPath = scratch.path(QStringLiteral("own.sqlite"));
    MainWindow window(prefs);
    window.openLog(scratch.path(QStringLiteral("missing.sqlite")));
    ASSERT_TRUE(window.startOwnLog(QStringLiteral("Ann")));
    QAction* settings = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma))
            settings = a;
    ASSERT_TRUE(settings);
    const auto answer = test::whenDialogOpens([](QWidget* w) {
        auto* dialog = qobject_cast<SettingsDialog*>(w);
        ASSERT_TRUE(dialog);
        dialog->weeklyCautionEdit()->setValue(20);
        dialog->accept();
    });
    settings->trigger();
    auto stored = [&window] {
        auto db = core::Database::open(window.logPath()).value();
        return core::loadAnalysisSettings(*db).value().weeklyIncreaseCaution;
    };
    EXPECT_DOUBLE_EQ(stored(), 0.20);
    window.undoStack()->undo();
    EXPECT_DOUBLE_EQ(stored(), 0.10) << "undo puts the old threshold back";
}
