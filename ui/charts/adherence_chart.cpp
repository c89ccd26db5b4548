#include "charts/adherence_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QValueAxis>

namespace stridewell::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Charts", text);
}

} // namespace

QChart* adherenceChart(const QList<core::WeekAdherence>& weeks, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Strength sessions per week"));
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);

    auto* planned = new QBarSet(tr("Planned"));
    auto* done = new QBarSet(tr("Done"));
    // Planned as an outline, done filled: the two differ by more than their colour.
    QColor outline = palette.color(QPalette::Text);
    planned->setPen(QPen(outline, 1.5));
    QColor faint = palette.color(QPalette::Text);
    faint.setAlphaF(0.12);
    planned->setBrush(faint);
    done->setBrush(palette.color(QPalette::Highlight));
    done->setPen(QPen(palette.color(QPalette::Highlight).darker(130), 1));
    QStringList labels;
    int most = 1;
    const QLocale locale;
    for (const core::WeekAdherence& w : weeks) {
        *planned << w.planned;
        *done << w.done;
        labels << locale.toString(w.weekStart, QStringLiteral("d MMM"));
        most = std::max({most, w.planned, w.done});
    }
    auto* series = new QBarSeries;
    series->append(planned);
    series->append(done);
    chart->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsBrush(palette.color(QPalette::Text));
    x->setGridLineVisible(false);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    y->setRange(0, most + 1);
    y->setTickCount(most + 2);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15);
    y->setGridLineColor(grid);
    y->setTitleText(tr("sessions"));
    y->setTitleBrush(palette.color(QPalette::Text));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace stridewell::ui
