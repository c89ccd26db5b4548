#include "charts/run_charts.h"

#include "model/units.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace stridewell::ui::charts {

namespace {

constexpr double kSlowestPaceMinPerKm = 20.0; // slower than this is standing, not running

double valueOf(const core::Sample& s, RunChannel channel)
{
    switch (channel) {
    case RunChannel::Cadence:
        return s.cadenceSpm > 0 ? s.cadenceSpm : core::Sample::kNone;
    case RunChannel::HeartRate:
        return s.hrBpm > 0 ? s.hrBpm : core::Sample::kNone;
    case RunChannel::Elevation:
        return s.altitudeM;
    case RunChannel::Pace:
        return s.speedMps; // turned into pace per bin below
    }
    return core::Sample::kNone;
}

} // namespace

RunSeries runSeries(const core::SampleList& samples, RunChannel channel, DistanceUnit unit,
                    int maxPoints)
{
    RunSeries out;
    out.channel = channel;
    const bool km = unit == DistanceUnit::Km;
    out.distanceAxis = km ? QChart::tr("Distance (km)") : QChart::tr("Distance (mi)");
    switch (channel) {
    case RunChannel::Pace:
        out.title = QChart::tr("Pace");
        out.valueAxis = km ? QChart::tr("min/km") : QChart::tr("min/mi");
        out.fasterUp = true;
        break;
    case RunChannel::Cadence:
        out.title = QChart::tr("Cadence");
        out.valueAxis = QChart::tr("steps/min");
        break;
    case RunChannel::HeartRate:
        out.title = QChart::tr("Heart rate");
        out.valueAxis = QChart::tr("bpm");
        break;
    case RunChannel::Elevation:
        out.title = QChart::tr("Elevation");
        out.valueAxis = QChart::tr("m");
        break;
    }
    double total = 0;
    for (const core::Sample& s : samples)
        if (core::Sample::has(s.distanceM))
            total = std::max(total, s.distanceM);
    if (total <= 0 || maxPoints < 2)
        return out;
    const double unitM = km ? 1000.0 : core::Distance::kMetresPerMile;
    const double binM = total / maxPoints;

    // Per bin: the mean value, or for pace the distance and time covered in the bin.
    std::vector<double> sum(std::size_t(maxPoints) + 1, 0), n(std::size_t(maxPoints) + 1, 0);
    std::vector<double> firstT(sum.size(), core::Sample::kNone), lastT = firstT, firstD = firstT,
                                                                 lastD = firstT;
    for (const core::Sample& s : samples) {
        if (!core::Sample::has(s.distanceM))
            continue;
        const auto bin = std::size_t(std::min<double>(maxPoints, std::floor(s.distanceM / binM)));
        if (channel == RunChannel::Pace) {
            if (!core::Sample::has(s.timeS))
                continue;
            if (!core::Sample::has(firstT[bin]))
                firstT[bin] = s.timeS, firstD[bin] = s.distanceM;
            lastT[bin] = s.timeS;
            lastD[bin] = s.distanceM;
            continue;
        }
        const double v = valueOf(s, channel);
        if (core::Sample::has(v)) {
            sum[bin] += v;
            n[bin] += 1;
        }
    }
    double prevT = core::Sample::kNone, prevD = core::Sample::kNone;
    for (std::size_t bin = 0; bin < sum.size(); ++bin) {
        const double x = (bin + 0.5) * binM / unitM;
        if (channel == RunChannel::Pace) {
            if (!core::Sample::has(firstT[bin]))
                continue;
            // Pace over the bin, measured from the end of the previous one.
            const double t0 = core::Sample::has(prevT) ? prevT : firstT[bin];
            const double d0 = core::Sample::has(prevD) ? prevD : firstD[bin];
            prevT = lastT[bin];
            prevD = lastD[bin];
            const double dt = lastT[bin] - t0, dd = lastD[bin] - d0;
            if (dd <= 0 || dt <= 0)
                continue;
            const double minPerUnit = dt / 60.0 / (dd / unitM);
            if (minPerUnit < (km ? kSlowestPaceMinPerKm : kSlowestPaceMinPerKm * 1.609344))
                out.points.append({x, minPerUnit});
        } else if (n[bin] > 0) {
            out.points.append({x, sum[bin] / n[bin]});
        }
    }
    return out;
}

namespace {

// Pace reads as minutes:seconds, so its axis gets labels like "5:30" at round values.
QAbstractAxis* paceAxis(double lo, double hi, QObject* parent)
{
    auto* axis = new QCategoryAxis(parent);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double span = hi - lo;
    const double step = span <= 1.5 ? 0.25 : span <= 3 ? 0.5 : span <= 6 ? 1 : 2;
    const double first = std::ceil(lo / step) * step;
    for (double v = first; v <= hi + 1e-9; v += step) {
        const int seconds = int(std::lround(v * 60));
        axis->append(
            QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')),
            v);
    }
    axis->setStartValue(lo);
    axis->setRange(lo, hi);
    return axis;
}

} // namespace

QChart* buildRunChart(const RunSeries& series)
{
    auto* chart = new QChart;
    chart->setTitle(series.title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* line = new QLineSeries(chart);
    line->setName(series.title);
    line->append(series.points);
    chart->addSeries(line);
    auto* x = new QValueAxis(chart);
    x->setTitleText(series.distanceAxis);
    double lo = 0, hi = 1, right = 1;
    if (!series.points.isEmpty()) {
        lo = hi = series.points.front().y();
        for (const QPointF& p : series.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
            right = std::max(right, p.x());
        }
    }
    // Ticks at round distances from 0, the axis ending where the run ends.
    double step = 0.5;
    for (double candidate : {0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0})
        if (right / candidate <= 8) {
            step = candidate;
            break;
        }
    x->setRange(0, right);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(step);
    x->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    QAbstractAxis* y = nullptr;
    if (series.channel == RunChannel::Pace) {
        const double pad = std::max(0.25, (hi - lo) * 0.1);
        y = paceAxis(std::max(0.0, lo - pad), hi + pad, chart);
    } else {
        auto* values = new QValueAxis(chart);
        const double pad = std::max(2.0, (hi - lo) * 0.1);
        values->setRange(lo - pad, hi + pad);
        values->applyNiceNumbers();
        values->setLabelFormat(QStringLiteral("%.0f"));
        y = values;
    }
    y->setTitleText(series.valueAxis);
    y->setReverse(series.fasterUp);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    return chart;
}

} // namespace stridewell::ui::charts
