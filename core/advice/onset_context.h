#pragma once

#include "advice/return_to_run.h"
#include "analysis/load_analysis.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace stridewell::core {

// What preceded a calf episode: the 4 weeks before its first painful entry, the link this app
// exists to show (load, then pain). Pure, from the analysis of the same log.
struct OnsetContext
{
    QDate firstPain; // the first entry with pain of the run of entries that led to the episode
    QDate from;      // firstPain - 28
    QDate to;        // firstPain - 1
    struct Week
    {
        QDate start;
        Distance distance;
        std::optional<double> change; // on the 7 days before it
    };
    QList<Week> weeks;                // the four 7-day blocks, oldest first
    QList<Run> runs;                  // the runs of those 28 days, oldest first
    std::optional<Flag> biggestSpike; // the largest session_spike of the 28 days
    std::optional<double> acwr;       // the load ratio on the day before the first pain
    std::optional<double> cadence;    // the median run cadence of the 28 days
    QString shoe;                     // the pair of the last run before the pain
    Distance shoeDistance;            // and its distance by then
};

OnsetContext onsetContext(const AnalysisInput& input, const LoadAnalysis& analysis,
                          const Episode& episode);

// The context in one paragraph of plain words ("In the 4 weeks before ..."), distances in km
// or miles.
QString onsetSummary(const OnsetContext& context, bool miles);

} // namespace stridewell::core
