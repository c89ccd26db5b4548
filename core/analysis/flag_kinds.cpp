#include "analysis/flag_kinds.h"

#include "analysis/flag_rules.h"
#include "analysis/load_analysis.h"

#include <QtGlobal>
#include <cstring>

namespace stridewell::core {

namespace {

using Arg = FlagTextArg;

// The rows, in FlagKind order. Each row's texts are QT_TRANSLATE_NOOP sources; its rule is
// one of core/analysis/flag_rules.h; its explanation names the thresholds of the settings
// in force, never numbers of its own.
constexpr std::array<FlagKindInfo, kFlagKindCount> kKinds{{
    {
        .kind = FlagKind::WeeklyIncrease,
        .id = "weekly_increase",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Weekly increase"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::weeklyIncrease(r.series.daily, r.input.settings, r.input.asOf);
            },
        .settings = {"analysis.weekly_increase_caution", "analysis.weekly_increase_high",
                     "analysis.weekly_increase_min_previous_km", "analysis.week_start"},
        .unit = FlagUnit::Increase,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 0,
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                return FlagText{
                    QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                      "From %1 to %2 the week added up to %3; the week before ran "
                                      "%4. %3 ÷ %4 − 1 = %5, above the %6 mark."),
                    {Arg::ofDate(f.periodStart), Arg::ofDate(f.date), Arg::ofDistance(f.measured),
                     Arg::ofDistance(f.baseline), Arg::ofValue(f.value),
                     Arg::ofThreshold(f.threshold)}};
            },
        .reference = "Nielsen RO et al. Excessive progression in weekly running distance and "
                     "risk of running-related injuries. JOSPT 2014;44(10):739–747. The 10% rule "
                     "alone did not prevent injuries: Buist I et al. Am J Sports Med "
                     "2008;36(1):33–39.",
    },
    {
        .kind = FlagKind::SessionSpike,
        .id = "session_spike",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Long-run spike"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::sessionSpike(r.runs, r.series.daily, r.input.settings);
            },
        .settings = {"analysis.session_spike_caution", "analysis.session_spike_high",
                     "analysis.session_spike_window_days"},
        .unit = FlagUnit::Increase,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 0,
        .howComputed =
            [](const Flag& f, const AnalysisSettings& s) {
                return FlagText{
                    QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                      "This run: %1. Longest single run from %2 to %3: %4. "
                                      "%1 ÷ %4 − 1 = %5 (above %6: caution; above %7: high)."),
                    {Arg::ofDistance(f.measured), Arg::ofDate(f.periodStart),
                     Arg::ofDate(f.date.addDays(-1)), Arg::ofDistance(f.baseline),
                     Arg::ofValue(f.value), Arg::ofThreshold(s.sessionSpikeCaution),
                     Arg::ofThreshold(s.sessionSpikeHigh)}};
            },
        .reference = "Frandsen JSB et al. How much running is too much? Identifying high-risk "
                     "running sessions in a 5200-person cohort study. Br J Sports Med 2025. "
                     "doi:10.1136/bjsports-2024-109380.",
    },
    {
        .kind = FlagKind::AcwrHigh,
        .id = "acwr_high",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Load ratio high"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::acwrHigh(r.series.daily, r.series.distanceAcwr, r.input.settings,
                                       r.input.asOf);
            },
        .settings = {"analysis.acwr_caution", "analysis.acwr_high"},
        .unit = FlagUnit::Ratio,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 0,
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                return FlagText{
                    QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                      "Distance of the 7 days to %1 ÷ the average week of the 28 "
                                      "days from %2 = %3; it crossed %4 that day."),
                    {Arg::ofDate(f.date), Arg::ofDate(f.periodStart), Arg::ofExact(f.value),
                     Arg::ofThreshold(f.threshold)}};
            },
        .reference = "Gabbett TJ. The training–injury prevention paradox. Br J Sports Med "
                     "2016;50:273–280. On its limits: Impellizzeri FM et al. Int J Sports "
                     "Physiol Perform 2020;15:907–913.",
    },
    {
        .kind = FlagKind::MonotonyHigh,
        .id = "monotony_high",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Same load every day"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::monotonyHigh(r.series.weeks, r.input.settings);
            },
        .settings = {"analysis.monotony_high", "analysis.week_start"},
        .unit = FlagUnit::Ratio,
        .figure = nullptr,
        .noValue = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "same every day"),
        .namedByHeadline = false,
        .activeRank = 0,
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                if (!f.value)
                    return FlagText{QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                                      "The 7 daily loads of the week from %1 were "
                                                      "all equal (a standard deviation of 0)."),
                                    {Arg::ofDate(f.periodStart)}};
                return FlagText{
                    QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                      "The 7 daily loads of the week from %1: their mean ÷ their "
                                      "standard deviation = %2, above %3."),
                    {Arg::ofDate(f.periodStart), Arg::ofValue(f.value),
                     Arg::ofThreshold(f.threshold)}};
            },
        .reference = "Foster C. Monitoring training in athletes with reference to overtraining "
                     "syndrome. Med Sci Sports Exerc 1998;30(7):1164–1168.",
    },
    {
        .kind = FlagKind::CadenceLow,
        .id = "cadence_low",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Cadence low"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::cadenceLow(r.series.cadence, r.input.settings);
            },
        .settings = {"analysis.cadence_low_spm", "analysis.cadence_window_days",
                     "analysis.cadence_min_runs"},
        .unit = FlagUnit::StepsPerMinute,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 0,
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                return FlagText{QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                                  "The median of the run cadences from %1 to %2 is "
                                                  "%3, below %4; it was %4 or more (or unknown) "
                                                  "before."),
                                {Arg::ofDate(f.periodStart), Arg::ofDate(f.date),
                                 Arg::ofValue(f.value), Arg::ofThreshold(f.threshold)}};
            },
        .reference = "Heiderscheit BC et al. Effects of step rate manipulation on joint "
                     "mechanics during running. Med Sci Sports Exerc 2011;43(2):296–302.",
    },
    {
        .kind = FlagKind::ShoeMileage,
        .id = "shoe_mileage",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Shoes past their limit"),
        .rule = [](const FlagRuleInput& r) { return rules::shoeMileage(r.runs, r.input.shoes); },
        .settings = {}, // each pair has its own limit
        .unit = FlagUnit::Km,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 0,
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                return FlagText{QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                                  "Distance already on the shoes plus every run in "
                                                  "them: %1, past the %2 limit set for the pair."),
                                {Arg::ofValue(f.value), Arg::ofThreshold(f.threshold)}};
            },
        .reference = "A common rule of thumb (480–800 km a pair), more convention than research "
                     "finding; how the shoes feel matters too.",
    },
    {
        .kind = FlagKind::RedFlag,
        .id = "red_flag",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Red-flag sign"),
        .rule =
            [](const FlagRuleInput& r) { return rules::redFlag(r.input.symptoms, r.input.asOf); },
        .settings = {},
        .unit = FlagUnit::None,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = true,
        .activeRank = 3, // before anything else (domain.md section 4)
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                return FlagText{QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                                  "A symptom entry on %1 held a warning sign (a "
                                                  "ticked sign, or pain at rest)."),
                                {Arg::ofDate(f.date)}};
            },
        .reference = "Clinical red flags for calf pain: a possible clot (deep vein thrombosis), "
                     "tear, or vascular or nerve cause needs a clinician, not a training plan.",
    },
    {
        .kind = FlagKind::SymptomPersistent,
        .id = "symptom_persistent",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Pain not easing"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::symptomPersistent(r.input.symptoms, r.input.settings, r.input.asOf);
            },
        .settings = {"analysis.symptom_episode_gap_days", "analysis.symptom_persistent_days"},
        .unit = FlagUnit::Days,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 1,
        .howComputed =
            [](const Flag& f, const AnalysisSettings& s) {
                return FlagText{
                    QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                      "Pain logged since %1 with no gap longer than %4; "
                                      "on %2, %3 in, it was as strong as at the start."),
                    {Arg::ofDate(f.periodStart), Arg::ofDate(f.date), Arg::ofValue(f.value),
                     Arg::ofDays(s.symptomEpisodeGapDays)}};
            },
        .reference = "Common clinical guidance: symptoms not improving after 7–10 days of rest "
                     "and home care are worth an assessment.",
    },
    {
        .kind = FlagKind::CalfAsymmetry,
        .id = "calf_asymmetry",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Calf strength imbalance"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::calfAsymmetry(r.input.calfTests, r.input.settings, r.input.asOf);
            },
        .settings = {"analysis.calf_asymmetry"},
        .unit = FlagUnit::Fraction,
        .figure = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "%1 weaker"),
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 0,
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                return FlagText{QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                                  "Single-leg calf raises: the weaker side managed "
                                                  "%1 than the stronger (1 − weaker ÷ stronger), "
                                                  "more than %2."),
                                {Arg::ofValue(f.value), Arg::ofThreshold(f.threshold)}};
            },
        .reference = "Single-leg calf raise capacity test: a side more than 10% weaker than the "
                     "other is a commonly used sign of an imbalance worth working on.",
    },
    {
        .kind = FlagKind::RanDuringHold,
        .id = "ran_during_hold",
        .name = QT_TRANSLATE_NOOP("stridewell::core::FlagKinds", "Ran during a hold"),
        .rule =
            [](const FlagRuleInput& r) {
                return rules::ranDuringHold(r.runs, r.input.symptoms, r.input.clearances,
                                            r.input.asOf);
            },
        .settings = {},
        .unit = FlagUnit::None,
        .figure = nullptr,
        .noValue = nullptr,
        .namedByHeadline = false,
        .activeRank = 2,
        .howComputed =
            [](const Flag& f, const AnalysisSettings&) {
                return FlagText{QT_TRANSLATE_NOOP("stridewell::core::FlagKinds",
                                                  "A run on %1, while training was on hold after "
                                                  "the warning signs logged on %2 and before any "
                                                  "clearance by a clinician."),
                                {Arg::ofDate(f.date), Arg::ofDate(f.periodStart)}};
            },
        .reference = "Clinical red flags for calf pain: until a clinician has ruled out a clot, "
                     "tear, or vascular or nerve cause, running can make it worse.",
    },
}};

constexpr bool inKindOrder()
{
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (kKinds[i].kind != FlagKind(i))
            return false;
    return true;
}
static_assert(inKindOrder(), "one row per FlagKind, in the enum's order");

} // namespace

QStringList FlagKindInfo::settingKeys() const
{
    QStringList keys;
    for (const char* key : settings)
        if (key)
            keys << QString::fromLatin1(key);
    return keys;
}

std::span<const FlagKindInfo> flagKinds()
{
    return kKinds;
}

const FlagKindInfo& flagKind(FlagKind kind)
{
    return kKinds[std::size_t(kind)];
}

QString toId(FlagKind kind)
{
    return flagKind(kind).idText();
}

std::optional<FlagKind> flagKindFromId(const QString& id)
{
    for (const FlagKindInfo& k : kKinds)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

QStringList allFlagKindIds()
{
    QStringList ids;
    for (const FlagKindInfo& k : kKinds)
        ids << k.idText();
    return ids;
}

bool flagOrder(const Flag& a, const Flag& b)
{
    if (a.date != b.date)
        return a.date < b.date;
    return std::strcmp(flagKind(a.kind).id, flagKind(b.kind).id) < 0;
}

} // namespace stridewell::core
