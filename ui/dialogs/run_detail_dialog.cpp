#include "dialogs/run_detail_dialog.h"

#include "charts/run_charts.h"
#include "unit_format.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace stridewell::ui {

RunDetailDialog::RunDetailDialog(const core::Run& run, const core::SampleList& samples,
                                 DistanceUnit unit, QWidget* parent)
    : QDialog(parent)
{
    const QLocale locale;
    setWindowTitle(tr("Run on %1").arg(locale.toString(run.localDate(), QLocale::LongFormat)));
    setAccessibleName(windowTitle());
    resize(980, 720);

    auto* summary = new QLabel(this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    QStringList parts = {
        locale.toString(run.localDate(), QLocale::LongFormat) + QStringLiteral(", ") +
            locale.toString(run.localStart().time(), QStringLiteral("HH:mm")),
        formatDistance(run.distance, unit),
    };
    if (run.loadDuration())
        parts << formatDuration(run.loadDuration())
              << formatPace(run.distance, run.loadDuration(), unit);
    else
        parts << tr("duration unknown");
    if (run.avgCadenceSpm)
        parts << tr("%1 steps/min").arg(qRound(*run.avgCadenceSpm));
    if (run.avgHrBpm)
        parts << tr("%1 bpm").arg(qRound(*run.avgHrBpm));
    if (run.elevationGainM)
        parts << tr("%1 m climb").arg(qRound(*run.elevationGainM));
    summary->setText(parts.join(QStringLiteral("  ·  ")));
    QFont bigger = summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    summary->setFont(bigger);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    if (!run.notes.isEmpty()) {
        auto* notes = new QLabel(run.notes, this);
        notes->setTextFormat(Qt::PlainText);
        notes->setWordWrap(true);
        layout->addWidget(notes);
    }

    auto* grid = new QGridLayout;
    const charts::RunChannel channels[] = {charts::RunChannel::Pace, charts::RunChannel::Cadence,
                                           charts::RunChannel::HeartRate,
                                           charts::RunChannel::Elevation};
    int cell = 0;
    for (charts::RunChannel channel : channels) {
        const charts::RunSeries series = charts::runSeries(samples, channel, unit);
        QWidget* widget = nullptr;
        if (series.points.size() < 2) {
            auto* none = new QLabel(tr("%1: not recorded in this run").arg(series.title), this);
            none->setAlignment(Qt::AlignCenter);
            none->setEnabled(false);
            widget = none;
        } else {
            auto* view = new QChartView(charts::buildRunChart(series), this);
            view->setRenderHint(QPainter::Antialiasing);
            view->setAccessibleName(tr("%1 over distance").arg(series.title));
            view->setMinimumSize(360, 240);
            m_charts << view;
            widget = view;
        }
        grid->addWidget(widget, cell / 2, cell % 2);
        ++cell;
    }
    if (samples.empty()) {
        auto* none = new QLabel(tr("This run has no recorded track: it was logged by hand or "
                                   "imported from a summary. Import the watch file to see "
                                   "pace, cadence, heart rate and elevation here."),
                                this);
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        layout->addWidget(none, 1);
        while (QLayoutItem* item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        delete grid;
        resize(640, 260);
    } else {
        layout->addLayout(grid, 1);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace stridewell::ui
