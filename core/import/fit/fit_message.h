#pragma once

#include <array>
#include <cstdint>
#include <optional>

namespace stridewell::core::fit {

// One field of a data message as it lies in the file: no copy, decoded on request.
struct FieldRef
{
    std::uint8_t number = 0;
    std::uint8_t size = 0;
    std::uint8_t baseType = 0; // the base type number from the definition (low 5 bits)
    bool bigEndian = false;
    const unsigned char* bytes = nullptr;
};

// A data message: its global number, the timestamp in force (from its own field 253 or a
// compressed-timestamp header), and its fields. Values are read as the file's base type says,
// invalid-value sentinels give nullopt, and the profile's scale and offset are applied.
class Message
{
public:
    static constexpr int kMaxFields = 255;

    std::uint16_t global = 0;
    std::optional<std::uint32_t> timestamp; // FIT seconds
    int fieldCount = 0;
    std::array<FieldRef, kMaxFields> fields;
    // Field number -> 1 + its position in fields (0: absent), so a lookup is one step.
    std::array<std::uint8_t, 256> slot{};

    const FieldRef* field(std::uint8_t number) const;
    // The first element of the field as an integer, or nullopt when absent or invalid.
    std::optional<std::int64_t> integer(std::uint8_t number) const;
    // (integer / scale) - offset, as the profile defines scaled fields.
    std::optional<double> scaled(std::uint8_t number, double scale, double offset = 0) const;
};

// The size in bytes of one value of a FIT base type (number 0..16), 0 for an unknown type.
int baseTypeSize(std::uint8_t baseType);
// Reads one value of the base type; nullopt for the type's invalid sentinel.
std::optional<std::int64_t> readInteger(const FieldRef& field, int elementOffset = 0);

} // namespace stridewell::core::fit
