#include "analysis/cadence_series.h"

#include <algorithm>

namespace stridewell::core {

std::vector<CadenceMedian> cadenceMedians(const QList<Run>& runs, const AnalysisSettings& settings)
{
    struct Step
    {
        QDate day;
        double spm;
    };
    std::vector<Step> steps;
    for (const Run& run : runs)
        if (run.avgCadenceSpm)
            steps.push_back({run.localDate(), *run.avgCadenceSpm});
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step& a, const Step& b) { return a.day < b.day; });

    std::vector<CadenceMedian> medians;
    std::vector<double> window; // the cadences of days windowStart..day, kept sorted
    std::size_t from = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        window.insert(std::upper_bound(window.begin(), window.end(), steps[i].spm), steps[i].spm);
        const QDate day = steps[i].day;
        if (i + 1 < steps.size() && steps[i + 1].day == day)
            continue; // each day once, with all of its runs
        CadenceMedian m;
        m.day = day;
        m.windowStart = day.addDays(-(settings.cadenceWindowDays - 1));
        for (; steps[from].day < m.windowStart; ++from)
            window.erase(std::lower_bound(window.begin(), window.end(), steps[from].spm));
        m.runs = int(window.size());
        if (m.runs >= settings.cadenceMinRuns) {
            const std::size_t mid = window.size() / 2;
            m.median = window.size() % 2 == 1 ? window[mid] : (window[mid - 1] + window[mid]) / 2;
        }
        medians.push_back(m);
    }
    return medians;
}

} // namespace stridewell::core
