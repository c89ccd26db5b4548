#include "charts/chart_data.h"

#include "advice/red_flag_triage.h"
#include "flag_format.h"
#include "severity_style.h"
#include "symptom_text.h"
#include "symptom_words.h"
#include "unit_format.h"

#include <QLocale>
#include <algorithm>
#include <map>
#include <memory>

namespace stridewell::ui {

namespace {

bool isLoadFlag(core::FlagKind kind)
{
    return kind == core::FlagKind::WeeklyIncrease || kind == core::FlagKind::SessionSpike ||
           kind == core::FlagKind::AcwrHigh;
}

QString day(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// Splits a per-day optional series into the stretches where it is defined.
std::vector<std::vector<DatedValue>> segments(const std::vector<std::optional<double>>& values,
                                              QDate first)
{
    std::vector<std::vector<DatedValue>> out;
    bool open = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            open = false;
            continue;
        }
        if (!open)
            out.emplace_back();
        open = true;
        out.back().push_back({first.addDays(qint64(i)), *values[i], QString()});
    }
    return out;
}

ChartMarker marker(const core::Flag& f, double at, DistanceUnit unit)
{
    return {f.date, at, f.severity,
            ChartData::tr("%1: %2, %3\n%4")
                .arg(SeverityStyle::word(f.severity), FlagFormat::summary(f, unit), day(f.date),
                     f.message)};
}

} // namespace

WeeklyDistanceData ChartData::weeklyDistance(const core::LoadAnalysis& analysis, DistanceUnit unit)
{
    WeeklyDistanceData data;
    data.unit = unitSuffix(unit);
    std::size_t next = 0;
    for (std::size_t i = 0; i < analysis.weeks.size(); ++i) {
        const core::WeekSummary& w = analysis.weeks[i];
        WeekBar bar;
        bar.start = w.start;
        bar.distance = toDisplay(w.distance, unit);
        bar.runs = w.runs;
        QStringList lines;
        lines << tr("Week of %1").arg(day(w.start));
        lines << tr("%1 in %n run(s)", nullptr, w.runs).arg(formatDistance(w.distance, unit, 1));
        if (w.change && i > 0)
            lines << tr("%1%2% on the week before (%3)")
                         .arg(*w.change > 0 ? QStringLiteral("+") : QString())
                         .arg(std::lround(*w.change * 100.0))
                         .arg(formatDistance(analysis.weeks[i - 1].distance, unit, 1));
        if (w.acwr)
            lines << tr("Load ratio at week end: %1").arg(number(*w.acwr, 2));
        // The flags are in date order: walk them alongside the weeks.
        for (; next < analysis.flags.size() && analysis.flags[next].date < w.start; ++next) {
        }
        for (std::size_t k = next; k < analysis.flags.size() && analysis.flags[k].date <= w.end();
             ++k) {
            const core::Flag& f = analysis.flags[k];
            if (!isLoadFlag(f.kind))
                continue;
            if (!bar.flag || f.severity > *bar.flag)
                bar.flag = f.severity;
            lines << tr("%1: %2 (%3)")
                         .arg(SeverityStyle::word(f.severity), FlagFormat::summary(f, unit),
                              QLocale().toString(f.date, QStringLiteral("ddd d MMM")));
        }
        bar.tooltip = lines.join(QLatin1Char('\n'));
        data.weeks.push_back(bar);
    }
    return data;
}

AcwrData ChartData::acwr(const core::LoadAnalysis& analysis, const core::AnalysisSettings& settings,
                         DistanceUnit unit)
{
    AcwrData data;
    data.caution = settings.acwrCaution;
    data.high = settings.acwrHigh;
    // The tooltips read the daily distances when they are shown: share them, do not copy.
    const auto daily = std::make_shared<const core::DailySeries>(analysis.daily);
    data.rolling.segments = segments(analysis.distanceAcwr.rollingCoupled, daily->first);
    data.rolling.describe = [daily, unit](const DatedValue& p) {
        const int i = daily->indexOf(p.date);
        const core::Distance month = daily->distanceBetween(i - 27, i);
        return tr("%1\nLoad ratio %2: the 7 days to this day ran %3; the 28 days %4, "
                  "%5 a week")
            .arg(day(p.date), number(p.value, 2),
                 formatDistance(daily->distanceBetween(i - 6, i), unit, 1),
                 formatDistance(month, unit, 1), formatDistance(month * 0.25, unit, 2));
    };
    data.ewma.segments = segments(analysis.distanceAcwr.ewma, daily->first);
    data.ewma.describe = [](const DatedValue& p) {
        return tr("%1\nEWMA load ratio %2 (7-day ÷ 28-day exponentially weighted averages)")
            .arg(day(p.date), number(p.value, 2));
    };
    for (const core::Flag& f : analysis.flags) {
        if (f.kind != core::FlagKind::AcwrHigh || !f.value)
            continue;
        ChartMarker m = marker(f, *f.value, unit);
        // A caution and a high a few days apart are one excursion: one marker, the higher.
        if (!data.flags.empty() && data.flags.back().date.daysTo(f.date) < 7) {
            ChartMarker& previous = data.flags.back();
            m.tooltip = previous.tooltip + QStringLiteral("\n\n") + m.tooltip;
            if (m.severity < previous.severity) {
                m.severity = previous.severity;
                m.date = previous.date;
                m.value = previous.value;
            }
            previous = m;
            continue;
        }
        data.flags.push_back(m);
    }
    return data;
}

CadenceData ChartData::cadence(const core::LoadAnalysis& analysis, const QList<core::Run>& runs,
                               const core::AnalysisSettings& settings)
{
    CadenceData data;
    data.low = settings.cadenceLowSpm;
    data.runs.segments.emplace_back();
    for (const core::Run& run : runs) {
        const QDate d = run.localDate();
        if (run.avgCadenceSpm && (!analysis.asOf.isValid() || d <= analysis.asOf))
            data.runs.segments.back().push_back({d, *run.avgCadenceSpm, QString()});
    }
    data.runs.describe = [](const DatedValue& p) {
        return tr("%1\nRun average: %2 steps/min").arg(day(p.date), number(p.value, 0));
    };
    bool open = false;
    for (const core::CadenceMedian& m : analysis.cadence) {
        if (!m.median) {
            open = false;
            continue;
        }
        if (!open)
            data.median.segments.emplace_back();
        open = true;
        data.median.segments.back().push_back({m.day, *m.median, QString()});
    }
    const auto medians = std::make_shared<const std::vector<core::CadenceMedian>>(analysis.cadence);
    data.median.describe = [medians](const DatedValue& p) {
        const auto m =
            std::lower_bound(medians->begin(), medians->end(), p.date,
                             [](const core::CadenceMedian& c, QDate d) { return c.day < d; });
        const int n = m != medians->end() ? m->runs : 0;
        const QDate from = m != medians->end() ? m->windowStart : p.date;
        return tr("%1\nTypical cadence %2 steps/min: the median of %n run(s) from %3", nullptr, n)
            .arg(day(p.date), number(p.value, 1), day(from));
    };
    for (const core::Flag& f : analysis.flags)
        if (f.kind == core::FlagKind::CadenceLow && f.value)
            data.flags.push_back(marker(f, *f.value, DistanceUnit::Km));
    return data;
}

PainData ChartData::pain(const QList<core::Symptom>& symptoms, QDate asOf)
{
    PainData data;
    // One line per place and side, in the order they first appear.
    std::map<std::pair<int, int>, std::size_t> index;
    for (const core::Symptom& s : symptoms) {
        if (asOf.isValid() && s.date > asOf)
            continue;
        const auto key = std::make_pair(int(s.location), int(s.side));
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, data.series.size()).first;
            data.series.push_back({SymptomText::where(s), {}});
        }
        QString tip = tr("%1\n%2: pain %3/10").arg(day(s.date), SymptomText::where(s)).arg(s.pain);
        if (!s.notes.trimmed().isEmpty())
            tip += QLatin1Char('\n') + s.notes.trimmed();
        data.series[it->second].entries.push_back({s.date, double(s.pain), tip});
        if (const core::Triage t = core::triage(s); t.urgency != core::Urgency::None)
            data.redFlags.push_back(
                {s.date, double(s.pain), core::Severity::High,
                 tr("high: %1 (warning signs noted on %2)\n%3").arg(t.headline, day(s.date), tip)});
    }
    for (PainSeries& series : data.series)
        std::stable_sort(series.entries.begin(), series.entries.end(),
                         [](const DatedValue& a, const DatedValue& b) { return a.date < b.date; });
    return data;
}

std::vector<ShadedSpan> ChartData::episodeSpans(const QList<core::Episode>& episodes)
{
    std::vector<ShadedSpan> spans;
    for (const core::Episode& e : episodes) {
        const QString where =
            tr("%1, %2").arg(locationName(e.location), sideName(e.side).toLower());
        spans.push_back(
            {e.start, e.end,
             e.isOpen()
                 ? tr("Calf episode: %1, since %2 (%3)").arg(where, day(e.start), e.openedBecause)
                 : tr("Calf episode: %1, %2 – %3 (%4)")
                       .arg(where, day(e.start), day(e.end), e.openedBecause)});
    }
    return spans;
}

} // namespace stridewell::ui
