#pragma once

#include "import/parsed_activity.h"

#include <QStringList>
#include <optional>

namespace stridewell::core::xml {

// Collects the points of one GPX track or TCX activity in file order, dropping what is broken
// inside a good file (a time going backwards, coordinates that are not numbers or out of
// range) and counting it for one note per kind.
class TrackBuilder
{
public:
    static constexpr std::size_t kMaxPoints = 2'000'000; // ~23 days at one point a second

    // False once the cap is reached (the caller turns that into an error).
    bool add(Sample s, std::optional<double> epochS);
    // Starts a new segment: distance is not counted across the pause between two.
    void breakSegment() { m_segmentBreak = true; }
    void badPosition() { ++m_badPositions; }
    // A point kept without its position (TCX: time, heart rate and distance still count).
    void ignoredPosition() { ++m_ignoredPositions; }
    void badValue() { ++m_badValues; }

    bool empty() const { return m_samples.empty(); }
    std::size_t size() const { return m_samples.size(); }
    // Every timed point after the first was earlier than it (a track written in reverse, a
    // clock far ahead on the first point): nothing is left to measure.
    bool timesRunBackwards() const { return m_backwards > 0 && m_samples.size() == 1; }
    int backwardsPoints() const { return m_backwards; }
    std::optional<double> firstTime() const { return m_first; }
    std::optional<double> lastTime() const { return m_last; }
    // Samples with times relative to the first point; fills cumulative great-circle distance
    // where the file gave none (not across segment breaks).
    SampleList take(bool fillDistance);
    void addNotes(const QString& where, QStringList& notes) const;

private:
    SampleList m_samples;
    std::vector<double> m_times; // absolute, NaN without
    std::vector<bool> m_breaks;
    std::optional<double> m_first, m_last;
    bool m_segmentBreak = false;
    int m_backwards = 0, m_badPositions = 0, m_ignoredPositions = 0, m_badValues = 0;
};

// The sport a GPX <type> or a TCX Sport attribute names (Garmin, Strava, Komoot spellings).
Sport sportFromText(std::string_view text);

} // namespace stridewell::core::xml
