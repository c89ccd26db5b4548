#pragma once

#include "import/parsed_activity.h"

#include <cstdint>

namespace stridewell::core::fit {

// The few message and field numbers Stridewell reads, from Garmin's FIT SDK profile
// (Profile.xlsx; the same numbers are in the @garmin/fitsdk package's profile.js).
namespace mesg {
constexpr std::uint16_t kFileId = 0;
constexpr std::uint16_t kSport = 12;
constexpr std::uint16_t kSession = 18;
constexpr std::uint16_t kLap = 19;
constexpr std::uint16_t kRecord = 20;
constexpr std::uint16_t kEvent = 21;
constexpr std::uint16_t kActivity = 34;
constexpr std::uint16_t kTimestampCorrelation = 162;
} // namespace mesg

constexpr std::uint8_t kTimestampField = 253; // in every message that has a time

namespace file_id {
constexpr std::uint8_t kType = 0; // enum file: 4 = activity
constexpr std::uint8_t kActivityFile = 4;
} // namespace file_id

namespace sport_mesg {
constexpr std::uint8_t kSport = 0;
constexpr std::uint8_t kSubSport = 1;
} // namespace sport_mesg

namespace session {
constexpr std::uint8_t kStartTime = 2;
constexpr std::uint8_t kSport = 5;
constexpr std::uint8_t kSubSport = 6;
constexpr std::uint8_t kTotalElapsedTime = 7; // uint32, scale 1000, s
constexpr std::uint8_t kTotalTimerTime = 8;   // uint32, scale 1000, s
constexpr std::uint8_t kTotalDistance = 9;    // uint32, scale 100, m
constexpr std::uint8_t kAvgHeartRate = 16;    // uint8, bpm
constexpr std::uint8_t kAvgCadence = 18;      // uint8, rpm (strides/min when running)
constexpr std::uint8_t kTotalAscent = 22;     // uint16, m
constexpr std::uint8_t kNumLaps = 26;
constexpr std::uint8_t kAvgFractionalCadence = 92; // uint8, scale 128
} // namespace session

namespace lap {
constexpr std::uint8_t kStartTime = 2;
constexpr std::uint8_t kTotalElapsedTime = 7; // uint32, scale 1000, s
} // namespace lap

namespace record {
constexpr std::uint8_t kPositionLat = 0;             // sint32, semicircles
constexpr std::uint8_t kPositionLong = 1;            // sint32, semicircles
constexpr std::uint8_t kAltitude = 2;                // uint16, scale 5, offset 500, m
constexpr std::uint8_t kHeartRate = 3;               // uint8, bpm
constexpr std::uint8_t kCadence = 4;                 // uint8, rpm
constexpr std::uint8_t kDistance = 5;                // uint32, scale 100, m
constexpr std::uint8_t kSpeed = 6;                   // uint16, scale 1000, m/s
constexpr std::uint8_t kCompressedSpeedDistance = 8; // byte[3]: 12 bits speed/100, 12 bits dist/16
constexpr std::uint8_t kFractionalCadence = 53;      // uint8, scale 128
constexpr std::uint8_t kEnhancedSpeed = 73;          // uint32, scale 1000
constexpr std::uint8_t kEnhancedAltitude = 78;       // uint32, scale 5, offset 500
} // namespace record

namespace event {
constexpr std::uint8_t kEvent = 0;     // enum event: 0 = timer
constexpr std::uint8_t kEventType = 1; // 0 start, 1 stop, 4 stop_all, 8 stop_disable, 9 ..._all
constexpr std::uint8_t kTimer = 0;
} // namespace event

namespace activity {
constexpr std::uint8_t kLocalTimestamp = 5; // local wall time as a FIT timestamp
} // namespace activity

namespace timestamp_correlation {
constexpr std::uint8_t kSystemTimestamp = 1; // the device's own clock at `timestamp`
} // namespace timestamp_correlation

// A date_time below this counts seconds since the device was switched on, not since the FIT
// epoch (the profile's "date_time" type: "if < 0x10000000 = system time").
constexpr std::uint32_t kFirstAbsoluteTime = 0x10000000;

// Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).
constexpr std::int64_t kFitEpochOffset = 631065600;

// FIT sport and sub_sport (the "sport" and "sub_sport" types of the profile) as a Sport.
Sport sportOf(int sport, int subSport);

} // namespace stridewell::core::fit
