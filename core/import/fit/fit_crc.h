#pragma once

#include <cstddef>
#include <cstdint>

namespace stridewell::core::fit {

// The FIT protocol's CRC-16 (polynomial 0xA001, processed a nibble at a time as the protocol
// description gives it). The CRC of a whole file including its stored CRC is 0.
std::uint16_t crc16(const unsigned char* data, std::size_t size, std::uint16_t crc = 0);

} // namespace stridewell::core::fit
