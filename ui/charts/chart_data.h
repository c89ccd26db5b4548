#pragma once

#include "advice/return_to_run.h"
#include "analysis/load_analysis.h"
#include "model/flag.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

// What the chart builders draw, as plain values in display units with their tooltip texts,
// made from the analysis by the functions below. The dashboard and the PDF report build the
// same data and hand it to chart_builders.h.
namespace stridewell::ui {

struct DatedValue
{
    QDate date;
    double value = 0.0;
    QString tooltip; // empty on long lines: their Describe makes it when it is shown
};

// The tooltip of a point, made on hover: twenty years of daily points would otherwise format
// 7,000 texts nobody reads.
using Describe = std::function<QString(const DatedValue&)>;

// A line that breaks where the figure is undefined.
struct Line
{
    std::vector<std::vector<DatedValue>> segments;
    Describe describe;
};

// A flag shown on a chart: an icon-shaped marker with the severity's word.
struct ChartMarker
{
    QDate date;
    double value = 0.0; // where it sits on the value axis
    core::Severity severity = core::Severity::Info;
    QString tooltip;
};

// A stretch of days shaded behind a chart's series: a calf episode, from its first entry to its
// end (or the chart's end while it is open).
struct ShadedSpan
{
    QDate from;
    QDate to;
    QString tooltip; // "Calf episode: inner lower calf, left, 3 Mar – 28 Apr"
};

struct WeekBar
{
    QDate start;
    int days = 7;          // a bar may stand for several weeks on a long time axis
    double distance = 0.0; // in the display unit
    int runs = 0;
    std::optional<core::Severity> flag; // the most severe load flag of the week
    QString tooltip;
};

struct WeeklyDistanceData
{
    QString unit; // "km" / "mi"
    std::vector<WeekBar> weeks;
};

struct AcwrData
{
    Line rolling; // rolling coupled, on distance (the acwr_high rule)
    Line ewma;    // EWMA 7/28 days, on distance
    std::vector<ChartMarker> flags;
    double usualLow = 0.8;
    double usualHigh = 1.3;
    double caution = 1.3;
    double high = 1.5;
};

struct CadenceData
{
    Line runs;   // each run's average, as dots (one segment)
    Line median; // the 28-day median of cadence_low
    std::vector<ChartMarker> flags;
    double low = 165.0;
    double targetLow = 170.0;
    double targetHigh = 180.0;
};

struct PainSeries
{
    QString name;                    // "inner lower calf, left"
    std::vector<DatedValue> entries; // pain 0-10
};

struct PainData
{
    std::vector<PainSeries> series;
    std::vector<ChartMarker> redFlags; // entries with a red-flag sign
};

class ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
public:
    static WeeklyDistanceData weeklyDistance(const core::LoadAnalysis& analysis, DistanceUnit unit);
    static AcwrData acwr(const core::LoadAnalysis& analysis, const core::AnalysisSettings& settings,
                         DistanceUnit unit);
    static CadenceData cadence(const core::LoadAnalysis& analysis, const QList<core::Run>& runs,
                               const core::AnalysisSettings& settings);
    static PainData pain(const QList<core::Symptom>& symptoms, QDate asOf);
    // Each episode from its first entry to its end; an open one runs to the chart's end.
    static std::vector<ShadedSpan> episodeSpans(const QList<core::Episode>& episodes);
};

} // namespace stridewell::ui
