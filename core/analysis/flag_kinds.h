#pragma once

#include "analysis/analysis_settings.h"
#include "model/flag.h"
#include "model/units.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <span>
#include <vector>

// The flag kinds of design.md section 4 in one table. A row holds everything the program knows
// about a kind: its id, its name, the rule that finds its events and the settings that rule
// reads, what its value and threshold measure, how a figure was computed (from the thresholds
// actually in force) and the evidence behind it. The analysis runs the rules of this table; the
// window, the command line, the JSON and the PDF take names, figures, explanations and
// references from it. A new kind is a row here, its rule and its tests (docs/analysis.md).
namespace stridewell::core {

struct AnalysisInput;
struct LoadAnalysis;
struct Run;

// What a flag's value and threshold measure, so that every surface formats them alike.
enum class FlagUnit {
    None,           // no figure
    Increase,       // a relative increase, x - 1: "+34%"
    Fraction,       // a share of a whole: "19%"
    Ratio,          // a plain ratio: "1.55"
    StepsPerMinute, // "163 steps/min"
    Km,             // a distance in km, shown in the user's unit
    Days,           // "12 days"
};

// What a rule is given: the input, the series computed from it, and the input's runs up to
// asOf in start order.
struct FlagRuleInput
{
    const AnalysisInput& input;
    const LoadAnalysis& series;
    const QList<Run>& runs;
};

// One argument of an explanation; the surface renders it in its language and units.
struct FlagTextArg
{
    enum class Type {
        Date,      // a calendar day
        Distance,  // a distance (empty when unknown)
        Value,     // a number of the kind's unit, shown as the flag's value is
        Threshold, // a number of the kind's unit, shown as its threshold is
        Exact,     // a ratio to three decimals
        Days,      // a span of days ("a week" when 7)
    };
    Type type = Type::Date;
    QDate date;
    std::optional<Distance> distance;
    std::optional<double> number;

    static FlagTextArg ofDate(QDate d) { return {Type::Date, d, {}, {}}; }
    static FlagTextArg ofDistance(std::optional<Distance> d) { return {Type::Distance, {}, d, {}}; }
    static FlagTextArg ofValue(std::optional<double> v) { return {Type::Value, {}, {}, v}; }
    static FlagTextArg ofThreshold(std::optional<double> v) { return {Type::Threshold, {}, {}, v}; }
    static FlagTextArg ofExact(std::optional<double> v) { return {Type::Exact, {}, {}, v}; }
    static FlagTextArg ofDays(int n) { return {Type::Days, {}, {}, double(n)}; }
};

// A text with arguments: `text` is a QT_TRANSLATE_NOOP source of the context
// "stridewell::core::FlagKinds" whose %1, %2 ... are `args` in order.
struct FlagText
{
    const char* text = nullptr;
    QList<FlagTextArg> args;
};

// One flag kind. Texts are QT_TRANSLATE_NOOP sources of the context
// "stridewell::core::FlagKinds", translated where they are shown.
struct FlagKindInfo
{
    FlagKind kind;
    const char* id;   // `flags --json` "kind": a public contract, never changed
    const char* name; // the window's name for it: "Weekly increase"
    // The events of this kind, in date order, nothing after asOf.
    std::vector<Flag> (*rule)(const FlagRuleInput&);
    std::array<const char*, 4> settings; // the AnalysisSettings keys the rule reads
    FlagUnit unit;                       // of the value and the threshold
    const char* figure;   // the value's figure, %1 the number in its unit (nullptr: just it)
    const char* noValue;  // the figure when the value is null (nullptr: none)
    bool namedByHeadline; // shown by the urgency headline it carries rather than by its name
    int activeRank;       // among active flags, a higher rank first, whatever the severity
    // "How it was computed": the arithmetic with the flag's figures and the settings' thresholds.
    FlagText (*howComputed)(const Flag&, const AnalysisSettings&);
    const char* reference; // the evidence behind the rule (domain.md section 7), UTF-8

    QString idText() const { return QString::fromLatin1(id); }
    QStringList settingKeys() const;
    QString referenceText() const { return QString::fromUtf8(reference); }
};

// Every kind, in FlagKind order.
std::span<const FlagKindInfo> flagKinds();
const FlagKindInfo& flagKind(FlagKind kind);

QString toId(FlagKind kind);
std::optional<FlagKind> flagKindFromId(const QString& id);
QStringList allFlagKindIds();

// The order of `flags` output: by date, then kind id; ties keep their order.
bool flagOrder(const Flag& a, const Flag& b);

} // namespace stridewell::core
