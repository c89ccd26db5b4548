#include "main_window.h"
#include "model/run.h"
#include "models/run_table_model.h"
#include "page_icon.h"
#include "pages/runs_page.h"
#include "preferences_store.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QListWidget>
#include <QPalette>
#include <QSettings>
#include <QTemporaryDir>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

core::Run runOn(qint64 athlete, QDate day, double km)
{
    core::Run run;
    run.athleteId = athlete;
    run.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
    run.utcOffsetS = 3600;
    run.distance = core::Distance::km(km);
    run.elapsed = core::Duration::minutes(km * 6);
    run.source = QStringLiteral("manual");
    return run;
}

Preferences prefsIn(const test::TempLog& log)
{
    Preferences p;
    p.defaultLogPath = log.path(QStringLiteral("own.sqlite"));
    return p;
}

} // namespace

TEST(MainWindowTest, TheAppIconIsCompiledIn)
{
    EXPECT_FALSE(QIcon(QStringLiteral(":/icons/stridewell.svg")).pixmap(48, 48).isNull());
}

TEST(MainWindowTest, FirstLaunchOffersTheDemoAndAnEmptyLog)
{
    test::TempLog scratch;
    MainWindow window(prefsIn(scratch));
    window.resize(1100, 700);
    ASSERT_TRUE(window.openLog(scratch.path(QStringLiteral("missing.sqlite"))));
    EXPECT_TRUE(window.showsWelcome());
    EXPECT_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("missing.sqlite"))))
        << "nothing created until asked";
    EXPECT_FALSE(window.logRunAction()->isEnabled());
    window.show();
    test::screenshot(&window, QStringLiteral("welcome"));

    ASSERT_TRUE(window.startOwnLog(QStringLiteral("Ann")));
    EXPECT_FALSE(window.showsWelcome());
    EXPECT_TRUE(QFileInfo::exists(scratch.path(QStringLiteral("missing.sqlite"))));
    EXPECT_TRUE(window.runsPage()->showsEmptyState());
    EXPECT_TRUE(window.logRunAction()->isEnabled());
    EXPECT_EQ(window.logRunAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
    window.showPage(&RunsPage::staticMetaObject); // the dashboard comes first
    test::screenshot(&window, QStringLiteral("runs_empty_window"));
}

TEST(MainWindowTest, DemoLogShowsRunsAndTheAthleteSwitcher)
{
    test::TempLog scratch;
    Preferences prefs = prefsIn(scratch);
    MainWindow window(prefs);
    window.resize(1180, 720);
    window.openLog(scratch.path(QStringLiteral("missing.sqlite")));
    window.exploreDemo();
    EXPECT_FALSE(window.showsWelcome());
    EXPECT_TRUE(window.logPath().endsWith(QStringLiteral("demo.sqlite")));
    EXPECT_GT(window.runsPage()->model()->totals().runs, 60);
    window.show();
    window.showPage(&RunsPage::staticMetaObject); // the dashboard comes first
    test::screenshot(&window, QStringLiteral("runs_demo"));
    auto* nav = window.findChild<QListWidget*>();
    const QImage navImage = nav->grab().toImage();
    const QRect item = nav->visualItemRect(nav->currentItem());
    int dark = 0;
    for (int y = item.top(); y <= item.bottom(); ++y)
        for (int x = item.left(); x < item.left() + 30; ++x)
            dark += QColor(navImage.pixel(x + nav->viewport()->x(), y + nav->viewport()->y()))
                        .lightness() < 40;
    EXPECT_EQ(dark, 0) << "the selected page's icon is drawn light on the highlight";
}

TEST(MainWindowTest, OpensAnExistingLogWithSeveralAthletes)
{
    test::TempLog log;
    auto ann = core::AthleteRepository(log.db()).add(QStringLiteral("Ann"));
    auto bob = core::AthleteRepository(log.db()).add(QStringLiteral("Bob"));
    ASSERT_TRUE(core::RunRepository(log.db()).add(runOn(bob->id, QDate(2024, 1, 2), 9)));
    log.close();
    MainWindow window(prefsIn(log));
    ASSERT_TRUE(window.openLog(log.logPath()));
    EXPECT_EQ(window.currentAthlete(), ann->id);
    EXPECT_TRUE(window.runsPage()->showsEmptyState());
    window.selectAthlete(bob->id);
    EXPECT_EQ(window.runsPage()->model()->rowCount(), 1);
}

TEST(Preferences, TheUnitIsRememberedBetweenLaunches)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("stridewell.conf"));
    {
        QSettings fresh(file, QSettings::IniFormat);
        EXPECT_EQ(app::loadPreferences(fresh).unit, DistanceUnit::Km) << "km until told otherwise";
        Preferences prefs;
        prefs.unit = DistanceUnit::Mi;
        app::savePreferences(fresh, prefs);
    }
    QSettings later(file, QSettings::IniFormat);
    EXPECT_EQ(app::loadPreferences(later).unit, DistanceUnit::Mi);
}

TEST(PageIcon, DrawsInThePaletteTextColourForEachMode)
{
    const QIcon icon = pageIcon(QStringLiteral("runs"));
    auto inkOf = [](const QPixmap& pixmap) {
        const QImage image = pixmap.toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    return QColor(image.pixel(x, y));
        return QColor();
    };
    const QPalette palette = QApplication::palette();
    EXPECT_EQ(inkOf(icon.pixmap(24, 24, QIcon::Normal)), palette.color(QPalette::WindowText));
    EXPECT_EQ(inkOf(icon.pixmap(24, 24, QIcon::Selected)),
              palette.color(QPalette::HighlightedText));
}

TEST(PageIcon, TheSelectedNavigationItemDrawsItLight)
{
    QListWidget list;
    list.setIconSize(QSize(22, 22));
    list.addItem(new QListWidgetItem(pageIcon(QStringLiteral("runs")), QStringLiteral("Runs")));
    list.resize(200, 60);
    list.setCurrentRow(0);
    list.show();
    const QImage image = list.grab().toImage();
    const QRect icon = list.visualItemRect(list.item(0));
    int light = 0;
    int dark = 0;
    for (int y = icon.top(); y <= icon.bottom(); ++y)
        for (int x = icon.left(); x < icon.left() + 30; ++x) {
            const QColor c(image.pixel(x + list.viewport()->x(), y + list.viewport()->y()));
            light += c.lightness() > 230;
            dark += c.lightness() < 40;
        }
    EXPECT_GT(light, 20);
    EXPECT_EQ(dark, 0) << "no dark ink on the highlight";
}
