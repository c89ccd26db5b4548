#include "import/fit/fit_crc.h"

namespace stridewell::core::fit {

namespace {

constexpr std::uint16_t kTable[16] = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00,
                                      0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401,
                                      0x5000, 0x9C01, 0x8801, 0x4400};

} // namespace

std::uint16_t crc16(const unsigned char* data, std::size_t size, std::uint16_t crc)
{
    for (std::size_t i = 0; i < size; ++i) {
        const unsigned byte = data[i];
        std::uint16_t tmp = kTable[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ kTable[byte & 0xF];
        tmp = kTable[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ kTable[(byte >> 4) & 0xF];
    }
    return crc;
}

} // namespace stridewell::core::fit
