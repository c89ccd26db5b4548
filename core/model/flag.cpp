#include "model/flag.h"

#include <array>
#include <utility>

namespace stridewell::core {

namespace {

constexpr std::array<std::pair<Severity, const char*>, 3> kSeverities{{
    {Severity::Info, "info"},
    {Severity::Caution, "caution"},
    {Severity::High, "high"},
}};

} // namespace

QString toId(Severity severity)
{
    for (const auto& [s, id] : kSeverities)
        if (s == severity)
            return QString::fromLatin1(id);
    return {};
}

std::optional<Severity> severityFromId(const QString& id)
{
    for (const auto& [s, name] : kSeverities)
        if (id == QLatin1String(name))
            return s;
    return std::nullopt;
}

} // namespace stridewell::core
