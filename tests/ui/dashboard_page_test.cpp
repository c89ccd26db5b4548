// The dashboard with the demo story and with an empty log: card texts, bars, flag markers,
// the range selector, units, following the log, and screenshots to look at.
#include "charts/chart_builders.h"
#include "demo/demo_history.h"
#include "dialogs/flag_details_dialog.h"
#include "main_window.h"
#include "pages/dashboard_page.h"
#include "pages/runs_page.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/test_support.h"
#include "widget_support.h"
#include "widgets/active_flags_card.h"
#include "widgets/metric_card.h"
#include "widgets/return_to_run_card.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QPushButton>
#include <QScatterSeries>
#include <QStyleFactory>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

// The demo ends on Sunday 30 June 2024: week 13 (6-12 May) holds the half marathon.
const QDate kEnd(2024, 6, 30);
const QDate kSpikeWeek(2024, 5, 6);

struct DemoDashboard
{
    test::TempLog log;
    QUndoStack undo;
    qint64 athlete = 0;
    std::unique_ptr<DashboardPage> page;

    explicit DemoDashboard(bool withDemo = true)
    {
        if (withDemo)
            athlete = *core::installDemo(log.db(), QStringLiteral("Alex"), kEnd);
        else
            athlete = core::AthleteRepository(log.db()).add(QStringLiteral("New"))->id;
        page = std::make_unique<DashboardPage>(
            PageContext{log.db(), &undo, [](const QString& e) { ADD_FAILURE() << e.toStdString(); },
                        Preferences()});
        page->resize(1080, 760);
        page->setAsOf(kEnd);
        page->setAthlete(athlete);
    }
};

// The bars of a weekly chart: 4 outline points per bar, in every bar series.
int barCount(QChart* chart, const QString& name = QString())
{
    int bars = 0;
    for (QAbstractSeries* s : chart->series())
        if (auto* area = qobject_cast<QAreaSeries*>(s))
            if (name.isEmpty() || area->objectName() == name)
                bars += int(area->upperSeries()->count()) / 4;
    return bars;
}

QScatterSeries* markers(QChart* chart, const QString& word)
{
    for (QAbstractSeries* s : chart->series())
        if (auto* scatter = qobject_cast<QScatterSeries*>(s); scatter && s->name() == word)
            return scatter;
    return nullptr;
}

bool hasPointIn(QXYSeries* series, QDate from, QDate to)
{
    for (const QPointF& p : series->points()) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
        if (d >= from && d <= to)
            return true;
    }
    return false;
}

} // namespace

TEST(DashboardPage, CardsTellTheDemoStoryInNumbers)
{
    DemoDashboard d;
    DashboardPage& page = *d.page;
    ASSERT_FALSE(page.showsEmptyState());

    // Week 20, back to normal training: 5.0 + 5.5 + 6.5 = 17.0 km; week 19, stages 5 and 6:
    // 5.2 + 6.2 + 6.5 = 17.9: 17.0/17.9 - 1 = -5%.
    EXPECT_EQ(page.thisWeekCard()->value(), QStringLiteral("17.0 km"));
    EXPECT_TRUE(
        page.thisWeekCard()->detail().contains(QStringLiteral("-5% on last week (17.9\u00a0km)")))
        << page.thisWeekCard()->detail().toStdString();
    EXPECT_TRUE(page.thisWeekCard()->detail().contains(QStringLiteral("3 runs")));
    // Acute 17.0; chronic weeks 17-20: 10.0 + 12.1 + 17.9 + 17.0 = 57.0 / 4 = 14.25: 1.19.
    EXPECT_EQ(page.loadRatioCard()->value(), QStringLiteral("1.19"));
    EXPECT_TRUE(page.loadRatioCard()->detail().contains(QStringLiteral("usual range")));
    EXPECT_FALSE(page.loadRatioCard()->severity());
    EXPECT_TRUE(page.loadRatioCard()->how().contains(QStringLiteral("17.0 km ÷ 14.25 km = 1.19")))
        << page.loadRatioCard()->how().toStdString();
    // A run on Monday 1 July: longest of 1-30 June is Friday's 6.5 km; 1.1 x 6.5 = 7.15,
    // shown rounded down (and the return-to-running cap, 1.1 x its longest 6.5 km, is the same).
    EXPECT_EQ(page.safeNextRunCard()->value(), QStringLiteral("7.1 km"));
    EXPECT_TRUE(
        page.safeNextRunCard()->detail().contains(QStringLiteral("6.5\u00a0km, Fri 28 Jun")))
        << page.safeNextRunCard()->detail().toStdString();
    // The last symptom entry: Saturday 22 June, the morning after stage 6: 0/10.
    EXPECT_EQ(page.latestPainCard()->value(), QStringLiteral("0/10"));
    EXPECT_TRUE(
        page.latestPainCard()->detail().startsWith(QStringLiteral("inner lower calf, left")));
    // Still active: stage 6's week (+48%, high), its 6.2 km spike, and the old pair of shoes
    // past 700 km (not retired).
    const auto rows = page.flagsCard()->rows();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows[0]->toolTip().startsWith(QStringLiteral("high · Weekly increase +48%")))
        << rows[0]->toolTip().toStdString();
    EXPECT_TRUE(rows[1]->toolTip().startsWith(QStringLiteral("caution · Long-run spike +19%")))
        << rows[1]->toolTip().toStdString();
    EXPECT_TRUE(rows[2]->toolTip().startsWith(QStringLiteral("caution · Shoes past")))
        << rows[2]->toolTip().toStdString();
    // Every card says how it was computed on hover.
    for (MetricCard* card :
         {page.thisWeekCard(), page.loadRatioCard(), page.safeNextRunCard(), page.latestPainCard()})
        EXPECT_FALSE(card->toolTip().isEmpty()) << card->title().toStdString();
}

TEST(DashboardPage, AnEntryFromAnotherYearNamesItsYear)
{
    DemoDashboard d;
    // The demo's last entry, Saturday 22 June 2024, read in 2024 and in January 2025.
    EXPECT_TRUE(d.page->latestPainCard()->detail().endsWith(QStringLiteral("\nSat 22 Jun")))
        << d.page->latestPainCard()->detail().toStdString();
    d.page->setAsOf(QDate(2025, 1, 6));
    d.page->reloadNow();
    EXPECT_TRUE(d.page->latestPainCard()->detail().endsWith(QStringLiteral("\nSat 22 Jun 2024")))
        << d.page->latestPainCard()->detail().toStdString();
}

TEST(DashboardPage, AsOfTheSpikeTheCardsWarn)
{
    DemoDashboard d;
    d.page->setAsOf(QDate(2024, 5, 12));
    // Week 13 so far 56.1 km against 31: +81%, high.
    EXPECT_EQ(d.page->thisWeekCard()->value(), QStringLiteral("56.1 km"));
    EXPECT_EQ(d.page->thisWeekCard()->severity(), core::Severity::High);
    EXPECT_EQ(d.page->loadRatioCard()->value(), QStringLiteral("1.55"));
    EXPECT_EQ(d.page->loadRatioCard()->severity(), core::Severity::High);
    const auto rows = d.page->flagsCard()->rows();
    ASSERT_EQ(rows.size(), ActiveFlagsCard::kRows);
    EXPECT_TRUE(rows[0]->text().startsWith(QStringLiteral("high · ")));
    d.page->show();
    QCoreApplication::processEvents();
    test::screenshot(d.page.get(), QStringLiteral("dashboard_as_of_spike"));
}

TEST(DashboardPage, WeeklyBarsWithMarkersOnTheSpikeWeek)
{
    DemoDashboard d;
    QChart* weekly = d.page->weeklyChart();
    ASSERT_NE(weekly, nullptr);
    // 6 months back from 30 June: all 20 demo weeks, each with runs.
    EXPECT_EQ(barCount(weekly), 20);
    // The spike week, and three weeks of the return to running (+14%, +21%, +48%).
    EXPECT_EQ(barCount(weekly, QStringLiteral("flaggedBars")), 4);
    QScatterSeries* high = markers(weekly, QStringLiteral("high"));
    ASSERT_NE(high, nullptr);
    ASSERT_EQ(high->count(), 2);
    EXPECT_TRUE(hasPointIn(high, kSpikeWeek, kSpikeWeek.addDays(6)));
    // The three flagged weeks of the return to running in a row share one marker.
    EXPECT_TRUE(hasPointIn(high, QDate(2024, 6, 3), QDate(2024, 6, 23)));
    EXPECT_EQ(high->pointLabelsFormat(), QStringLiteral("high")) << "the word, not only a colour";

    // The load ratio's excursion, caution on Thu 9 May then high on Sun 12 May: one marker,
    // high, whose tooltip tells both.
    QChart* acwr = d.page->acwrChart();
    QScatterSeries* acwrHigh = markers(acwr, QStringLiteral("high"));
    ASSERT_NE(acwrHigh, nullptr);
    ASSERT_GE(acwrHigh->count(), 2) << "the spike, and the return to running from a low base";
    EXPECT_TRUE(hasPointIn(acwrHigh, QDate(2024, 5, 12), QDate(2024, 5, 12)));
    EXPECT_TRUE(hasPointIn(acwrHigh, QDate(2024, 6, 9), QDate(2024, 6, 11)));
    EXPECT_EQ(markers(acwr, QStringLiteral("caution")), nullptr);
    const AcwrData acwrData =
        ChartData::acwr(d.page->analysis(), core::AnalysisSettings(), DistanceUnit::Km);
    ASSERT_GE(acwrData.flags.size(), 2u);
    EXPECT_TRUE(
        acwrData.flags[0].tooltip.startsWith(QStringLiteral("caution: Load ratio high 1.30")))
        << acwrData.flags[0].tooltip.toStdString();
    EXPECT_TRUE(acwrData.flags[0].tooltip.contains(QStringLiteral("high: Load ratio high 1.55")));

    // The pain that followed, on the same time axis: from the Monday after the race.
    QChart* pain = d.page->painChart();
    QLineSeries* calf = nullptr;
    for (QAbstractSeries* s : pain->series())
        if (s->name() == QStringLiteral("inner lower calf, left"))
            calf = qobject_cast<QLineSeries*>(s);
    ASSERT_NE(calf, nullptr);
    EXPECT_EQ(calf->count(), 31) << "5 entries before the programme, 2 for each of its 13 runs";
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(calf->at(0).x())).date(), QDate(2024, 5, 13));
    EXPECT_DOUBLE_EQ(calf->at(1).y(), 5.0);
}

TEST(DashboardPage, RangeSelectorAndUnits)
{
    DemoDashboard d;
    d.page->setRange(DashboardPage::FourWeeks);
    EXPECT_EQ(barCount(d.page->weeklyChart()), 4); // weeks of 3, 10, 17 and 24 June
    EXPECT_EQ(barCount(d.page->weeklyChart(), QStringLiteral("flaggedBars")), 3);
    d.page->setRange(DashboardPage::TwelveWeeks);
    EXPECT_EQ(barCount(d.page->weeklyChart()), 12);
    EXPECT_EQ(barCount(d.page->weeklyChart(), QStringLiteral("flaggedBars")), 4);
    EXPECT_EQ(d.page->rangeSelector()->count(), 5);

    d.page->setUnit(DistanceUnit::Mi);
    // 17.0 km = 10.56 mi; 7.15 km = 4.443 mi, rounded down: 4.4.
    EXPECT_EQ(d.page->thisWeekCard()->value(), QStringLiteral("10.6 mi"));
    EXPECT_EQ(d.page->safeNextRunCard()->value(), QStringLiteral("4.4 mi"));
    bool miles = false;
    for (QAbstractAxis* axis : d.page->weeklyChart()->axes(Qt::Vertical))
        miles = miles || axis->titleText() == QStringLiteral("mi");
    EXPECT_TRUE(miles);
}

TEST(DashboardPage, FollowsTheLogThroughTheChangeNotifier)
{
    DemoDashboard d;
    core::Run run;
    run.athleteId = d.athlete;
    run.startUtc = QDateTime(kEnd, QTime(17, 0), Qt::UTC);
    run.utcOffsetS = 7200;
    run.distance = core::Distance::km(4.9);
    run.elapsed = core::Duration::minutes(30);
    run.source = QStringLiteral("manual");
    ASSERT_TRUE(core::RunRepository(d.log.db()).add(run));
    EXPECT_EQ(d.page->thisWeekCard()->value(), QStringLiteral("17.0 km")) << "not yet: coalesced";
    QCoreApplication::processEvents();
    EXPECT_EQ(d.page->thisWeekCard()->value(), QStringLiteral("21.9 km")); // 17.0 + 4.9
}

TEST(DashboardPage, ARunOfUnknownDurationCountsItsDistance)
{
    DemoDashboard d;
    core::Run run;
    run.athleteId = d.athlete;
    run.startUtc = QDateTime(kEnd, QTime(17, 0), Qt::UTC);
    run.utcOffsetS = 7200;
    run.distance = core::Distance::km(4.9);
    run.source = QStringLiteral("gpx"); // a track without times: no elapsed time
    ASSERT_TRUE(core::RunRepository(d.log.db()).add(run));
    QCoreApplication::processEvents();
    EXPECT_EQ(d.page->thisWeekCard()->value(), QStringLiteral("21.9 km")); // 17.0 + 4.9
    d.page->show();
    QCoreApplication::processEvents();
}

TEST(DashboardPage, AnEmptyLogShowsWhatToDoInsteadOfEmptyCharts)
{
    DemoDashboard d(false);
    EXPECT_TRUE(d.page->showsEmptyState());
    d.page->show();
    QCoreApplication::processEvents();
    test::screenshot(d.page.get(), QStringLiteral("dashboard_empty"));
    // A first run brings the page to life; the ratio waits for 4 weeks.
    core::Run run;
    run.athleteId = d.athlete;
    run.startUtc = QDateTime(kEnd, QTime(6, 0), Qt::UTC);
    run.utcOffsetS = 7200;
    run.distance = core::Distance::km(5);
    run.elapsed = core::Duration::minutes(30);
    run.source = QStringLiteral("manual");
    ASSERT_TRUE(core::RunRepository(d.log.db()).add(run));
    d.page->reloadNow();
    EXPECT_FALSE(d.page->showsEmptyState());
    // Thin history is said in words, not shown as nothing (design.md section 4, revision 2).
    EXPECT_EQ(d.page->loadRatioCard()->value(), QStringLiteral("Building a baseline"));
    EXPECT_EQ(d.page->loadRatioCard()->detail(),
              QStringLiteral("the ratio needs 4 weeks of runs, from Sat 27 Jul"));
    EXPECT_EQ(d.page->safeNextRunCard()->value(), QStringLiteral("Building a baseline"));
    EXPECT_EQ(d.page->safeNextRunCard()->detail(),
              QStringLiteral("1 run in the last 30 days; a limit needs 3"));
    EXPECT_EQ(d.page->latestPainCard()->detail(), QStringLiteral("none logged"));
    EXPECT_EQ(d.page->flagsCard()->emptyText(), QStringLiteral("None so far."));
    d.page->show();
    QCoreApplication::processEvents(); // let the layout take the new texts
    test::screenshot(d.page.get(), QStringLiteral("dashboard_first_run"));
}

TEST(DashboardPage, AfterALayoffTheCardsSayBuildingABaselineNotAWildRatio)
{
    // Four weeks of 10 km a day ending 73 days before, then a layoff, then one 10 km run
    // yesterday. Revision 1 showed a load ratio of 10 / (10 / 4) = 4.0, "high"; the 28 days now
    // hold 10 km, under the 20 km a baseline needs. Yesterday's run is the only one of the 30
    // days before today, so there is no limit for the next run either.
    DemoDashboard d(false);
    core::RunRepository runs(d.log.db());
    auto add = [&](QDate day) {
        core::Run run;
        run.athleteId = d.athlete;
        run.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
        run.utcOffsetS = 7200;
        run.distance = core::Distance::km(10);
        run.elapsed = core::Duration::minutes(55);
        run.source = QStringLiteral("manual");
        ASSERT_TRUE(runs.add(run));
    };
    for (int i = 100; i > 72; --i)
        add(kEnd.addDays(-i));
    add(kEnd.addDays(-1));
    d.page->reloadNow();
    const MetricCard* ratio = d.page->loadRatioCard();
    EXPECT_EQ(ratio->value(), QStringLiteral("Building a baseline"));
    EXPECT_EQ(ratio->detail(), QStringLiteral("10.0\u00a0km in the last 28 days; the ratio needs "
                                              "20\u00a0km"));
    EXPECT_FALSE(d.page->analysis().distanceAcwr.coupledAt(kEnd)) << "no wild 4.0 anywhere";
    const MetricCard* next = d.page->safeNextRunCard();
    EXPECT_EQ(next->value(), QStringLiteral("Building a baseline"));
    EXPECT_EQ(next->detail(), QStringLiteral("1 run in the last 30 days; a limit needs 3"));
    d.page->show();
    QCoreApplication::processEvents();
    test::screenshot(d.page.get(), QStringLiteral("dashboard_building_a_baseline"));
}

TEST(DashboardPage, ChartsDrawIntoAPdfAsVectors)
{
    DemoDashboard d;
    const core::LoadAnalysis& a = d.page->analysis();
    ChartFrame frame;
    frame.from = QDate(2024, 2, 12);
    frame.to = kEnd;
    frame.tooltips = false;
    QChart* chart = weeklyDistanceChart(ChartData::weeklyDistance(a, DistanceUnit::Km), frame);
    QPicture picture;
    {
        QPainter painter(&picture);
        renderChart(chart, &painter, QRectF(0, 0, 600, 300));
    }
    EXPECT_GT(picture.size(), 1000u) << "recorded drawing commands, not a blank";
    EXPECT_FALSE(picture.boundingRect().isEmpty());
    const QString pdf = d.log.path(QStringLiteral("chart.pdf"));
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        renderChart(chart, &painter, QRectF(0, 0, writer.width(), writer.height() / 3.0));
    }
    EXPECT_GT(QFileInfo(pdf).size(), 2000);
    delete chart;
}

TEST(DashboardPage, DemoWindowScreenshotsLightAndDark)
{
    test::TempLog scratch;
    Preferences prefs;
    prefs.defaultLogPath = scratch.path(QStringLiteral("own.sqlite"));
    auto id = core::installDemo(scratch.db(), QStringLiteral("Alex (demo)"), QDate::currentDate());
    ASSERT_TRUE(id.ok());
    scratch.close();
    for (bool dark : {false, true}) {
        const QPalette original = QApplication::palette();
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
            p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
            p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2e));
            p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
            p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60));
            p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x4a));
            p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
            p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x56));
            p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
            p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
            p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa8));
            p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x39));
            p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
            QApplication::setPalette(p);
        }
        {
            MainWindow window(prefs);
            window.resize(1280, 800);
            ASSERT_TRUE(window.openLog(scratch.logPath()));
            window.show();
            ASSERT_NE(window.page<DashboardPage>(), nullptr);
            EXPECT_TRUE(window.showPage(&DashboardPage::staticMetaObject));
            QCoreApplication::processEvents();
            EXPECT_FALSE(window.page<DashboardPage>()->showsEmptyState());
            test::screenshot(&window, dark ? QStringLiteral("dashboard_demo_dark")
                                           : QStringLiteral("dashboard_demo"));
        }
        QApplication::setPalette(original);
    }
}

TEST(DashboardPage, AFlagRowOpensItsExplanationWithTheEvidence)
{
    DemoDashboard d;
    d.page->setAsOf(QDate(2024, 5, 12));
    QStringList texts;
    const auto answer = test::whenDialogOpens([&texts](QWidget* dialog) {
        for (QLabel* label : dialog->findChildren<QLabel*>())
            texts << label->text();
        test::screenshot(dialog, QStringLiteral("flag_details"));
        qobject_cast<QDialog*>(dialog)->reject();
    });
    // The rows are most severe first; among the three highs of 12 May the load ratio leads.
    d.page->flagsCard()->rows()[1]->click();
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("high: Long-run spike +111%"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("This run was 111% longer")));
    // 21.1 against the 10.0 km of Thu 9 May / Sun 5 May: 21.1 / 10 - 1 = +111%.
    EXPECT_TRUE(all.contains(QStringLiteral("This run: 21.1 km. Longest single run from Fri 12 Apr "
                                            "2024 to Sat 11 May 2024: 10.0 km.")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Frandsen JSB")));
    EXPECT_TRUE(all.contains(QStringLiteral("not a diagnosis")));
}

TEST(DashboardPage, StackedChartsShareTheirPlotEdges)
{
    DemoDashboard d;
    d.page->show();
    QCoreApplication::processEvents();
    const QRectF weekly = d.page->weeklyChart()->plotArea();
    const QRectF pain = d.page->painChart()->plotArea();
    EXPECT_DOUBLE_EQ(weekly.left(), pain.left());
    EXPECT_DOUBLE_EQ(weekly.right(), pain.right());
    EXPECT_DOUBLE_EQ(d.page->acwrChart()->plotArea().left(),
                     d.page->cadenceChart()->plotArea().left());
}

TEST(DashboardPage, YearsOfRunsGetBarBlocksAndThinnedLines)
{
    // Four years of daily runs (1,461 days, 209 weeks), one 40 km spike in the last year.
    DemoDashboard d(false);
    const QDate first(2020, 6, 29); // a Monday
    {
        core::Transaction tx(d.log.db());
        for (int day = 0; day < 1461; ++day) {
            core::Run run;
            run.athleteId = d.athlete;
            run.startUtc = QDateTime(first.addDays(day), QTime(6, 0), Qt::UTC);
            run.utcOffsetS = 3600;
            run.distance = core::Distance::km(day == 1300 ? 40.0 : 5.0 + day % 3);
            run.elapsed = core::Duration::minutes(run.distance.inKm() * 6);
            run.avgCadenceSpm = 160 + day % 12;
            run.source = QStringLiteral("manual");
            ASSERT_TRUE(core::RunRepository(d.log.db()).add(run));
        }
        ASSERT_TRUE(tx.commit());
    }
    d.page->setAsOf(first.addDays(1460));
    d.page->setRange(DashboardPage::AllTime);
    // 209 weeks in the frame, at most 156 bars: blocks of 2 weeks, 105 bars.
    EXPECT_EQ(barCount(d.page->weeklyChart()), 105);
    EXPECT_TRUE(d.page->weeklyChart()->title().contains(QStringLiteral("averages of 2 weeks")))
        << d.page->weeklyChart()->title().toStdString();
    // The daily load ratio keeps at most 2 points per bucket of 500, and keeps its peak.
    double peak = 0;
    for (const std::optional<double>& r : d.page->analysis().distanceAcwr.rollingCoupled)
        peak = std::max(peak, r.value_or(0.0));
    QLineSeries* rolling = nullptr;
    for (QAbstractSeries* s : d.page->acwrChart()->series())
        if (s->name() == QStringLiteral("rolling"))
            rolling = qobject_cast<QLineSeries*>(s);
    ASSERT_NE(rolling, nullptr);
    EXPECT_LE(rolling->count(), 1000);
    EXPECT_GT(rolling->count(), 500);
    double shownPeak = 0;
    for (const QPointF& p : rolling->points())
        shownPeak = std::max(shownPeak, p.y());
    EXPECT_DOUBLE_EQ(shownPeak, peak);
    EXPECT_GT(peak, 1.5) << "the 40 km day stands out";
    d.page->show();
    test::screenshot(d.page.get(), QStringLiteral("dashboard_four_years_all_time"));
}

TEST(DashboardPage, BackToRunningCardFollowsTheEpisode)
{
    DemoDashboard d;
    // Monday 20 May: the gates still to meet, each with its reason; what came before in a line.
    d.page->setAsOf(QDate(2024, 5, 20));
    d.page->reloadNow();
    ReturnToRunCard* card = d.page->returnToRunCard();
    ASSERT_TRUE(card->isVisibleTo(d.page.get()));
    EXPECT_EQ(card->headline(), QStringLiteral("Gates first"));
    EXPECT_TRUE(card->gatesText().contains(QStringLiteral(
        "✗ Hopping – not met: hopping pain 3/10 on 2024-05-19: 2/10 or less needed")))
        << card->gatesText().toStdString();
    EXPECT_TRUE(card->gatesText().contains(QStringLiteral("✓ No hold – met")));
    EXPECT_EQ(card->beforeText(),
              QStringLiteral("What came before: the week before +81%, a 21.1 km run +111%, load "
                             "ratio 1.55."));
    EXPECT_EQ(d.page->safeNextRunCard()->value(), QStringLiteral("Gates first"))
        << "no 30-day figure during the return to running";

    // Wednesday 5 June: stage 3, the next session, two days after the repeat of Monday.
    d.page->setAsOf(QDate(2024, 6, 5));
    d.page->reloadNow();
    EXPECT_EQ(card->headline(), QStringLiteral("Stage 3 of 6"));
    EXPECT_EQ(d.page->safeNextRunCard()->value(), QStringLiteral("Stage 3"));
    EXPECT_TRUE(d.page->safeNextRunCard()->detail().contains(QStringLiteral("5 x (4 min")))
        << d.page->safeNextRunCard()->detail().toStdString();
    d.page->resize(1180, 760);
    d.page->show();
    QCoreApplication::processEvents();
    test::screenshot(d.page.get(), QStringLiteral("dashboard_back_to_running"));

    // After two quiet weeks back in normal training the episode is over: no card.
    d.page->setAsOf(QDate(2024, 7, 10));
    d.page->reloadNow();
    EXPECT_FALSE(card->isVisibleTo(d.page.get()));
}
