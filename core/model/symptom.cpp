#include "model/symptom.h"

#include <array>
#include <utility>

namespace stridewell::core {

namespace {

template <typename E, std::size_t N> using IdTable = std::array<std::pair<E, const char*>, N>;

constexpr IdTable<BodyLocation, 6> kLocations{{
    {BodyLocation::CalfMedialLower, "calf_medial_lower"},
    {BodyLocation::CalfLateralUpper, "calf_lateral_upper"},
    {BodyLocation::CalfBelly, "calf_belly"},
    {BodyLocation::Achilles, "achilles"},
    {BodyLocation::ShinMedial, "shin_medial"},
    {BodyLocation::Other, "other"},
}};
constexpr IdTable<Side, 3> kSides{{
    {Side::Left, "left"},
    {Side::Right, "right"},
    {Side::Both, "both"},
}};
constexpr IdTable<SymptomType, 4> kTypes{{
    {SymptomType::Ache, "ache"},
    {SymptomType::Tightness, "tightness"},
    {SymptomType::Sharp, "sharp"},
    {SymptomType::Cramp, "cramp"},
}};
constexpr IdTable<SymptomTiming, 4> kTimings{{
    {SymptomTiming::During, "during"},
    {SymptomTiming::After, "after"},
    {SymptomTiming::NextMorning, "next_morning"},
    {SymptomTiming::AtRest, "at_rest"},
}};
constexpr IdTable<StretchTest, 4> kStretches{{
    {StretchTest::Straight, "straight"},
    {StretchTest::Bent, "bent"},
    {StretchTest::Both, "both"},
    {StretchTest::Neither, "neither"},
}};
constexpr IdTable<RedFlagSign, 10> kSigns{{
    {RedFlagSign::Swelling, "swelling"},
    {RedFlagSign::WarmthRedness, "warmth_redness"},
    {RedFlagSign::PainAtRest, "pain_at_rest"},
    {RedFlagSign::ShortnessOfBreath, "shortness_of_breath"},
    {RedFlagSign::Fever, "fever"},
    {RedFlagSign::PopOrSnap, "pop_or_snap"},
    {RedFlagSign::CannotBearWeight, "cannot_bear_weight"},
    {RedFlagSign::NumbnessTingling, "numbness_tingling"},
    {RedFlagSign::ColdOrPaleFoot, "cold_or_pale_foot"},
    {RedFlagSign::Bruising, "bruising"},
}};

template <typename E, std::size_t N> QString idOf(const IdTable<E, N>& table, E v)
{
    for (const auto& [value, id] : table)
        if (value == v)
            return QString::fromLatin1(id);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromId(const IdTable<E, N>& table, const QString& id)
{
    for (const auto& [value, name] : table)
        if (id == QLatin1String(name))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList idsOf(const IdTable<E, N>& table)
{
    QStringList ids;
    for (const auto& entry : table)
        ids << QString::fromLatin1(entry.second);
    return ids;
}

} // namespace

QString toId(BodyLocation v)
{
    return idOf(kLocations, v);
}
QString toId(Side v)
{
    return idOf(kSides, v);
}
QString toId(SymptomType v)
{
    return idOf(kTypes, v);
}
QString toId(SymptomTiming v)
{
    return idOf(kTimings, v);
}
QString toId(StretchTest v)
{
    return idOf(kStretches, v);
}
QString toId(RedFlagSign v)
{
    return idOf(kSigns, v);
}

std::optional<BodyLocation> bodyLocationFromId(const QString& id)
{
    return fromId(kLocations, id);
}
std::optional<Side> sideFromId(const QString& id)
{
    return fromId(kSides, id);
}
std::optional<SymptomType> symptomTypeFromId(const QString& id)
{
    return fromId(kTypes, id);
}
std::optional<SymptomTiming> symptomTimingFromId(const QString& id)
{
    return fromId(kTimings, id);
}
std::optional<StretchTest> stretchTestFromId(const QString& id)
{
    return fromId(kStretches, id);
}
std::optional<RedFlagSign> redFlagSignFromId(const QString& id)
{
    return fromId(kSigns, id);
}

QStringList allBodyLocationIds()
{
    return idsOf(kLocations);
}
QStringList allSideIds()
{
    return idsOf(kSides);
}
QStringList allSymptomTypeIds()
{
    return idsOf(kTypes);
}
QStringList allSymptomTimingIds()
{
    return idsOf(kTimings);
}
QStringList allStretchTestIds()
{
    return idsOf(kStretches);
}
QStringList allRedFlagSignIds()
{
    return idsOf(kSigns);
}

QList<RedFlagSign> allRedFlagSigns()
{
    QList<RedFlagSign> signs;
    for (const auto& entry : kSigns)
        signs << entry.first;
    return signs;
}

} // namespace stridewell::core
