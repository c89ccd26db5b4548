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

    if (samples.empty()) {
        auto* none = new QLabel(tr("This run has no recorded track: it was logged by hand or "
                                   "imported from a summary. Import the watch file to see "
                                   "pace, cadence, heart rate and elevation here."),
                                this);
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        layout->addWidget(none, 1);
        resize(640, 260);
    } else {
        // The channels the track holds, two charts a row; the ones it lacks named in one line.
        auto* grid = new QGridLayout;
        QStringList missing;
        const charts::RunChannel channels[] = {
            charts::RunChannel::Pace, charts::RunChannel::Cadence, charts::RunChannel::HeartRate,
            charts::RunChannel::Elevation};
        for (charts::RunChannel channel : channels) {
            const charts::RunSeries series = charts::runSeries(samples, channel, unit);
            if (series.points.size() < 2) {
                missing << series.title.toLower();
                continue;
            }
            auto* view = new QChartView(charts::buildRunChart(series), this);
            view->setRenderHint(QPainter::Antialiasing);
            view->setAccessibleName(tr("%1 over distance").arg(series.title));
            view->setMinimumSize(360, 240);
            grid->addWidget(view, int(m_charts.size()) / 2, int(m_charts.size()) % 2);
            m_charts << view;
        }
        if (!missing.isEmpty()) {
            auto* lacks = new QLabel(
                tr("Not in this track: %1.").arg(QLocale().createSeparatedList(missing)), this);
            lacks->setEnabled(false);
            layout->addWidget(lacks);
        }
        layout->addLayout(grid, 1);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace stridewell::ui
