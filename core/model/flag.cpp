#include "model/flag.h"

#include <array>
#include <utility>

namespace stridewell::core {

namespace {

constexpr std::array<std::pair<FlagKind, const char*>, 10> kKinds{{
    {FlagKind::WeeklyIncrease, "weekly_increase"},
    {FlagKind::SessionSpike, "session_spike"},
    {FlagKind::AcwrHigh, "acwr_high"},
    {FlagKind::MonotonyHigh, "monotony_high"},
    {FlagKind::CadenceLow, "cadence_low"},
    {FlagKind::ShoeMileage, "shoe_mileage"},
    {FlagKind::RedFlag, "red_flag"},
    {FlagKind::SymptomPersistent, "symptom_persistent"},
    {FlagKind::CalfAsymmetry, "calf_asymmetry"},
    {FlagKind::RanDuringHold, "ran_during_hold"},
}};

constexpr std::array<std::pair<Severity, const char*>, 3> kSeverities{{
    {Severity::Info, "info"},
    {Severity::Caution, "caution"},
    {Severity::High, "high"},
}};

} // namespace

QString toId(FlagKind kind)
{
    for (const auto& [k, id] : kKinds)
        if (k == kind)
            return QString::fromLatin1(id);
    return {};
}

QString toId(Severity severity)
{
    for (const auto& [s, id] : kSeverities)
        if (s == severity)
            return QString::fromLatin1(id);
    return {};
}

std::optional<FlagKind> flagKindFromId(const QString& id)
{
    for (const auto& [k, name] : kKinds)
        if (id == QLatin1String(name))
            return k;
    return std::nullopt;
}

std::optional<Severity> severityFromId(const QString& id)
{
    for (const auto& [s, name] : kSeverities)
        if (id == QLatin1String(name))
            return s;
    return std::nullopt;
}

QStringList allFlagKindIds()
{
    QStringList ids;
    for (const auto& entry : kKinds)
        ids << QString::fromLatin1(entry.second);
    return ids;
}

QString displayName(FlagKind kind)
{
    switch (kind) {
    case FlagKind::WeeklyIncrease:
        return QStringLiteral("Weekly increase");
    case FlagKind::SessionSpike:
        return QStringLiteral("Long-run spike");
    case FlagKind::AcwrHigh:
        return QStringLiteral("Load ratio high");
    case FlagKind::MonotonyHigh:
        return QStringLiteral("Same load every day");
    case FlagKind::CadenceLow:
        return QStringLiteral("Cadence low");
    case FlagKind::ShoeMileage:
        return QStringLiteral("Shoe mileage");
    case FlagKind::RedFlag:
        return QStringLiteral("Red-flag sign");
    case FlagKind::SymptomPersistent:
        return QStringLiteral("Pain not easing");
    case FlagKind::CalfAsymmetry:
        return QStringLiteral("Calf strength imbalance");
    case FlagKind::RanDuringHold:
        return QStringLiteral("Ran during a hold");
    }
    return {};
}

bool flagOrder(const Flag& a, const Flag& b)
{
    if (a.date != b.date)
        return a.date < b.date;
    return toId(a.kind) < toId(b.kind);
}

} // namespace stridewell::core
