#include "analysis/load_analysis.h"

#include "analysis/baseline.h"
#include "analysis/flag_rules.h"

#include <algorithm>

namespace stridewell::core {

namespace {

void append(std::vector<Flag>& all, std::vector<Flag> more)
{
    all.insert(all.end(), std::make_move_iterator(more.begin()),
               std::make_move_iterator(more.end()));
}

// Every kind's rule. Events tie in (date, kind) only within one rule, so stable sorting keeps
// each rule's own order whatever the order of the kinds.
std::vector<Flag> flagsOf(const AnalysisInput& in, const LoadAnalysis& a, const QList<Run>& runs)
{
    std::vector<Flag> all;
    const FlagRuleInput ruleInput{in, a, runs};
    for (const FlagKindInfo& kind : flagKinds())
        append(all, kind.rule(ruleInput));
    std::stable_sort(all.begin(), all.end(), flagOrder);
    return all;
}

LoadAnalysis seriesOf(const AnalysisInput& in, const QList<Run>& runs)
{
    LoadAnalysis a;
    a.asOf = in.asOf;
    a.daily = DailySeries::build(in.runs, in.asOf);
    a.distanceAcwr =
        AcwrSeries::compute(a.daily.first, a.daily.distanceKm(), baseline::kAcwrMinTotalKm);
    a.sessionRpeAcwr = AcwrSeries::compute(a.daily.first, a.daily.sessionRpe);
    a.weeks = weeklySeries(a.daily, a.distanceAcwr, in.settings.weekStart, in.asOf);
    a.cadence = cadenceMedians(runs, in.settings);
    return a;
}

} // namespace

LoadAnalysis analyse(const AnalysisInput& input)
{
    const QList<Run> runs = rules::runsUpTo(input.runs, input.asOf);
    LoadAnalysis a = seriesOf(input, runs);
    a.flags = flagsOf(input, a, runs);
    return a;
}

std::vector<Flag> computeFlags(const AnalysisInput& input)
{
    return analyse(input).flags;
}

bool SafeNextRun::hasBaseline() const
{
    return runs >= baseline::kSpikeMinRuns;
}

std::optional<SafeNextRun> safeNextRun(const QList<Run>& runs, QDate day,
                                       const AnalysisSettings& settings)
{
    SafeNextRun safe;
    safe.day = day;
    safe.windowStart = day.addDays(-settings.sessionSpikeWindowDays);
    safe.windowEnd = day.addDays(-1);
    bool found = false;
    for (const Run& run : runs) {
        const QDate d = run.localDate();
        if (d < safe.windowStart || d > safe.windowEnd)
            continue;
        ++safe.runs;
        if (!found || run.distance > safe.longest ||
            (run.distance == safe.longest && d > safe.longestDate)) {
            safe.longest = run.distance;
            safe.longestDate = d;
            found = true;
        }
    }
    if (!found || safe.longest.inMetres() <= 0)
        return std::nullopt;
    safe.limit = safe.longest * (1.0 + settings.sessionSpikeCaution);
    return safe;
}

std::vector<Flag> activeFlags(const std::vector<Flag>& flags, const QList<Shoe>& shoes, QDate asOf,
                              int days)
{
    std::vector<Flag> active;
    const QDate since = asOf.addDays(-(days - 1));
    for (const Flag& f : flags) {
        if (f.date > asOf)
            continue;
        bool keep = f.date >= since;
        if (f.kind == FlagKind::ShoeMileage)
            for (const Shoe& shoe : shoes)
                if (f.shoeId == shoe.id && !shoe.retired)
                    keep = true;
        if (keep)
            active.push_back(f);
    }
    // Red flags first, whatever a load flag's severity (domain.md section 4), then running
    // during a hold, then pain not easing (the kinds' activeRank); the rest most severe first.
    auto rank = [](FlagKind kind) { return flagKind(kind).activeRank; };
    std::stable_sort(active.begin(), active.end(), [&](const Flag& a, const Flag& b) {
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) > rank(b.kind);
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.date > b.date;
    });
    return active;
}

} // namespace stridewell::core
