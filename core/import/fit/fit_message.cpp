#include "import/fit/fit_message.h"

#include <cstring>

namespace stridewell::core::fit {

namespace {

std::uint64_t load(const unsigned char* p, int size, bool bigEndian)
{
    std::uint64_t v = 0;
    if (bigEndian)
        for (int i = 0; i < size; ++i)
            v = (v << 8) | p[i];
    else
        for (int i = size - 1; i >= 0; --i)
            v = (v << 8) | p[i];
    return v;
}

} // namespace

int baseTypeSize(std::uint8_t baseType)
{
    // enum sint8 uint8 sint16 uint16 sint32 uint32 string float32 float64 uint8z uint16z
    // uint32z byte sint64 uint64 uint64z
    static constexpr int kSizes[17] = {1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8};
    return baseType < 17 ? kSizes[baseType] : 0;
}

std::optional<std::int64_t> readInteger(const FieldRef& field, int elementOffset)
{
    const int size = baseTypeSize(field.baseType);
    // A field whose size does not fit its type is read as bytes (as the FIT SDK does).
    const bool asBytes = size == 0 || field.size % size != 0;
    const int valueSize = asBytes ? 1 : size;
    if (elementOffset + valueSize > field.size)
        return std::nullopt;
    const std::uint64_t raw = load(field.bytes + elementOffset, valueSize, field.bigEndian);
    if (asBytes)
        return raw == 0xFF ? std::nullopt : std::optional<std::int64_t>(std::int64_t(raw));
    switch (field.baseType) {
    case 0:  // enum
    case 2:  // uint8
    case 13: // byte
        return raw == 0xFF ? std::nullopt : std::optional<std::int64_t>(std::int64_t(raw));
    case 1: // sint8
        return raw == 0x7F ? std::nullopt : std::optional<std::int64_t>(std::int8_t(raw));
    case 3: // sint16
        return raw == 0x7FFF ? std::nullopt : std::optional<std::int64_t>(std::int16_t(raw));
    case 4: // uint16
        return raw == 0xFFFF ? std::nullopt : std::optional<std::int64_t>(std::int64_t(raw));
    case 5: // sint32
        return raw == 0x7FFFFFFF ? std::nullopt : std::optional<std::int64_t>(std::int32_t(raw));
    case 6: // uint32
        return raw == 0xFFFFFFFF ? std::nullopt : std::optional<std::int64_t>(std::int64_t(raw));
    case 10: // uint8z
    case 11: // uint16z
    case 12: // uint32z
    case 16: // uint64z
        return raw == 0 ? std::nullopt : std::optional<std::int64_t>(std::int64_t(raw));
    case 14: // sint64
        return raw == 0x7FFFFFFFFFFFFFFFULL ? std::nullopt
                                            : std::optional<std::int64_t>(std::int64_t(raw));
    case 15: // uint64
        return raw == ~0ULL || raw > 0x7FFFFFFFFFFFFFFFULL
                   ? std::nullopt
                   : std::optional<std::int64_t>(std::int64_t(raw));
    case 8: { // float32 (whole numbers only are of use here)
        if (raw == 0xFFFFFFFF)
            return std::nullopt;
        float f = 0;
        const auto bits = std::uint32_t(raw);
        std::memcpy(&f, &bits, sizeof f);
        if (!(f > -9e15f && f < 9e15f))
            return std::nullopt;
        return std::int64_t(f);
    }
    case 9: { // float64
        if (raw == ~0ULL)
            return std::nullopt;
        double d = 0;
        std::memcpy(&d, &raw, sizeof d);
        if (!(d > -9e15 && d < 9e15))
            return std::nullopt;
        return std::int64_t(d);
    }
    default: // string
        return std::nullopt;
    }
}

const FieldRef* Message::field(std::uint8_t number) const
{
    const int at = slot[number];
    return at ? &fields[std::size_t(at - 1)] : nullptr;
}

std::optional<std::int64_t> Message::integer(std::uint8_t number) const
{
    const FieldRef* f = field(number);
    return f ? readInteger(*f) : std::nullopt;
}

std::optional<double> Message::scaled(std::uint8_t number, double scale, double offset) const
{
    const auto v = integer(number);
    if (!v)
        return std::nullopt;
    return double(*v) / scale - offset;
}

} // namespace stridewell::core::fit
