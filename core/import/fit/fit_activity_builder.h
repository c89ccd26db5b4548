#pragma once

#include "import/fit/fit_decoder.h"
#include "import/parsed_activity.h"

#include <optional>
#include <vector>

namespace stridewell::core::fit {

// Gathers the messages of an activity file (file_id, sport, session, lap, record, event,
// activity) and turns each session into a ParsedActivity: one per session, so a multisport
// file yields its legs separately. A file without a session (the watch stopped before writing
// it) becomes one activity computed from its records.
class ActivityBuilder : public MessageSink
{
public:
    void onFileStart(int index) override;
    void onMessage(const Message& m) override;

    // The activities, or an error when the file holds none (a course or settings file, or no
    // usable points). Notes say what was dropped.
    Result<std::vector<ParsedActivity>> finish(const QString& fileName, QStringList& notes);

private:
    struct Record
    {
        std::uint32_t time;
        Sample sample;
        double cadenceRpm = Sample::kNone; // cadence + fractional_cadence, as the file counts
    };
    struct Session
    {
        std::uint32_t start = 0;
        std::optional<std::uint32_t> end;
        std::optional<double> elapsed, timer, distance, avgHr, avgCadence, ascent;
        std::optional<int> laps;
        int sport = 0, subSport = 0;
    };

    void addRecord(const Message& m);
    void addSession(const Message& m);
    void noteTime(std::uint32_t t);
    // Moves the device-relative times (before the first absolute one) to where the absolute
    // ones place them; says so, or that nothing places them, in `notes`.
    void placeRelativeTimes(QStringList& notes);
    struct Lap
    {
        std::uint32_t start = 0, end = 0;
    };

    // `nextStart`: the next session's start, where this one's records end at the latest.
    ParsedActivity toActivity(const Session& s, std::size_t index, std::size_t count,
                              std::optional<std::uint32_t> nextStart, QStringList& notes) const;

    std::vector<Record> m_records;
    std::vector<Session> m_sessions;
    std::vector<Lap> m_laps;
    std::vector<std::pair<std::uint32_t, bool>> m_timer; // (time, running)
    std::optional<int> m_sport, m_subSport;
    std::optional<int> m_localOffsetS;
    // Device-relative times (seconds since it was switched on): the last ones seen before the
    // first absolute time, and what ties the two clocks together.
    bool m_anyRelative = false;
    std::optional<std::uint32_t> m_lastRelative, m_relativeStep, m_firstAbsolute;
    std::optional<std::int64_t> m_correlation;        // absolute - relative (UTC)
    std::optional<std::uint32_t> m_activityTime;      // the activity message's timestamp
    std::optional<std::uint32_t> m_activityLocalTime; // and its local_timestamp
    bool m_wallClock = false;           // times placed by local time only: the zone is unknown
    bool m_unplaced = false;            // relative times and nothing to place them by
    std::optional<int> m_otherFileType; // the type of a non-activity file in the chain
    bool m_skipFile = false;
    int m_backwards = 0;
    int m_badPositions = 0;
    // compressed_speed_distance accumulates a 12-bit distance that rolls over every 256 m
    std::optional<std::uint32_t> m_lastCompressedDistance;
    double m_compressedDistanceM = 0;
};

} // namespace stridewell::core::fit
