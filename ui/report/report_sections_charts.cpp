// The charts: the dashboard's builders (ui/charts), drawn as vectors into the page.
#include "analysis/baseline.h"
#include "charts/chart_builders.h"
#include "report/picture_block.h"
#include "report/report_sections.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <memory>

namespace stridewell::ui {

using core::ReportContent;

namespace {

constexpr qreal kChartHeight = ReportStyle::pt(178);

// Black on white, greys for the grid, whatever the desktop's colours.
QPalette printPalette()
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Base, Qt::white);
        p.setColor(g, QPalette::Window, Qt::white);
        p.setColor(g, QPalette::Text, Qt::black);
        p.setColor(g, QPalette::WindowText, Qt::black);
        p.setColor(g, QPalette::Mid, QColor(120, 120, 120));
        p.setColor(g, QPalette::Midlight, QColor(215, 215, 215));
        p.setColor(g, QPalette::Dark, QColor(60, 60, 60));
        p.setColor(g, QPalette::Highlight, QColor(25, 90, 170));
        p.setColor(g, QPalette::Link, QColor(0, 120, 90));
        p.setColor(g, QPalette::LinkVisited, QColor(120, 60, 140));
    }
    return p;
}

// Report units per chart pixel: a chart is laid out as on a screen of the display's logical
// resolution, so its fonts print at the size they have on screen.
qreal unitsPerChartPixel()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return ReportStyle::kUnitsPerInch / (dpi > 0 ? dpi : 96.0);
}

// The charts of one report, laid out together so that their plot areas line up.
struct ChartSet
{
    std::vector<std::shared_ptr<QChart>> charts;
    QSizeF pixels;
    bool aligned = false;

    void align()
    {
        if (aligned)
            return;
        aligned = true;
        QList<QChart*> all;
        for (const auto& chart : charts) {
            chart->resize(pixels);
            chart->layout()->activate();
            all << chart.get();
        }
        alignPlotAreas(all);
    }
};

// On paper a flagged week's colour may print as the same grey as the others: hatch it too, so
// it stands apart by pattern as well as by its marker and word.
void hatchFlaggedWeeks(QChart* chart)
{
    for (QAbstractSeries* series : chart->series())
        if (auto* area = qobject_cast<QAreaSeries*>(series);
            area && area->objectName() == QLatin1String("flaggedBars")) {
            QBrush hatch(area->color(), Qt::BDiagPattern);
            area->setBrush(hatch);
            area->setPen(QPen(area->color().darker(140), 1.5));
        }
}

void addChart(ReportBlocks& out, const std::shared_ptr<ChartSet>& set, QChart* made,
              const QString& description)
{
    std::shared_ptr<QChart> chart(made);
    set->charts.push_back(chart);
    auto block = std::make_unique<PictureBlock>(
        kChartHeight,
        [set, chart](QPainter* painter, const QRectF& target) {
            const qreal k = unitsPerChartPixel();
            set->pixels = target.size() / k;
            set->align();
            painter->translate(target.topLeft());
            painter->scale(k, k);
            renderChart(chart.get(), painter, QRectF(QPointF(0, 0), set->pixels));
        },
        description);
    block->spaceBefore = ReportStyle::pt(4);
    block->keepWithNext = true; // with its caption
    out.push_back(std::move(block));
}

} // namespace

void ReportSections::charts(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    heading(out, tr("Load, pain and cadence over time"));
    if (!c.hasRuns() && !c.hasSymptoms()) {
        paragraph(out, tr("No runs and no calf symptoms were logged in this period, so there "
                          "is nothing to chart."));
        return;
    }
    QString how = tr("The charts share the period's time axis, so a week of load lines up with "
                     "the pain that followed it. A flag is marked by its shape and its word "
                     "(circle: info, triangle: caution, octagon: high).");
    if (!c.episodes.isEmpty())
        how += QLatin1Char(' ') + tr("The amber stretch on the load and pain charts is the calf "
                                     "episode, from its first entry to its end.");
    intro(out, {{how}});

    const ChartFrame frame{c.period.from, c.period.to, printPalette(), false,
                           ChartData::episodeSpans(c.episodes)};
    auto set = std::make_shared<ChartSet>();
    if (c.hasRuns()) {
        QChart* weekly = weeklyDistanceChart(ChartData::weeklyDistance(c.analysis, o.unit), frame);
        hatchFlaggedWeeks(weekly);
        addChart(out, set, weekly, tr("Chart: weekly distance with flag markers"));
        caption(out, tr("Distance per calendar week. A marked bar had a load flag that week (a "
                        "week-over-week increase, a single-session spike or a high load "
                        "ratio).%1")
                         .arg(citation(c, core::FlagKind::WeeklyIncrease)));
        bool ratioDefined = false;
        for (QDate d = c.period.from; d <= c.period.to && !ratioDefined; d = d.addDays(1))
            ratioDefined = c.analysis.distanceAcwr.coupledAt(d).has_value();
        if (ratioDefined) {
            addChart(out, set, acwrChart(ChartData::acwr(c.analysis, c.settings, o.unit), frame),
                     tr("Chart: acute:chronic workload ratio with its bands"));
            caption(out, tr("Acute:chronic workload ratio on distance: the last 7 days against "
                            "the average week of the last 28, rolling and exponentially "
                            "weighted. 0.8–1.3 is the range usually quoted and above 1.5 load "
                            "is rising much faster than usual; it is one signal among several, "
                            "not a verdict. A gap in the line is a baseline being built: the "
                            "first 4 weeks of a log, or 28 days with under %1 km of running.%2")
                             .arg(core::baseline::kAcwrMinTotalKm)
                             .arg(citation(c, core::FlagKind::AcwrHigh)));
        } else {
            paragraph(out, tr("Load ratio: building a baseline. The ratio compares the last 7 "
                              "days with the 4 weeks before, so it needs 4 weeks of history and "
                              "at least %1 km of running in them; this period never had that, so "
                              "there is no load-ratio chart.")
                               .arg(core::baseline::kAcwrMinTotalKm));
        }
    } else {
        paragraph(out, tr("No runs were logged in this period, so there is no load to chart."));
    }
    if (c.hasSymptoms()) {
        addChart(out, set, painChart(ChartData::pain(c.symptoms, c.period.to), frame),
                 tr("Chart: calf pain over time by location and side"));
        caption(out, tr("Pain 0–10 of each entry, one line per place and side; an entry with a "
                        "warning sign carries a marker."));
    } else {
        paragraph(out, tr("No calf symptoms were logged in this period, so there is no pain "
                          "chart."));
    }
    if (c.summary.runsWithCadence > 0) {
        addChart(out, set, cadenceChart(ChartData::cadence(c.analysis, c.runs, c.settings), frame),
                 tr("Chart: cadence trend"));
        caption(out, tr("Average cadence of each run and its 28-day median. The flag line is "
                        "%1 steps/min; 170–180 is the range commonly given as a target, more a "
                        "convention than a validated number.%2")
                         .arg(c.settings.cadenceLowSpm)
                         .arg(citation(c, core::FlagKind::CadenceLow)));
    } else if (c.hasRuns()) {
        paragraph(out, tr("No run in this period recorded cadence."));
    }
}

} // namespace stridewell::ui
